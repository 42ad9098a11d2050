import Foundation

/// What the transport sends: a fully built and signed request.
public struct TransportRequest: Sendable, Equatable {
    public var method: String
    /// The URL as encoded for the wire.
    public var url: String
    public var headers: [HeaderField]
    public var body: Data?
    /// What this request's settings change in the transport (redirects, cookies, TLS, system headers).
    public var behavior: RequestBehavior
    /// Headers besides `Authorization` that carry a credential its auth put there (an `apikey` header,
    /// AWS's session token): like `Authorization`, they stay with their origin on a redirect.
    public var credentialHeaders: [String] = []

    public init(
        method: String, url: String, headers: [HeaderField] = [], body: Data? = nil, behavior: RequestBehavior = .standard
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.behavior = behavior
    }

    public init(_ request: BuiltRequest) {
        self.init(
            method: request.method, url: request.url.string, headers: request.headers, body: request.body.encoded(),
            behavior: request.behavior.transportBehavior)
        if let auth = request.auth {
            switch auth.type {
            case "apikey" where auth.text("in") != "query":
                if let key = auth.text("key") { credentialHeaders.append(key) }
            case "awsv4":
                credentialHeaders.append("X-Amz-Security-Token")
            default:
                break
            }
        }
    }
}

/// A response body: in memory when small, spooled to a temporary file past the transport's limit.
public enum ResponseBody: Sendable, Equatable {
    case memory(Data)
    /// The whole body in `url`; `prefix` holds its first bytes for reports and checks.
    case file(url: URL, size: Int, prefix: Data)

    public var size: Int {
        switch self {
        case .memory(let data): return data.count
        case .file(_, let size, _): return size
        }
    }

    /// The bytes kept in memory: all of a memory body, the prefix of a spooled one.
    public var inMemoryBytes: Data {
        switch self {
        case .memory(let data): return data
        case .file(_, _, let prefix): return prefix
        }
    }

    /// The whole body, read back from disk when spooled, or nil when it is larger than `limit`.
    public func contents(limit: Int = 64 * 1024 * 1024) -> Data? {
        switch self {
        case .memory(let data): return data
        case .file(let url, let size, _):
            guard size <= limit else { return nil }
            return try? Data(contentsOf: url)
        }
    }
}

/// An answer from the server, whatever its status (a 401 or 500 is a response, not an error).
public struct TransportResponse: Sendable, Equatable {
    public var status: Int
    public var headers: [HeaderField]
    public var body: ResponseBody
    /// Milliseconds from sending the request to the end of the body.
    public var durationMilliseconds: Double
    /// The URL that answered, after redirects.
    public var finalURL: String
    /// How many redirects were followed.
    public var redirectCount: Int
    /// Trailer fields after a chunked body (RFC 9112 §7.1.2), in order; empty when there were none.
    public var trailers: [HeaderField]
    /// The headers of the last hop as they went out (the jar's cookies and redirect changes included);
    /// nil when the transport does not say.
    public var sentHeaders: [HeaderField]?
    /// The size of the body as it came over the wire, when it was `gzip` or `deflate` and `body` holds it
    /// decoded; nil when the body came as it is.
    public var encodedBodySize: Int?
    /// The run's cookies for `finalURL` once the answer is in (what Newman reports as the response's
    /// cookies); empty without a cookie jar.
    public var cookies: [Cookie] = []
    /// The body as a JSON report showed it, when the response was read back from one (`postie report`).
    public var reportedBody: ReportedBody?

    public init(
        status: Int, headers: [HeaderField] = [], body: ResponseBody = .memory(Data()), durationMilliseconds: Double = 0,
        finalURL: String = "", redirectCount: Int = 0, trailers: [HeaderField] = []
    ) {
        self.status = status
        self.headers = headers
        self.body = body
        self.durationMilliseconds = durationMilliseconds
        self.finalURL = finalURL
        self.redirectCount = redirectCount
        self.trailers = trailers
    }

    /// The last value of header `name`, case-insensitive.
    public func header(_ name: String) -> String? {
        headers.last { $0.name.equalsIgnoringCase(name) }?.value
    }
}

/// Why no response came back.
public enum TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No complete answer within the deadline.
    case timedOut(milliseconds: Int)
    /// The host could not be reached: DNS, refused connection, network down.
    case cannotConnect(host: String, reason: String)
    /// TLS failed (the library, a certificate, the handshake); the reason says how to proceed.
    case tls(reason: String)
    /// The connection broke before the answer was complete.
    case connectionLost(reason: String)
    /// The URL cannot be sent.
    case invalidURL(String)
    /// The run was interrupted (SIGINT) while waiting.
    case cancelled
    /// Anything else the HTTP stack reported.
    case failed(reason: String)

    public var description: String {
        switch self {
        case .timedOut(let milliseconds):
            return "no answer within \(FlowDuration(milliseconds: Double(milliseconds))) (--timeout-request)"
        case .cannotConnect(let host, let reason): return "cannot connect to \(host): \(reason)"
        case .tls(let reason):
            return "TLS failed: \(reason)"
        case .connectionLost(let reason): return "the connection was lost: \(reason)"
        case .invalidURL(let url): return "the URL \"\(url)\" cannot be sent"
        case .cancelled: return "cancelled"
        case .failed(let reason): return reason
        }
    }
}

/// Sends one request and waits for its answer. Implementations must return a 401 as a response
/// (never hang on an auth challenge) and enforce their own deadline. A run uses `RoutingTransport`:
/// `http://` on sockets (`SocketHTTPTransport`), `https://` through `URLSessionTransport`.
public protocol HTTPTransport: Sendable {
    func send(_ request: TransportRequest) -> Result<TransportResponse, TransportError>
}

/// How a transport behaves; mirrors the `postie run` options.
public struct TransportOptions: Sendable, Equatable {
    /// Per-request deadline in milliseconds; nil or 0 means none (Newman's default).
    public var timeoutMilliseconds: Int?
    /// Follow redirects (Postman's default) or return the 3xx.
    public var followRedirects: Bool
    /// Skip TLS certificate verification (`--insecure`).
    public var insecure: Bool
    /// Bodies larger than this are spooled to a temporary file instead of kept in memory.
    public var maximumInMemoryBodyBytes: Int
    /// Where spooled bodies go.
    public var spoolDirectory: URL
    /// The run's cookies, sent and kept on every hop; nil keeps none (as `disableCookies`).
    public var cookieJar: CookieJar?
    /// The largest body a `gzip` or `deflate` answer may decode to; past it the request fails.
    public var maximumDecodedBodyBytes = 1 << 30
    /// PEM files of CA certificates trusted for `https://` besides the system's (`--ssl-extra-ca-certs`).
    public var extraCAFiles: [String] = []
    /// Client certificates by URL pattern, the first match presented (`--ssl-client-cert-list`, then
    /// `--ssl-client-cert`).
    public var clientCertificates: [ClientCertificateRule] = []

    public init(
        timeoutMilliseconds: Int? = nil, followRedirects: Bool = true, insecure: Bool = false,
        maximumInMemoryBodyBytes: Int = 8 * 1024 * 1024,
        spoolDirectory: URL = FileManager.default.temporaryDirectory, cookieJar: CookieJar? = nil
    ) {
        self.timeoutMilliseconds = timeoutMilliseconds
        self.followRedirects = followRedirects
        self.insecure = insecure
        self.maximumInMemoryBodyBytes = maximumInMemoryBodyBytes
        self.spoolDirectory = spoolDirectory
        self.cookieJar = cookieJar
    }

    public static func == (lhs: TransportOptions, rhs: TransportOptions) -> Bool {
        lhs.timeoutMilliseconds == rhs.timeoutMilliseconds && lhs.followRedirects == rhs.followRedirects
            && lhs.insecure == rhs.insecure && lhs.maximumInMemoryBodyBytes == rhs.maximumInMemoryBodyBytes
            && lhs.spoolDirectory == rhs.spoolDirectory && lhs.cookieJar === rhs.cookieJar
            && lhs.maximumDecodedBodyBytes == rhs.maximumDecodedBodyBytes && lhs.extraCAFiles == rhs.extraCAFiles
            && lhs.clientCertificates == rhs.clientCertificates
    }
}
