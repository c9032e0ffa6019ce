SELECT id, k::text FROM t ORDER BY id
