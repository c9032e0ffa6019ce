-- Stored generated columns reading columns that are retyped (an enum column moved to the recreated enum, an integer
-- widened): Postgres refuses to retype a column a generation expression reads, so the generated columns are dropped
-- before and added again after, their values computed again. They are the last columns, so the re-added ones land
-- where to.sql declares them.
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'meh', 'happy');
CREATE TABLE app.people (
    id integer PRIMARY KEY,
    mood app.mood NOT NULL,
    score integer NOT NULL,
    is_sad boolean GENERATED ALWAYS AS (mood = 'sad') STORED,
    doubled bigint GENERATED ALWAYS AS (score * 2) STORED
);
CREATE INDEX people_is_sad_idx ON app.people (is_sad);
INSERT INTO app.people (id, mood, score) VALUES (1, 'sad', 1), (2, 'happy', 2), (3, 'happy', 3);
