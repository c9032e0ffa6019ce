CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE TYPE app.entry AS (m app.mood, note text);
COMMENT ON TYPE app.entry IS 'one entry';
COMMENT ON COLUMN app.entry.note IS 'free text';
CREATE TYPE app.log AS (e app.entry, n integer);
CREATE TYPE app.pair AS (n integer, m app.mood);
CREATE DOMAIN app.entry_note AS app.entry CHECK ((VALUE).note <> '');
CREATE TABLE app.journal (
    id integer PRIMARY KEY,
    e app.entry,
    es app.entry[],
    l app.log,
    p app.pair,
    en app.entry_note
);
-- The rows A's become (compared by values.sql): 'meh' was never stored, the pair's fields move by name, values whose
-- fields are all NULL stay rows.
INSERT INTO app.journal VALUES
    (1, ROW('sad', 'a'), ARRAY[ROW('happy', 'b')::app.entry, NULL], ROW(ROW('happy', 'c'), 1), ROW(2, 'sad'), ROW('sad', 'x')),
    (2, NULL, NULL, NULL, NULL, NULL),
    (3, ROW(NULL, NULL), '{}', ROW(NULL, 3), ROW(NULL, NULL), ROW(NULL, 'y'));
