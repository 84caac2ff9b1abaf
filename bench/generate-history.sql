-- Benchmark data: five years of monthly follow-up on every measure of every plan.
--   * 60 monthly status updates on every measure (and goal/sub-goal with responsible parties),
--   * a COUNT target on every indicator that has none, and 60 monthly measurements on each,
--   * a user "bench" (password "bench-password-1") who stands for every party of every plan,
--     so that "Mine tiltak" lists every item with a responsible party (the extreme case),
--   * a user "bench-fl" (same password), a research leader: Forskningsleder in KRN, FL in TIK
--     (the everyday case).
-- Written straight into the tables: this is volume for measuring, not data a person entered,
-- so the as-of dates run back five years whatever the plan periods say.

begin;

insert into status_update (item_id, state, progress, text, as_of, author_name, recorded_at)
select i.id,
       (array['NOT_STARTED','ON_TRACK','ON_TRACK','AT_RISK','DELAYED','DONE','ON_HOLD'])[1 + (i.id + m) % 7],
       least(100, m * 2),
       'Benchmark: månedlig statusoppdatering nr. ' || m,
       (date_trunc('month', current_date) - make_interval(months => 60 - m))::date,
       'Benchmark',
       now() - make_interval(months => 60 - m)
from plan_item i
cross join generate_series(1, 60) as m
where i.archived_at is null
  and (i.kind = 'MEASURE' or exists (select 1 from item_responsible r where r.item_id = i.id));

update indicator set target_kind = 'COUNT', target_value = 100, target_per = 'PLAN'
where target_kind is null;

insert into indicator_value (indicator_id, value, as_of, note, source, author_name, recorded_at)
select x.id, m, (date_trunc('month', current_date) - make_interval(months => 60 - m))::date,
       'Benchmark', 'API', 'Benchmark', now() - make_interval(months => 60 - m)
from indicator x
cross join generate_series(1, 60) as m
where x.archived_at is null;

insert into app_user (username, password_hash, display_name, email, role)
values ('bench', '{noop}bench-password-1', 'Benchmark Bruker', 'bench@example.org', 'CONTRIBUTOR')
on conflict (username) do nothing;

insert into party_member (user_id, party_code, plan_id)
select u.id, p.code, p.plan_id
from app_user u cross join party p
where u.username = 'bench'
  and not exists (select 1 from party_member m where m.user_id = u.id and m.party_code = p.code and m.plan_id = p.plan_id);

insert into app_user (username, password_hash, display_name, email, role)
values ('bench-fl', '{noop}bench-password-1', 'Benchmark Forskningsleder', 'bench-fl@example.org', 'CONTRIBUTOR')
on conflict (username) do nothing;

insert into party_member (user_id, party_code, plan_id)
select u.id, p.code, p.plan_id
from app_user u cross join party p
where u.username = 'bench-fl' and p.code in ('Forskningsleder', 'FL')
  and not exists (select 1 from party_member m where m.user_id = u.id and m.party_code = p.code and m.plan_id = p.plan_id);

commit;

analyze;

select (select count(*) from status_update) as status_updates,
       (select count(*) from indicator_value) as measurements,
       (select count(*) from party_member) as memberships;
