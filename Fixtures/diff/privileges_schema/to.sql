DO $$ BEGIN CREATE ROLE priv_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE priv_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA app;
CREATE SCHEMA reports;
GRANT USAGE ON SCHEMA reports TO priv_writer;
GRANT USAGE ON SCHEMA app TO priv_reader;
GRANT CREATE ON SCHEMA app TO priv_writer WITH GRANT OPTION;
CREATE TABLE app.t (id int);
