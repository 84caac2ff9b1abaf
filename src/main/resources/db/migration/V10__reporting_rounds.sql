-- Reporting rounds (statusrunder): the round module's own tables, and one view of followup's.
--
-- A round asks everyone who answers for the measures in its scope to record their status by a due
-- date. While it is a draft, who would be asked is computed from the plan as it is; opening it fixes
-- the items (round_item) and the people asked about each (round_request), so that the round's result
-- reads the same when items are moved, renamed or archived, or people leave a party, afterwards.
-- An item counts as answered when a status update is recorded on it while the round is open
-- (recorded_at in [opened_at, closed_at)); closing freezes that.
create table reporting_round (
    id              bigint generated always as identity primary key,
    plan_id         bigint        not null references plan (id) on delete cascade,
    title           varchar(200)  not null,
    as_of           date          not null,
    due             date          not null,
    -- the scope: every measure of the plan (both null), the measures on one shortlist, or those under some goals
    scope_shortlist varchar(40),
    scope_goals     text[],
    message         varchar(4000),
    owner_id        bigint references app_user (id) on delete set null,
    owner_name      varchar(200)  not null,
    state           varchar(10)   not null default 'DRAFT' check (state in ('DRAFT', 'OPEN', 'CLOSED')),
    created_at      timestamptz   not null default now(),
    opened_at       timestamptz,
    closed_at       timestamptz,
    -- the round closes by itself on this day, if set
    closes_on       date,
    -- days around the due date on which those who still owe are reminded: 7 before, on the day, 3 after
    reminder_days   integer[]     not null default '{-7,0,3}',
    version         integer       not null default 0,
    check (due >= as_of),
    check (scope_shortlist is null or scope_goals is null),
    check ((state = 'DRAFT') = (opened_at is null)),
    check ((state = 'CLOSED') = (closed_at is not null))
);
create index reporting_round_plan on reporting_round (plan_id, id desc);
create index reporting_round_open on reporting_round (state) where state = 'OPEN';

-- The items a round asks about, fixed when it opens, with what the round page shows of them then.
create table round_item (
    round_id    bigint        not null references reporting_round (id) on delete cascade,
    item_id     bigint        not null,
    position    integer       not null,
    code        varchar(40)   not null,
    label       varchar(4000),
    goal_code   varchar(40),
    goal_label  varchar(4000),
    party_codes text[]        not null default '{}',
    primary key (round_id, item_id)
);
create index round_item_item on round_item (item_id);

-- Who was asked about which item: the people who stood for the item's answering parties when the round opened.
create table round_request (
    round_id     bigint       not null references reporting_round (id) on delete cascade,
    item_id      bigint       not null,
    user_id      bigint       not null references app_user (id) on delete cascade,
    username     varchar(100) not null,
    display_name varchar(200) not null,
    primary key (round_id, item_id, user_id)
);
create index round_request_user on round_request (user_id, round_id);

-- Every letter a round has sent (queued in the outbox), so that a scheduled reminder goes to a person
-- at most once a day per round, even with two application nodes: the unique index makes the second
-- node's insert a no-op, and only the node whose insert went through queues the letter.
create table round_letter (
    id        bigint generated always as identity primary key,
    round_id  bigint       not null references reporting_round (id) on delete cascade,
    user_id   bigint references app_user (id) on delete set null,
    kind      varchar(12)  not null check (kind in ('ASKED', 'REMINDER', 'REMINDED', 'SUMMARY')),
    sent_on   date         not null,
    sent_at   timestamptz  not null default now(),
    items     integer      not null,
    letter_id bigint
);
create unique index round_letter_scheduled on round_letter (round_id, user_id, sent_on, kind)
    where kind in ('REMINDER', 'SUMMARY');
create index round_letter_round on round_letter (round_id, sent_at desc);

-- The followup module's published read model: every status update as it was recorded, for readers that
-- need to know when something was recorded (a reporting round counts what was recorded while it was
-- open). Corrections are updates too: recording one is answering. Other modules read status history
-- through this view, never through status_update.
create view status_recorded as
select su.id          as status_id,
       su.item_id,
       su.state,
       su.progress,
       su.text,
       su.as_of,
       su.author_id,
       su.author_name,
       su.recorded_at,
       su.corrects_id
from status_update su;
create index status_update_recorded on status_update (item_id, recorded_at desc);
