CREATE TYPE kind AS ENUM ('x', 'y');
CREATE TABLE t (id int, k kind);
