CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
ALTER FUNCTION f() SET statement_timeout = '5s';
