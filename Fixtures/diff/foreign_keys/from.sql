CREATE TABLE orgs (id int PRIMARY KEY);
CREATE TABLE users (id int PRIMARY KEY, org_id int REFERENCES orgs(id));
CREATE TABLE posts (id int PRIMARY KEY, author int);
