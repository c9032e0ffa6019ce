import Catalog
import Foundation
import Postgres

/// Publications that name no table or schema outside the selected schemas (publications belong to no schema, so
/// `FOR ALL TABLES` and empty ones are always read): tables with column lists and row filters, `TABLES IN SCHEMA`
/// schemas (PostgreSQL 15+), published operations, `publish_via_partition_root` and comment.
enum PublicationsQuery {
    static func sql(serverVersion: Int) -> String {
        let modern = serverVersion >= 150000
        let columns =
            modern
            ? """
            CASE WHEN pr.prattrs IS NOT NULL THEN to_json(ARRAY(SELECT a.attname
                 FROM unnest(pr.prattrs::int2[]) k(attnum)
                 JOIN pg_attribute a ON a.attrelid = pr.prrelid AND a.attnum = k.attnum ORDER BY k.attnum)) END
            """ : "NULL::json"
        let rowFilter = modern ? "pg_get_expr(pr.prqual, pr.prrelid)" : "NULL::text"
        let schemas =
            modern
            ? """
            ARRAY(SELECT sn.nspname FROM pg_publication_namespace pn JOIN pg_namespace sn ON sn.oid = pn.pnnspid
                  WHERE pn.pnpubid = p.oid ORDER BY 1)
            """ : "ARRAY[]::name[]"
        let schemasInScope =
            modern
            ? """
            AND NOT EXISTS (SELECT FROM pg_publication_namespace pn JOIN pg_namespace sn ON sn.oid = pn.pnnspid
                            WHERE pn.pnpubid = p.oid AND NOT sn.nspname = ANY ($1::text[]))
            """ : ""
        return """
            SELECT p.pubname AS name, p.puballtables AS all_tables, p.pubinsert AS insert, p.pubupdate AS update,
                   p.pubdelete AS delete, p.pubtruncate AS truncate, p.pubviaroot AS via_root,
                   pg_get_userbyid(p.pubowner) AS owner,
                   \(SQLFragments.comment("pg_publication", "p.oid")) AS comment,
                   (SELECT json_agg(json_build_object('schema', n.nspname, 'table', c.relname,
                           'columns', \(columns), 'filter', \(rowFilter)) ORDER BY n.nspname, c.relname)
                    FROM pg_publication_rel pr JOIN pg_class c ON c.oid = pr.prrelid
                         JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE pr.prpubid = p.oid) AS members,
                   \(schemas) AS schemas
            FROM pg_publication p
            WHERE NOT EXISTS (SELECT FROM pg_publication_rel pr JOIN pg_class c ON c.oid = pr.prrelid
                              JOIN pg_namespace n ON n.oid = c.relnamespace
                              WHERE pr.prpubid = p.oid AND NOT n.nspname = ANY ($1::text[]))
            \(schemasInScope)
            """
    }

    private struct MemberRow: Decodable {
        var schema: String
        var table: String
        var columns: [String]?
        var filter: String?
    }

    static func read(_ reader: CatalogReader) throws -> [Publication] {
        try reader.rows(sql(serverVersion: reader.serverVersion)).map { row in
            let members =
                try row.optionalString("members").map {
                    try JSONDecoder().decode([MemberRow].self, from: Data($0.utf8))
                } ?? []
            return Publication(
                name: row.string("name"), allTables: row.bool("all_tables"),
                members: members.map {
                    Publication.Member(
                        table: QualifiedName($0.schema, $0.table), columns: $0.columns, rowFilter: $0.filter)
                },
                schemas: row.stringArray("schemas"),
                operations: Publication.Operation.allCases.filter { row.bool($0.rawValue) },
                viaPartitionRoot: row.bool("via_root"), comment: row.optionalString("comment"),
                owner: row.string("owner"))
        }
    }
}
