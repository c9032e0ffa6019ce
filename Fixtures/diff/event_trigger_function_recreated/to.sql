CREATE SCHEMA ops;
CREATE TABLE ops.jobs (id int PRIMARY KEY);
CREATE FUNCTION ops.guard() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE DEBUG 'v2 %', tg_event; END $$;
CREATE EVENT TRIGGER guard_replaced ON ddl_command_start EXECUTE FUNCTION ops.guard();
CREATE FUNCTION ops.new_guard() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE DEBUG 'new'; END $$;
CREATE EVENT TRIGGER guard_switched ON sql_drop EXECUTE FUNCTION ops.new_guard();
