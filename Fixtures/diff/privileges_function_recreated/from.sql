DO $$ BEGIN CREATE ROLE priv_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE priv_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FUNCTION answer() RETURNS int LANGUAGE sql AS 'SELECT 42';
REVOKE EXECUTE ON FUNCTION answer() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION answer() TO priv_reader;
CREATE TABLE t (id int);
INSERT INTO t VALUES (1), (2);
