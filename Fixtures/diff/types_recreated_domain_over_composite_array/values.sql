SELECT id, ps::text, ps[2] IS NULL AS second_null, ps[3] IS NOT DISTINCT FROM NULL AS third_null FROM app.t ORDER BY id
