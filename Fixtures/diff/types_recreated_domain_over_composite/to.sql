CREATE SCHEMA app;
CREATE TYPE app.pair AS (b text, a integer);
CREATE DOMAIN app.pair_d AS app.pair CHECK ((VALUE).a > 0);
CREATE DOMAIN app.pair_dd AS app.pair_d;
CREATE TABLE app.t (id integer PRIMARY KEY, p app.pair_d, ps app.pair_d[], pp app.pair_dd);
-- The rows A's become (compared by values.sql); a value whose fields are all NULL stays a row, not NULL.
INSERT INTO app.t VALUES
    (1, ROW('x, "y"', 1), ARRAY[ROW('y', 2)::app.pair_d, NULL], ROW('z', 5)),
    (2, NULL, NULL, NULL),
    (3, ROW(NULL, 3), '{}', ROW(NULL, NULL));
