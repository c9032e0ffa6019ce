/// SQL snippets shared by the catalog queries, so every query scopes and names objects the same way.
enum SQLFragments {
    /// True when the object `oid` of catalog `catalogTable` (e.g. `pg_class`) belongs to an extension.
    static func isExtensionMember(_ catalogTable: String, _ oid: String) -> String {
        """
        EXISTS (SELECT FROM pg_depend e WHERE e.classid = '\(catalogTable)'::regclass AND e.objid = \(oid) \
        AND e.deptype = 'e')
        """
    }

    /// True for a relation `c` (in namespace `n`) that introspection reads: in the selected schemas, not the
    /// migration history table, not part of an extension.
    static func isScopedRelation(_ c: String = "c", namespace n: String = "n") -> String {
        """
        \(n).nspname = ANY ($1::text[]) AND NOT (\(n).nspname = 'public' AND \(c).relname = '__migrations') \
        AND NOT \(isExtensionMember("pg_class", "\(c).oid"))
        """
    }

    /// The relations of `kinds` (e.g. `'r', 'p'`) that introspection reads (see `isScopedRelation`), as a derived
    /// table of `pg_class`'s `oid`, `relname` and `extraColumns` with the schema's `nspname`. Joining a catalog to it
    /// scopes each relation once instead of once per joined row (`OFFSET 0` keeps the planner from folding it back
    /// into the join); ~10% of the constraints and indexes queries on a 1,000-table schema.
    static func scopedRelations(_ kinds: String, extraColumns: [String] = []) -> String {
        let extra = extraColumns.map { ", c.\($0)" }.joined()
        return """
            (SELECT c.oid, c.relname, n.nspname\(extra) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind IN (\(kinds)) AND \(isScopedRelation()) OFFSET 0)
            """
    }

    /// The comment of an object (`objsubid` 0 unless a column number is given), as a scalar subquery.
    static func comment(_ catalogTable: String, _ oid: String, subID: String = "0") -> String {
        """
        (SELECT ds.description FROM pg_description ds WHERE ds.objoid = \(oid) \
        AND ds.classoid = '\(catalogTable)'::regclass AND ds.objsubid = \(subID))
        """
    }

    /// The name of collation `oid` as DDL spells it (`"C"`, `app."de-x-icu"`): quoted where needed, qualified
    /// unless in `pg_catalog`. NULL for collation 0.
    static func collationName(_ oid: String) -> String {
        """
        (SELECT CASE WHEN co.collnamespace = 'pg_catalog'::regnamespace THEN quote_ident(co.collname) \
        ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END \
        FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = \(oid))
        """
    }

    /// The collation name when `collation` differs from `typeCollation` (the type's default), else NULL.
    static func nonDefaultCollation(_ collation: String, typeCollation: String) -> String {
        "CASE WHEN \(collation) <> 0 AND \(collation) <> \(typeCollation) THEN \(collationName(collation)) END"
    }
}
