CREATE TABLE audit_log (id int PRIMARY KEY, command text);
CREATE FUNCTION kept() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE DEBUG 'kept'; END $$;
CREATE EVENT TRIGGER stays ON ddl_command_start EXECUTE FUNCTION kept();
