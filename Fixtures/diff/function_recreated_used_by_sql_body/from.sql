-- A function whose return type changes (drop and create) while SQL-standard bodies, which Postgres binds at
-- creation, call it: directly (BEGIN ATOMIC, with a setting), through a second one (RETURN), and from a view and a
-- column default. Every one of them is dropped before and created again after; a plain SQL body calling it by
-- name (bound only when run) is left alone.
CREATE SCHEMA app;
CREATE FUNCTION app.price(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT n * 10 $$;
CREATE FUNCTION app.total(n integer) RETURNS bigint LANGUAGE sql IMMUTABLE
    BEGIN ATOMIC SELECT app.price(n) + 1; END;
ALTER FUNCTION app.total(integer) SET work_mem = '8MB';
CREATE FUNCTION app.total_twice(n integer) RETURNS bigint LANGUAGE sql IMMUTABLE RETURN app.total(n) * 2;
CREATE FUNCTION app.loose_total(n integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT app.price(n) + 1 $$;
CREATE TABLE app.orders (id integer PRIMARY KEY, n integer NOT NULL, twice bigint DEFAULT app.total_twice(1));
CREATE VIEW app.order_totals AS SELECT id, app.total(n) AS total FROM app.orders;
INSERT INTO app.orders (id, n) VALUES (1, 1), (2, 2), (3, 3);
