DO $$ BEGIN CREATE ROLE priv_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE priv_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE accounts (id int PRIMARY KEY, email text, balance numeric, note text, extra text);
GRANT SELECT (id, email, extra) ON accounts TO priv_reader;
GRANT UPDATE (email, note), INSERT (email) ON accounts TO priv_writer;
