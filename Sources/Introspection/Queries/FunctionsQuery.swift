import Catalog
import Postgres

/// Functions and procedures (not aggregates or window functions, not extension members): signature, language,
/// body, volatility, strictness, SECURITY DEFINER, parallel safety, `proconfig` settings and `pg_get_functiondef`.
enum FunctionsQuery {
    static func sql(serverVersion: Int) -> String {
        // SQL-standard bodies (BEGIN ATOMIC … END, Postgres 14+) leave prosrc empty and live in prosqlbody.
        let body =
            serverVersion >= 140000
            ? "CASE WHEN p.prosqlbody IS NOT NULL THEN pg_get_function_sqlbody(p.oid) ELSE p.prosrc END"
            : "p.prosrc"
        return """
            SELECT n.nspname AS schema, p.proname AS name, p.prokind AS kind,
                   pg_get_function_identity_arguments(p.oid) AS identity_arguments,
                   pg_get_function_arguments(p.oid) AS arguments,
                   CASE WHEN p.prokind = 'f' THEN pg_get_function_result(p.oid) END AS return_type,
                   l.lanname AS language, \(body) AS body, p.provolatile AS volatility, p.proisstrict AS strict,
                   p.prosecdef AS security_definer, p.proparallel AS parallel, p.proconfig AS settings,
                   pg_get_functiondef(p.oid) AS definition,
                   \(SQLFragments.comment("pg_proc", "p.oid")) AS comment
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
            WHERE p.prokind IN ('f', 'p') AND n.nspname = ANY ($1::text[])
              AND NOT \(SQLFragments.isExtensionMember("pg_proc", "p.oid"))
            """
    }

    static func read(_ reader: CatalogReader) throws -> [Function] {
        try reader.rows(sql(serverVersion: reader.serverVersion)).map { row in
            let volatility: Function.Volatility =
                switch row.string("volatility") {
                case "i": .immutable
                case "s": .stable
                default: .volatile
                }
            let parallel: Function.ParallelSafety =
                switch row.string("parallel") {
                case "s": .safe
                case "r": .restricted
                default: .unsafe
                }
            return Function(
                name: QualifiedName(row.string("schema"), row.string("name")),
                kind: row.string("kind") == "p" ? .procedure : .function,
                identityArguments: row.string("identity_arguments"), arguments: row.string("arguments"),
                returnType: row.optionalString("return_type"), language: row.string("language"),
                body: row.string("body"), volatility: volatility, isStrict: row.bool("strict"),
                securityDefiner: row.bool("security_definer"), parallel: parallel,
                settings: row.stringArray("settings"), definition: row.string("definition"),
                comment: row.optionalString("comment"))
        }
    }
}
