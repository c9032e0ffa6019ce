CREATE TABLE parent (id int NOT NULL, label text DEFAULT 'p' CHECK (label <> ''));
CREATE TABLE leaving (extra int) INHERITS (parent);
CREATE TABLE joining (id int NOT NULL, label text DEFAULT 'p' CONSTRAINT parent_label_check CHECK (label <> ''), extra int);
CREATE TABLE other_parent (id int NOT NULL);
CREATE TABLE switching (id int NOT NULL, label text DEFAULT 'p' CONSTRAINT parent_label_check CHECK (label <> ''), tag text)
    INHERITS (other_parent);
INSERT INTO parent VALUES (1, 'a'), (2, 'b');
INSERT INTO leaving VALUES (3, 'c', 1), (4, 'd', 2);
INSERT INTO joining VALUES (5, 'e', 1), (6, 'f', 2);
INSERT INTO other_parent VALUES (7), (8);
INSERT INTO switching VALUES (9, 'z', 'x'), (10, 'w', 'y');
