DO $$ BEGIN CREATE ROLE priv_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE priv_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA app;
CREATE TABLE app.items (id int PRIMARY KEY);
INSERT INTO app.items VALUES (1), (2);
REVOKE ALL ON SCHEMA public FROM PUBLIC;
