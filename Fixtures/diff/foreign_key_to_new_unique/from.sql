CREATE TABLE p (id int PRIMARY KEY, code text); CREATE TABLE c (id int, code text);
