CREATE TABLE orders (id int PRIMARY KEY, total numeric NOT NULL);
CREATE PUBLICATION kept_pub FOR TABLE orders;
CREATE PUBLICATION schema_pub FOR TABLE orders;
