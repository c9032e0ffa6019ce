CREATE TABLE loses_columns ();
CREATE TABLE gains_columns (a int);
CREATE UNLOGGED TABLE becomes_unlogged (id int) WITH (fillfactor = 90);
CREATE TABLE created_empty ();
CREATE UNLOGGED TABLE created_unlogged (id int) WITH (autovacuum_enabled = false);
CREATE TABLE becomes_logged (id int PRIMARY KEY);
