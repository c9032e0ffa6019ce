CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int, parent_id int REFERENCES parent (id), qty int CONSTRAINT child_qty_check CHECK (qty > 0));
CREATE TABLE other (id int, parent_id int, n int);
ALTER TABLE other ADD CONSTRAINT other_parent_fkey FOREIGN KEY (parent_id) REFERENCES parent (id) NOT VALID;
ALTER TABLE other ADD CONSTRAINT other_n_check CHECK (n < 10) NOT VALID;
INSERT INTO parent VALUES (1), (2);
INSERT INTO child VALUES (1, 1, 5), (2, 2, 3);
INSERT INTO other VALUES (1, 1, 1), (2, 2, 2);
