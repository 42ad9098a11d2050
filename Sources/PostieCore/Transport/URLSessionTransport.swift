import Dispatch
import Foundation
import PostieHTTP
import PostieSockets

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Sends requests with one `URLSession` (FoundationNetworking, libcurl underneath), kept for the whole
/// run so connections stay open between requests.
///
/// What it does on top of URLSession, and why (each checked on Swift 6.3.1 / libcurl 7.88, see the tests):
/// - **401**: a 401 with `WWW-Authenticate: Basic realm=…` never completes unless the delegate answers
///   the challenge; the delegate settles with the 401 as the response (see `TransportSessionDelegate`).
/// - **Deadline**: URLSession truncates timeouts to whole seconds (300 ms becomes "now") and restarts
///   its timer on every byte, so postie waits with its own deadline over the whole request, redirects
///   included, and cancels the task. URLSession's own timeouts are set far out of the way.
/// - **Redirects**: followed here, as Postman does (`RedirectPolicy`, `RedirectFollower`), not by URLSession.
/// - **Bodies**: streamed through the delegate; past `maximumInMemoryBodyBytes` into a file.
/// - **Headers**: URLSession takes a dictionary, so fields with the same name are joined (`, `; `; `
///   for `Cookie`) and the order on the wire is not the order given. An empty value is sent as `Name:`.
///   `Content-Length` is computed from the body; a given one is dropped. libcurl adds
///   `Accept-Encoding: deflate, gzip, br, zstd` and `Accept: */*`, FoundationNetworking adds
///   `Connection: keep-alive`, `Accept-Language`, a `User-Agent` and, for a POST body without one,
///   `Content-Type: application/x-www-form-urlencoded`; a given header replaces each of these, but none
///   can be removed. A compressed answer is always decoded, whatever `Accept-Encoding` said.
/// - **Response headers**: from `HTTPURLResponse.allHeaderFields`, which joins repeated fields with
///   `, ` and keeps one `Set-Cookie` per spelling of its name; listed sorted by name, since the
///   order received is lost.
/// - **TLS**: always verified. FoundationNetworking on Linux has no server-trust challenge and no way to
///   turn verification off, so `insecure` cannot be honoured; a failure says so.
/// - **Proxies**: from the environment, read by libcurl (see `ProxyEnvironment`).
///
/// A run should send only `https://` through it, behind `RoutingTransport`: plain HTTP goes to
/// `SocketHTTPTransport`, because FoundationNetworking stops the process when a response head is cut short.
public final class URLSessionTransport: HTTPTransport, CancellableTransport, HopTransport, @unchecked Sendable {
    /// Whether `TransportOptions.insecure` can take effect: false, FoundationNetworking on Linux always
    /// verifies certificates. The CLI warns when `--insecure` is given.
    public static let canSkipCertificateVerification = false

    /// How this transport behaves.
    public let options: TransportOptions

    /// URLSession's own timeouts, far beyond any run: postie keeps its own deadline.
    static let libraryTimeout: TimeInterval = 7 * 24 * 3600

    private let session: URLSession
    private let delegate: TransportSessionDelegate
    private let lock = NSLock()
    private var inFlight: [ObjectIdentifier: (exchange: TransportExchange, task: URLSessionTask)] = [:]
    private var cancelled = false

    public init(options: TransportOptions = TransportOptions()) {
        _ = ProxyEnvironment.adopted
        self.options = options
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = Self.libraryTimeout
        configuration.timeoutIntervalForResource = Self.libraryTimeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        // Cookies and credentials are the runner's business: URLSession must neither store nor send them.
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        configuration.urlCredentialStorage = nil
        let delegateQueue = OperationQueue()
        delegateQueue.name = "postie.transport"
        // One at a time and in order: body pieces must be written in the order they came.
        delegateQueue.maxConcurrentOperationCount = 1
        delegate = TransportSessionDelegate()
        session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: delegateQueue)
    }

    deinit {
        session.invalidateAndCancel()
    }

    /// Sends `request`, follows redirects, and waits for the whole answer or the deadline.
    public func send(_ request: TransportRequest) -> Result<TransportResponse, TransportError> {
        RedirectFollower.send(request, options: options, hop: sendHop)
    }

    /// One hop, redirects not followed: the answer or the error, by `deadline`.
    func sendHop(_ request: TransportRequest, deadline: Deadline) -> Result<HopResponse, TransportError> {
        let urlRequest: URLRequest
        switch Self.makeURLRequest(request) {
        case .success(let made): urlRequest = made
        case .failure(let error): return .failure(error)
        }
        let dispatchDeadline: DispatchTime? =
            deadline == .never ? nil : .now() + .nanoseconds(Int(clamping: deadline.remainingNanoseconds))
        var startedAt = Deadline.now
        switch perform(urlRequest, deadline: dispatchDeadline, resumed: { _ in startedAt = Deadline.now }) {
        case .failure(let error):
            return .failure(error)
        case .success(let (response, body, finishedAt)):
            // `finishedAt` is on Dispatch's clock: carried over as the time since, on the monotonic clock.
            let now = Deadline.now
            let since = DispatchTime.now().uptimeNanoseconds &- finishedAt
            let finished = since < now.nanoseconds ? Deadline(nanoseconds: now.nanoseconds - since) : now
            return .success(
                HopResponse(
                    response: TransportResponse(status: response.statusCode, headers: Self.headerFields(of: response), body: body),
                    startedAt: startedAt, finishedAt: max(startedAt, finished)))
        }
    }

    /// Stops every request in flight (each returns `.cancelled` at once) and every later one: for SIGINT,
    /// when the run is ending. Make a new transport to send again.
    public func cancelAll() {
        let current = lock.withLock {
            cancelled = true
            return Array(inFlight.values)
        }
        for (exchange, task) in current {
            exchange.fail(.cancelled)
            task.cancel()
        }
    }

    /// One hop: sends `urlRequest` and waits for its answer; `resumed` gets the time the task started.
    private func perform(_ urlRequest: URLRequest, deadline: DispatchTime?, resumed: (UInt64) -> Void)
        -> Result<(HTTPURLResponse, ResponseBody, UInt64), TransportError>
    {
        let exchange = TransportExchange(host: urlRequest.url?.host ?? "", options: options)
        let task = session.dataTask(with: urlRequest)
        let key = ObjectIdentifier(task)
        let accepted = lock.withLock {
            guard !cancelled else { return false }
            inFlight[key] = (exchange, task)
            return true
        }
        guard accepted else { return .failure(.cancelled) }
        delegate.register(exchange, for: task)
        defer {
            delegate.unregister(task)
            lock.withLock { _ = inFlight.removeValue(forKey: key) }
        }
        resumed(DispatchTime.now().uptimeNanoseconds)
        task.resume()

        var outcome = exchange.wait(until: deadline)
        if outcome == nil {
            exchange.fail(.timedOut(milliseconds: options.timeoutMilliseconds ?? 0))
            task.cancel()
            // The answer may have completed in the same instant: whichever settled first stands.
            outcome = exchange.currentOutcome
        }
        switch outcome {
        case .response(let response, let body, let finishedAt)?: return .success((response, body, finishedAt))
        case .failure(let error)?: return .failure(error)
        case nil: return .failure(.timedOut(milliseconds: options.timeoutMilliseconds ?? 0))
        }
    }

    /// The URLRequest for `request`, or why it cannot be sent.
    static func makeURLRequest(_ request: TransportRequest) -> Result<URLRequest, TransportError> {
        guard let url = WireURL.make(request.url) else { return .failure(.invalidURL(request.url)) }
        guard !request.method.isEmpty, request.method.utf8.allSatisfy(HTTPGrammar.isTokenCharacter) else {
            return .failure(.failed(reason: "the method \"\(request.method)\" is not a valid HTTP method name"))
        }
        let body = request.body.flatMap { $0.isEmpty ? nil : $0 }
        if body != nil, request.method == "GET" {
            // FoundationNetworking fails such a task with "GET method must not have a body".
            return .failure(
                .failed(
                    reason: "a GET request cannot carry a body with FoundationNetworking; "
                        + "use another method or leave the body out (Postman drops it too unless disableBodyPruning is set)"))
        }
        let headers: [String: String]
        switch wireHeaders(request.headers) {
        case .success(let fields): headers = fields
        case .failure(let error): return .failure(error)
        }
        var urlRequest = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: libraryTimeout)
        urlRequest.httpMethod = request.method
        // Assigned whole: `setValue(_:forHTTPHeaderField:)` would change the case of names.
        urlRequest.allHTTPHeaderFields = headers
        urlRequest.httpBody = body
        return .success(urlRequest)
    }

    /// The header fields as URLSession takes them: one entry per name (case-insensitive, the first
    /// spelling kept), repeated fields joined as RFC 9110 §5.3 allows, `Content-Length` left to libcurl.
    static func wireHeaders(_ fields: [HeaderField]) -> Result<[String: String], TransportError> {
        var names: [String] = []
        var values: [String: [String]] = [:]
        var spelling: [String: String] = [:]
        for field in fields {
            guard !field.name.isEmpty, field.name.utf8.allSatisfy(HTTPGrammar.isTokenCharacter) else {
                return .failure(.failed(reason: "the header name \"\(field.name)\" is not a valid HTTP field name"))
            }
            guard !field.value.utf8.contains(where: { $0 == 0x0D || $0 == 0x0A || $0 == 0x00 }) else {
                return .failure(.failed(reason: "the value of header \"\(field.name)\" holds a line break"))
            }
            let key = field.name.lowercased()
            if key == "content-length" { continue }
            if spelling[key] == nil {
                spelling[key] = field.name
                names.append(key)
            }
            values[key, default: []].append(field.value)
        }
        var result: [String: String] = [:]
        for key in names {
            let joined = values[key, default: []].joined(separator: key == "cookie" ? "; " : ", ")
            result[spelling[key] ?? key] = joined
        }
        return .success(result)
    }

    /// The response's header fields, sorted by name: URLSession keeps no order.
    static func headerFields(of response: HTTPURLResponse) -> [HeaderField] {
        response.allHeaderFields.compactMap { name, value -> HeaderField? in
            guard let name = name as? String else { return nil }
            return HeaderField(name: name, value: value as? String ?? "\(value)")
        }
        .sorted { $0.name.lowercased() < $1.name.lowercased() }
    }
}
