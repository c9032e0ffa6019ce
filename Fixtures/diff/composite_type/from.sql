CREATE TYPE pair AS (a int, b text);
CREATE TYPE gone AS (x int);
