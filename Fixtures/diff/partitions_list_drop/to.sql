CREATE TABLE m (region text NOT NULL, n int) PARTITION BY LIST (region);
CREATE TABLE m_eu PARTITION OF m FOR VALUES IN ('eu', 'uk');
