import SchemaDSL
import Testing

/// The problems reported for a schema that is expected not to validate.
private func problems(@SchemaBuilder _ declarations: () -> [SchemaElement]) -> [SchemaProblem] {
    do {
        _ = try DesiredSchema(declarations)
        return []
    } catch {
        return error.problems
    }
}

private let users = TableReference("users")

@Suite struct ValidationTests {
    @Test func duplicateTableNamesPointAtTheSecondDeclaration() throws {
        let secondLine = #line + 3
        let found = problems {
            Table("users") { Column("id", .integer) }
            Table("users") { Column("id", .integer) }
        }
        let problem = try #require(found.first)
        #expect(found.count == 1)
        #expect(problem.object == "relation public.users")
        #expect(problem.location == SourceLocation(fileID: "SchemaDSLTests/ValidationTests.swift", line: secondLine))
        #expect(problem.message.contains("duplicate relation name \"public.users\""))
        #expect(
            problem.description.hasPrefix("SchemaDSLTests/ValidationTests.swift:\(secondLine): relation public.users:"))
    }

    @Test func duplicateColumnsConstraintsAndIndexNames() {
        let found = problems {
            Table("users") {
                Column("id", .integer).primaryKey()
                Column("id", .text)
                Column("email", .text).check("email <> ''", name: "users_rule")
                Check("users_rule", "true")
                Index("users_pkey", on: "email")
            }
        }
        #expect(
            found.map(\.object).sorted() == [
                "column public.users.id", "constraint users_rule on public.users", "relation public.users_pkey",
            ])
    }

    @Test func commentOnAnAttributeTheCompositeTypeDoesNotHave() throws {
        let found = problems {
            CompositeType("money", ["amount": .numeric(12, 2)]).comment("ISO code", attribute: "currency")
        }
        let problem = try #require(found.first)
        #expect(found.count == 1)
        #expect(problem.object == "type public.money")
        #expect(problem.message.contains("comment on attribute \"currency\", which the type does not have"))
    }

    @Test func foreignKeyToUnknownTable() {
        let line = #line + 2
        let found = problems {
            Table("posts") { Column("author_id", .integer).references(TableReference("people").id) }
        }
        #expect(
            found.map(\.description) == [
                "SchemaDSLTests/ValidationTests.swift:\(line): constraint posts_author_id_fkey on public.posts: "
                    + "references unknown table public.people"
            ])
    }

    @Test func foreignKeyToUnknownColumn() {
        let found = problems {
            Table(users) { Column("id", .integer).primaryKey() }
            Table("posts") { Column("author_id", .integer).references(users.uid) }
        }
        #expect(found.map(\.message) == ["references unknown column \"uid\" of public.users"])
    }

    @Test func foreignKeyWithMismatchedColumnCounts() {
        let found = problems {
            Table(users) {
                Column("id", .integer)
                Column("tenant", .integer)
                PrimaryKey("id", "tenant")
            }
            Table("posts") {
                Column("author_id", .integer)
                ForeignKey(["author_id"], references: [users.id, users.tenant])
            }
        }
        #expect(found.map(\.message) == ["has 1 column(s) but references 2"])
    }

    @Test func foreignKeyToColumnsWithoutAUniqueConstraint() {
        let found = problems {
            Table(users) {
                Column("id", .integer).primaryKey()
                Column("email", .text)
            }
            Table("posts") { Column("author_email", .text).references(users.email) }
        }
        #expect(
            found.map(\.message) == [
                "references public.users(email), which is not its primary key or a unique constraint"
            ])
    }

    @Test func foreignKeyFromUnknownLocalColumn() {
        let found = problems {
            Table(users) { Column("id", .integer).primaryKey() }
            Table("posts") { ForeignKey("author_id", references: users.id) }
        }
        #expect(found.map(\.message) == ["refers to unknown column \"author_id\" of public.posts"])
    }

    @Test func primaryKeyOnAColumnMarkedNullable() {
        let found = problems {
            Table("a") { Column("id", .integer).nullable().primaryKey() }
            Table("b") {
                Column("x", .integer).nullable()
                Column("y", .integer)
                PrimaryKey("x", "y")
            }
        }
        #expect(found.map(\.object) == ["column public.a.id", "constraint b_pkey on public.b"])
        #expect(found.allSatisfy { $0.message.contains("primary key columns are NOT NULL") })
    }

    @Test func twoPrimaryKeys() {
        let found = problems {
            Table("a") {
                Column("id", .integer).primaryKey()
                Column("other", .integer)
                PrimaryKey("other", name: "a_other_pkey")
            }
        }
        #expect(found.map(\.message) == ["has 2 primary keys; a table can have only one (use Unique for the others)"])
    }

    @Test func indexOnUnknownColumnOrTable() {
        let line = #line + 4
        let found = problems {
            Table(users) {
                Column("id", .integer)
                Index("users_email_idx", on: "email").including("name")
            }
            Index("people_id_idx", table: TableReference("people"), on: "id")
        }
        #expect(
            found.map(\.description) == [
                "SchemaDSLTests/ValidationTests.swift:\(line): relation public.users_email_idx: "
                    + "indexes unknown column \"email\" of public.users",
                "SchemaDSLTests/ValidationTests.swift:\(line): relation public.users_email_idx: "
                    + "includes unknown column \"name\" of public.users",
                "SchemaDSLTests/ValidationTests.swift:\(line + 2): relation public.people_id_idx: is on unknown table public.people",
            ])
    }

    @Test func policyOnUnknownTableOrUndeclaredRole() {
        let found = problems {
            Table(users) {
                Column("id", .integer)
                Policy("own_rows").to("app_user").using("true")
            }
            Policy("p", table: TableReference("people")).using("true")
        }
        #expect(found.map(\.object) == ["policy own_rows on public.users", "policy p on public.people"])
        #expect(found[0].message.contains("add Role(\"app_user\")"))
        #expect(found[1].message == "is on unknown table public.people")
    }

    @Test func policyClausesMustFitTheCommand() {
        let found = problems {
            Table("t") {
                Column("id", .integer)
                Policy("ins").for(.insert).using("true")
                Policy("sel").for(.select).withCheck("true")
            }
        }
        #expect(found.count == 2)
    }

    @Test func enumDefaultThatIsNotALabel() {
        enum Status: String, DatabaseEnum { case draft, published }
        let line = #line + 4
        let found = problems {
            Enum(Status.self)
            Table("posts") {
                Column("status", .enum(Status.self)).default("drafted")
                Column("ok", .enum(Status.self)).default(Status.published)
            }
        }
        #expect(
            found.map(\.description) == [
                "SchemaDSLTests/ValidationTests.swift:\(line): column public.posts.status: "
                    + "default 'drafted' is not a label of enum public.status (labels: draft, published)"
            ])
    }

    @Test func identifiersLongerThan63Bytes() {
        let long = String(repeating: "x", count: 64)
        let found = problems {
            Table(long) { Column(long, .integer) }
            Enum("e", labels: long)
            Function("f", parameters: [Parameter(long, .integer)], returns: .void, body: "")
        }
        #expect(found.count == 4)
        #expect(found.allSatisfy { $0.message.contains("is 64 bytes long") })
    }

    @Test func undeclaredSchemaAndUnknownTypes() {
        let found = problems {
            Table("posts", schema: "app") { Column("status", .enum("post_status", schema: "app")) }
        }
        #expect(
            found.map(\.message) == [
                "schema \"app\" is not declared; add Schema(\"app\")",
                "type app.post_status is not declared; add Enum, Domain or CompositeType \"post_status\" in schema \"app\"",
            ])
    }

    @Test func triggerMustExecuteADeclaredTriggerFunction() {
        let notATrigger = Function("f", returns: .type(.integer), body: "SELECT 1")
        let found = problems {
            notATrigger
            Table("t") {
                Column("id", .integer)
                Trigger("t_f", .before, .update, execute: notATrigger)
                Trigger("t_external", .before, .update, executeFunction: "from_extension").updateOf("missing")
            }
        }
        #expect(found.map(\.object) == ["trigger t_f on public.t", "trigger t_external on public.t"])
        #expect(found.last?.message == "fires on update of unknown column \"missing\"")
    }

    @Test func columnValueSourcesThatCannotBeCombined() {
        let found = problems {
            Table("t") {
                Column("id", .bigint).identity().default(1)
                Column("g", .integer).generated(as: "1").default(2)
            }
        }
        #expect(found.map(\.object) == ["column public.t.id", "column public.t.g"])
    }

    @Test func enumLabelProblems() {
        let line = #line + 2
        let found = problems {
            Enum("mood", labels: "happy", "sad", "happy").renamedLabel("angry", from: "cross")
        }
        #expect(
            found.map(\.message) == [
                "duplicate label name \"happy\"; first declared at SchemaDSLTests/ValidationTests.swift:\(line)",
                "rename hint for label 'angry' (from 'cross') names no label of this enum",
            ])
    }

    @Test func functionSettingNamesAndDuplicateFunctions() {
        let found = problems {
            Function("f", returns: .void, body: "").set("statement_timeout; DROP TABLE x", to: "1s")
            Function("f", returns: .void, body: "")
        }
        #expect(found.map(\.object) == ["function public.f()", "function public.f()"])
        #expect(found.contains { $0.message.contains("is not a configuration parameter name") })
    }

    @Test func partitionsNeedAPartitionedParent() {
        let plain = TableReference("plain")
        let found = problems {
            Table(plain) { Column("id", .integer) }
            Table("p1").partition(of: plain, forValues: "IN (1)")
            Table("p2").partition(of: TableReference("nowhere"), forValues: nil)
        }
        #expect(
            found.map(\.message) == [
                "is a partition of public.plain, which is not partitioned; add .partitioned(by:) to it",
                "is a partition of unknown table public.nowhere",
            ])
    }

    @Test func sequencesAndViews() {
        let found = problems {
            DatabaseSequence("s", as: .text).owned(by: users.id)
            View("v", as: "SELECT 1 AS n").index(Index(on: "n"))
        }
        #expect(
            found.map(\.message) == [
                "is not materialized, so it cannot have indexes",
                "has type text; a sequence is smallint, integer or bigint",
                "is owned by unknown column public.users.id",
            ])
    }

    @Test func errorDescriptionListsEveryProblem() {
        let error = SchemaValidationError(problems: [
            SchemaProblem(
                object: "relation public.t", message: "bad", location: SourceLocation(fileID: "M/S.swift", line: 3))
        ])
        #expect(
            error.description
                == "the schema has 1 problem; fix them in the Swift source:\n  M/S.swift:3: relation public.t: bad")
    }
}
