CREATE DOMAIN money_amount AS numeric(12,2) CHECK (VALUE >= 0);
CREATE TABLE t (id int, amount money_amount);

-- The rows A's become (compared by values.sql): numeric(12,2) keeps two decimals.
INSERT INTO t (id, amount) VALUES (1, 1), (2, 2), (3, 3);
