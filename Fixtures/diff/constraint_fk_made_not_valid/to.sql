CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int, parent_id int, qty int);
-- validated -> NOT VALID: dropped and added again NOT VALID
ALTER TABLE child ADD CONSTRAINT child_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES parent (id) NOT VALID;
ALTER TABLE child ADD CONSTRAINT child_qty_check CHECK (qty > 0) NOT VALID;
-- NOT VALID -> validated: VALIDATE CONSTRAINT
CREATE TABLE other (id int, parent_id int CONSTRAINT other_parent_fkey REFERENCES parent (id),
    n int CONSTRAINT other_n_check CHECK (n < 10));
