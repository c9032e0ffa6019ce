CREATE TABLE audit_log (id int PRIMARY KEY, command text);
INSERT INTO audit_log VALUES (1, 'CREATE TABLE'), (2, 'ALTER TABLE'), (3, 'DROP TABLE');
CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE DEBUG 'ddl %', tg_tag; END $$;
CREATE FUNCTION kept() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE DEBUG 'kept'; END $$;
CREATE EVENT TRIGGER goes_with_function ON ddl_command_end EXECUTE FUNCTION log_ddl();
CREATE EVENT TRIGGER goes_alone ON sql_drop EXECUTE FUNCTION kept();
COMMENT ON EVENT TRIGGER goes_alone IS 'dropped';
CREATE EVENT TRIGGER stays ON ddl_command_start EXECUTE FUNCTION kept();
