CREATE TABLE events (id int PRIMARY KEY, kind text, payload jsonb, at timestamptz);
ALTER TABLE events ALTER COLUMN kind SET STATISTICS 1000;
ALTER TABLE events ALTER COLUMN at SET STATISTICS 75;
CREATE TABLE created (id int, label text);
ALTER TABLE created ALTER COLUMN label SET STATISTICS 0;
