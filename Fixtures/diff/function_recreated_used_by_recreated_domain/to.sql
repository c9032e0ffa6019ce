CREATE SCHEMA app;
CREATE FUNCTION app.is_code(candidate text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT candidate ~ '^[a-z0-9]+$' $$;
CREATE FUNCTION app.next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'abc' $$;
CREATE DOMAIN app.code AS text DEFAULT app.next_code() CONSTRAINT code_valid CHECK (app.is_code(VALUE));
CREATE TABLE app.items (id integer PRIMARY KEY, code app.code);
