-- A composite type whose attributes are reordered (and one added) while a domain over an array of it types a column
-- (and an array of that domain's element values sits in another): the domain is recreated on the new type and the
-- arrays' elements move by attribute name (their text form would put the values in the wrong fields, or not parse).
CREATE SCHEMA app;
CREATE TYPE app.pair AS (a integer, b text);
CREATE DOMAIN app.pairs AS app.pair[] CHECK (cardinality(VALUE) < 10);
CREATE TABLE app.t (id integer PRIMARY KEY, ps app.pairs);
INSERT INTO app.t VALUES
    (1, ARRAY[ROW(1, 'x, "y"'), NULL, ROW(NULL, NULL)]::app.pair[]),
    (2, ARRAY[ROW(2, '3')]::app.pair[]),
    (3, '{}'),
    (4, NULL);
