-- Array columns of types recreated while in use: a one- and a two-dimensional array of an enum losing a label
-- (with a default), and an array of a composite type whose attributes are reordered and one added.
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'meh', 'happy');
CREATE TYPE app.pair AS (a integer, b text, m app.mood);
CREATE TABLE app.items (
    id integer PRIMARY KEY,
    moods app.mood[] NOT NULL DEFAULT '{happy}',
    grid app.mood[][],
    pairs app.pair[]
);
INSERT INTO app.items VALUES
    (1, '{sad,happy}', '{{sad,happy},{happy,sad}}', ARRAY[ROW(1, 'x, "y"', 'sad')::app.pair, NULL, ROW(NULL, NULL, NULL)::app.pair]),
    (2, DEFAULT, NULL, NULL),
    (3, '{}', '{}', '{}');
