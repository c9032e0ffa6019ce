CREATE TABLE parent (id int PRIMARY KEY, name text);
CREATE TABLE child (id int, parent_id int, qty int, note text);
ALTER TABLE child ADD CONSTRAINT child_parent_fkey FOREIGN KEY (parent_id) REFERENCES parent (id) NOT VALID;
ALTER TABLE child ADD CONSTRAINT child_qty_check CHECK (qty > 0) NOT VALID;
