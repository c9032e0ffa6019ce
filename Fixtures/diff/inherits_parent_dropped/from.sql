CREATE TABLE old_parent (id int NOT NULL, label text DEFAULT 'x' CONSTRAINT old_parent_label_check CHECK (label <> ''));
CREATE TABLE orphan (extra int) INHERITS (old_parent);
CREATE TABLE adopted (id int NOT NULL, kind text);
INSERT INTO orphan VALUES (1, 'a', 1), (2, 'b', 2);
INSERT INTO adopted VALUES (3, 'c'), (4, 'd');
CREATE TABLE kept_parent (id int, label text);
CREATE TABLE trimmed (extra int) INHERITS (kept_parent);
INSERT INTO kept_parent VALUES (5, 'e'), (6, 'f');
INSERT INTO trimmed VALUES (7, 'g', 1), (8, 'h', 2);
