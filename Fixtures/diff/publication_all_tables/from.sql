CREATE TABLE orders (id int PRIMARY KEY, total numeric NOT NULL);
INSERT INTO orders VALUES (1, 10), (2, 0);
CREATE PUBLICATION becomes_all FOR TABLE orders;
COMMENT ON PUBLICATION becomes_all IS 'kept across the recreate';
CREATE PUBLICATION stops_being_all FOR ALL TABLES WITH (publish = 'insert, delete');
