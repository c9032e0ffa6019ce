CREATE SCHEMA app;
CREATE SCHEMA audit;
CREATE TABLE orders (id int PRIMARY KEY, total numeric NOT NULL, note text, shipped boolean DEFAULT false);
CREATE TABLE customers (id int PRIMARY KEY, name text);
CREATE TABLE app.events (id bigint PRIMARY KEY, kind text);
CREATE TABLE audit.entries (id bigint PRIMARY KEY, body text);
CREATE TABLE shipments (id int PRIMARY KEY, order_id int);
CREATE PUBLICATION orders_pub FOR TABLE orders (id, total, shipped) WHERE (NOT shipped), TABLE customers (id, name) WHERE (id > 1),
    TABLE shipments WITH (publish = 'insert', publish_via_partition_root = true);
CREATE PUBLICATION schema_pub FOR TABLES IN SCHEMA audit, TABLE orders;
COMMENT ON PUBLICATION schema_pub IS 'new';
