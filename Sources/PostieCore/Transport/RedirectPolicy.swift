import Foundation

/// Follows redirects the way postman-request does for Postman and Newman (`lib/redirect.js`), with
/// postman-runtime's defaults, each changeable per request by `protocolProfileBehavior` (`RequestBehavior`):
///
/// - every 3xx answer with a `Location` is followed (postman-runtime sets `followAllRedirects`), at most
///   `maxRedirects` (10) times;
/// - 307 and 308 repeat the method and body; every other status turns the request into a GET without a
///   body (HEAD stays HEAD), unless `followOriginalHttpMethod`;
/// - a relative `Location` is resolved as postman-url-encoder's `resolveNodeUrl` does (no dot-segment
///   removal), then parsed and encoded as a request URL;
/// - `Referer` is set to the previous URL (without userinfo or fragment) unless `removeRefererHeaderOnRedirect`;
/// - credentials (`Authorization`, `Proxy-Authorization`, the request's own `Cookie` header, `X-Api-Key`
///   and the headers its auth added, such as an `apikey` header) stay with their origin: they are dropped
///   on a redirect to another scheme, host or port unless `followAuthorizationHeader`, and always from
///   `https` to `http`; `Referer` then names only the previous origin (none from `https` to `http`). (postman-request drops them only when the host name changes; postie follows
///   the issue's stricter rule so a token never leaves its origin or goes out in clear text.)
enum RedirectPolicy {
    /// Redirects followed before the request fails (postman-runtime's `maxRedirects`).
    static let maximumRedirects = 10

    /// Headers that carry credentials whatever set them: dropped on a redirect to another origin.
    static let credentialHeaders = ["Authorization", "Proxy-Authorization", "Cookie"] + AuthSecrets.headerNames.sorted()

    /// The request to send after `status` with `location`, or nil when the response is not a redirect
    /// to follow (not a 3xx, no `Location`, or a `Location` that is not an `http`/`https` URL).
    static func nextRequest(after request: TransportRequest, status: Int, location: String?) -> TransportRequest? {
        guard (300..<400).contains(status), let location, !location.isEmpty,
            let previous = HTTPURLParts(request.url)
        else { return nil }
        let resolved = resolve(location, against: request.url)
        let scheme = resolved.prefix(8).lowercased()
        guard scheme.hasPrefix("http://") || scheme.hasPrefix("https://") else { return nil }
        let target = RequestURL.parse(resolved).string
        guard let next = HTTPURLParts(target) else { return nil }

        var redirected = request
        redirected.url = target
        let behavior = request.behavior
        if !behavior.followOriginalHttpMethod, status != 307, status != 308 {
            if request.method.uppercased() != "HEAD" { redirected.method = "GET" }
            redirected.body = nil
            redirected.headers.removeAll {
                $0.hasName("Content-Type") || $0.hasName("Content-Length") || $0.hasName("Transfer-Encoding")
            }
        }
        // The Host header named the previous server.
        if previous.host.lowercased() != next.host.lowercased() || previous.port != next.port {
            redirected.headers.removeAll { $0.hasName("Host") }
        }
        let sameOrigin =
            previous.scheme == next.scheme && previous.host.lowercased() == next.host.lowercased()
            && previous.port == next.port
        let downgrade = previous.scheme == "https" && next.scheme == "http"
        let leavesOrigin = downgrade || (!sameOrigin && !behavior.followAuthorizationHeader)
        if leavesOrigin {
            // As curl since 7.83: credentials of one origin never reach another (scheme, host or port).
            let credentials = Self.credentialHeaders + request.credentialHeaders
            redirected.headers.removeAll { field in credentials.contains { field.hasName($0) } }
        }
        if !behavior.removeRefererHeader, downgrade {
            // From https to http a Referer would carry the secure URL, its query credentials with it, in clear.
            redirected.headers.removeAll { $0.hasName("Referer") }
        } else if !behavior.removeRefererHeader {
            // To another origin only the origin itself goes (strict-origin-when-cross-origin): the path
            // and query, where an api key may be, stay behind.
            let referer = leavesOrigin ? previous.originReferer : previous.refererValue
            // postman-request's setHeader: a Referer already there takes the new value in its place.
            var replaced = false
            redirected.headers = redirected.headers.compactMap { field in
                guard field.hasName("Referer") else { return field }
                if replaced { return nil }
                replaced = true
                return HeaderField(name: field.name, value: referer, isSystem: true)
            }
            if !replaced { redirected.headers.append(HeaderField(name: "Referer", value: referer, isSystem: true)) }
        }
        return redirected
    }

    /// `reference` resolved against `base` as postman-url-encoder's `resolveNodeUrl`: an `http(s):` URL
    /// as it is; `//host…` with the base's scheme; `/path` on the base's origin; `?query` on the base's
    /// path; anything else beside the base's last path segment.
    static func resolve(_ reference: String, against base: String) -> String {
        let reference = reference.trimmingCharacters(in: .whitespaces)
        // An absolute URL (`scheme:`) is taken as it is: one that is not http(s) is not followed.
        if let colon = reference.firstIndex(of: ":"), let first = reference.first, first.isASCII, first.isLetter,
            reference[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        {
            return reference
        }
        guard let parts = HTTPURLParts(base) else { return reference }
        let origin = "\(parts.scheme)://" + (parts.userinfo.map { "\($0)@" } ?? "") + parts.authority
        let path = String(parts.requestTarget.prefix { $0 != "?" })
        if reference.hasPrefix("//") || reference.hasPrefix("\\\\") { return parts.scheme + ":" + reference }
        if reference.hasPrefix("/") || reference.hasPrefix("\\") { return origin + reference }
        if reference.hasPrefix("#") { return origin + parts.requestTarget + reference }
        if reference.hasPrefix("?") { return origin + path + reference }
        if reference.isEmpty { return origin + parts.requestTarget }
        let directory = path.lastIndex(of: "/").map { String(path[...$0]) } ?? "/"
        return origin + directory + reference
    }
}

extension HTTPURLParts {
    /// The URL as a `Referer` value: no userinfo (it may hold a password), no fragment.
    var refererValue: String { absoluteTarget }

    /// The origin alone as a `Referer` value (`https://host:port/`), for a redirect to another origin.
    var originReferer: String { "\(scheme)://\(authority)/" }
}

extension HeaderField {
    /// Whether this header is called `name`, compared case-insensitively (RFC 9110 §5.1).
    func hasName(_ name: String) -> Bool {
        self.name.equalsIgnoringASCIICase(name)
    }
}

extension String {
    /// Equal ignoring case, as header names compare: ASCII names (all of them on the wire) byte by byte,
    /// others (a name a collection wrote with `Ä`) as Foundation compares them, as before.
    func equalsIgnoringCase(_ other: String) -> Bool {
        // Equal but for ASCII case is equal for Foundation too; two ASCII names that are not are different.
        if equalsIgnoringASCIICase(other) { return true }
        if isASCIIText, other.isASCIIText { return false }
        return caseInsensitiveCompare(other) == .orderedSame
    }

    /// Whether every byte of the text is ASCII, read from its UTF-8 storage.
    var isASCIIText: Bool {
        utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains { $0 >= 0x80 } }
            ?? utf8.allSatisfy { $0 < 0x80 }
    }

    /// Whether `needle` (lower-case ASCII) occurs in this text, ASCII letters compared in either case:
    /// `application/JSON; charset=utf-8` contains `json`.
    func containsIgnoringASCIICase(_ needle: String) -> Bool {
        var text = self
        var needle = needle
        return text.withUTF8 { bytes in needle.withUTF8 { wanted in Self.contains(wanted, ignoringASCIICaseIn: bytes) } }
    }

    private static func contains(_ wanted: UnsafeBufferPointer<UInt8>, ignoringASCIICaseIn bytes: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard !wanted.isEmpty else { return true }
        guard bytes.count >= wanted.count else { return false }
        for start in 0...(bytes.count - wanted.count) {
            var offset = 0
            while offset < wanted.count {
                let byte = bytes[start + offset]
                guard (byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte) == wanted[offset] else { break }
                offset += 1
            }
            if offset == wanted.count { return true }
        }
        return false
    }

    /// Without the white space at either end, as `trimmingCharacters(in: .whitespaces)` gives it: spaces
    /// and tabs dropped byte by byte, Foundation asked only when an end is not ASCII (a no-break space).
    func trimmingBlanks() -> String { Substring(self).trimmingBlanks() }

    /// Equal but for the case of ASCII letters, as field names and tokens compare (they are ASCII).
    func equalsIgnoringASCIICase(_ other: String) -> Bool {
        let left = utf8
        let right = other.utf8
        guard left.count == right.count else { return false }
        // Header names are compared for every field of every request: from the storage, not by iterators.
        if let result = left.withContiguousStorageIfAvailable({ leftBytes in
            right.withContiguousStorageIfAvailable { rightBytes in Self.equalIgnoringASCIICase(leftBytes, rightBytes) }
        }), let result {
            return result
        }
        for (a, b) in zip(left, right) where a != b {
            guard a | 0x20 == b | 0x20, (0x61...0x7A).contains(a | 0x20) else { return false }
        }
        return true
    }

    /// Two byte runs of one length, equal but for the case of ASCII letters.
    static func equalIgnoringASCIICase(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<left.count {
            let a = left[index]
            let b = right[index]
            if a != b {
                let folded = a | 0x20
                guard folded == b | 0x20, folded >= 0x61, folded <= 0x7A else { return false }
            }
        }
        return true
    }
}

extension Substring {
    /// See `String.trimmingBlanks()`.
    func trimmingBlanks() -> String {
        let bytes = utf8
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, isBlank(bytes[start]) { start = bytes.index(after: start) }
        while start < end, isBlank(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        let trimmed = self[start..<end]
        if let first = trimmed.utf8.first, let last = trimmed.utf8.last, first >= 0x80 || last >= 0x80 {
            return trimmed.trimmingCharacters(in: .whitespaces)
        }
        return String(trimmed)
    }

    /// Lower-cased: ASCII byte by byte, other text as Swift lower-cases it.
    func lowercasedASCII() -> String {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return lowercased() }
        return String(decoding: utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
    }
}
