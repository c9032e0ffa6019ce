CREATE SCHEMA app;
CREATE FUNCTION app.price(n integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT n * 10::bigint $$;
CREATE FUNCTION app.total(n integer) RETURNS bigint LANGUAGE sql IMMUTABLE
    BEGIN ATOMIC SELECT app.price(n) + 1; END;
ALTER FUNCTION app.total(integer) SET work_mem = '8MB';
CREATE FUNCTION app.total_twice(n integer) RETURNS bigint LANGUAGE sql IMMUTABLE RETURN app.total(n) * 2;
CREATE FUNCTION app.loose_total(n integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT app.price(n) + 1 $$;
CREATE TABLE app.orders (id integer PRIMARY KEY, n integer NOT NULL, twice bigint DEFAULT app.total_twice(1));
CREATE VIEW app.order_totals AS SELECT id, app.total(n) AS total FROM app.orders;
