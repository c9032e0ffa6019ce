-- A domain recreated for a new base type while its CHECK and DEFAULT call functions that are dropped and created
-- again (an argument renamed, a result type changed): the check and the default leave the old domain before it is
-- renamed away, so that the old functions can go; the new domain calls the new ones.
CREATE SCHEMA app;
CREATE FUNCTION app.is_code(c text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT c ~ '^[a-z0-9]+$' $$;
CREATE FUNCTION app.next_code() RETURNS varchar LANGUAGE sql AS $$ SELECT 'abc' $$;
CREATE DOMAIN app.code AS varchar(10) DEFAULT app.next_code() CONSTRAINT code_valid CHECK (app.is_code(VALUE));
CREATE TABLE app.items (id integer PRIMARY KEY, code app.code);
INSERT INTO app.items VALUES (1, 'a1'), (2, DEFAULT), (3, NULL);
