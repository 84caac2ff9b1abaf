-- Local accounts. Identities are kept open to external providers (OIDC) through
-- external_issuer/external_subject, so a later sign-in provider maps onto the same user.
create table app_user (
    id               bigint generated always as identity primary key,
    username         varchar(100) not null unique,
    password_hash    varchar(200),
    display_name     varchar(200) not null,
    email            varchar(320),
    role             varchar(20)  not null default 'READER'
                         check (role in ('ADMIN', 'EDITOR', 'CONTRIBUTOR', 'READER')),
    enabled          boolean      not null default true,
    external_issuer  varchar(500),
    external_subject varchar(200),
    version          integer      not null default 0,
    created_at       timestamptz  not null default now(),
    unique (external_issuer, external_subject)
);

-- An EDITOR edits the plans of these units.
create table user_unit (
    user_id bigint not null references app_user (id) on delete cascade,
    unit_id bigint not null references unit (id) on delete cascade,
    primary key (user_id, unit_id)
);

-- "Kari Nordmann is FL for KRN": a user stands for a party code in all plans of a unit,
-- or in one plan. Codes, not party ids, so the mapping survives a re-imported plan.
create table party_member (
    id         bigint generated always as identity primary key,
    user_id    bigint      not null references app_user (id) on delete cascade,
    party_code varchar(40) not null,
    unit_id    bigint references unit (id) on delete cascade,
    plan_id    bigint references plan (id) on delete cascade,
    check ((unit_id is null) <> (plan_id is null))
);
create unique index party_member_unit on party_member (user_id, party_code, unit_id) where unit_id is not null;
create unique index party_member_plan on party_member (user_id, party_code, plan_id) where plan_id is not null;
create index party_member_user on party_member (user_id);

-- Spring Session's tables, so that any application node can serve any session.
create table spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null unique,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval integer      not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);
create index spring_session_expiry on spring_session (expiry_time);
create index spring_session_principal on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null references spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
