DO $$ BEGIN CREATE ROLE "priv_a""b"; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE "priv rôle ü, x"; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE items (id int PRIMARY KEY, name text);
GRANT SELECT, INSERT ON items TO "priv_a""b" WITH GRANT OPTION;
GRANT SELECT (name) ON items TO "priv rôle ü, x";
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
GRANT EXECUTE ON FUNCTION f() TO "priv rôle ü, x";
