CREATE SCHEMA legacy;
CREATE TABLE legacy.events (id int PRIMARY KEY, kind text);
CREATE TABLE people (id int PRIMARY KEY, full_name text);
INSERT INTO legacy.events VALUES (1, 'a'), (2, 'b');
INSERT INTO people VALUES (1, 'Ann'), (2, 'Bo');
CREATE FUNCTION legacy.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE DEBUG 'ddl'; END $$;
CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION legacy.log_ddl();
CREATE PUBLICATION people_pub FOR TABLE people (id, full_name), TABLE legacy.events WITH (publish = 'insert');
CREATE PUBLICATION schema_pub FOR TABLES IN SCHEMA legacy;
