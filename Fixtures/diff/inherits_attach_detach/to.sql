CREATE TABLE parent (id int NOT NULL, label text DEFAULT 'p' CHECK (label <> ''));
CREATE TABLE leaving (id int NOT NULL, label text DEFAULT 'p' CONSTRAINT parent_label_check CHECK (label <> ''), extra int);
CREATE TABLE joining (id int NOT NULL, label text DEFAULT 'p' CONSTRAINT parent_label_check CHECK (label <> ''), extra int)
    INHERITS (parent);
CREATE TABLE other_parent (id int NOT NULL);
CREATE TABLE switching (id int NOT NULL, label text DEFAULT 'p' CONSTRAINT parent_label_check CHECK (label <> ''), tag text)
    INHERITS (parent);
