CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE TABLE app.people (
    id integer PRIMARY KEY,
    mood app.mood NOT NULL,
    score bigint NOT NULL,
    is_sad boolean GENERATED ALWAYS AS (mood = 'sad') STORED,
    doubled bigint GENERATED ALWAYS AS (score * 2) STORED
);
CREATE INDEX people_is_sad_idx ON app.people (is_sad);
-- The rows A's become (compared by values.sql), generated columns computed again.
INSERT INTO app.people (id, mood, score) VALUES (1, 'sad', 1), (2, 'happy', 2), (3, 'happy', 3);
