-- The codes an item had before it was renamed, so that addresses built on them (bookmarks, links in
-- e-mails and documents) keep leading to the item. Owned by the plan module; written in the same
-- transaction as the code change (plan.editing.ItemStore). A code is a former code of at most one item
-- per plan: the item that gave it up last. A live item that has the code wins over this table.
create table item_former_code (
    plan_id bigint      not null references plan (id) on delete cascade,
    code    varchar(40) not null,
    item_id bigint      not null references plan_item (id) on delete cascade,
    primary key (plan_id, code)
);
create index item_former_code_item on item_former_code (item_id);
