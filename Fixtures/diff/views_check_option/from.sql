CREATE TABLE items (id int PRIMARY KEY, price numeric, visible boolean);
CREATE VIEW gains_check AS SELECT id, price FROM items WHERE price > 0;
CREATE VIEW local_to_cascaded AS SELECT id, price FROM items WHERE visible WITH LOCAL CHECK OPTION;
CREATE VIEW loses_check AS SELECT id, visible FROM items WHERE visible WITH CASCADED CHECK OPTION;
CREATE VIEW replaced_with_check AS SELECT id FROM items WHERE visible;
INSERT INTO items VALUES (1, 5, true), (2, 7, false);
