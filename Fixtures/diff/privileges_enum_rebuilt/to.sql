DO $$ BEGIN CREATE ROLE priv_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE priv_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TYPE state AS ENUM ('b', 'a');
GRANT USAGE ON TYPE state TO priv_reader;
CREATE TABLE t (id int, s state);

-- The rows A's become (compared by values.sql): same labels, compared in the new order.
INSERT INTO t VALUES (1, 'a'), (2, 'b');
