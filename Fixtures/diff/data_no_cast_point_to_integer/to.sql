-- Postgres has no cast from point to integer: the column is dropped and added again (a destructive change that
-- says why). It is the last column, so the re-added one lands where to.sql declares it.
CREATE TABLE places (id int PRIMARY KEY, name text NOT NULL, location integer);
