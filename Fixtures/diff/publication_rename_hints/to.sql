CREATE SCHEMA core;
CREATE TABLE core.events (id int PRIMARY KEY, kind text);
CREATE TABLE users (id int PRIMARY KEY, name text);
CREATE FUNCTION core.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE DEBUG 'ddl'; END $$;
CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION core.log_ddl();
CREATE PUBLICATION people_pub FOR TABLE users (id, name), TABLE core.events WITH (publish = 'insert');
CREATE PUBLICATION schema_pub FOR TABLES IN SCHEMA core;
