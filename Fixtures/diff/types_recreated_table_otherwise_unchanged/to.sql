CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE TABLE app.people (id integer PRIMARY KEY, mood app.mood NOT NULL CONSTRAINT people_known CHECK (mood IN ('sad', 'happy')));
CREATE INDEX people_sad_idx ON app.people (id) WHERE mood = 'sad';
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER mood_changed BEFORE UPDATE ON app.people
    FOR EACH ROW WHEN (OLD.mood IS DISTINCT FROM NEW.mood) EXECUTE FUNCTION app.touch();
ALTER TABLE app.people ENABLE ROW LEVEL SECURITY;
CREATE POLICY not_sad ON app.people USING (mood <> 'sad');
-- The rows A's become (compared by values.sql).
INSERT INTO app.people VALUES (1, 'sad'), (2, 'happy'), (3, 'happy');
