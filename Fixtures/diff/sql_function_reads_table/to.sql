CREATE TABLE prices (id int, amount numeric);
CREATE FUNCTION total() RETURNS numeric LANGUAGE sql STABLE AS $$ SELECT sum(amount) FROM public.prices $$;
