CREATE TABLE t (id int, amount numeric);
CREATE VIEW v1 AS SELECT id, amount FROM t;
CREATE VIEW v2 AS SELECT amount FROM v1 WHERE id > 0;
