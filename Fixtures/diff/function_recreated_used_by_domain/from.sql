-- Functions dropped and created again while a domain uses them: one in a CHECK (an argument renamed), one in the
-- DEFAULT (its return type changes), and one replaced by an overload with a defaulted argument, so that the
-- domain CHECK calling it reads the same. The checks and the default are dropped before and set again after.
CREATE SCHEMA app;
CREATE FUNCTION app.is_code(c text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT c ~ '^[a-z0-9]+$' $$;
CREATE FUNCTION app.next_code() RETURNS varchar LANGUAGE sql AS $$ SELECT 'abc' $$;
CREATE FUNCTION app.short_enough(c text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length(c) < 10 $$;
CREATE DOMAIN app.code AS text DEFAULT app.next_code()
    CONSTRAINT code_valid CHECK (app.is_code(VALUE))
    CONSTRAINT code_short CHECK (app.short_enough(VALUE));
COMMENT ON CONSTRAINT code_valid ON DOMAIN app.code IS 'lower-case letters and digits';
CREATE TABLE app.items (id integer PRIMARY KEY, code app.code);
INSERT INTO app.items VALUES (1, 'a1'), (2, DEFAULT), (3, NULL);
