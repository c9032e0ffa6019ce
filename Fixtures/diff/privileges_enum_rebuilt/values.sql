SELECT id, s::text, s < 'a' AS before_a FROM t ORDER BY id
