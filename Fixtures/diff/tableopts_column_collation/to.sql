CREATE TABLE people (
    id int PRIMARY KEY,
    gains text COLLATE "C",
    changes text COLLATE "POSIX",
    loses varchar(20),
    added text COLLATE "C"
);
CREATE INDEX people_changes_idx ON people (changes);
CREATE TABLE created (label text COLLATE "C" NOT NULL);
