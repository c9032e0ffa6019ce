CREATE SCHEMA app;
CREATE TABLE orders (id int PRIMARY KEY, total numeric NOT NULL, note text);
CREATE TABLE customers (id int PRIMARY KEY, name text);
CREATE TABLE app.events (id bigint PRIMARY KEY, kind text);
INSERT INTO orders VALUES (1, 10, 'a'), (2, 0, NULL);
INSERT INTO customers VALUES (1, 'Ann'), (2, 'Bo');
INSERT INTO app.events VALUES (1, 'x'), (2, 'y');
