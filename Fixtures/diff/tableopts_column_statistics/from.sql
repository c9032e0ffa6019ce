CREATE TABLE events (id int PRIMARY KEY, kind text, payload jsonb, at timestamptz);
ALTER TABLE events ALTER COLUMN payload SET STATISTICS 200;
ALTER TABLE events ALTER COLUMN at SET STATISTICS 50;
INSERT INTO events VALUES (1, 'a', '{}', now()), (2, 'b', '[]', now());
