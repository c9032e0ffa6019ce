CREATE SCHEMA ops;
CREATE TABLE ops.jobs (id int PRIMARY KEY);
INSERT INTO ops.jobs VALUES (1), (2);
CREATE FUNCTION ops.guard() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE DEBUG 'v1'; END $$;
CREATE EVENT TRIGGER guard_replaced ON ddl_command_start EXECUTE FUNCTION ops.guard();
CREATE FUNCTION ops.old_guard() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE DEBUG 'old'; END $$;
CREATE EVENT TRIGGER guard_switched ON sql_drop EXECUTE FUNCTION ops.old_guard();
