CREATE TABLE places (id int PRIMARY KEY, name text NOT NULL, location point);

INSERT INTO places (id, name, location) VALUES (1, 'home', '(1,2)'), (2, 'nowhere', NULL), (3, 'work', '(3.5,4)');
