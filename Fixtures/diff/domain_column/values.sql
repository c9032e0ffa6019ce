SELECT id, amount::text FROM t ORDER BY id
