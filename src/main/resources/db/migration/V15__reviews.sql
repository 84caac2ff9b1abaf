-- The two-year review (gjennomgang): the review module's own tables.
--
-- A review of a plan starts from a version made as it opens ("Før gjennomgang …", before_version).
-- Per measure the group records a decision with a reason; new measures are decisions too. Nothing in
-- the plan changes until the review is applied (by a leader of the plan's unit or an administrator),
-- which carries out every decision in one transaction and makes the version after_version.
-- At most one review of a plan is under way (not applied) at a time.
create table review (
    id               bigint generated always as identity primary key,
    plan_id          bigint        not null references plan (id) on delete cascade,
    state            varchar(10)   not null default 'OPEN' check (state in ('OPEN', 'SUBMITTED', 'APPLIED')),
    before_version   integer       not null,
    after_version    integer,
    opened_at        timestamptz   not null,
    opened_by        varchar(100)  not null,
    opened_by_name   varchar(200)  not null,
    -- til behandling: the body that considers it ("FU KRN"), who sent it and when
    body             varchar(200),
    submitted_at     timestamptz,
    submitted_by     varchar(200),
    -- sent back to OPEN with a comment (the latest time)
    returned_comment varchar(4000),
    returned_at      timestamptz,
    returned_by      varchar(200),
    applied_at       timestamptz,
    applied_by       varchar(200),
    -- the next shortlist the review defines (KRN: the window after 2026-2027); items in review_shortlist_item
    next_code        varchar(40),
    next_title       varchar(200),
    version          integer       not null default 0,
    check ((state = 'APPLIED') = (applied_at is not null)),
    check ((next_code is null) = (next_title is null))
);
create index review_plan on review (plan_id, id desc);
create unique index review_one_under_way on review (plan_id) where state <> 'APPLIED';

-- A decision on a measure (item_id, CONTINUE, ADJUST or STOP) or a new measure (NEW, item_id null).
-- item_version is the measure's version the decision was made from: applying it to a measure changed
-- since is refused. ADJUST and NEW carry the wording they propose.
create table review_decision (
    id             bigint generated always as identity primary key,
    review_id      bigint        not null references review (id) on delete cascade,
    item_id        bigint,
    item_code      varchar(40),
    -- the measure's wording when decided, to name it by after it is stopped (archived)
    item_label     varchar(4000),
    item_version   integer,
    kind           varchar(10)   not null check (kind in ('CONTINUE', 'ADJUST', 'STOP', 'NEW')),
    reason         varchar(4000) not null,
    new_parent     varchar(40),
    new_code       varchar(40),
    new_text       varchar(4000),
    new_deadline   date,
    new_responsible text[],
    new_indicators text[],
    decided_at     timestamptz   not null,
    decided_by     varchar(100)  not null,
    decided_by_name varchar(200) not null,
    version        integer       not null default 0,
    check ((kind = 'NEW') = (item_id is null))
);
create unique index review_decision_item on review_decision (review_id, item_id) where item_id is not null;
create index review_decision_review on review_decision (review_id, id);

-- The measures the review puts on its next shortlist.
create table review_shortlist_item (
    review_id bigint not null references review (id) on delete cascade,
    item_id   bigint not null,
    primary key (review_id, item_id)
);
