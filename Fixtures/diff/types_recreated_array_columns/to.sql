CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE TYPE app.pair AS (m app.mood, b text, a integer, c boolean);
CREATE TABLE app.items (
    id integer PRIMARY KEY,
    moods app.mood[] NOT NULL DEFAULT '{happy}',
    grid app.mood[][],
    pairs app.pair[]
);
-- The rows A's become (compared by values.sql): 'meh' was never stored, the composite's fields move by name.
INSERT INTO app.items VALUES
    (1, '{sad,happy}', '{{sad,happy},{happy,sad}}', ARRAY[ROW('sad', 'x, "y"', 1, NULL)::app.pair, NULL, ROW(NULL, NULL, NULL, NULL)::app.pair]),
    (2, DEFAULT, NULL, NULL),
    (3, '{}', '{}', '{}');
