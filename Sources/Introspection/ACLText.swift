import Catalog
import Postgres

/// Reads the text form of an `aclitem[]` (`{=r/owner,owner=arwdDxt/owner,"odd role"=r*/owner}`) into privilege
/// entries, so that an object's ACL can be compared with its default on the client: one string per object from
/// the server instead of two `aclexplode … EXCEPT …` subqueries per object.
enum ACLText {
    /// The entries of `acl`: one per privilege letter, the grantee `PUBLIC` for an empty grantee. Letters of
    /// privileges the catalog does not model (database and parameter ones) are skipped.
    static func entries(_ acl: String, column: String? = nil) -> [PrivilegeGrant] {
        parsePostgresArray(acl).flatMap { item in entries(ofItem: item, column: column) }
    }

    /// `granted` (in `acl`, not in `defaultACL`) and `revoked` (the reverse); `Privileges()` when `acl` is NULL
    /// (the object has its default privileges).
    static func privileges(acl: String?, defaultACL: String?, column: String? = nil) -> Privileges {
        guard let acl else { return Privileges() }
        let current = Set(entries(acl, column: column))
        let defaults = Set(defaultACL.map { entries($0, column: column) } ?? [])
        return Privileges(granted: Array(current.subtracting(defaults)), revoked: Array(defaults.subtracting(current)))
    }

    /// One `grantee=privileges/grantor` item; a grantee with characters other than letters, digits and `_` is
    /// double-quoted with `""` for a quote (as `aclitemout` writes it). A `*` after a letter is the grant option.
    private static func entries(ofItem item: String, column: String?) -> [PrivilegeGrant] {
        var characters = Substring(item)
        var grantee = ""
        if characters.first == "\"" {
            characters = characters.dropFirst()
            while let character = characters.first {
                characters = characters.dropFirst()
                if character == "\"" {
                    guard characters.first == "\"" else { break }
                    characters = characters.dropFirst()
                }
                grantee.append(character)
            }
        } else {
            let name = characters.prefix { $0 != "=" }
            grantee = String(name)
            characters = characters.dropFirst(name.count)
        }
        guard characters.first == "=" else { return [] }
        let letters = characters.dropFirst().prefix { $0 != "/" }
        var result: [PrivilegeGrant] = []
        var lastLetterKept = false
        for letter in letters {
            if letter == "*" {
                if lastLetterKept { result[result.count - 1].withGrantOption = true }
            } else if let privilege = privilege(letter) {
                result.append(
                    PrivilegeGrant(
                        grantee: grantee.isEmpty ? PrivilegeGrant.everyone : grantee, privilege: privilege,
                        column: column))
                lastLetterKept = true
            } else {
                lastLetterKept = false
            }
        }
        return result
    }

    /// The privilege of an ACL letter (`ACL_ALL_RIGHTS_STR`), nil for one the catalog does not model.
    private static func privilege(_ letter: Character) -> Privilege? {
        switch letter {
        case "a": .insert
        case "r": .select
        case "w": .update
        case "d": .delete
        case "D": .truncate
        case "x": .references
        case "t": .trigger
        case "X": .execute
        case "U": .usage
        case "C": .create
        case "m": .maintain
        default: nil
        }
    }
}
