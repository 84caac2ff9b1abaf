-- The followup module's published read model: where each item stands.
--
-- One row per live item of every plan: the item and who answers for it (from the plan module's
-- published_item, V6), its latest status, and whether it was ever updated. Every page that shows
-- where items stand reads it (the plan page, the plan table, "Mine tiltak"), and so can pages across
-- all plans: a list of every overdue measure is one query. Another module reads follow-up through
-- this view (or followup's Java API), never through status_update or indicator_value.
--
-- The rules that live here and nowhere else:
--   * the latest status: of the updates that no later update corrects, the one with the greatest
--     as-of date, and of those the one recorded last (each item reads its own index from the newest
--     end: sorting a plan's whole history to keep one row per item took ten times as long);
--   * finished: the latest state is DONE or CANCELLED;
--   * never_updated: no status since the plan was adopted (no status at all, or the latest one is
--     dated before the adoption; a plan not adopted counts every status);
--   * stale and overdue, which depend on the day and on the configured number of days
--     (PLANSPOR_STALE_AFTER_DAYS), are the functions below, applied by the reader.
create view item_follow_up as
select i.item_id,
       i.plan_id,
       i.plan_code,
       i.kind,
       i.code,
       i.title,
       i.text,
       i.deadline,
       i.parent_id,
       i.parent_code,
       i.parent_kind,
       i.plan_order,
       i.answering_item_id,
       i.answering_item_code,
       i.answering_item_kind,
       i.answering_party_codes,
       i.answering_party_names,
       i.answering_party_kinds,
       i.shortlist_codes,
       i.shortlist_titles,
       s.id                                          as status_id,
       s.state,
       s.as_of,
       s.progress,
       s.text                                        as status_text,
       coalesce(s.state in ('DONE', 'CANCELLED'), false) as finished,
       s.id is null or coalesce(s.as_of < p.adopted_on, false) as never_updated
from published_item i
left join published_plan p on p.plan_id = i.plan_id
left join lateral (
    select su.id, su.state, su.as_of, su.progress, su.text
    from status_update su
    where su.item_id = i.item_id
      and not exists (select 1 from status_update c where c.corrects_id = su.id)
    order by su.as_of desc, su.recorded_at desc, su.id desc
    limit 1
) s on true;

-- Stale: the latest status is older than the configured number of days. An item never updated is
-- not stale (it has nothing to grow old), and a finished one never is.
create function follow_up_stale(as_of date, finished boolean, today date, stale_after_days integer)
returns boolean
language sql immutable
as $$ select as_of is not null and not finished and as_of + stale_after_days < today $$;

-- Overdue: the deadline has passed and the item is not finished.
create function follow_up_overdue(deadline date, finished boolean, today date)
returns boolean
language sql immutable
as $$ select deadline is not null and deadline < today and not finished $$;
