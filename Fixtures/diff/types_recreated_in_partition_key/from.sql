-- An enum losing a label while it types the partition key of a list-partitioned table: Postgres cannot retype a
-- partition key column, so the table and its partitions are dropped and created again (a destructive plan, as for
-- a changed partition key), while other tables' columns move to the new enum.
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'meh', 'happy');
CREATE TABLE app.events (id integer NOT NULL, mood app.mood NOT NULL) PARTITION BY LIST (mood);
CREATE TABLE app.events_sad PARTITION OF app.events FOR VALUES IN ('sad');
CREATE TABLE app.events_other PARTITION OF app.events DEFAULT;
CREATE TABLE app.people (id integer PRIMARY KEY, mood app.mood);

-- Rows that must survive the migration (the oracle checks row counts). None in the events partitions: they are
-- dropped and created again.
INSERT INTO app.people VALUES (1, 'sad'), (2, 'happy'), (3, NULL);
