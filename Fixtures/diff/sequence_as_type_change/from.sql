-- max at the type's maximum, which follows the type
CREATE SEQUENCE s_small AS smallint;
CREATE SEQUENCE s_int AS integer;
CREATE SEQUENCE s_big MAXVALUE 2147483647;
CREATE SEQUENCE s_down AS smallint INCREMENT -1;
CREATE SEQUENCE s_custom AS integer MINVALUE 10 MAXVALUE 30000 START 20 CACHE 5 CYCLE;
CREATE TABLE t (id int DEFAULT nextval('s_small'), n int DEFAULT nextval('s_down'));
INSERT INTO t DEFAULT VALUES;
INSERT INTO t DEFAULT VALUES;
