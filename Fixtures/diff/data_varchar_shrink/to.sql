CREATE TABLE members (id int PRIMARY KEY, code varchar(10) NOT NULL UNIQUE, country char(2), nickname varchar(20));
