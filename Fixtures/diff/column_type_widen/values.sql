SELECT id, n::text, s, ts::text FROM t ORDER BY id
