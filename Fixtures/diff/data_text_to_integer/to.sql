CREATE TABLE imports (id int PRIMARY KEY, quantity integer, price numeric(10,2) NOT NULL, note text);

-- The rows A's become (compared by values.sql): Postgres's own casts (surrounding spaces ignored, '1e3' is 1000.00).
INSERT INTO imports (id, quantity, price, note) VALUES
  (1, 12, 3.50, 'kept as text'),
  (2, -4, 0, NULL),
  (3, NULL, 1000, 'big');
