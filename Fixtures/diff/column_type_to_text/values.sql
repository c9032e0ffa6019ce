SELECT id, code, qty::text FROM t ORDER BY id
