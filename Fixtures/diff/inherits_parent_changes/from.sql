CREATE TABLE base (id int NOT NULL, status text DEFAULT 'new', dropped int, retyped int);
CREATE TABLE child (extra text) INHERITS (base);
CREATE TABLE second_child (own_status text DEFAULT 'x') INHERITS (base);
ALTER TABLE second_child ALTER COLUMN status SET DEFAULT 'second';
INSERT INTO base VALUES (1, 'a', 1, 1), (2, 'b', 2, 2);
INSERT INTO child VALUES (3, 'c', 3, 3, 'e'), (4, 'd', 4, 4, 'f');
INSERT INTO second_child VALUES (5, 'g', 5, 5, 'h'), (6, 'i', 6, 6, 'j');
CREATE VIEW child_view AS SELECT id, retyped, extra FROM child;
CREATE VIEW child_cast AS SELECT id, retyped::int AS r FROM child;
