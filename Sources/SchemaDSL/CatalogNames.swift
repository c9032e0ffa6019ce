// The DSL's element types (`Table`, `Column`, `Index`, …) share their names with the catalog model they build.
// This file imports only the catalog types by name, so `Catalog.Table` here means the module's type, and gives them
// unambiguous aliases for the rest of the module.
import struct Catalog.Column
import struct Catalog.DefaultPrivileges
import struct Catalog.CompositeType
import struct Catalog.Domain
import struct Catalog.EventTrigger
import struct Catalog.Extension
import struct Catalog.ForeignKey
import struct Catalog.Function
import struct Catalog.Identity
import struct Catalog.Index
import struct Catalog.IndexKey
import struct Catalog.Policy
import struct Catalog.Publication
import enum Catalog.ReplicaIdentity
import struct Catalog.Schema
import struct Catalog.Table
import struct Catalog.Trigger
import struct Catalog.View

typealias CatalogColumn = Catalog.Column
typealias CatalogCompositeType = Catalog.CompositeType
typealias CatalogDomain = Catalog.Domain
typealias CatalogEventTrigger = Catalog.EventTrigger
typealias CatalogExtension = Catalog.Extension
typealias CatalogForeignKey = Catalog.ForeignKey
typealias CatalogFunction = Catalog.Function
typealias CatalogIndex = Catalog.Index
typealias CatalogIndexKey = Catalog.IndexKey
typealias CatalogPolicy = Catalog.Policy
typealias CatalogPublication = Catalog.Publication
typealias CatalogSchema = Catalog.Schema
typealias CatalogTable = Catalog.Table
typealias CatalogTrigger = Catalog.Trigger
typealias CatalogView = Catalog.View

/// What a foreign key does when the referenced row is deleted or its key updated (`ON DELETE CASCADE`, …).
public typealias ReferentialAction = Catalog.ForeignKey.ReferentialAction
/// How a composite foreign key matches rows with NULLs (`MATCH SIMPLE`/`FULL`).
public typealias ForeignKeyMatch = Catalog.ForeignKey.MatchType
/// The command a policy applies to (`FOR SELECT`, …, `FOR ALL`).
public typealias PolicyCommand = Catalog.Policy.Command
/// When a trigger fires: `BEFORE`, `AFTER` or `INSTEAD OF`.
public typealias TriggerTiming = Catalog.Trigger.Timing
/// The events a trigger fires on.
public typealias TriggerEvent = Catalog.Trigger.Event
/// Whether a trigger fires: `.origin` (the default), `.disabled`, `.replica` (only under replication), `.always`.
public typealias TriggerEnabledState = Catalog.Trigger.EnabledState
/// When an event trigger fires: `ddl_command_start`, `ddl_command_end`, `sql_drop` or `table_rewrite`.
public typealias EventTriggerEvent = Catalog.EventTrigger.Event
/// An operation a publication publishes: `.insert`, `.update`, `.delete`, `.truncate`.
public typealias PublicationOperation = Catalog.Publication.Operation
/// `IMMUTABLE`, `STABLE` or `VOLATILE`.
public typealias Volatility = Catalog.Function.Volatility
/// `PARALLEL SAFE`, `RESTRICTED` or `UNSAFE`.
public typealias ParallelSafety = Catalog.Function.ParallelSafety
/// `GENERATED ALWAYS` or `BY DEFAULT` for identity columns.
public typealias IdentityGeneration = Catalog.Identity.Generation

// MARK: - Table options

/// `REPLICA IDENTITY`: `.default` (the primary key), `.full`, `.nothing` or `.index("unique_index_name")`.
public typealias ReplicaIdentity = Catalog.ReplicaIdentity

typealias CatalogDefaultPrivileges = Catalog.DefaultPrivileges
/// The kinds of object `DefaultPrivileges` applies to: `.tables`, `.sequences`, `.functions`, `.types`, `.schemas`.
public typealias DefaultPrivilegesObjectType = Catalog.DefaultPrivileges.ObjectType
