SELECT id, o::text, o IS NOT DISTINCT FROM NULL AS o_null, (o).i IS NOT DISTINCT FROM NULL AS i_null,
    (o).d IS NOT DISTINCT FROM NULL AS d_null, os::text, (os[1]).i IS NOT DISTINCT FROM NULL AS first_i_null
FROM app.t ORDER BY id
