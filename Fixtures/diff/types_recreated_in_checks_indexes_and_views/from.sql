-- An enum losing a label while checks, indexes and views hold constants of it ('x'::mood), which Postgres keeps
-- bound to the old type: the check and the partial and expression indexes are dropped before the type is renamed
-- away and created again after the column moved; the view that only names the type is recreated too.
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'meh', 'happy');
CREATE TABLE app.people (
    id integer PRIMARY KEY,
    mood app.mood NOT NULL,
    CONSTRAINT people_known CHECK (mood IN ('sad', 'happy')),
    CONSTRAINT people_not_meh CHECK (mood <> 'meh')
);
CREATE INDEX people_sad_idx ON app.people (id) WHERE mood = 'sad';
CREATE INDEX people_is_happy_idx ON app.people ((mood = 'happy'));
CREATE VIEW app.moods AS SELECT 'sad'::app.mood AS saddest;
INSERT INTO app.people VALUES (1, 'sad'), (2, 'happy'), (3, 'happy');
