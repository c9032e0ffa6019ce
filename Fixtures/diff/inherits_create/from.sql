CREATE TABLE existing (id int PRIMARY KEY);
INSERT INTO existing VALUES (1), (2);
