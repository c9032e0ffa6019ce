CREATE TABLE orders (id int PRIMARY KEY, total numeric NOT NULL);
CREATE PUBLICATION becomes_all FOR ALL TABLES WITH (publish = 'insert, update, delete');
COMMENT ON PUBLICATION becomes_all IS 'kept across the recreate';
CREATE PUBLICATION stops_being_all FOR TABLE orders (id, total) WITH (publish = 'insert, delete');
