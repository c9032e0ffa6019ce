CREATE TABLE changed (id int PRIMARY KEY, body text) WITH (fillfactor = 80);
CREATE TABLE gains (id int, body text) WITH (autovacuum_vacuum_scale_factor = 0.05, toast.autovacuum_enabled = false);
CREATE TABLE loses (id int, body text);
CREATE TABLE created (id int, body text) WITH (autovacuum_enabled = false, fillfactor = 60);
