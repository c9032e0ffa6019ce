DO $$ BEGIN CREATE ROLE priv_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE priv_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FUNCTION add_one(x int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT x + 1';
CREATE PROCEDURE noop() LANGUAGE sql AS 'SELECT 1';
CREATE FUNCTION secret() RETURNS text LANGUAGE sql AS $$SELECT 'x'$$;
REVOKE EXECUTE ON FUNCTION secret() FROM PUBLIC;
