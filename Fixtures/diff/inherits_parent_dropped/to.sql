CREATE TABLE orphan (id int NOT NULL, label text DEFAULT 'x' CONSTRAINT old_parent_label_check CHECK (label <> ''), extra int);
CREATE TABLE new_parent (id int NOT NULL, kind text);
CREATE TABLE adopted (id int NOT NULL, kind text) INHERITS (new_parent);
CREATE TABLE kept_parent (id int, label text);
CREATE TABLE trimmed (id int, extra int);
