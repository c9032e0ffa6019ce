CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE TABLE app.people (
    id integer PRIMARY KEY,
    mood app.mood NOT NULL,
    CONSTRAINT people_known CHECK (mood IN ('sad', 'happy')),
    CONSTRAINT people_not_meh CHECK (mood::text <> 'meh')
);
CREATE INDEX people_sad_idx ON app.people (id) WHERE mood = 'sad';
CREATE INDEX people_is_happy_idx ON app.people ((mood = 'happy'));
CREATE VIEW app.moods AS SELECT 'sad'::app.mood AS saddest;
