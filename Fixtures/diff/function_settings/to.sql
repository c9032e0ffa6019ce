CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
ALTER FUNCTION f() SET statement_timeout = '10s';
CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
ALTER FUNCTION g() SET search_path = public, pg_temp;
