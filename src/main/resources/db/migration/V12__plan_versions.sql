-- Plan versions: frozen copies of whole plans. A version is its plan's document (planspor-plan/1) taken
-- apart: the plan without its items (the head) and each item without its children, each part stored once
-- by the hash of its text and shared by every version in which it is the same. A new version of a plan of
-- sixty items in which one changed adds one part and sixty small rows, not a copy of the plan.

create table version_part (
    hash char(64) primary key,      -- sha-256 of body, hex
    body text     not null          -- canonical JSON, kept as written so versions read back byte for byte
);

create table plan_version (
    id        bigint generated always as identity primary key,
    plan_id   bigint       not null references plan (id) on delete cascade,
    number    integer      not null,
    label     varchar(200) not null,
    reason    varchar(10)  not null check (reason in ('MANUAL', 'ADOPTION', 'REVIEW', 'ROUND')),
    made_at   timestamptz  not null,
    made_by   varchar(100) not null,  -- username; "system" when Planspor made it (adoption, review)
    head_hash char(64)     not null references version_part (hash),
    unique (plan_id, number)
);

-- The items of a version in document order (depth first); depth rebuilds the tree. item_id follows an
-- item from version to version whatever happens to its code; no foreign key, since a version outlives
-- what it remembers.
create table version_item (
    version_id bigint   not null references plan_version (id) on delete cascade,
    position   integer  not null,
    depth      smallint not null,
    item_id    bigint   not null,
    part_hash  char(64) not null references version_part (hash),
    primary key (version_id, position)
);
