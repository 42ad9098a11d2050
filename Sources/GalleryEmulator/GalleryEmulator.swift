import Foundation
import PostieCrypto
import PostieHTTPServer
import PostieJSON

/// An embedded Alteryx Server Gallery for tests and for `postie serve`.
///
/// The pipeline, layer by layer:
/// 1. `Faults/` — latency, 503s and cut-off answers, from a seeded generator;
/// 2. `Routes/` — the legacy API under `/gallery/api/`, the same endpoints and v3 under `/webapi/`,
///    404/405 in the Gallery's JSON error shape;
/// 3. `Auth/` — OAuth 1.0a verification (legacy), OAuth 2 client-credentials tokens (/webapi), and which
///    key opens which API;
/// 4. `Store/` and `Jobs/` — seeded content and jobs that run on a bounded worker pool in clock time.
///
/// ```swift
/// let emulator = GalleryEmulator()
/// let port = try emulator.start()
/// print(emulator.bannerText)
/// defer { emulator.stop() }
/// ```
/// Tests may skip the sockets and call `handle(_:)` directly.
public final class GalleryEmulator: Sendable {
    /// The configuration the emulator was made with.
    public let configuration: Configuration
    let core: EmulatorCore
    private let server: Locked<HTTPServer?>

    /// An emulator with seeded content; nothing listens until `start()`.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        core = EmulatorCore(configuration: configuration)
        server = Locked(nil)
    }

    /// Answers one request: what the HTTP server calls, and what tests may call directly.
    public func handle(_ request: HTTPRequest) -> HTTPResponse {
        core.handle(request)
    }

    /// Starts listening on the configured host and port; returns the port (the real one for port 0).
    @discardableResult
    public func start() throws -> Int {
        try server.withLock { server in
            if let running = server { return running.port }
            let core = self.core
            let configuration = HTTPServer.Configuration(
                host: self.configuration.host, port: self.configuration.port, maxBodyBytes: self.configuration.maxBodyBytes)
            let started = HTTPServer(configuration: configuration) { request in core.handle(request) }
            let port = try started.start()
            core.setPort(port)
            server = started
            return port
        }
    }

    /// Stops listening (requests in progress get a short grace period). Safe to call more than once.
    public func stop() {
        let running = server.withLock { server -> HTTPServer? in
            defer { server = nil }
            return server
        }
        running?.stop()
    }

    /// The port being listened on, or the configured one before `start()`.
    public var port: Int {
        server.withLock { $0?.port } ?? configuration.port
    }

    /// `http://HOST:PORT/gallery`: the `gallery-url` (the legacy API is under `{gallery-url}/api/`).
    public var galleryURL: String { "http://\(core.currentAuthority)/gallery" }

    /// `http://HOST:PORT/webapi`: the `webapi-url`.
    public var webapiURL: String { "http://\(core.currentAuthority)/webapi" }

    /// What `postie serve` prints: the URLs, the accepted keys (secrets only when they are the built-in
    /// demo values, else "(as given)"), the job settings and the faults.
    public var bannerText: String {
        let demo = configuration.usesDemoSecrets
        func secret(_ value: String, isDemo: Bool) -> String { isDemo ? value : "(as given)" }
        var lines = [
            "postie Gallery emulator\(configuration.serverName.map { " \"\($0)\"" } ?? ""): an Alteryx Server stand-in",
            "  gallery-url    \(galleryURL)   (legacy API at {gallery-url}/api/, OAuth 1.0a HMAC-SHA1)",
            "  webapi-url     \(webapiURL)   (OAuth 2 client credentials: POST {webapi-url}/oauth2/token)",
            "  studio-key     \(configuration.studioKey)   Subscription API",
            "  studio-secret  \(secret(configuration.studioSecret, isDemo: demo.studio))",
            "  user-key       \(configuration.userKey)   curator: Subscription, User V2, Admin V1/V2, v3",
            "  user-secret    \(secret(configuration.userSecret, isDemo: demo.user))",
            "  artisan-key    \(configuration.artisanKey)   no Curator role: Subscription, User V2, v3",
            "  artisan-secret \(secret(configuration.artisanSecret, isDemo: demo.artisan))",
            "  viewer-key     \(configuration.viewerKey)   Viewer: reads and runs, no publishing",
            "  viewer-secret  \(secret(configuration.viewerSecret, isDemo: demo.viewer))",
            "  no-access-key  \(configuration.noAccessKey)   API access off: 401 everywhere",
            "  no-access-secret \(secret(configuration.noAccessSecret, isDemo: demo.noAccess))",
        ]
        for (index, extra) in configuration.extraUsers.enumerated() {
            lines.append("  \(extra.label(index))-key \(extra.key)   --user \(extra.role.rawValue)")
            lines.append("  \(extra.label(index))-secret (as given)")
        }
        lines += [
            "  email-address  \(configuration.emailAddress)",
            "  jobs           \(max(1, configuration.workers)) worker\(configuration.workers == 1 ? "" : "s"), "
                + (configuration.jobTime == 0 ? "instant" : "\(Self.seconds(configuration.jobTime)) s per job time"),
        ]
        if core.faults.isActive {
            lines.append(
                "  faults         latency \(configuration.latencyMilliseconds) ms, error rate \(core.faults.errorRate), "
                    + "drop rate \(core.faults.dropRate), seed \(configuration.seed)")
        }
        lines.append("  sample appId   \(SeedIDs.ecbWorkflow) (ECB euro reference rates)")
        return lines.joined(separator: "\n")
    }

    /// A Postman environment for this emulator (`gallery-url`, `webapi-url`, every key pair with the
    /// secrets typed `secret`, `email-address`), ready for `postie run -e` or the Postman app.
    public func environmentFile(name: String = "postie Gallery emulator") -> JSONValue {
        func variable(_ key: String, _ value: String, secret: Bool = false) -> JSONValue {
            ["key": .string(key), "value": .string(value), "type": secret ? "secret" : "default", "enabled": true]
        }
        var values: [JSONValue] = [
            variable("gallery-url", galleryURL),
            variable("webapi-url", webapiURL),
            variable("studio-key", configuration.studioKey),
            variable("studio-secret", configuration.studioSecret, secret: true),
            variable("user-key", configuration.userKey),
            variable("user-secret", configuration.userSecret, secret: true),
            variable("artisan-key", configuration.artisanKey),
            variable("artisan-secret", configuration.artisanSecret, secret: true),
            variable("viewer-key", configuration.viewerKey),
            variable("viewer-secret", configuration.viewerSecret, secret: true),
            variable("no-access-key", configuration.noAccessKey),
            variable("no-access-secret", configuration.noAccessSecret, secret: true),
        ]
        for (index, extra) in configuration.extraUsers.enumerated() {
            values.append(variable("\(extra.label(index))-key", extra.key))
            values.append(variable("\(extra.label(index))-secret", extra.secret, secret: true))
        }
        values.append(variable("email-address", configuration.emailAddress))
        return [
            "id": .string(Self.environmentID(name: name)),
            "name": .string(name),
            "values": .array(values),
            "_postman_variable_scope": "environment",
        ]
    }

    /// A UUID-shaped id derived from the environment's name (SHA-1, RFC 4122 version 5 layout), so the
    /// same name always gives the same file.
    static func environmentID(name: String) -> String {
        var bytes = SHA1.hash(Array("postie-environment:\(name)".utf8)).prefix(16).map { $0 }
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = Hex.encode(bytes)
        let characters = Array(hex)
        func slice(_ from: Int, _ to: Int) -> String { String(characters[from..<to]) }
        return [slice(0, 8), slice(8, 12), slice(12, 16), slice(16, 20), slice(20, 32)].joined(separator: "-")
    }

    private static func seconds(_ value: TimeInterval) -> String {
        value.rounded() == value ? String(Int(value)) : String(value)
    }
}
