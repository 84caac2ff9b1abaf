-- Issue 11 §4 and §5: the road from draft to adopted, and the step into the next plan period.

-- A plan can be submitted for consideration (til behandling) between draft and adopted. The check of
-- V1 is replaced by name (PostgreSQL names an unnamed column check <table>_<column>_check).
alter table plan drop constraint plan_status_check;
alter table plan add constraint plan_status_check
    check (status in ('DRAFT', 'SUBMITTED', 'ADOPTED', 'ARCHIVED'));

-- "Ny plan fra denne": a plan made from an earlier one remembers it, and each of its items the item
-- it was copied from, so that their pages link back to the earlier history. The plan module's own
-- columns; an earlier plan or item that is deleted for good leaves the copy without the link.
alter table plan add column origin_plan_id bigint references plan (id) on delete set null;
alter table plan_item add column origin_item_id bigint references plan_item (id) on delete set null;
create index plan_item_origin on plan_item (origin_item_id) where origin_item_id is not null;

-- The adoption module's own table: every step of a plan on its way to adoption, append-only.
--   SUBMITTED  sent for consideration to a body (body: "FU KRN"; note: what is asked of it)
--   ADOPTED    adopted on a date (decided_on) by a body (body), with a note
--   SENT_BACK  sent back to the editors as a draft, with a comment (note)
create table adoption_step (
    id         bigint generated always as identity primary key,
    plan_id    bigint        not null references plan (id) on delete cascade,
    step       varchar(20)   not null check (step in ('SUBMITTED', 'ADOPTED', 'SENT_BACK')),
    body       varchar(200),
    decided_on date,
    note       varchar(2000),
    taken_at   timestamptz   not null default now(),
    taken_by   varchar(100)  not null,
    check (step <> 'SENT_BACK' or note is not null),
    check (step <> 'SUBMITTED' or body is not null),
    check (step <> 'ADOPTED' or decided_on is not null)
);
create index adoption_step_plan on adoption_step (plan_id, id);
