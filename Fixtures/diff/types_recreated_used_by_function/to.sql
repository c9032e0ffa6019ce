CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE FUNCTION app.is_cheerful(m app.mood) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT m = 'happy' $$;
ALTER FUNCTION app.is_cheerful(app.mood) SET search_path = app, public;
COMMENT ON FUNCTION app.is_cheerful(app.mood) IS 'true when happy';
REVOKE EXECUTE ON FUNCTION app.is_cheerful(app.mood) FROM PUBLIC;
CREATE FUNCTION app.default_mood() RETURNS app.mood LANGUAGE sql STABLE AS $$ SELECT 'happy'::app.mood $$;
CREATE FUNCTION app.all_moods() RETURNS SETOF app.mood LANGUAGE sql STABLE
    BEGIN ATOMIC SELECT unnest(enum_range(NULL::app.mood)); END;
CREATE FUNCTION app.is_sad(m app.mood) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN m = 'sad';
CREATE TABLE app.people (
    id integer PRIMARY KEY,
    mood app.mood NOT NULL DEFAULT app.default_mood(),
    CONSTRAINT people_cheerful_or_known CHECK (app.is_cheerful(mood) OR id > 0)
);
CREATE INDEX people_cheerful_idx ON app.people (id) WHERE app.is_cheerful(mood);
ALTER TABLE app.people ENABLE ROW LEVEL SECURITY;
CREATE POLICY cheerful ON app.people USING (app.is_cheerful(mood));
CREATE VIEW app.cheerful_people AS SELECT id FROM app.people WHERE app.is_cheerful(mood);
CREATE FUNCTION app.sad_count() RETURNS bigint LANGUAGE sql STABLE
    BEGIN ATOMIC SELECT count(*) FROM app.people WHERE mood = 'sad'; END;
CREATE FUNCTION app.sad_share() RETURNS numeric LANGUAGE sql STABLE
    BEGIN ATOMIC SELECT app.sad_count() / 3.0; END;
