-- The unit's leaders (clinic leader, research leader) adopt its plans and review results
-- ("Vedtatt etter klinikkledermøte i KRN"). Separate from user_unit, which grants editing: a leader
-- need not edit, and an editor does not adopt.
create table unit_leader (
    user_id bigint not null references app_user (id) on delete cascade,
    unit_id bigint not null references unit (id) on delete cascade,
    primary key (user_id, unit_id)
);
