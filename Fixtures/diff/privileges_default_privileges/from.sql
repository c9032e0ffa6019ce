DO $$ BEGIN CREATE ROLE priv_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE priv_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE priv_adp_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA app;
CREATE TABLE app.t (id int);
INSERT INTO app.t VALUES (1), (2);
ALTER DEFAULT PRIVILEGES FOR ROLE priv_adp_owner GRANT SELECT ON TABLES TO priv_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE priv_adp_owner IN SCHEMA app GRANT USAGE ON SEQUENCES TO priv_reader;
