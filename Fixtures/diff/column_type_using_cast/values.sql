SELECT id, n::text, flag::text, j::text FROM t ORDER BY id
