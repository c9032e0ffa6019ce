CREATE SCHEMA app;
CREATE TYPE app.pair AS (b text, c boolean, a integer);
CREATE DOMAIN app.pairs AS app.pair[] CHECK (cardinality(VALUE) < 10);
CREATE TABLE app.t (id integer PRIMARY KEY, ps app.pairs);
-- The rows A's become (compared by values.sql): the elements' fields move by name.
INSERT INTO app.t VALUES
    (1, ARRAY[ROW('x, "y"', NULL, 1), NULL, ROW(NULL, NULL, NULL)]::app.pair[]),
    (2, ARRAY[ROW('3', NULL, 2)]::app.pair[]),
    (3, '{}'),
    (4, NULL);
