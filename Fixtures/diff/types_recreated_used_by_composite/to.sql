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
