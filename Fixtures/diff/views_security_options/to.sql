CREATE TABLE accounts (id int PRIMARY KEY, owner text, balance numeric);
CREATE VIEW gains_barrier WITH (security_barrier = true) AS SELECT id, owner FROM accounts;
CREATE VIEW loses_invoker AS SELECT id, balance FROM accounts;
CREATE VIEW flips WITH (security_barrier = false, security_invoker = true) AS SELECT id FROM accounts WHERE balance > 0;
CREATE VIEW created WITH (security_barrier = true, security_invoker = true) AS SELECT owner FROM accounts;
