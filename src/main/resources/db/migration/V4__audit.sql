-- Who changed what, when: written in the same transaction as the change itself.
create table audit_event (
    id          bigint generated always as identity primary key,
    at          timestamptz  not null default now(),
    actor       varchar(100) not null,
    action      varchar(20)  not null,
    entity_type varchar(40)  not null,
    entity_id   bigint,
    plan_id     bigint,
    item_id     bigint,
    label       varchar(300),
    field       varchar(60),
    old_value   text,
    new_value   text
);
create index audit_event_at on audit_event (at desc, id desc);
create index audit_event_item on audit_event (item_id, at desc) where item_id is not null;
create index audit_event_plan on audit_event (plan_id, at desc) where plan_id is not null;
