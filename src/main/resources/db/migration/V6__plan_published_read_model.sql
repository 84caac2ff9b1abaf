-- The plan module's published read model.
--
-- The tables of V1 (unit, plan, plan_section, plan_reference, party, shortlist, plan_item,
-- item_responsible, item_strategy_ref, item_see_also, item_shortlist, indicator) are the plan
-- module's own: no other module names them in SQL. What another module may read of plans in SQL is
-- these views, which the plan module owns and keeps stable; a change to them is a change to a
-- contract, made together with their readers (followup's item_follow_up, V7, builds on them).
--
-- Two rules of the plan module live here and nowhere else:
--   * who answers for an item (published_item.answering_*): the parties the item names itself, or
--     else those of the nearest item above it that names any. TIK's plan gives Ansvar per sub-goal,
--     and the sub-goal's parties answer for its measures too.
--   * plan order (published_item.plan_order): each level's position, then its id.
--
-- Outer joins to rows that always exist (a plan's unit, an item's plan) are deliberate: PostgreSQL
-- leaves out an outer join whose columns a query does not read, so a reader pays only for what it
-- selects.

-- Every plan with its unit.
create view published_plan as
select p.id          as plan_id,
       p.code        as plan_code,
       p.kind        as plan_kind,
       p.title       as plan_title,
       p.status      as plan_status,
       p.period_from,
       p.period_to,
       p.adopted_on,
       u.id          as unit_id,
       u.code        as unit_code,
       u.name        as unit_name
from plan p
left join unit u on u.id = p.unit_id;

-- Every live item (archived ones are left out) of every plan.
--
-- answering_item_id: the item whose parties answer for this one (itself, its parent or its
--   grandparent: items nest at most three deep, goal > sub-goal > measure, see ItemKind.mayContain),
--   null when nobody on the way up names anyone; answering_item_code and _kind describe it.
-- answering_party_codes, _names, _kinds: that item's parties, in the order the plan lists them.
-- plan_order: sorts a plan's items as the plan reads, depth first (position, then id, per level).
-- shortlist_codes, _titles: the shortlists the item is on, in the plan's order of shortlists.
create view published_item as
select i.id        as item_id,
       i.plan_id,
       p.code      as plan_code,
       i.kind,
       i.code,
       i.title,
       i.text,
       i.deadline,
       i.parent_id,
       par.code    as parent_code,
       par.kind    as parent_kind,
       case when grand.id is not null then array[grand.position, grand.id, par.position, par.id, i.position, i.id]
            when par.id is not null then array[par.position, par.id, i.position, i.id]
            else array[i.position, i.id] end as plan_order,
       ans.id      as answering_item_id,
       ans.code    as answering_item_code,
       ans.kind    as answering_item_kind,
       array(select pa.code::text from item_responsible r join party pa on pa.id = r.party_id
             where r.item_id = ans.id order by r.position) as answering_party_codes,
       array(select pa.name::text from item_responsible r join party pa on pa.id = r.party_id
             where r.item_id = ans.id order by r.position) as answering_party_names,
       array(select pa.kind::text from item_responsible r join party pa on pa.id = r.party_id
             where r.item_id = ans.id order by r.position) as answering_party_kinds,
       array(select l.code::text from item_shortlist s join shortlist l on l.id = s.shortlist_id
             where s.item_id = i.id order by l.position) as shortlist_codes,
       array(select l.title::text from item_shortlist s join shortlist l on l.id = s.shortlist_id
             where s.item_id = i.id order by l.position) as shortlist_titles
from plan_item i
left join plan p on p.id = i.plan_id
left join plan_item par on par.id = i.parent_id
left join plan_item grand on grand.id = par.parent_id
left join plan_item ans on ans.id = case
    when exists (select 1 from item_responsible r where r.item_id = i.id) then i.id
    when exists (select 1 from item_responsible r where r.item_id = par.id) then par.id
    when exists (select 1 from item_responsible r where r.item_id = grand.id) then grand.id
  end
where i.archived_at is null;

-- Every live indicator of a live item.
create view published_indicator as
select x.id as indicator_id,
       x.item_id,
       i.plan_id,
       x.position
from indicator x
join plan_item i on i.id = x.item_id
where x.archived_at is null and i.archived_at is null;

-- Every item a plan has had, archived (deleted) ones too, and every indicator likewise: for readers
-- that keep history on items, which stays when an item is archived and counts again when it is
-- restored (followup's guard on a plan's period). "archived" is true for an archived indicator and
-- for any indicator of an archived item.
create view published_item_all as
select i.id                      as item_id,
       i.plan_id,
       i.archived_at is not null as archived
from plan_item i;

-- Every indicator, archived or not, with its item: the same history-keeping reads, for measurements.
create view published_indicator_all as
select x.id                                                as indicator_id,
       x.item_id,
       i.plan_id,
       x.archived_at is not null or i.archived_at is not null as archived
from indicator x
join plan_item i on i.id = x.item_id;
