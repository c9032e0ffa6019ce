import DBTestSupport
import Foundation

/// Runs the `db` binary in a private network namespace (`unshare --net`, as root): it has only a loopback interface,
/// down, and no route, so whatever a command tries, no packet leaves the machine. Unix sockets (the test cluster)
/// still work. An address such as 192.0.2.1 then fails at once with "Network is unreachable".
enum IsolatedNetwork {
    static func run(_ arguments: [String], directory: String? = nil, environment: [String: String] = [:]) throws
        -> Subprocess.Outcome
    {
        try Subprocess.run(
            "/usr/bin/unshare", ["--net", "--", DBBinary.path] + arguments, directory: directory,
            environment: environment)
    }

    /// Runs `db` in a private network and mount namespace where `localhost` resolves to `address` (a bind-mounted
    /// /etc/hosts), `address` is on the namespace's own loopback interface, and a forwarder listening there on port
    /// 5432 relays to the Unix socket `socket`: a connection to `localhost` reaches a real server through a peer
    /// that is not a loopback address, and still nothing leaves the machine.
    static func runWithLocalhost(
        resolvingTo address: String, forwardingTo socket: String, _ arguments: [String],
        environment: [String: String] = [:]
    ) throws -> Subprocess.Outcome {
        let folder = try TemporaryDirectory("netns")
        try folder.write("hosts", "\(address) localhost\n")
        try folder.write("forward.pl", forwarder)
        let script = """
            set -e
            ip link set lo up
            ip addr add "$1/32" dev lo
            mount --bind "$2/hosts" /etc/hosts
            perl "$2/forward.pl" "$1" 5432 "$3" "$2/ready" &
            forwarder=$!
            while [ ! -e "$2/ready" ]; do sleep 0.05; done
            shift 3
            set +e
            "$@"
            status=$?
            kill "$forwarder"
            exit "$status"
            """
        return try Subprocess.run(
            "/usr/bin/unshare",
            ["--net", "--mount", "--", "/bin/sh", "-c", script, "sh", address, folder.path, socket, DBBinary.path]
                + arguments,
            environment: environment)
    }

    /// A TCP-to-Unix-socket relay in Perl (always installed on Debian: perl-base is essential): arguments are the
    /// address and port to listen on, the socket to relay to, and a file to create once listening.
    private static let forwarder = """
        use strict; use IO::Socket::INET; use IO::Socket::UNIX; use IO::Select;
        my ($address, $port, $socket, $ready) = @ARGV;
        $SIG{CHLD} = 'IGNORE';
        my $listener = IO::Socket::INET->new(LocalAddr => $address, LocalPort => $port, Listen => 8, ReuseAddr => 1)
            or die "listen on $address:$port: $!";
        open(my $flag, '>', $ready) or die; close($flag);
        while (my $client = $listener->accept) {
            next if fork();
            my $server = IO::Socket::UNIX->new(Peer => $socket) or die "connect $socket: $!";
            my $select = IO::Select->new($client, $server);
            RELAY: while (my @readable = $select->can_read) {
                for my $from (@readable) {
                    my $to = $from == $client ? $server : $client;
                    last RELAY unless sysread($from, my $buffer, 65536);
                    syswrite($to, $buffer);
                }
            }
            exit 0;
        }
        """
}
