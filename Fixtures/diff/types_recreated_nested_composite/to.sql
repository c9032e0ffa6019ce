CREATE SCHEMA app;
CREATE TYPE app.inner AS (b text, c boolean, a integer);
CREATE DOMAIN app.inner_d AS app.inner CHECK ((VALUE).a IS DISTINCT FROM 0);
CREATE TYPE app.outer AS (i app.inner, n integer, d app.inner_d, l app.inner[]);
CREATE TABLE app.t (id integer PRIMARY KEY, o app.outer, os app.outer[]);
-- The rows A's become (compared by values.sql): the inner fields move by name at every level.
INSERT INTO app.t VALUES
    (1, ROW(ROW('x, "y"', NULL, 1), 10, ROW('3', NULL, 2), ARRAY[ROW('7', NULL, 6), NULL, ROW(NULL, NULL, NULL)]::app.inner[]), ARRAY[ROW(ROW('5', NULL, 4), 11, NULL, ARRAY[ROW('z', NULL, 8)]::app.inner[])::app.outer, NULL]),
    (2, ROW(ROW(NULL, NULL, NULL), 20, ROW(NULL, NULL, NULL), '{}'), ARRAY[ROW(ROW(NULL, NULL, NULL), NULL, ROW(NULL, NULL, NULL), NULL)::app.outer]),
    (3, ROW(NULL, NULL, NULL, NULL), '{}'),
    (4, NULL, NULL);
