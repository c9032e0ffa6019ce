CREATE TABLE orders (id int PRIMARY KEY, total integer NOT NULL, note text);
CREATE TABLE items (id int PRIMARY KEY, sku text);
INSERT INTO orders VALUES (1, 10, 'a'), (2, 0, NULL);
INSERT INTO items VALUES (1, 'a'), (2, 'b');
CREATE PUBLICATION orders_pub FOR TABLE orders (id, total) WHERE (total > 0), TABLE items;
