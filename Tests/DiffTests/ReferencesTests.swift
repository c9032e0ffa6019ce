import Catalog
import Testing

@testable import Diff

@Suite struct ReferencesTests {
    @Test func scannerFindsCallsCastsAndRegclassLiterals() {
        let references = NameScanner.scan(
            #"nextval('app.seq'::regclass) + "My Schema"."Fn"(x, 'ignored(') :: app.status -- note(x)"#)
        #expect(
            references.map(\.parts) == [
                ["nextval"], ["app", "seq"], ["regclass"], ["My Schema", "Fn"], ["x"], ["app", "status"],
            ])
        #expect(references.map(\.isCall) == [true, false, false, true, false, false])
    }

    @Test func expressionReferencesResolveAgainstTheCatalog() {
        var catalog = Catalog()
        catalog.add(EnumType(name: QualifiedName("app", "status"), labels: ["a"]))
        catalog.add(Function(name: QualifiedName("public", "norm"), returnType: "text", language: "sql", body: ""))
        catalog.add(SequenceDefinition(name: QualifiedName("app", "seq")))
        let references = References(catalog)
        #expect(
            references.ids(in: "norm(name) || nextval('app.seq'::regclass)::text || 'a'::app.status", schema: "app")
                == ["fname:public.norm", "rel:app.seq", "type:app.status"])
        #expect(references.typeIDs("app.status[]", schema: "public") == ["type:app.status"])
        #expect(references.ids(in: "lower(name)", schema: "app").isEmpty)
    }
}

extension ReferencesTests {
    @Test func schemaQualifiersAreRewrittenOutsideLiterals() {
        #expect(
            replacingSchemaQualifier("blog", with: "cms", in: "'blog.x'::blog.visibility || myblog.f(blog.g())")
                == "'blog.x'::cms.visibility || myblog.f(cms.g())")
    }
}
