-- Columns retyped while a policy and a trigger read them (Postgres refuses to retype a column a policy or a trigger's
-- WHEN or UPDATE OF uses, or a SQL-standard function body reads): an enum column moved to the recreated enum and an
-- integer column widened. The policy, the triggers and the function are dropped before and created again after.
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'meh', 'happy');
CREATE TABLE app.people (id integer PRIMARY KEY, mood app.mood NOT NULL, score integer NOT NULL DEFAULT 0);
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER mood_changed BEFORE UPDATE ON app.people
    FOR EACH ROW WHEN (OLD.mood IS DISTINCT FROM NEW.mood) EXECUTE FUNCTION app.touch();
CREATE TRIGGER score_changed BEFORE UPDATE OF score ON app.people FOR EACH ROW EXECUTE FUNCTION app.touch();
CREATE FUNCTION app.total_score() RETURNS bigint LANGUAGE sql STABLE
    BEGIN ATOMIC SELECT sum(score) FROM app.people; END;
ALTER TABLE app.people ENABLE ROW LEVEL SECURITY;
CREATE POLICY not_sad ON app.people USING (mood <> 'sad' AND score >= 0);
INSERT INTO app.people VALUES (1, 'sad', 1), (2, 'happy', 2), (3, 'happy', 3);
