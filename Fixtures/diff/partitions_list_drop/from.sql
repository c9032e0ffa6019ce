CREATE TABLE m (region text NOT NULL, n int) PARTITION BY LIST (region);
CREATE TABLE m_eu PARTITION OF m FOR VALUES IN ('eu');
CREATE TABLE m_us PARTITION OF m FOR VALUES IN ('us');

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO m (region, n) VALUES
  ('eu', '1'),
  ('eu', '2'),
  ('eu', '3');
