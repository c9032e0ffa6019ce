CREATE TABLE t (id int, amount bigint);
CREATE VIEW v AS SELECT id, amount FROM t;
COMMENT ON VIEW v IS 'totals';
