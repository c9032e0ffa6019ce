-- An enum losing a label while composite types hold it: a kept composite (with a comment on it and on an
-- attribute), one nested in another, and one whose attributes are also reordered. Each is recreated on the new enum
-- around its columns and arrays, values kept.
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'meh', 'happy');
CREATE TYPE app.entry AS (m app.mood, note text);
COMMENT ON TYPE app.entry IS 'one entry';
COMMENT ON COLUMN app.entry.note IS 'free text';
CREATE TYPE app.log AS (e app.entry, n integer);
CREATE TYPE app.pair AS (m app.mood, n integer);
CREATE DOMAIN app.entry_note AS app.entry CHECK ((VALUE).note <> '');
CREATE TABLE app.journal (
    id integer PRIMARY KEY,
    e app.entry,
    es app.entry[],
    l app.log,
    p app.pair,
    en app.entry_note
);
INSERT INTO app.journal VALUES
    (1, ROW('sad', 'a'), ARRAY[ROW('happy', 'b')::app.entry, NULL], ROW(ROW('happy', 'c'), 1), ROW('sad', 2), ROW('sad', 'x')),
    (2, NULL, NULL, NULL, NULL, NULL),
    (3, ROW(NULL, NULL), '{}', ROW(NULL, 3), ROW(NULL, NULL), ROW(NULL, 'y'));
