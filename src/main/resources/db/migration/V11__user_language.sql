-- The language a person reads Planspor's letters in (bokmål unless told otherwise): a reporting
-- round writes to each person in their own language, not in the language of whoever opened it.
alter table app_user add column language varchar(2) not null default 'nb'
    check (language in ('nb', 'en'));
