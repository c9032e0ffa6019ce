DO $$ BEGIN CREATE ROLE priv_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE priv_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TYPE state AS ENUM ('b', 'a');
GRANT USAGE ON TYPE state TO priv_reader;
CREATE TABLE t (id int, s state);
