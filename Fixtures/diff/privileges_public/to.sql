DO $$ BEGIN CREATE ROLE priv_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE priv_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA app;
CREATE TABLE app.items (id int PRIMARY KEY);
GRANT USAGE ON SCHEMA app TO PUBLIC;
GRANT SELECT ON app.items TO PUBLIC;
