CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 2 $$;
ALTER FUNCTION f() SET statement_timeout = '5s';
ALTER FUNCTION f() SET lock_timeout = '1s';
