CREATE SCHEMA core;
CREATE TABLE core.accounts (id int PRIMARY KEY, name text);
CREATE INDEX accounts_name_idx ON core.accounts (name);
CREATE TABLE public.logins (id int, account_id int REFERENCES core.accounts(id));
CREATE FUNCTION core.one() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
