CREATE TABLE imports (id int PRIMARY KEY, quantity integer, price numeric(10,2) NOT NULL, note text);
