DO $$ BEGIN CREATE ROLE priv_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE priv_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE items (id int PRIMARY KEY, name text);
GRANT SELECT ON items TO priv_reader;
GRANT SELECT, INSERT, UPDATE, DELETE ON items TO priv_writer;
