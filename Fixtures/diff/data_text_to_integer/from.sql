CREATE TABLE imports (id int PRIMARY KEY, quantity text, price text NOT NULL, note text);

INSERT INTO imports (id, quantity, price, note) VALUES
  (1, '12', '3.50', 'kept as text'),
  (2, ' -4 ', '0', NULL),
  (3, NULL, '1e3', 'big');
