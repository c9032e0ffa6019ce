CREATE TABLE loses_columns (a int, b text);
CREATE TABLE gains_columns ();
CREATE TABLE becomes_unlogged (id int) WITH (fillfactor = 90);
INSERT INTO loses_columns VALUES (1, 'x'), (2, 'y');
INSERT INTO gains_columns DEFAULT VALUES;
INSERT INTO gains_columns DEFAULT VALUES;
INSERT INTO becomes_unlogged VALUES (1), (2);
CREATE UNLOGGED TABLE becomes_logged (id int PRIMARY KEY);
INSERT INTO becomes_logged VALUES (1), (2);
