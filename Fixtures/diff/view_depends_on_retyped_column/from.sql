CREATE TABLE t (id int, amount int);
CREATE VIEW v AS SELECT id, amount FROM t;
COMMENT ON VIEW v IS 'totals';
