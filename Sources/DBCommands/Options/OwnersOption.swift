import ArgumentParser
import Diff

/// `--owners`: compare owners and plan `ALTER … OWNER TO`, for the commands that diff. Off by default, since many
/// teams deploy as one role.
struct OwnersOption: ParsableArguments {
    @Flag(help: "Compare object owners and emit ALTER … OWNER TO (default: owners are ignored).")
    var owners = false

    /// The diff options this flag selects.
    var diffOptions: DiffOptions { DiffOptions(includeOwners: owners) }
}
