CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE DOMAIN app.known_mood AS app.mood NOT NULL DEFAULT 'happy' CONSTRAINT known_mood_not_sad CHECK (VALUE <> 'sad');
COMMENT ON DOMAIN app.known_mood IS 'a mood that is known';
REVOKE USAGE ON DOMAIN app.known_mood FROM PUBLIC;
CREATE DOMAIN app.moods AS app.mood[];
CREATE DOMAIN app.code AS text;
CREATE DOMAIN app.short_code AS app.code CONSTRAINT short CHECK (length(VALUE) < 8);
CREATE DOMAIN app.tiny_code AS app.short_code CONSTRAINT tiny CHECK (length(VALUE) < 6);
CREATE TABLE app.people (
    id integer PRIMARY KEY,
    mood app.known_mood,
    history app.moods,
    past app.known_mood[],
    code app.short_code DEFAULT 'c0',
    tiny app.tiny_code
);
CREATE INDEX people_mood_idx ON app.people (mood);
CREATE VIEW app.people_moods AS SELECT id, mood, code FROM app.people;
-- The rows A's become (compared by values.sql): 'meh' was never stored, the codes fit the text base type as they were.
INSERT INTO app.people VALUES
    (1, 'happy', '{sad,happy}', '{happy}', 'c1', 't1'),
    (2, 'happy', NULL, NULL, DEFAULT, NULL),
    (3, 'happy', '{}', '{}', 'c3', 't3');
