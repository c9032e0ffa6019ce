import Catalog

extension Differ {
    /// Views and materialized views. A view is dropped and created again when its definition changes in a way
    /// `CREATE OR REPLACE VIEW` cannot express, or when something it reads is dropped, retyped or recreated
    /// (transitively through other views); its indexes and comments come back with it.
    mutating func diffViews() {
        let forced = viewsToRecreate()
        for view in sortedValues(to.views) {
            let key = view.name.key
            guard let old = from.views[key] else {
                createView(view, replacing: false, isNew: true)
                continue
            }
            if forced.contains(key) || !sameView(old, view) {
                if !forced.contains(key) && canReplace(old, with: view) {
                    createView(view, replacing: true, isNew: false)
                    diffViewExtras(old, view)
                    diffTriggers(old.triggers, view.triggers, on: view.name)
                } else {
                    dropView(old)
                    createView(view, replacing: false, isNew: true)
                }
                continue
            }
            diffViewExtras(old, view)
            diffViewOptions(old, view)
            diffTriggers(old.triggers, view.triggers, on: view.name)
        }
        for view in sortedValues(from.views) where to.views[view.name.key] == nil {
            dropView(view)
        }
    }

    /// Keys of old views that must be dropped because what they read goes away or changes shape.
    private func viewsToRecreate() -> Set<String> {
        var gone = droppedRelations
        for view in from.views.values {
            if let new = to.views[view.name.key], sameView(view, new) || canReplace(view, with: new) { continue }
            gone.insert(ObjectID.relation(view.name))
        }
        var forced: Set<String> = []
        var changed = true
        while changed {
            changed = false
            for view in from.views.values where !forced.contains(view.name.key) {
                let readsChanged = view.dependsOn.contains { reference in
                    gone.contains(ObjectID.relation(reference.relation))
                        || reference.column.map { dirtyColumns.contains(ObjectID.column(reference.relation, $0)) }
                            ?? false
                }
                let callsRecreated =
                    view.dependsOnFunctions.contains { recreatedFunctions.contains($0) }
                    || usesRecreatedType(view.definition, schema: view.name.schema)
                if readsChanged || callsRecreated {
                    forced.insert(view.name.key)
                    gone.insert(ObjectID.relation(view.name))
                    changed = true
                }
            }
        }
        return forced
    }

    /// Same query and columns; options and a materialized view's populated state are changed in place.
    private func sameView(_ old: View, _ new: View) -> Bool {
        old.isMaterialized == new.isMaterialized && old.definition == new.definition
            && old.columns == new.columns && old.columnTypes == new.columnTypes
    }

    /// `CREATE OR REPLACE VIEW` keeps existing columns (names, types, order) and may only append new ones; its
    /// `WITH (…)` replaces the options.
    private func canReplace(_ old: View, with new: View) -> Bool {
        !old.isMaterialized && !new.isMaterialized
            && new.columns.starts(with: old.columns)
            && old.columns.allSatisfy { old.columnTypes[$0] == new.columnTypes[$0] }
    }

    private mutating func createView(_ view: View, replacing: Bool, isNew: Bool) {
        let name = view.name
        var requires = [ObjectID.schema(name.schema), ObjectID.anyExtension]
        for reference in view.dependsOn {
            requires.append(ObjectID.relation(reference.relation))
            if let column = reference.column { requires.append(ObjectID.column(reference.relation, column)) }
        }
        requires += view.dependsOnFunctions.map(ObjectID.function)
        requires += newReferences.ids(in: view.definition, schema: name.schema, except: name)
        let provides = [ObjectID.relation(name)] + view.columns.map { ObjectID.column(name, $0) }
        add(.createView(view, replacing: replacing), provides: provides, requires: requires)
        guard isNew else { return }
        for index in sortedValues(view.indexes) { createIndex(index, tableIsNew: true) }
        for trigger in sortedValues(view.triggers) { createTrigger(trigger) }
        diffComment(
            .view(name, materialized: view.isMaterialized), old: nil, new: view.comment,
            object: ObjectID.relation(name))
        for column in commentableColumns(of: view) {
            diffComment(
                .column(name, column), old: nil, new: view.columnComments[column],
                object: columnObject(view, column))
        }
    }

    private mutating func dropView(_ view: View) {
        let name = view.name
        var releases = [ObjectID.schema(name.schema), ObjectID.anyExtension]
        for reference in view.dependsOn {
            releases.append(ObjectID.relation(reference.relation))
            if let column = reference.column { releases.append(ObjectID.column(reference.relation, column)) }
        }
        releases += view.dependsOnFunctions.map(ObjectID.function)
        releases += oldReferences.ids(in: view.definition, schema: name.schema, except: name)
        for trigger in view.triggers.values {
            releases += [
                ObjectID.function(Function.key(trigger.function, identityArguments: "")),
                ObjectID.functionName(trigger.function),
            ]
        }
        let removes = [ObjectID.relation(name)] + view.columns.map { ObjectID.column(name, $0) }
            + view.indexes.values.flatMap(indexProvides) + view.triggers.keys.map { ObjectID.trigger(name, $0) }
        add(.dropView(name, materialized: view.isMaterialized), removes: removes, releases: releases)
    }

    /// `ALTER [MATERIALIZED] VIEW … SET/RESET (…)` and `REFRESH MATERIALIZED VIEW [WITH NO DATA]` for a view whose
    /// query stays.
    private mutating func diffViewOptions(_ old: View, _ new: View) {
        let kind: RelationKind = new.isMaterialized ? .materializedView : .view
        diffRelationOptions(old.options, new.options, name: new.name, kind: kind)
        if new.isMaterialized && old.isPopulated != new.isPopulated {
            add(.refreshMaterializedView(new.name, withData: new.isPopulated), requires: [ObjectID.relation(new.name)])
        }
    }

    /// Indexes of a materialized view and comments, for a view that stays.
    private mutating func diffViewExtras(_ old: View, _ new: View) {
        let name = new.name
        for index in sortedValues(new.indexes) {
            if let oldIndex = old.indexes[index.name] {
                if !sameIndex(oldIndex, index) {
                    dropIndex(oldIndex)
                    createIndex(index, tableIsNew: false)
                } else {
                    diffComment(
                        .index(index.qualifiedName), old: oldIndex.comment, new: index.comment,
                        object: ObjectID.relation(index.qualifiedName))
                }
            } else {
                createIndex(index, tableIsNew: false)
            }
        }
        for index in sortedValues(old.indexes) where new.indexes[index.name] == nil { dropIndex(index) }
        diffComment(
            .view(name, materialized: new.isMaterialized), old: old.comment, new: new.comment,
            object: ObjectID.relation(name))
        for column in commentableColumns(of: new) {
            diffComment(
                .column(name, column), old: old.columnComments[column], new: new.columnComments[column],
                object: columnObject(new, column))
        }
    }

    /// The view's columns in order, then commented columns it does not list: a DSL-built view knows only the
    /// columns it comments on, since its column list comes from Postgres.
    private func commentableColumns(of view: View) -> [String] {
        view.columns + view.columnComments.keys.filter { !view.columns.contains($0) }.sorted()
    }

    /// The column's object when the view lists it, else the view itself (which provides all its columns).
    private func columnObject(_ view: View, _ column: String) -> String {
        view.columns.contains(column) ? ObjectID.column(view.name, column) : ObjectID.relation(view.name)
    }
}
