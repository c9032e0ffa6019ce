CREATE TABLE t (id int, n bigint);
CREATE MATERIALIZED VIEW totals AS SELECT id, n FROM t;
CREATE UNIQUE INDEX totals_id_idx ON totals (id);
COMMENT ON MATERIALIZED VIEW totals IS 'cached';
COMMENT ON COLUMN totals.n IS 'count';
