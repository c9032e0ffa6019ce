CREATE SCHEMA app;
CREATE SCHEMA other;
CREATE EXTENSION xml2 WITH SCHEMA other;
CREATE EXTENSION pg_trgm WITH SCHEMA app VERSION '1.5';
CREATE TABLE app.orders (id int PRIMARY KEY, total numeric NOT NULL, note text, shipped boolean);
CREATE TABLE app.customers (id int PRIMARY KEY, name text);
CREATE TABLE other.audit (id int PRIMARY KEY);

CREATE FUNCTION app.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE DEBUG 'ddl'; END $$;
CREATE FUNCTION other.note() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE DEBUG 'note'; END $$;
CREATE EVENT TRIGGER "Log DDL" ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE')
    EXECUTE FUNCTION app.log_ddl();
ALTER EVENT TRIGGER "Log DDL" ENABLE REPLICA;
COMMENT ON EVENT TRIGGER "Log DDL" IS 'table DDL';
CREATE EVENT TRIGGER rewrites ON table_rewrite EXECUTE FUNCTION app.log_ddl();
CREATE EVENT TRIGGER other_note ON sql_drop EXECUTE FUNCTION other.note();

CREATE PUBLICATION orders_pub FOR TABLE app.orders (id, total) WHERE (total > 0), TABLE app.customers
    WITH (publish = 'insert, update', publish_via_partition_root = true);
COMMENT ON PUBLICATION orders_pub IS 'orders out';
CREATE PUBLICATION app_schema_pub FOR TABLES IN SCHEMA app WITH (publish = 'truncate');
CREATE PUBLICATION mixed_pub FOR TABLE app.customers, TABLE other.audit;
CREATE PUBLICATION other_schema_pub FOR TABLES IN SCHEMA other;
CREATE PUBLICATION everything FOR ALL TABLES;
CREATE PUBLICATION empty_pub;
