-- A composite type whose attributes are reordered and one removed while domains over it (one over the other) type
-- table columns, one of them an array of the domain: the values move to the new layout attribute by attribute
-- (their text form would put them in the wrong fields, or not parse).
CREATE SCHEMA app;
CREATE TYPE app.pair AS (a integer, b text, c boolean);
CREATE DOMAIN app.pair_d AS app.pair CHECK ((VALUE).a > 0);
CREATE DOMAIN app.pair_dd AS app.pair_d;
CREATE TABLE app.t (id integer PRIMARY KEY, p app.pair_d, ps app.pair_d[], pp app.pair_dd);
INSERT INTO app.t VALUES
    (1, ROW(1, 'x, "y"', true), ARRAY[ROW(2, 'y', false)::app.pair_d, NULL], ROW(5, 'z', NULL)),
    (2, NULL, NULL, NULL),
    (3, ROW(3, NULL, NULL), '{}', ROW(NULL, NULL, NULL));
