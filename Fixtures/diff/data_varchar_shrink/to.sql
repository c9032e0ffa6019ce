CREATE TABLE members (id int PRIMARY KEY, code varchar(10) NOT NULL UNIQUE, country char(2), nickname varchar(20));

-- The rows A's become (compared by values.sql): the values fit the shorter lengths, char(3)'s padding is cut.
INSERT INTO members (id, code, country, nickname) VALUES
  (1, 'A-1', 'FR', 'ann'),
  (2, 'B-22', 'DE', 'bob'),
  (3, 'C-333', NULL, 'cy');
