CREATE TABLE base (id int NOT NULL, status text DEFAULT 'open', retyped bigint, added boolean DEFAULT true,
    CONSTRAINT base_id_check CHECK (id > 0));
CREATE TABLE child (extra text) INHERITS (base);
CREATE TABLE second_child (own_status text DEFAULT 'x') INHERITS (base);
ALTER TABLE second_child ALTER COLUMN status SET DEFAULT 'second';
CREATE VIEW child_view AS SELECT id, retyped, extra FROM child;
CREATE VIEW child_cast AS SELECT id, retyped::int AS r FROM child;
