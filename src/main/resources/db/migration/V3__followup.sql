-- Status updates are append-only: a correction is a new row that points at the one it corrects.
create table status_update (
    id           bigint generated always as identity primary key,
    item_id      bigint      not null references plan_item (id) on delete cascade,
    state        varchar(20) not null check (state in
                     ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'DELAYED', 'DONE', 'ON_HOLD', 'CANCELLED')),
    progress     smallint check (progress between 0 and 100),
    text         varchar(4000),
    as_of        date        not null,
    author_id    bigint references app_user (id),
    author_name  varchar(200),
    recorded_at  timestamptz not null default now(),
    corrects_id  bigint references status_update (id)
);
create index status_update_item on status_update (item_id, as_of desc, recorded_at desc, id desc);

-- Measured values of an indicator, kept as history.
create table indicator_value (
    id           bigint generated always as identity primary key,
    indicator_id bigint         not null references indicator (id) on delete cascade,
    value        numeric(18, 2) not null,
    as_of        date           not null,
    note         varchar(2000),
    source       varchar(10)    not null check (source in ('MANUAL', 'IMPORT', 'API')),
    evidence_url varchar(2000),
    author_id    bigint references app_user (id),
    author_name  varchar(200),
    recorded_at  timestamptz    not null default now()
);
create index indicator_value_indicator on indicator_value (indicator_id, as_of, id);
