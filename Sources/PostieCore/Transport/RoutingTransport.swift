import Foundation
import PostieSockets

/// The transport a run uses: `http://` on postie's own sockets (`SocketHTTPTransport`), `https://`
/// through URLSession (`URLSessionTransport`, for TLS), hop by hop, so that a redirect chain may cross
/// between them under one deadline and one redirect count (`RedirectFollower`).
///
/// The URLSession side is made on the first `https://` hop: a run over plain HTTP never starts it.
/// `cancelAll()` stops both.
public final class RoutingTransport: HTTPTransport, CancellableTransport, @unchecked Sendable {
    /// How both transports behave.
    public let options: TransportOptions
    /// The `http://` side.
    public let plain: SocketHTTPTransport

    private let makeSecure: @Sendable (TransportOptions) -> any HopTransport & CancellableTransport
    private let lock = NSLock()
    private var secureTransport: (any HopTransport & CancellableTransport)?
    private var cancelled = false

    /// A transport with `options`; `proxy` applies to `http://` (URLSession's libcurl reads the
    /// environment itself for `https://`).
    public convenience init(options: TransportOptions = TransportOptions(), proxy: ProxySettings = .fromEnvironment()) {
        self.init(
            options: options, plain: SocketHTTPTransport(options: options, proxy: proxy),
            makeSecure: { URLSessionTransport(options: $0) })
    }

    init(
        options: TransportOptions, plain: SocketHTTPTransport,
        makeSecure: @escaping @Sendable (TransportOptions) -> any HopTransport & CancellableTransport
    ) {
        self.options = options
        self.plain = plain
        self.makeSecure = makeSecure
    }

    /// Sends `request`, following redirects across `http://` and `https://`.
    public func send(_ request: TransportRequest) -> Result<TransportResponse, TransportError> {
        RedirectFollower.send(request, options: options) { hop, deadline in
            guard let url = HTTPURLParts(hop.url) else { return .failure(.invalidURL(hop.url)) }
            if url.scheme == "http" { return plain.sendHop(hop, deadline: deadline) }
            guard let secure = secure() else { return .failure(.cancelled) }
            return secure.sendHop(hop, deadline: deadline)
        }
    }

    /// Stops the requests in flight on both sides and every later one.
    public func cancelAll() {
        let secure = lock.withLock {
            cancelled = true
            return secureTransport
        }
        plain.cancelAll()
        secure?.cancelAll()
    }

    /// The https side, made on first use; nil once cancelled.
    private func secure() -> (any HopTransport & CancellableTransport)? {
        lock.withLock {
            guard !cancelled else { return nil }
            if let secureTransport { return secureTransport }
            let made = makeSecure(options)
            secureTransport = made
            return made
        }
    }
}
