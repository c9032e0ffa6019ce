SELECT id, e::text, e IS NOT DISTINCT FROM NULL AS e_null, es::text, l::text, p::text,
    p IS NOT DISTINCT FROM NULL AS p_null, en::text
FROM app.journal ORDER BY id
