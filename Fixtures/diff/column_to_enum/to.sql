CREATE TYPE kind AS ENUM ('x', 'y');
CREATE TABLE t (id int, k kind);

-- The rows A's become (compared by values.sql): each text value is now the enum label of the same name.
INSERT INTO t (id, k) VALUES (1, 'x'), (2, 'y'), (3, 'x');
