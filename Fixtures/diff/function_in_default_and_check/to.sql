CREATE FUNCTION new_code() RETURNS text LANGUAGE sql AS $$ SELECT md5(random()::text) $$;
CREATE FUNCTION valid_code(c text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length(c) > 3 $$;
CREATE TABLE t (id int, code text DEFAULT new_code() CHECK (valid_code(code)));
