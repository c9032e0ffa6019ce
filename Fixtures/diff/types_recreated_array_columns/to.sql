CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE TYPE app.pair AS (m app.mood, b text, a integer, c boolean);
CREATE TABLE app.items (
    id integer PRIMARY KEY,
    moods app.mood[] NOT NULL DEFAULT '{happy}',
    grid app.mood[][],
    pairs app.pair[]
);
