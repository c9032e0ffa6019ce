CREATE EXTENSION xml2;
CREATE TABLE docs (id int PRIMARY KEY, body text);
INSERT INTO docs VALUES (1, '<a>1</a>'), (2, '<a>2</a>');
