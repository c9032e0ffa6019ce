DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'gap_reader') THEN CREATE ROLE gap_reader; END IF; END $$;
CREATE SCHEMA app;
CREATE TABLE app.events (id integer NOT NULL, kind text NOT NULL) PARTITION BY LIST (kind);
CREATE TABLE app.events_other PARTITION OF app.events DEFAULT;
CREATE TABLE app.accounts (id integer PRIMARY KEY, name text NOT NULL);
CREATE FUNCTION app.event_count() RETURNS bigint LANGUAGE sql STABLE
    BEGIN ATOMIC SELECT count(*) FROM app.events; END;
ALTER FUNCTION app.event_count() SET work_mem = '8MB';
COMMENT ON FUNCTION app.event_count() IS 'events so far';
REVOKE EXECUTE ON FUNCTION app.event_count() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.event_count() TO gap_reader;
CREATE FUNCTION app.events_of(n integer) RETURNS bigint LANGUAGE sql STABLE
    RETURN (SELECT count(*) FROM app.events WHERE id = n);
CREATE FUNCTION app.event_count_twice() RETURNS bigint LANGUAGE sql STABLE RETURN app.event_count() * 2;
CREATE FUNCTION app.loose_event_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM app.events $$;
