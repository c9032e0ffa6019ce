import DBTestSupport
import Introspection
import Postgres
import SchemaDSL
import Testing

/// The DSL names unnamed constraints and indexes the way Postgres does, so a DSL table matches one created by hand.
@Suite struct PostgresNamingTests {
    @Test func defaultNamesMatchThoseChosenByPostgres() throws {
        let long = "a_rather_long_table_name_for_an_inventory_"
        let column = "a_rather_long_column_name_for_the_stock_code"
        let parents = TableReference("parents")
        let desired = try DesiredSchema {
            Table(parents) { Column("id", .integer).primaryKey() }
            Table(long) {
                Column("id", .integer).primaryKey()
                Column(column, .text).unique()
                Column("parent_id", .integer).references(parents.id)
                Column("qty", .integer).check("qty > 0")
                Column("a", .integer)
                Column("b", .integer)
                Unique("a", "b")
                Index(on: "b", "a")
                Index(on: .expression("lower(\(column))"))
                Index(on: .expression("(a + b)"))
            }
        }
        let database = try Connection(TestCluster.newDatabase("dsl_naming"))
        _ = try database.execute(
            """
            CREATE TABLE parents (id integer PRIMARY KEY);
            CREATE TABLE \(long) (
                id integer PRIMARY KEY, \(column) text UNIQUE, parent_id integer REFERENCES parents (id),
                qty integer CHECK (qty > 0), a integer, b integer, UNIQUE (a, b));
            CREATE INDEX ON \(long) (b, a);
            CREATE INDEX ON \(long) (lower(\(column)));
            CREATE INDEX ON \(long) ((a + b));
            """)
        let postgres = try introspect(database, schemas: ["public"])
        for key in ["public.parents", "public.\(long)"] {
            let dsl = try #require(desired.catalog.tables[key])
            let real = try #require(postgres.tables[key])
            #expect(Set(dsl.constraints.keys) == Set(real.constraints.keys))
            #expect(Set(dsl.indexes.keys) == Set(real.indexes.keys))
            #expect(dsl.columns.map(\.name) == real.columns.map(\.name))
            #expect(dsl.columns.map(\.isNotNull) == real.columns.map(\.isNotNull))
            #expect(dsl.columns.map(\.type) == real.columns.map(\.type))
        }
    }
}
