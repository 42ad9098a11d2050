import Foundation
import PostieSockets

/// The transport a run uses: postie's own HTTP/1.1 client (`SocketHTTPTransport`) for `http://` and, over
/// TLS through the platform's OpenSSL, `https://`, hop by hop, so that a redirect chain may cross between
/// them under one deadline, one redirect count and one cookie jar (`RedirectFollower`).
public final class RoutingTransport: HTTPTransport, CancellableTransport, @unchecked Sendable {
    /// How the transport behaves.
    public let options: TransportOptions
    /// The socket transport that sends every hop.
    public let plain: SocketHTTPTransport

    /// A transport with `options`; `proxy` gives the proxies for `http://` and `https://`.
    public init(options: TransportOptions = TransportOptions(), proxy: ProxySettings = .fromEnvironment()) {
        self.options = options
        self.plain = SocketHTTPTransport(options: options, proxy: proxy)
    }

    /// Sends `request`, following redirects across `http://` and `https://`.
    public func send(_ request: TransportRequest) -> Result<TransportResponse, TransportError> {
        RedirectFollower.send(request, options: options) { hop, deadline in
            guard HTTPURLParts(hop.url) != nil else { return .failure(.invalidURL(hop.url)) }
            return plain.sendHop(hop, deadline: deadline)
        }
    }

    /// Stops the request in flight and every later one.
    public func cancelAll() {
        plain.cancelAll()
    }
}
