CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE TABLE app.notes (id integer PRIMARY KEY, mood app.mood NOT NULL DEFAULT 'happy');
CREATE TABLE app.diary_notes (day date, own_mood app.mood) INHERITS (app.notes);
ALTER TABLE app.diary_notes ALTER COLUMN mood SET DEFAULT 'sad';
CREATE TABLE app.work_notes () INHERITS (app.notes);
