import Catalog

extension Differ {
    mutating func diffSchemas() {
        for schema in sortedValues(to.schemas) {
            let old = from.schemas[schema.name]
            if old == nil {
                add(.createSchema(schema), provides: [ObjectID.schema(schema.name)])
            }
            diffComment(
                .schema(schema.name), old: old?.comment, new: schema.comment, object: ObjectID.schema(schema.name))
        }
        for schema in sortedValues(from.schemas) where to.schemas[schema.name] == nil {
            add(.dropSchema(schema.name), removes: [ObjectID.schema(schema.name)])
        }
    }

    /// A relocatable extension moves with `SET SCHEMA`, any other is dropped and created again (destructive:
    /// what depends on it goes too); a declared version other than the installed one is reached with `UPDATE TO`.
    mutating func diffExtensions() {
        for ext in sortedValues(to.extensions) {
            let id = ObjectID.extension(ext.name)
            let provides = [id, ObjectID.anyExtension]
            if let old = from.extensions[ext.name] {
                if old.schema != ext.schema && old.isRelocatable != true {
                    add(
                        .dropExtensionToMove(old, to: ext.schema), removes: [id, ObjectID.anyExtension],
                        releases: [ObjectID.schema(old.schema)])
                    add(.createExtension(ext), provides: provides, requires: [ObjectID.schema(ext.schema)])
                } else {
                    if old.schema != ext.schema {
                        add(
                            .setExtensionSchema(name: ext.name, schema: ext.schema), provides: provides,
                            requires: [ObjectID.schema(ext.schema)], releases: [ObjectID.schema(old.schema)])
                    }
                    if let version = ext.version, old.version != version {
                        add(.updateExtension(name: ext.name, version: version), provides: provides)
                    }
                }
            } else {
                add(.createExtension(ext), provides: provides, requires: [ObjectID.schema(ext.schema)])
            }
            diffComment(.extension(ext.name), old: from.extensions[ext.name]?.comment, new: ext.comment, object: id)
        }
        for ext in sortedValues(from.extensions) where to.extensions[ext.name] == nil {
            add(
                .dropExtension(ext), removes: [ObjectID.extension(ext.name), ObjectID.anyExtension],
                releases: [ObjectID.schema(ext.schema)])
        }
    }
}
