CREATE TABLE audit_log (id int PRIMARY KEY, command text);
INSERT INTO audit_log VALUES (1, 'CREATE TABLE'), (2, 'ALTER TABLE');
CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE DEBUG 'ddl %', tg_tag; END $$;
