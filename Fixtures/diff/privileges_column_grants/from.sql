DO $$ BEGIN CREATE ROLE priv_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE priv_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE accounts (id int PRIMARY KEY, email text, balance numeric, note text);
INSERT INTO accounts VALUES (1, 'a@x', 1, 'n'), (2, 'b@x', 2, NULL);
GRANT SELECT (id, note) ON accounts TO priv_reader;
GRANT UPDATE (note) ON accounts TO priv_writer;
