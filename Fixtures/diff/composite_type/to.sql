CREATE TYPE pair AS (a bigint, b text, c boolean);
CREATE TYPE addr AS (street text, zip varchar(10));
CREATE TABLE t (id int, home addr);
