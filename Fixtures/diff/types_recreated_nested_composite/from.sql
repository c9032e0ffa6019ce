-- A composite type whose attributes are reordered (and one added) while another composite type holds it: directly,
-- through a domain, and in an array: the outer type is recreated around its columns (one of them an array of it), and
-- each inner value moves field by field too, an inner array through JSON (their text form would not parse, or put
-- the values in the wrong fields). Inner and outer values whose fields are all NULL stay rows, not NULL.
CREATE SCHEMA app;
CREATE TYPE app.inner AS (a integer, b text);
CREATE DOMAIN app.inner_d AS app.inner CHECK ((VALUE).a IS DISTINCT FROM 0);
CREATE TYPE app.outer AS (i app.inner, n integer, d app.inner_d, l app.inner[]);
CREATE TABLE app.t (id integer PRIMARY KEY, o app.outer, os app.outer[]);
INSERT INTO app.t VALUES
    (1, ROW(ROW(1, 'x, "y"'), 10, ROW(2, '3'), ARRAY[ROW(6, '7'), NULL, ROW(NULL, NULL)]::app.inner[]), ARRAY[ROW(ROW(4, '5'), 11, NULL, ARRAY[ROW(8, 'z')]::app.inner[])::app.outer, NULL]),
    (2, ROW(ROW(NULL, NULL), 20, ROW(NULL, NULL), '{}'), ARRAY[ROW(ROW(NULL, NULL), NULL, ROW(NULL, NULL), NULL)::app.outer]),
    (3, ROW(NULL, NULL, NULL, NULL), '{}'),
    (4, NULL, NULL);
