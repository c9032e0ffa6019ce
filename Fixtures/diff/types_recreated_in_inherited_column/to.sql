CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE TABLE app.notes (id integer PRIMARY KEY, mood app.mood NOT NULL DEFAULT 'happy');
CREATE TABLE app.diary_notes (day date, own_mood app.mood) INHERITS (app.notes);
ALTER TABLE app.diary_notes ALTER COLUMN mood SET DEFAULT 'sad';
CREATE TABLE app.work_notes () INHERITS (app.notes);
-- The rows A's become (compared by values.sql), each in the same table.
INSERT INTO app.notes VALUES (1, 'sad'), (2, 'happy');
INSERT INTO app.diary_notes (id, day, own_mood) VALUES (3, '2026-01-01', 'happy'), (4, NULL, NULL);
INSERT INTO app.work_notes VALUES (5, 'happy'), (6, DEFAULT);
