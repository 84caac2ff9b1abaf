-- The organisation tree and the plans with their item trees.
-- Lengths are bounded here as a last line of defence; the importer and forms check them first
-- so that users get a clear message instead of a database error.

create table unit (
    id        bigint generated always as identity primary key,
    code      varchar(40)  not null unique,
    name      varchar(200) not null,
    parent_id bigint references unit (id),
    version   integer      not null default 0
);

create table plan (
    id             bigint generated always as identity primary key,
    code           varchar(80)  not null unique,
    kind           varchar(20)  not null check (kind in ('STRATEGY', 'ACTION_PLAN')),
    title          varchar(500) not null,
    unit_id        bigint       not null references unit (id),
    period_from    integer      not null,
    period_to      integer      not null,
    parent_plan_id bigint references plan (id),
    status         varchar(20)  not null check (status in ('DRAFT', 'ADOPTED', 'ARCHIVED')),
    adopted_on     date,
    adopted_by     varchar(200),
    adoption_note  varchar(2000),
    version        integer      not null default 0,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    check (period_from <= period_to)
);

create table plan_section (
    id       bigint generated always as identity primary key,
    plan_id  bigint       not null references plan (id) on delete cascade,
    position integer      not null,
    heading  varchar(200),
    body     text         not null check (length(body) <= 20000),
    version  integer      not null default 0
);
create index plan_section_plan on plan_section (plan_id, position);

create table plan_reference (
    id       bigint generated always as identity primary key,
    plan_id  bigint       not null references plan (id) on delete cascade,
    position integer      not null,
    title    varchar(500) not null,
    url      varchar(2000)
);
create index plan_reference_plan on plan_reference (plan_id, position);

-- Who answers for items: the plan's abbreviation table plus every name in its Ansvar columns.
create table party (
    id       bigint generated always as identity primary key,
    plan_id  bigint       not null references plan (id) on delete cascade,
    position integer      not null,
    code     varchar(40)  not null,
    name     varchar(200) not null,
    kind     varchar(10)  not null check (kind in ('ROLE', 'BODY', 'UNIT')),
    version  integer      not null default 0,
    unique (plan_id, code)
);

create table shortlist (
    id       bigint generated always as identity primary key,
    plan_id  bigint       not null references plan (id) on delete cascade,
    position integer      not null,
    code     varchar(40)  not null,
    title    varchar(200) not null,
    version  integer      not null default 0,
    unique (plan_id, code)
);

-- Goals, sub-goals and measures. Links between items go by id, so changing a code keeps them.
-- Deleting archives: the row and its history stay, and the code is free for a new item.
create table plan_item (
    id          bigint generated always as identity primary key,
    plan_id     bigint       not null references plan (id) on delete cascade,
    parent_id   bigint references plan_item (id),
    kind        varchar(10)  not null check (kind in ('GOAL', 'SUBGOAL', 'MEASURE')),
    code        varchar(40)  not null,
    title       varchar(500),
    text        varchar(4000),
    deadline    date,
    comment     varchar(2000),
    position    integer      not null,
    version     integer      not null default 0,
    archived_at timestamptz,
    check (title is not null or text is not null)
);
create unique index plan_item_code on plan_item (plan_id, code) where archived_at is null;
create index plan_item_parent on plan_item (parent_id, position);
create index plan_item_plan on plan_item (plan_id, position);

create table item_responsible (
    item_id  bigint  not null references plan_item (id) on delete cascade,
    party_id bigint  not null references party (id) on delete cascade,
    position integer not null,
    primary key (item_id, party_id)
);
create index item_responsible_party on item_responsible (party_id);

-- From an action plan's item up to an item of its parent strategy.
create table item_strategy_ref (
    item_id        bigint  not null references plan_item (id) on delete cascade,
    target_item_id bigint  not null references plan_item (id) on delete cascade,
    position       integer not null,
    primary key (item_id, target_item_id)
);
create index item_strategy_ref_target on item_strategy_ref (target_item_id);

-- "Se pkt T2.1d": a link to another item of the same plan.
create table item_see_also (
    item_id        bigint  not null references plan_item (id) on delete cascade,
    target_item_id bigint  not null references plan_item (id) on delete cascade,
    position       integer not null,
    primary key (item_id, target_item_id)
);

create table item_shortlist (
    item_id      bigint not null references plan_item (id) on delete cascade,
    shortlist_id bigint not null references shortlist (id) on delete cascade,
    primary key (item_id, shortlist_id)
);
create index item_shortlist_shortlist on item_shortlist (shortlist_id);

-- Result indicators; the structured target is optional (proposed by a parser, confirmed by a person).
create table indicator (
    id                bigint generated always as identity primary key,
    item_id           bigint        not null references plan_item (id) on delete cascade,
    position          integer       not null,
    text              varchar(1000) not null,
    target_kind       varchar(20) check (target_kind in
                          ('COUNT', 'PERCENT', 'INCREASE_PERCENT', 'AMOUNT', 'MILESTONE', 'RECURRING')),
    target_value      numeric(18, 2),
    target_unit       varchar(60),
    target_per        varchar(10) check (target_per in ('YEAR', 'PLAN')),
    baseline_value    numeric(18, 2),
    baseline_as_of    date,
    target_due        date,
    version           integer       not null default 0,
    archived_at       timestamptz
);
create index indicator_item on indicator (item_id, position);
