import Foundation

/// Follows redirects the way postman-request does for Postman and Newman (`lib/redirect.js`), with
/// postman-runtime's defaults: `maxRedirects` 10, `followOriginalHttpMethod` and
/// `followAuthorizationHeader` false, `removeRefererHeader` false.
///
/// FoundationNetworking's own redirect handling is switched off (the delegate answers nil) because it
/// differs: it follows up to 20, turns only POST into GET, and keeps `Authorization` on another host.
enum RedirectPolicy {
    /// Redirects followed before the request fails (postman-runtime's `maxRedirects`).
    static let maximumRedirects = 10

    /// The statuses that are followed when they carry a `Location` (RFC 9110 §15.4); others are answers.
    static let followedStatuses: Set<Int> = [301, 302, 303, 307, 308]

    /// The request to send after `status` with `location`, or nil when the response is not a redirect
    /// to follow. `originalHost` is the host of the request as first sent.
    static func nextRequest(
        after request: TransportRequest, status: Int, location: String?, originalHost: String
    ) -> TransportRequest? {
        guard followedStatuses.contains(status), let location, !location.isEmpty,
            let target = WireURL.resolve(location, against: request.url), let targetURL = WireURL.make(target)
        else { return nil }

        var next = request
        next.url = target
        // 307 and 308 repeat the request as it was (RFC 9110 §15.4.8, §15.4.9); postman-request turns
        // every other redirect into a GET without a body (HEAD stays HEAD, as curl and browsers keep it).
        if status != 307, status != 308, request.method.uppercased() != "HEAD" {
            next.method = "GET"
            next.body = nil
            next.headers.removeAll {
                $0.hasName("Content-Type") || $0.hasName("Content-Length") || $0.hasName("Transfer-Encoding")
            }
        }
        // The Host header named the previous server.
        next.headers.removeAll { $0.hasName("Host") }
        // Credentials stay with the host they were meant for; a change of port or scheme keeps them (as
        // postman-request and curl do).
        if targetURL.host?.lowercased() != originalHost.lowercased() {
            next.headers.removeAll { $0.hasName("Authorization") }
        }
        next.headers.removeAll { $0.hasName("Referer") }
        next.headers.append(HeaderField(name: "Referer", value: withoutFragment(request.url), isSystem: true))
        return next
    }

    private static func withoutFragment(_ url: String) -> String {
        url.firstIndex(of: "#").map { String(url[..<$0]) } ?? url
    }
}

extension HeaderField {
    /// Whether this header is called `name`, compared case-insensitively (RFC 9110 §5.1).
    func hasName(_ name: String) -> Bool {
        self.name.equalsIgnoringASCIICase(name)
    }
}

extension String {
    /// Equal but for the case of ASCII letters, as field names and tokens compare (they are ASCII).
    func equalsIgnoringASCIICase(_ other: String) -> Bool {
        let left = utf8
        let right = other.utf8
        guard left.count == right.count else { return false }
        for (a, b) in zip(left, right) where a != b {
            guard a | 0x20 == b | 0x20, (0x61...0x7A).contains(a | 0x20) else { return false }
        }
        return true
    }
}
