CREATE TABLE audit_log (id int PRIMARY KEY, command text);
CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE DEBUG 'ddl %', tg_tag; END $$;
CREATE FUNCTION "note drop"() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE DEBUG 'dropped'; END $$;
CREATE EVENT TRIGGER log_ddl_end ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE') EXECUTE FUNCTION log_ddl();
CREATE EVENT TRIGGER "Log Drops" ON sql_drop EXECUTE FUNCTION "note drop"();
ALTER EVENT TRIGGER "Log Drops" DISABLE;
COMMENT ON EVENT TRIGGER log_ddl_end IS 'logs table DDL, it''s quiet';
