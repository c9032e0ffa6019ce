CREATE SCHEMA app;
CREATE TABLE orders (id int PRIMARY KEY, total numeric NOT NULL, note text);
CREATE TABLE customers (id int PRIMARY KEY, name text);
CREATE TABLE app.events (id bigint PRIMARY KEY, kind text);
CREATE TABLE shipments (id int PRIMARY KEY, order_id int, sent_at timestamptz);
CREATE PUBLICATION orders_pub FOR TABLE orders (id, total) WHERE (total > 0 AND id < 1000), TABLE customers,
    TABLE shipments WITH (publish = 'insert, update');
CREATE PUBLICATION "App Pub" FOR TABLES IN SCHEMA app WITH (publish_via_partition_root = true);
CREATE PUBLICATION empty_pub WITH (publish = '');
COMMENT ON PUBLICATION empty_pub IS 'nothing yet, "quoted" and it''s fine';
