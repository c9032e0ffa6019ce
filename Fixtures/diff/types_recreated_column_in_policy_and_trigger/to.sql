CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE TABLE app.people (id integer PRIMARY KEY, mood app.mood NOT NULL, score bigint NOT NULL DEFAULT 0);
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER mood_changed BEFORE UPDATE ON app.people
    FOR EACH ROW WHEN (OLD.mood IS DISTINCT FROM NEW.mood) EXECUTE FUNCTION app.touch();
CREATE TRIGGER score_changed BEFORE UPDATE OF score ON app.people FOR EACH ROW EXECUTE FUNCTION app.touch();
CREATE FUNCTION app.total_score() RETURNS bigint LANGUAGE sql STABLE
    BEGIN ATOMIC SELECT sum(score) FROM app.people; END;
ALTER TABLE app.people ENABLE ROW LEVEL SECURITY;
CREATE POLICY not_sad ON app.people USING (mood <> 'sad' AND score >= 0);
