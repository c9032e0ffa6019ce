SELECT id, p::text, ps::text, pp::text, pp IS NOT DISTINCT FROM NULL AS pp_null FROM app.t ORDER BY id
