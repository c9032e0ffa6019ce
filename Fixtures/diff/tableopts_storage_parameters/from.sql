CREATE TABLE changed (id int PRIMARY KEY, body text) WITH (fillfactor = 70, autovacuum_enabled = false);
CREATE TABLE gains (id int, body text);
CREATE TABLE loses (id int, body text) WITH (fillfactor = 50, toast.autovacuum_enabled = false);
INSERT INTO changed VALUES (1, 'a'), (2, 'b');
INSERT INTO gains VALUES (1, 'a'), (2, 'b');
INSERT INTO loses VALUES (1, 'a'), (2, 'b'), (3, 'c');
