CREATE TABLE shifts (id int PRIMARY KEY, note text, day integer CHECK (day > 0));
CREATE INDEX shifts_day_idx ON shifts (day);
CREATE INDEX shifts_note_idx ON shifts (note);

INSERT INTO shifts (id, note, day) VALUES (1, 'early', 20240101), (2, 'late', 20240102), (3, NULL, NULL);
