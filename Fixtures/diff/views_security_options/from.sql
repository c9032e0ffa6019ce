CREATE TABLE accounts (id int PRIMARY KEY, owner text, balance numeric);
CREATE VIEW gains_barrier AS SELECT id, owner FROM accounts;
CREATE VIEW loses_invoker WITH (security_invoker = true) AS SELECT id, balance FROM accounts;
CREATE VIEW flips WITH (security_barrier = true) AS SELECT id FROM accounts WHERE balance > 0;
INSERT INTO accounts VALUES (1, 'ann', 10), (2, 'bob', -5);
