import ArgumentParser

/// `db dev`: the project-local throwaway PostgreSQL cluster under `.db/`.
struct DevCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dev",
        abstract: "Manage the local PostgreSQL cluster under .db/ (gitignored).",
        discussion: """
            The cluster uses initdb/pg_ctl from `pg_config --bindir` or /usr/lib/postgresql/*/bin; as root the \
            server runs as the `postgres` OS user. While it runs, commands without a database URL use it.
            """,
        subcommands: [DevStartCommand.self, DevStopCommand.self, DevStatusCommand.self, DevURLCommand.self])
}
