CREATE TABLE orders (id int PRIMARY KEY, total bigint NOT NULL, note text);
CREATE TABLE items (id int PRIMARY KEY, sku text);
CREATE TABLE items_new (id int PRIMARY KEY);
CREATE PUBLICATION orders_pub FOR TABLE orders (id, total) WHERE (total > 0), TABLE items;
