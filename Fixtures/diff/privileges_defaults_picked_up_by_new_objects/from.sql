-- The target already has default privileges: a table, a view, a sequence and a function the migration creates pick
-- them up on creation. to.sql declares the same default privileges but made its objects before them, so the plan
-- must undo what the new objects picked up (REVOKE the extra grants, GRANT back EXECUTE to PUBLIC).
DO $$ BEGIN CREATE ROLE priv_defaults_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO priv_defaults_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT USAGE ON SEQUENCES TO priv_defaults_reader;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
CREATE TABLE app.kept (id integer PRIMARY KEY, note text);
INSERT INTO app.kept VALUES (1, 'a'), (2, 'b');
