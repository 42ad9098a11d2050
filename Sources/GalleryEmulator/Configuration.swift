import Foundation
import PostieCrypto

extension GalleryEmulator {
    /// Fixed demo credentials, used unless others are given. Shaped like real Gallery keys (55 hexadecimal
    /// characters) and secrets (64), and obviously not real: `de30…` keys, `5ec7…` secrets.
    public enum DemoCredentials {
        /// The private studio key: opens the Subscription API, scoped to the seeded subscription.
        public static let studioKey = "de30de30de30de30de30de30de30de30de30de30de30de30de30001"
        public static let studioSecret = "5ec75ec75ec75ec75ec75ec75ec75ec75ec75ec75ec75ec75ec75ec75ec70001"
        /// The curator's API access key: Subscription, User V2, Admin V1 and V2, v3.
        public static let userKey = "de30de30de30de30de30de30de30de30de30de30de30de30de30002"
        public static let userSecret = "5ec75ec75ec75ec75ec75ec75ec75ec75ec75ec75ec75ec75ec75ec75ec70002"
        /// A second user without the Curator role (an Artisan): Subscription, User V2 and v3 only.
        public static let artisanKey = "de30de30de30de30de30de30de30de30de30de30de30de30de30003"
        public static let artisanSecret = "5ec75ec75ec75ec75ec75ec75ec75ec75ec75ec75ec75ec75ec75ec75ec70003"
        /// The viewer's API access key: reads and runs workflows; no publishing, no Admin API.
        public static let viewerKey = "de30de30de30de30de30de30de30de30de30de30de30de30de30004"
        public static let viewerSecret = "5ec75ec75ec75ec75ec75ec75ec75ec75ec75ec75ec75ec75ec75ec75ec70004"
        /// The key of a user whose API access is turned off: every API answers 401.
        public static let noAccessKey = "de30de30de30de30de30de30de30de30de30de30de30de30de30005"
        public static let noAccessSecret = "5ec75ec75ec75ec75ec75ec75ec75ec75ec75ec75ec75ec75ec75ec75ec70005"
        /// The curator's email address (the `email-address` variable, the owner for Publish Workflow).
        public static let emailAddress = "curator@postie.invalid"

        /// The demo pairs of the studio, curator, artisan, viewer and no-access users, in that order: the
        /// ones above, or for a named server (`postie serve --server prod`) pairs of its own, the same for
        /// the same name, that open no other server: `de30…` + 8 hexadecimal digits of the name's SHA-1 +
        /// the user's number.
        public static func pairs(server: String?) -> [(key: String, secret: String)] {
            guard let server else {
                return [
                    (studioKey, studioSecret), (userKey, userSecret), (artisanKey, artisanSecret), (viewerKey, viewerSecret),
                    (noAccessKey, noAccessSecret),
                ]
            }
            let tag = Hex.encode(Array(SHA1.hash(Array("postie-server:\(server)".utf8)).prefix(4)))
            return (1...5).map { number in
                (
                    String(repeating: "de30", count: 11) + tag + ObjectIDGenerator.hex(UInt32(number), digits: 3),
                    String(repeating: "5ec7", count: 13) + tag + ObjectIDGenerator.hex(UInt32(number), digits: 4)
                )
            }
        }
    }

    /// Everything the emulator can be told; every member has a sensible default.
    public struct Configuration: Sendable {
        /// The address to bind; `127.0.0.1` by default.
        public var host = "127.0.0.1"
        /// The port to bind; 0 picks a free one (read it back from `start()`).
        public var port = 0
        /// The private studio key and secret (Subscription API only).
        public var studioKey = DemoCredentials.studioKey
        public var studioSecret = DemoCredentials.studioSecret
        /// The curator's API access key and secret.
        public var userKey = DemoCredentials.userKey
        public var userSecret = DemoCredentials.userSecret
        /// A non-curator user's API access key and secret.
        public var artisanKey = DemoCredentials.artisanKey
        public var artisanSecret = DemoCredentials.artisanSecret
        /// The viewer's API access key and secret.
        public var viewerKey = DemoCredentials.viewerKey
        public var viewerSecret = DemoCredentials.viewerSecret
        /// The key and secret of the user without API access.
        public var noAccessKey = DemoCredentials.noAccessKey
        public var noAccessSecret = DemoCredentials.noAccessSecret
        /// More users, each with its role and key pair (`postie serve --user ROLE:KEY:SECRET`).
        public var extraUsers: [ExtraUser] = []
        /// The curator's email address.
        public var emailAddress = DemoCredentials.emailAddress
        /// How far `oauth_timestamp` may be from the clock, either way, in seconds; also how long
        /// nonces are remembered.
        public var timestampWindow: TimeInterval = 300
        /// The lifetime of an OAuth 2 access token, in seconds (`expires_in`).
        public var tokenLifetime: TimeInterval = 3600
        /// How long a job runs once a worker takes it, in seconds (some workflows take a multiple);
        /// 0 runs jobs instantly: complete by the time the queue request has been answered.
        public var jobTime: TimeInterval = 2
        /// How many jobs run at once; more wait in the queue.
        public var workers = 2
        /// How long a completed job (and its outputs) is kept after it finishes, in the emulator's
        /// clock; then it is removed, as is the oldest completed job beyond `maximumCompletedJobs`.
        public var jobRetention: TimeInterval = 3600
        /// The most completed jobs kept at once.
        public var maximumCompletedJobs = 10_000
        /// Added before each API answer, in milliseconds.
        public var latencyMilliseconds = 0
        /// The share of API requests answered 503, 0…1.
        public var errorRate = 0.0
        /// The share of API answers cut off mid-body (the connection closes), 0…1.
        public var dropRate = 0.0
        /// Seeds the fault generator: the same seed, the same faults for the same request order.
        public var seed: UInt64 = 1
        /// The largest request body accepted, in bytes (413 beyond it).
        public var maxBodyBytes = 64 * 1024 * 1024
        /// Receives one line per request (`GET /gallery/api/v1/… 200 3ms`) when set; secrets never appear.
        public var logger: (@Sendable (String) -> Void)?
        /// The clock for OAuth timestamps, token expiry, job times and dates; tests inject their own.
        public var clock: @Sendable () -> Date = { Date() }
        /// Starts JSON answers with a UTF-8 byte-order mark, as some real Gallery servers do.
        public var sendsByteOrderMark = false
        /// The server's name when it is one of several (`postie serve --server dev --server prod`): the
        /// banner and the environment name it; nil for the one unnamed server.
        public var serverName: String?
        /// For tests only, never set by `postie serve`: changes the byte at this offset of every job output
        /// downloaded (adds 1 to it), so that a test can show how a byte-for-byte comparison reports a difference.
        public var testOnlyOutputByteFlip: Int?

        public init() {}

        /// A named server's configuration: the demo key pairs of `DemoCredentials.pairs(server:)`.
        public init(server name: String) {
            let pairs = DemoCredentials.pairs(server: name)
            serverName = name
            (studioKey, studioSecret) = pairs[0]
            (userKey, userSecret) = pairs[1]
            (artisanKey, artisanSecret) = pairs[2]
            (viewerKey, viewerSecret) = pairs[3]
            (noAccessKey, noAccessSecret) = pairs[4]
        }

        /// Whether the key pairs are the built-in demo values (and may be printed).
        var usesDemoSecrets: (studio: Bool, user: Bool, artisan: Bool, viewer: Bool, noAccess: Bool) {
            let demo = DemoCredentials.pairs(server: serverName)
            return (
                studioKey == demo[0].key && studioSecret == demo[0].secret,
                userKey == demo[1].key && userSecret == demo[1].secret,
                artisanKey == demo[2].key && artisanSecret == demo[2].secret,
                viewerKey == demo[3].key && viewerSecret == demo[3].secret,
                noAccessKey == demo[4].key && noAccessSecret == demo[4].secret
            )
        }
    }

    /// A user added beside the seeded ones, with its own API access pair.
    public struct ExtraUser: Sendable, Equatable {
        /// The roles `--user` takes; `none` is a user whose API access is turned off.
        public enum Role: String, Sendable, CaseIterable {
            case curator, artisan, viewer, none
        }

        public var role: Role
        public var key: String
        public var secret: String

        public init(role: Role, key: String, secret: String) {
            self.role = role
            self.key = key
            self.secret = secret
        }

        /// Parses `ROLE:KEY:SECRET` (the role in any case; the secret may contain `:`); nil when malformed.
        public init?(parsing text: String) {
            let pieces = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            guard pieces.count == 3, let role = Role(rawValue: pieces[0].lowercased()), !pieces[1].isEmpty, !pieces[2].isEmpty
            else { return nil }
            self.init(role: role, key: pieces[1], secret: pieces[2])
        }

        /// The seeded user id of the `index`-th extra user (0-based).
        static func userId(_ index: Int) -> String {
            "60c1f0b2c05c2320e8d8" + ObjectIDGenerator.hex(UInt32(0x9000 + index), digits: 4)
        }

        /// `curator-1`, `viewer-2`: the prefix of its environment variables and its label.
        func label(_ index: Int) -> String { "\(role.rawValue == "none" ? "no-access" : role.rawValue)-\(index + 1)" }
    }
}
