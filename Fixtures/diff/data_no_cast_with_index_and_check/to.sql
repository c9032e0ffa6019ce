-- Postgres has no cast from integer to date: the column is dropped and added again, and its index and check
-- constraint (which DROP COLUMN removes) are created again.
CREATE TABLE shifts (id int PRIMARY KEY, note text, day date CHECK (day > '2000-01-01'));
CREATE INDEX shifts_day_idx ON shifts (day);
CREATE INDEX shifts_note_idx ON shifts (note);
