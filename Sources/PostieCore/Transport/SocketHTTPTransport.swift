import Foundation
import PostieSockets
import PostieTLS

/// Sends `http://` requests with its own HTTP/1.1 client on POSIX sockets (RFC 9112), so that nothing
/// a server sends can stop the process, and the request goes out exactly as built.
///
/// Why not URLSession for plain HTTP: FoundationNetworking (Swift 6.3.1) kills the process when a server
/// closes the connection inside the response head, sends headers in dictionary order, joins repeated
/// response headers (even `Set-Cookie`), adds headers that cannot be removed, and refuses a GET with a
/// body. `https://` still needs URLSession for TLS: `RoutingTransport` sends each URL to the right one.
///
/// - **Wire**: see `HTTPRequestSerializer` (what is written) and `HTTPResponseParser` (what is read).
///   Response headers come back in the order received, repeats kept. `Accept-Encoding` is never added;
///   when a request sets it and the server compresses, the body is returned as it came, still encoded
///   (postie has no gzip decoder without a dependency), with its `Content-Encoding` header.
/// - **Connections**: kept alive and reused per scheme, host and port (`ConnectionPool`). A reused
///   connection that fails before the first response byte (the server closed it while idle) is retried
///   once on a new connection, whatever the method: nothing reached the server's application.
/// - **Deadline**: `timeoutMilliseconds` bounds resolving, connecting, sending and receiving of the whole
///   request, redirects included, to the millisecond (`poll` deadlines); then `.timedOut`.
/// - **Errors**: a refused or unreachable address or a failed lookup is `.cannotConnect` with the
///   `strerror`/`gai_strerror` text; a connection closed or reset mid-response is `.connectionLost`
///   saying how much had arrived; a response that is not HTTP/1.x is `.failed`.
/// - **Redirects**: followed as `URLSessionTransport` does (`RedirectPolicy`, `RedirectFollower`). This
///   transport sends only `http://`; a redirect to `https://` fails here and is handed over to the
///   https transport by `RoutingTransport`.
/// - **Bodies**: past `maximumInMemoryBodyBytes` spooled to a file (`ResponseBodySink`), so memory stays
///   flat whatever the size.
/// - **Proxies**: `http_proxy` and the rest from `ProxySettings`, with absolute-form targets.
/// - **Cancellation**: `cancelAll()` wakes every wait at once (a `CancellationSignal` polled next to the
///   socket); the request in flight and every later one return `.cancelled`.
public final class SocketHTTPTransport: HTTPTransport, CancellableTransport, HopTransport, @unchecked Sendable {
    /// How this transport behaves.
    public let options: TransportOptions
    /// The proxy for `http://` requests and the hosts that bypass it.
    public let proxySettings: ProxySettings

    /// Request bodies up to this size are written in one `send` with the head.
    static let coalescedBodyBytes = 64 * 1024

    let pool: ConnectionPool
    private let cancellation: Result<CancellationSignal, SocketError>
    private let lock = NSLock()
    private var cancelled = false

    /// A transport with `options`, taking the proxy from the environment unless `proxy` is given.
    public init(options: TransportOptions = TransportOptions(), proxy: ProxySettings = .fromEnvironment()) {
        self.options = options
        self.proxySettings = proxy
        self.pool = ConnectionPool()
        do throws(SocketError) {
            cancellation = .success(try CancellationSignal())
        } catch {
            cancellation = .failure(error)
        }
    }

    deinit {
        pool.close()
    }

    /// Sends `request` (an `http://` URL), follows redirects among `http://` URLs, and waits for the whole
    /// answer or the deadline.
    public func send(_ request: TransportRequest) -> Result<TransportResponse, TransportError> {
        RedirectFollower.send(request, options: options) { hop, deadline in sendHop(hop, deadline: deadline) }
    }

    /// Stops the request in flight (it returns `.cancelled` at once) and every later one, and closes the
    /// idle connections: for SIGINT, when the run is ending. Make a new transport to send again.
    public func cancelAll() {
        lock.withLock { cancelled = true }
        if case .success(let signal) = cancellation { signal.signal() }
        pool.close()
    }

    private var isCancelled: Bool {
        lock.withLock { cancelled }
    }

    // MARK: One hop

    /// Where a connection goes: the origin server, or the proxy in front of it; for `https`, the TLS
    /// session runs to the origin (through a `CONNECT` tunnel when there is a proxy).
    private struct Endpoint {
        /// Where the TCP connection goes: the origin, or the proxy.
        var host: String
        var port: Int
        var proxy: ProxySettings.Proxy?
        /// The origin, for `CONNECT`, SNI and the certificate check.
        var origin: HTTPURLParts
        var tls: TLSClientConfiguration?

        var poolKey: ConnectionPool.Key {
            // A plain proxy connection serves every origin; a tunnel or a direct connection, its origin.
            if tls == nil, proxy != nil {
                return ConnectionPool.Key(scheme: "http", host: host.lowercased(), port: port, viaProxy: true)
            }
            return ConnectionPool.Key(
                scheme: origin.scheme, host: origin.host.lowercased(), port: origin.port, viaProxy: proxy != nil, tls: tls)
        }
    }

    private let contextLock = NSLock()
    private var contexts: [TLSClientConfiguration: TLSContext] = [:]

    /// The OpenSSL context for `configuration`, made once per transport.
    private func context(for configuration: TLSClientConfiguration) throws(TLSError) -> TLSContext {
        if let made = contextLock.withLock({ contexts[configuration] }) { return made }
        let made = try TLSContext.client(configuration)
        contextLock.withLock { contexts[configuration] = made }
        return made
    }

    /// What TLS a request to `url` uses: `-k` and the request's `strictSSL`, the extra CA files, the
    /// client certificate whose pattern matches first, the request's versions and ciphers.
    func tlsConfiguration(for url: HTTPURLParts, request: TransportRequest) -> TLSClientConfiguration {
        let rule = options.clientCertificates.first { $0.matches(url) }
        return TLSClientConfiguration(
            verifiesCertificates: request.behavior.strictSSL ?? !options.insecure, extraCAFiles: options.extraCAFiles,
            clientCertificate: rule.map {
                TLSClientConfiguration.ClientCertificate(certificateFile: $0.certificateFile, keyFile: $0.keyFile, passphrase: $0.passphrase)
            },
            disabledProtocols: request.behavior.tlsDisabledProtocols, ciphers: request.behavior.tlsCiphers)
    }

    /// How an exchange on one connection failed.
    private enum ExchangeFailure: Error {
        /// Nothing came back and the connection broke: a reused connection the server had closed.
        case stale(TransportError)
        case failed(TransportError)
    }

    /// One request and its answer on a pooled or new connection; redirects are not followed.
    func sendHop(_ request: TransportRequest, deadline: Deadline) -> Result<HopResponse, TransportError> {
        guard !isCancelled else { return .failure(.cancelled) }
        let signal: CancellationSignal
        switch cancellation {
        case .success(let made): signal = made
        case .failure(let error): return .failure(.failed(reason: "cannot prepare the connection: \(error)"))
        }
        guard let url = HTTPURLParts(request.url) else { return .failure(.invalidURL(request.url)) }
        if let error = HTTPRequestSerializer.validate(request) { return .failure(error) }
        let proxy = proxySettings.proxy(forScheme: url.scheme, host: url.host, port: url.port)
        if let proxy, proxy.scheme != "http" {
            return .failure(
                .failed(
                    reason: "the proxy in \(proxy.source) is a \(proxy.scheme):// proxy; postie talks to proxies over http:// "
                        + "(https:// requests through a CONNECT tunnel): change \(proxy.source) or add \(url.host) to NO_PROXY"))
        }
        let secure = url.scheme == "https"
        let endpoint = Endpoint(
            host: proxy?.host ?? url.host, port: proxy?.port ?? url.port, proxy: proxy, origin: url,
            tls: secure ? tlsConfiguration(for: url, request: request) : nil)
        // Through a tunnel the request is the origin's own: origin-form target, no Proxy-Authorization.
        let head = HTTPRequestSerializer.head(
            for: request, url: url, viaProxy: proxy != nil && !secure, proxyAuthorization: secure ? nil : proxy?.authorization)
        let wantsClose = request.headers.contains {
            // `keep-alive`, the system header's value, is read without splitting it.
            $0.hasName("Connection") && !$0.value.equalsIgnoringASCIICase("keep-alive") && $0.value.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces).equalsIgnoringASCIICase("close") }
        }
        let startedAt = Deadline.now

        var mayReuse = true
        while true {
            let connection: ClientConnection
            var reused = false
            if mayReuse, let idle = pool.checkOut(endpoint.poolKey) {
                connection = idle
                reused = true
            } else {
                switch connect(to: endpoint, deadline: deadline, cancellation: signal) {
                case .success(let made): connection = made
                case .failure(let error): return .failure(error)
                }
            }
            switch exchange(
                head: head, body: request.body, method: request.method, on: connection, deadline: deadline, cancellation: signal)
            {
            case .success(let (response, reusable, finishedAt)):
                connection.completedRequests += 1
                if reusable, !wantsClose, !isCancelled { pool.checkIn(connection, for: endpoint.poolKey) }
                return .success(HopResponse(response: response, startedAt: startedAt, finishedAt: finishedAt))
            case .failure(.stale(let error)):
                // RFC 9112 §9.3.1: a connection closed while idle may be retried; once, on a new one.
                guard reused else { return .failure(error) }
                mayReuse = false
            case .failure(.failed(let error)):
                return .failure(error)
            }
        }
    }

    /// A new connection to `endpoint`: every address of its name in turn.
    private func connect(to endpoint: Endpoint, deadline: Deadline, cancellation: CancellationSignal)
        -> Result<ClientConnection, TransportError>
    {
        let viaProxy = endpoint.proxy.map { " (the proxy from \($0.source))" } ?? ""
        do throws(SocketError) {
            let addresses = try SocketAddress.resolve(
                host: endpoint.host, port: endpoint.port, until: deadline, cancellation: cancellation)
            let socket = try Socket.connect(toFirstOf: addresses, until: deadline, cancellation: cancellation)
            guard let tls = endpoint.tls else { return .success(ClientConnection(socket: socket)) }
            return secureConnection(over: socket, to: endpoint, configuration: tls, deadline: deadline, cancellation: cancellation)
        } catch {
            switch error {
            case .timedOut: return .failure(timedOut)
            case .cancelled: return .failure(.cancelled)
            case .hostNotFound(_, let reason):
                return .failure(.cannotConnect(host: endpoint.host, reason: reason + viaProxy))
            case .connectFailed(let address, let code):
                return .failure(.cannotConnect(host: endpoint.host, reason: "\(SocketError.explain(code)) at \(address)\(viaProxy)"))
            default:
                return .failure(.cannotConnect(host: endpoint.host, reason: error.description + viaProxy))
            }
        }
    }

    /// A TLS session to the endpoint's origin over `socket`, through a `CONNECT` tunnel when there is a
    /// proxy; the socket is closed on failure.
    private func secureConnection(
        over socket: Socket, to endpoint: Endpoint, configuration: TLSClientConfiguration, deadline: Deadline,
        cancellation: CancellationSignal
    ) -> Result<ClientConnection, TransportError> {
        let origin = endpoint.origin
        if let proxy = endpoint.proxy {
            if let error = ProxyTunnel.open(to: origin, through: proxy, on: socket, deadline: deadline, cancellation: cancellation) {
                socket.close()
                return .failure(error == .timedOut(milliseconds: 0) ? timedOut : error)
            }
        }
        do throws(TLSError) {
            let stream = try TLSStream(
                client: try context(for: configuration), socket: socket, host: origin.host,
                verifiesHost: configuration.verifiesCertificates)
            try stream.connect(until: deadline, cancellation: cancellation)
            return .success(ClientConnection(socket: socket, tls: stream))
        } catch {
            socket.close()
            switch error {
            case .io(.timedOut): return .failure(timedOut)
            case .io(.cancelled): return .failure(.cancelled)
            default: return .failure(Self.tlsFailure(error, host: origin.host))
            }
        }
    }

    /// A TLS failure as the runner reports it: what failed, and how to proceed.
    static func tlsFailure(_ error: TLSError, host: String) -> TransportError {
        switch error {
        case .verification(let reason, let names):
            let what = TLSError.verification(reason: reason, certificateNames: names).description
            let hint: String
            if reason == "hostname mismatch" {
                hint = "call the server by a name its certificate is for, or pass -k/--insecure to skip verification"
            } else if reason.contains("expired") || reason.contains("not yet valid") {
                hint = "the server's certificate must be renewed (or the clock set right); -k/--insecure skips verification"
            } else {
                hint = "pass the issuing CA with --ssl-extra-ca-certs FILE, or -k/--insecure to skip verification"
            }
            return .tls(reason: "\(what) (\(host)): \(hint)")
        case .libraryMissing, .badCredentials:
            return .tls(reason: error.description)
        case .handshake(let reason):
            return .tls(reason: "the TLS handshake with \(host) failed: \(reason)")
        case .protocolError(let reason):
            return .tls(reason: "\(reason) (\(host))")
        case .io(let socketError):
            return .connectionLost(reason: socketError.description)
        }
    }

    private var timedOut: TransportError {
        .timedOut(milliseconds: options.timeoutMilliseconds ?? 0)
    }

    /// Writes the request on `connection` and reads the whole answer: the response, whether the
    /// connection may carry another request, and when the last byte arrived.
    private func exchange(
        head: [UInt8], body: Data?, method: String, on connection: ClientConnection, deadline: Deadline,
        cancellation: CancellationSignal
    ) -> Result<(TransportResponse, Bool, Deadline), ExchangeFailure> {
        let socket = connection.socket
        let reused = connection.completedRequests > 0

        // 1. Send. A server may answer early and close (413 before the whole body, say): a broken pipe
        // on a new connection is not the end, the answer may be waiting to be read.
        var sendBroke = false
        do throws(ClientConnection.IOError) {
            try write(head: head, body: body, to: connection, deadline: deadline, cancellation: cancellation)
        } catch .socket(.connectionReset) {
            if reused { return .failure(.stale(.connectionLost(reason: "the server closed the connection before the request was sent"))) }
            sendBroke = true
        } catch {
            switch error {
            case .socket(let socketError): return .failure(.failed(transportError(socketError, parser: nil)))
            case .tls(let tlsError): return .failure(.failed(Self.tlsFailure(tlsError, host: "the server")))
            }
        }

        // 2. Receive, until the parser says the response is complete.
        var parser = HTTPResponseParser(requestMethod: method)
        let sink = ResponseBodySink(limit: options.maximumInMemoryBodyBytes, directory: options.spoolDirectory)
        var responseHead: HTTPResponseHead?
        var decoder: ContentDecoder?
        while true {
            let event: HTTPResponseParser.Event?
            do throws(HTTPResponseParseError) {
                event = try parser.next()
            } catch {
                sink.discard()
                if error == .closedBeforeResponse {
                    let lost = TransportError.connectionLost(
                        reason: sendBroke
                            ? "the server closed the connection while the request was being sent, without answering"
                            : error.description)
                    return .failure(reused ? .stale(lost) : .failed(lost))
                }
                return .failure(.failed(error.isTruncation ? .connectionLost(reason: error.description) : .failed(reason: error.description)))
            }
            switch event {
            case .head(let head)?:
                responseHead = head
                // gzip and deflate are decoded as they arrive (the system header asks for them).
                let coding = ContentDecoder.coding(
                    forContentEncoding: head.headers.last { $0.hasName("Content-Encoding") }?.value)
                if let coding, method.uppercased() != "HEAD" {
                    decoder = ContentDecoder(coding: coding, limit: options.maximumDecodedBodyBytes)
                }
                continue
            case .body(let data)?:
                do throws(TransportError) {
                    if let decoder {
                        try decoder.decode(data) { decoded throws(TransportError) in try sink.append(decoded) }
                    } else {
                        try sink.append(data)
                    }
                } catch {
                    sink.discard()
                    return .failure(.failed(error))
                }
                continue
            case .end(let trailers)?:
                let finishedAt = Deadline.now
                guard let responseHead else {
                    sink.discard()
                    return .failure(.failed(.failed(reason: "the response ended without a head")))
                }
                do throws(TransportError) {
                    try decoder?.finish()
                } catch {
                    sink.discard()
                    return .failure(.failed(error))
                }
                var response = TransportResponse(
                    status: responseHead.status, headers: responseHead.headers, body: sink.finish(), trailers: trailers)
                if let decoder, decoder.encodedByteCount > 0 { response.encodedBodySize = decoder.encodedByteCount }
                return .success((response, parser.allowsReuse && !sendBroke, finishedAt))
            case nil:
                break
            }

            do throws(ClientConnection.IOError) {
                // Checked before every read, not only when a read would block: a server that sends faster
                // than postie reads must not outlive the deadline, nor an interrupt.
                if isCancelled { throw .socket(.cancelled) }
                if deadline.hasPassed { throw .socket(.timedOut) }
                // The answer takes a round trip: wait before the first read rather than fail it with EAGAIN.
                if parser.receivedByteCount == 0, !sendBroke, connection.tls == nil {
                    let ready = Result { () throws(SocketError) -> Bool in try socket.wait(until: deadline, cancellation: cancellation) }
                    switch ready {
                    case .success(true): break
                    case .success(false): throw .socket(.timedOut)
                    case .failure(let error): throw .socket(error)
                    }
                }
                let count = try connection.receive(until: deadline, cancellation: cancellation)
                if count == 0 {
                    parser.endOfInput()
                } else {
                    parser.append(UnsafeRawBufferPointer(rebasing: connection.readBuffer[..<count]))
                }
            } catch .socket(.connectionReset) where parser.receivedByteCount == 0 {
                sink.discard()
                let lost = TransportError.connectionLost(reason: "the server reset the connection without sending a response")
                return .failure(reused ? .stale(lost) : .failed(lost))
            } catch {
                sink.discard()
                switch error {
                case .socket(let socketError): return .failure(.failed(transportError(socketError, parser: parser)))
                case .tls(let tlsError): return .failure(.failed(Self.tlsFailure(tlsError, host: "the server")))
                }
            }
        }
    }

    /// Sends the head and body: together in one call when the body is small.
    private func write(
        head: [UInt8], body: Data?, to connection: ClientConnection, deadline: Deadline, cancellation: CancellationSignal
    ) throws(ClientConnection.IOError) {
        func sendAll(_ bytes: UnsafeRawBufferPointer) -> Result<Void, ClientConnection.IOError> {
            Result { () throws(ClientConnection.IOError) in try connection.send(bytes, until: deadline, cancellation: cancellation) }
        }
        guard let body, !body.isEmpty else {
            try head.withUnsafeBytes(sendAll).get()
            return
        }
        if body.count <= Self.coalescedBodyBytes {
            var message = head
            message.append(contentsOf: body)
            try message.withUnsafeBytes(sendAll).get()
            return
        }
        try head.withUnsafeBytes(sendAll).get()
        try body.withUnsafeBytes(sendAll).get()
    }

    /// A socket failure during an exchange as the runner reports it.
    private func transportError(_ error: SocketError, parser: HTTPResponseParser?) -> TransportError {
        switch error {
        case .timedOut: return timedOut
        case .cancelled: return .cancelled
        case .connectionReset:
            guard let parser else { return .connectionLost(reason: "the server reset the connection while the request was being sent") }
            if parser.head == nil {
                return .connectionLost(reason: "the server reset the connection after \(parser.receivedByteCount) bytes of the response head")
            }
            return .connectionLost(reason: "the server reset the connection after \(parser.bodyByteCount) body bytes")
        default:
            return .connectionLost(reason: error.description)
        }
    }
}
