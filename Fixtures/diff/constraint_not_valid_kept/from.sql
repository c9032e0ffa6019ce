CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int, parent_id int, qty int);
INSERT INTO parent VALUES (1), (2);
-- the second row breaks both constraints: validating either would fail
INSERT INTO child VALUES (1, 1, 5), (2, 99, -1), (3, 2, 3);
ALTER TABLE child ADD CONSTRAINT child_parent_fkey FOREIGN KEY (parent_id) REFERENCES parent (id) NOT VALID;
