CREATE TABLE t (id int, n int);
CREATE MATERIALIZED VIEW totals AS SELECT id, n FROM t;
CREATE UNIQUE INDEX totals_id_idx ON totals (id);
COMMENT ON MATERIALIZED VIEW totals IS 'cached';
COMMENT ON COLUMN totals.n IS 'count';

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id, n) VALUES
  ('1', '1'),
  ('2', '2'),
  ('3', '3');
