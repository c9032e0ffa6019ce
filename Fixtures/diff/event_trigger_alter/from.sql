CREATE TABLE audit_log (id int PRIMARY KEY, command text);
INSERT INTO audit_log VALUES (1, 'CREATE TABLE'), (2, 'ALTER TABLE');
CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE DEBUG 'ddl %', tg_tag; END $$;
CREATE EVENT TRIGGER toggled ON ddl_command_start EXECUTE FUNCTION log_ddl();
CREATE EVENT TRIGGER replica_only ON ddl_command_end EXECUTE FUNCTION log_ddl();
ALTER EVENT TRIGGER replica_only ENABLE REPLICA;
CREATE EVENT TRIGGER retagged ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION log_ddl();
CREATE EVENT TRIGGER moved_event ON ddl_command_start EXECUTE FUNCTION log_ddl();
COMMENT ON EVENT TRIGGER toggled IS 'old comment';
