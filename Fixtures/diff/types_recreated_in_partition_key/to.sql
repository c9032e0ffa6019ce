CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE TABLE app.events (id integer NOT NULL, mood app.mood NOT NULL) PARTITION BY LIST (mood);
CREATE TABLE app.events_sad PARTITION OF app.events FOR VALUES IN ('sad');
CREATE TABLE app.events_other PARTITION OF app.events DEFAULT;
CREATE TABLE app.people (id integer PRIMARY KEY, mood app.mood);
