import Foundation

/// Turns a request's URL text into the `URL` FoundationNetworking sends, changing as few bytes as possible.
///
/// Foundation's lenient `URL(string:)` re-encodes a whole URL as soon as one character is not allowed,
/// turning the `%7B` already there into `%257B`, which breaks signatures. So the text is parsed strictly
/// first (sent byte for byte), and only when that fails are the bytes RFC 3986 forbids in a path or query
/// escaped, one by one, existing `%XX` escapes kept.
enum WireURL {
    /// The URL to send, or nil when the text is not an `http` or `https` URL with a host.
    /// The fragment is dropped: it is never sent (RFC 9110 §4.2.4).
    static func make(_ text: String) -> URL? {
        let withoutFragment = text.firstIndex(of: "#").map { String(text[..<$0]) } ?? text
        guard let url = parse(withoutFragment), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty
        else { return nil }
        return url
    }

    /// `location` resolved against `base` (RFC 3986 §5), as text; nil when it cannot be made a URL.
    static func resolve(_ location: String, against base: String) -> String? {
        let escaped = escapingDisallowedBytes(location.trimmingCharacters(in: .whitespaces))
        guard let baseURL = make(base), let resolved = URL(string: escaped, relativeTo: baseURL) else { return nil }
        return resolved.absoluteURL.absoluteString
    }

    private static func parse(_ text: String) -> URL? {
        if let exact = URL(string: text, encodingInvalidCharacters: false) { return exact }
        // Escape only after the authority: a host must parse as it is.
        let authorityEnd: String.Index
        if let separator = text.range(of: "://") {
            authorityEnd = text[separator.upperBound...].firstIndex { $0 == "/" || $0 == "?" } ?? text.endIndex
        } else {
            authorityEnd = text.startIndex
        }
        let escaped = String(text[..<authorityEnd]) + escapingDisallowedBytes(String(text[authorityEnd...]))
        if let url = URL(string: escaped, encodingInvalidCharacters: false) { return url }
        // Last resort, for what only the lenient parser takes (an internationalised host name).
        return URL(string: escaped)
    }

    /// `text` with every byte outside RFC 3986's path and query characters percent-encoded; a `%` that
    /// starts a valid escape is kept, any other `%` becomes `%25`.
    static func escapingDisallowedBytes(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var output = [UInt8]()
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count, isHexDigit(bytes[index + 1]), isHexDigit(bytes[index + 2]) {
                output.append(byte)
            } else if isAllowed(byte) {
                output.append(byte)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            }
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }

    /// RFC 3986 §3.3 and §3.4: unreserved, sub-delims, `:`, `@`, `/` and `?`.
    private static let allowedBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/?".utf8 {
            table[Int(byte)] = true
        }
        return table
    }()

    private static func isAllowed(_ byte: UInt8) -> Bool {
        allowedBytes[Int(byte)]
    }
}
