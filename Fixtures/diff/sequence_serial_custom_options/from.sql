CREATE TABLE orders (id serial PRIMARY KEY, ref bigserial, note text);
ALTER SEQUENCE orders_ref_seq INCREMENT 10 START 1000 CACHE 5;
CREATE TABLE items (id serial PRIMARY KEY, n int);
INSERT INTO orders (note) VALUES ('a'), ('b');
INSERT INTO items (n) VALUES (1), (2);
