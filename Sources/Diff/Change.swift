import Catalog

/// One DDL operation that moves a database one step from the `from` catalog towards the `to` catalog.
///
/// The enum is closed on purpose: adding a kind of object means adding cases, and the compiler then points at every
/// switch (SQL, safety, kind, summary) that must handle them. `diff(from:to:hints:)` returns changes already ordered.
public enum Change: Hashable, Sendable {
    case createSchema(Schema)
    case dropSchema(String)
    case renameSchema(from: String, to: String)
    case createExtension(Extension)
    case dropExtension(Extension)
    case updateExtension(name: String, version: String)

    case createEnum(EnumType)
    case addEnumValue(type: QualifiedName, label: String, position: EnumValuePosition)
    case renameEnumValue(type: QualifiedName, from: String, to: String)
    /// `ALTER TYPE … RENAME TO …`, the first step of recreating a type that cannot be altered in place (enum labels
    /// removed or reordered, a domain's base type changed, composite attributes reordered).
    case renameType(QualifiedName, to: String)
    /// Drops the renamed-away old version of a recreated type once its columns use the new one (or a helper type
    /// the recreation used): nothing is lost.
    case dropReplacedType(QualifiedName)
    /// Drops an enum or composite type.
    case dropType(QualifiedName)

    case createDomain(Domain)
    case dropDomain(QualifiedName)
    case setDomainDefault(QualifiedName, expression: String?)
    case setDomainNotNull(QualifiedName, Bool)
    case addDomainCheck(QualifiedName, DomainCheck)
    case dropDomainCheck(QualifiedName, name: String)
    case validateDomainCheck(QualifiedName, name: String)

    case createCompositeType(CompositeType)
    case addAttribute(QualifiedName, CompositeType.Attribute)
    case dropAttribute(QualifiedName, name: String)
    case alterAttributeType(QualifiedName, CompositeType.Attribute)

    case createSequence(SequenceDefinition)
    case dropSequence(QualifiedName)
    case alterSequence(QualifiedName, dataType: String, options: SequenceOptions)
    /// `ALTER SEQUENCE … OWNED BY table.column` (or `OWNED BY NONE` for `nil`).
    case setSequenceOwner(QualifiedName, ColumnReference?)

    /// Creates a table with its columns and its validated non-foreign-key constraints inline.
    case createTable(Table)
    case dropTable(QualifiedName)
    case renameTable(QualifiedName, to: String)
    case setUnlogged(QualifiedName, Bool)
    case attachPartition(parent: QualifiedName, partition: QualifiedName, bound: String)
    case detachPartition(parent: QualifiedName, partition: QualifiedName)
    case setRowLevelSecurity(QualifiedName, enabled: Bool)
    case setForceRowLevelSecurity(QualifiedName, forced: Bool)

    case addColumn(QualifiedName, Column)
    case dropColumn(QualifiedName, column: String)
    case renameColumn(QualifiedName, from: String, to: String)
    /// `ALTER COLUMN … TYPE …` with an optional `USING` expression (already rendered SQL).
    case alterColumnType(QualifiedName, column: String, type: String, collation: String?, using: String?)
    case setNotNull(QualifiedName, column: String)
    case dropNotNull(QualifiedName, column: String)
    case setDefault(QualifiedName, column: String, expression: String)
    case dropDefault(QualifiedName, column: String)
    case addIdentity(QualifiedName, column: String, Identity)
    case alterIdentity(QualifiedName, column: String, Identity)
    case dropIdentity(QualifiedName, column: String)
    /// Turns a generated column into a plain one, keeping its values.
    case dropGeneratedExpression(QualifiedName, column: String)

    /// `tableIsNew` is true when the table is created by the same plan (no lock or scan hazard then).
    case addConstraint(QualifiedName, Constraint, tableIsNew: Bool)
    case dropConstraint(QualifiedName, name: String)
    case validateConstraint(QualifiedName, name: String)
    case renameConstraint(QualifiedName, from: String, to: String)

    case createIndex(Index, concurrently: Bool, tableIsNew: Bool)
    /// Drops an index, by its schema-qualified name.
    case dropIndex(QualifiedName, concurrently: Bool)
    case renameIndex(QualifiedName, to: String)

    /// Creates a function or procedure from its definition; `replacing` when it already exists in a compatible form.
    case createFunction(Function, replacing: Bool)
    /// Drops a function; `recreated` when the same signature is created again by the plan (no object is lost).
    case dropFunction(FunctionSignature, recreated: Bool)
    /// `ALTER FUNCTION … SET name = value`, re-applied after every (re)create.
    case setFunctionSetting(FunctionSignature, name: String, value: String)
    case resetFunctionSetting(FunctionSignature, name: String)

    case createView(View, replacing: Bool)
    case dropView(QualifiedName, materialized: Bool)

    case createTrigger(Trigger)
    case dropTrigger(Trigger)
    /// `ALTER TABLE … ENABLE|DISABLE [REPLICA|ALWAYS] TRIGGER …` to match `trigger.enabled`.
    case setTriggerEnabled(Trigger)

    case createPolicy(Policy)
    /// `ALTER POLICY` of roles, `USING` and `WITH CHECK` (command and permissiveness need drop + create).
    case alterPolicy(Policy)
    case dropPolicy(Policy)

    /// `COMMENT ON … IS …`; `nil` removes the comment.
    case setComment(CommentTarget, String?)

    // MARK: - Extension schemas, event triggers, publications

    /// `ALTER EXTENSION … SET SCHEMA …`, for a relocatable extension.
    case setExtensionSchema(name: String, schema: String)
    /// Drops an extension that cannot be relocated so that it can be created again in schema `to`; objects that
    /// depend on it (columns of its types, indexes on its operator classes) must go first and lose their data.
    case dropExtensionToMove(Extension, to: String)
    case createEventTrigger(EventTrigger)
    case dropEventTrigger(EventTrigger)
    /// `ALTER EVENT TRIGGER … ENABLE|DISABLE|ENABLE REPLICA|ENABLE ALWAYS` to match `trigger.enabled`.
    case setEventTriggerEnabled(EventTrigger)
    case createPublication(Publication)
    case dropPublication(Publication)
    /// `ALTER PUBLICATION … ADD TABLE …` with the member's column list and row filter.
    case addPublicationTable(publication: String, Publication.Member)
    case dropPublicationTable(publication: String, QualifiedName)
    /// `ALTER PUBLICATION … ADD TABLES IN SCHEMA …`.
    case addPublicationSchema(publication: String, schema: String)
    case dropPublicationSchema(publication: String, schema: String)
    /// `ALTER PUBLICATION … SET (publish = …, publish_via_partition_root = …)` to match the publication.
    case setPublicationOptions(Publication)
    // MARK: - Table and view options, inheritance

    /// `ALTER TABLE|VIEW|MATERIALIZED VIEW … SET (name=value, …)`: storage parameters or view options.
    case setRelationOptions(QualifiedName, RelationKind, [String])
    /// `ALTER TABLE|VIEW|MATERIALIZED VIEW … RESET (name, …)`.
    case resetRelationOptions(QualifiedName, RelationKind, names: [String])
    /// `ALTER TABLE … REPLICA IDENTITY …`.
    case setReplicaIdentity(QualifiedName, ReplicaIdentity)
    /// `ALTER TABLE … ALTER COLUMN … SET STORAGE …`.
    case setColumnStorage(QualifiedName, column: String, storage: String)
    /// `ALTER TABLE … ALTER COLUMN … SET STATISTICS …`; `nil` restores the default (-1).
    case setColumnStatistics(QualifiedName, column: String, target: Int?)
    /// `ALTER TABLE child INHERIT parent` (or `NO INHERIT parent` when `inherits` is false).
    case setInherit(QualifiedName, parent: QualifiedName, inherits: Bool)
    /// `REFRESH MATERIALIZED VIEW …` (`WITH NO DATA` when `withData` is false, leaving it unpopulated).
    case refreshMaterializedView(QualifiedName, withData: Bool)
    // MARK: - Data-preserving changes
    /// `ALTER TABLE … SET SCHEMA …`: moves a table, with its rows, indexes, constraints and owned sequences.
    case setTableSchema(QualifiedName, schema: String)
    /// `ALTER COLUMN … TYPE … USING …` converting through text (see `TypeConversion`): values that do not parse as
    /// the new type make the statement fail. `from` is the old type.
    case convertColumnType(QualifiedName, column: String, type: String, collation: String?, using: String, from: String)
    /// `DROP COLUMN` of a column that exists on both sides but cannot keep its values; `reason` says why.
    case dropColumnLosingValues(QualifiedName, column: String, reason: String)
    // MARK: - Privileges and ownership
    /// `GRANT … ON … TO … [WITH GRANT OPTION]`.
    case grant(PrivilegeTarget, PrivilegeStatement)
    /// `REVOKE [GRANT OPTION FOR] … ON … FROM …`.
    case revoke(PrivilegeTarget, PrivilegeStatement)
    /// `ALTER DEFAULT PRIVILEGES FOR ROLE … [IN SCHEMA …] GRANT|REVOKE … ON TABLES|… TO|FROM …`.
    case alterDefaultPrivileges(
        role: String, schema: String?, DefaultPrivileges.ObjectType, isGrant: Bool, PrivilegeStatement)
    /// `ALTER … OWNER TO role` (only planned when owners are compared, see `DiffOptions`).
    case setOwner(OwnedObject, role: String)
}

/// The kind of relation an `ALTER … SET (…)` names.
public enum RelationKind: String, Hashable, Sendable {
    case table = "TABLE"
    case view = "VIEW"
    case materializedView = "MATERIALIZED VIEW"
}

/// Where `ALTER TYPE … ADD VALUE` puts a new enum label.
public enum EnumValuePosition: Hashable, Sendable {
    case before(String)
    case after(String)
    case end
}

/// What identifies a function for `ALTER`/`DROP`/`COMMENT`: kind, name and identity arguments.
public struct FunctionSignature: Hashable, Sendable {
    public var name: QualifiedName
    public var kind: Function.Kind
    public var identityArguments: String

    public init(name: QualifiedName, kind: Function.Kind = .function, identityArguments: String = "") {
        self.name = name
        self.kind = kind
        self.identityArguments = identityArguments
    }

    public init(_ function: Function) {
        self.init(name: function.name, kind: function.kind, identityArguments: function.identityArguments)
    }

    /// The catalog key, as `Function.key`.
    public var key: String { Function.key(name, identityArguments: identityArguments) }
}

/// The object a `COMMENT ON` statement is about.
public enum CommentTarget: Hashable, Sendable {
    case schema(String)
    case `extension`(String)
    /// An enum or composite type.
    case type(QualifiedName)
    case domain(QualifiedName)
    case sequence(QualifiedName)
    case table(QualifiedName)
    /// A column of a table or view, or an attribute of a composite type.
    case column(QualifiedName, String)
    case view(QualifiedName, materialized: Bool)
    case constraint(table: QualifiedName, name: String)
    /// A CHECK constraint of a domain.
    case domainConstraint(domain: QualifiedName, name: String)
    case index(QualifiedName)
    case function(FunctionSignature)
    case trigger(table: QualifiedName, name: String)
    case policy(table: QualifiedName, name: String)
    case eventTrigger(String)
    case publication(String)
}
