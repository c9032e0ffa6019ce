import Catalog
import SQLSyntax

/// `CREATE EVENT TRIGGER name ON event [WHEN TAG IN (…)] EXECUTE FUNCTION f()`.
func eventTriggerSQL(_ trigger: EventTrigger) -> String {
    var sql = "CREATE EVENT TRIGGER \(quoteIdentifier(trigger.name)) ON \(trigger.event.rawValue)"
    if !trigger.tags.isEmpty { sql += " WHEN TAG IN (\(trigger.tags.map(quoteLiteral).joined(separator: ", ")))" }
    return sql + " EXECUTE FUNCTION \(trigger.function.sql)()"
}

/// `CREATE PUBLICATION name [FOR ALL TABLES | FOR TABLE …, TABLES IN SCHEMA …] WITH (…)`.
func createPublicationSQL(_ publication: Publication) -> String {
    var sql = "CREATE PUBLICATION \(quoteIdentifier(publication.name))"
    if publication.allTables {
        sql += " FOR ALL TABLES"
    } else {
        let objects =
            publication.members.map(publicationMemberSQL)
            + publication.schemas.map { "TABLES IN SCHEMA \(quoteIdentifier($0))" }
        if !objects.isEmpty { sql += " FOR " + objects.joined(separator: ", ") }
    }
    return sql + " WITH " + publicationOptionsSQL(publication)
}

/// `TABLE "s"."t" ("a", "b") WHERE (filter)`.
func publicationMemberSQL(_ member: Publication.Member) -> String {
    var sql = "TABLE \(member.table.sql)"
    if let columns = member.columns { sql += " (\(columns.map(quoteIdentifier).joined(separator: ", ")))" }
    if let filter = member.rowFilter { sql += " WHERE (\(filter))" }
    return sql
}

/// `(publish = 'insert, update', publish_via_partition_root = false)`.
func publicationOptionsSQL(_ publication: Publication) -> String {
    let operations = publication.operations.map(\.rawValue).joined(separator: ", ")
    return "(publish = \(quoteLiteral(operations)), publish_via_partition_root = \(publication.viaPartitionRoot))"
}
