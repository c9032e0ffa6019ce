CREATE SCHEMA app;
CREATE FUNCTION app.is_code(candidate text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT candidate ~ '^[a-z0-9]+$' $$;
CREATE FUNCTION app.next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'abc' $$;
CREATE FUNCTION app.short_enough(c text, max_length integer DEFAULT 10) RETURNS boolean LANGUAGE sql IMMUTABLE
    AS $$ SELECT length(c) < max_length $$;
CREATE DOMAIN app.code AS text DEFAULT app.next_code()
    CONSTRAINT code_valid CHECK (app.is_code(VALUE))
    CONSTRAINT code_short CHECK (app.short_enough(VALUE));
COMMENT ON CONSTRAINT code_valid ON DOMAIN app.code IS 'lower-case letters and digits';
CREATE TABLE app.items (id integer PRIMARY KEY, code app.code);
