CREATE TABLE t (id int, n int);
CREATE MATERIALIZED VIEW totals AS SELECT id, sum(n) AS s FROM t GROUP BY id;
CREATE UNIQUE INDEX totals_id_idx ON totals (id);
COMMENT ON MATERIALIZED VIEW totals IS 'cached';
