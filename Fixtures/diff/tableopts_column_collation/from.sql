CREATE TABLE people (
    id int PRIMARY KEY,
    gains text,
    changes text COLLATE "C",
    loses varchar(20) COLLATE "POSIX"
);
CREATE INDEX people_changes_idx ON people (changes);
INSERT INTO people VALUES (1, 'a', 'b', 'c'), (2, 'd', 'e', 'f');
