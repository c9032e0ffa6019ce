CREATE TABLE members (id int PRIMARY KEY, code varchar(50) NOT NULL UNIQUE, country char(3), nickname text);

INSERT INTO members (id, code, country, nickname) VALUES
  (1, 'A-1', 'FR', 'ann'),
  (2, 'B-22', 'DE', 'bob'),
  (3, 'C-333', NULL, 'cy');
