DO $$ BEGIN CREATE ROLE priv_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE priv_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA app;
CREATE SCHEMA reports;
GRANT USAGE, CREATE ON SCHEMA reports TO priv_writer;
CREATE TABLE app.t (id int);
INSERT INTO app.t VALUES (1), (2);
