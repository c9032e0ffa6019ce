-- Table and view options, inheritance and view triggers (issue 8).
CREATE SCHEMA opts;
CREATE TABLE opts.tuned (id int PRIMARY KEY, code text NOT NULL, body text, amount numeric, tags text[])
    WITH (fillfactor = 70, autovacuum_enabled = false, toast.autovacuum_enabled = false);
CREATE UNIQUE INDEX tuned_code ON opts.tuned (code);
ALTER TABLE opts.tuned REPLICA IDENTITY USING INDEX tuned_code;
ALTER TABLE opts.tuned ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE opts.tuned ALTER COLUMN amount SET STORAGE MAIN;
ALTER TABLE opts.tuned ALTER COLUMN tags SET STATISTICS 500;
CREATE TABLE opts.full_identity (id int);
ALTER TABLE opts.full_identity REPLICA IDENTITY FULL;
CREATE TABLE opts.no_identity ();
ALTER TABLE opts.no_identity REPLICA IDENTITY NOTHING;

CREATE TABLE opts.base (id int NOT NULL, status text DEFAULT 'new' CONSTRAINT base_status_check CHECK (status <> ''));
CREATE TABLE opts.audited (changed_by text);
CREATE TABLE opts.child (id int NOT NULL, extra int CONSTRAINT child_extra_check CHECK (extra > 0))
    INHERITS (opts.base, opts.audited);
ALTER TABLE opts.child ALTER COLUMN status SET DEFAULT 'child';

CREATE VIEW opts.guarded WITH (security_barrier = true, security_invoker = true) AS SELECT id FROM opts.tuned;
CREATE VIEW opts.checked AS SELECT id, code FROM opts.tuned WHERE id > 0 WITH LOCAL CHECK OPTION;
CREATE MATERIALIZED VIEW opts.empty_totals WITH (fillfactor = 80) AS SELECT count(*) AS n FROM opts.tuned WITH NO DATA;
CREATE MATERIALIZED VIEW opts.totals AS SELECT count(*) AS n FROM opts.tuned;
CREATE FUNCTION opts.write_through() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER checked_insert INSTEAD OF INSERT OR UPDATE ON opts.checked FOR EACH ROW EXECUTE FUNCTION opts.write_through();
