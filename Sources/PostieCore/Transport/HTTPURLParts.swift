import Foundation

/// The parts of an `http://` or `https://` URL a socket client needs, cut from the text as it is: the
/// path and query are sent byte for byte (they were encoded when the request was built), except the
/// few bytes that cannot stand in a request line at all (space, controls, non-ASCII), which are
/// percent-encoded.
struct HTTPURLParts: Sendable, Equatable {
    /// `http` or `https`, lower-cased.
    var scheme: String
    /// The host as written, without the brackets of an IPv6 literal.
    var host: String
    /// The port, the scheme's default when none is written.
    var port: Int
    /// Whether the port was written and differs from the scheme's default.
    var hasExplicitPort: Bool
    /// `user:password` before the `@`, still percent-encoded; nil when absent.
    var userinfo: String?
    /// The origin-form request target (RFC 9112 §3.2.1): path and query, `/` when the path is empty.
    var requestTarget: String

    /// The scheme's port: 80 or 443.
    static func defaultPort(for scheme: String) -> Int { scheme == "https" ? 443 : 80 }

    /// The `Host` field value (RFC 9110 §7.2): the host, bracketed when IPv6, and the port when not the default.
    var authority: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return hasExplicitPort ? "\(shownHost):\(port)" : shownHost
    }

    /// The absolute-form request target a forward proxy wants (RFC 9112 §3.2.2), without userinfo.
    var absoluteTarget: String {
        "\(scheme)://\(authority)\(requestTarget)"
    }

    /// The parts of `text`, or nil when it is not an `http` or `https` URL with a host and a valid port.
    /// The fragment is dropped: it is never sent (RFC 9110 §4.2.4).
    init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), bytes.count >= colon + 3,
            bytes[colon + 1] == UInt8(ascii: "/"), bytes[colon + 2] == UInt8(ascii: "/")
        else { return nil }
        let scheme = String(decoding: bytes[..<colon], as: UTF8.self).lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let authorityStart = colon + 3
        let authorityEnd =
            bytes[authorityStart...].firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }
            ?? bytes.endIndex
        var hostStart = authorityStart
        var userinfo: String?
        if let at = bytes[authorityStart..<authorityEnd].lastIndex(of: UInt8(ascii: "@")) {
            userinfo = String(decoding: bytes[authorityStart..<at], as: UTF8.self)
            hostStart = at + 1
        }
        let hostPort = bytes[hostStart..<authorityEnd]
        var host: ArraySlice<UInt8>
        var portText: ArraySlice<UInt8>?
        if hostPort.first == UInt8(ascii: "[") {
            guard let close = hostPort.firstIndex(of: UInt8(ascii: "]")) else { return nil }
            host = hostPort[(hostPort.startIndex + 1)..<close]
            let rest = hostPort[(close + 1)...]
            if let first = rest.first {
                guard first == UInt8(ascii: ":") else { return nil }
                portText = rest.dropFirst()
            }
            guard host.contains(UInt8(ascii: ":")) else { return nil }
        } else if let portColon = hostPort.firstIndex(of: UInt8(ascii: ":")) {
            host = hostPort[..<portColon]
            portText = hostPort[(portColon + 1)...]
        } else {
            host = hostPort
        }
        // A host is never empty and holds no byte that would end or bend the request head.
        guard !host.isEmpty, !host.contains(where: { $0 <= 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "/") }) else {
            return nil
        }
        let defaultPort = Self.defaultPort(for: scheme)
        var port = defaultPort
        if let portText, !portText.isEmpty {
            guard portText.count <= 5, portText.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                let value = Int(String(decoding: portText, as: UTF8.self)), (1...65535).contains(value)
            else { return nil }
            port = value
        }
        let targetEnd = bytes[authorityEnd...].firstIndex(of: UInt8(ascii: "#")) ?? bytes.endIndex
        var target = Self.escapingUnsendableBytes(bytes[authorityEnd..<targetEnd])
        if target.first != UInt8(ascii: "/") { target.insert(UInt8(ascii: "/"), at: 0) }

        self.scheme = scheme
        self.host = String(decoding: host, as: UTF8.self)
        self.port = port
        self.hasExplicitPort = port != defaultPort
        self.userinfo = userinfo
        self.requestTarget = String(decoding: target, as: UTF8.self)
    }

    /// `bytes` with space, control bytes and non-ASCII bytes percent-encoded; everything else as it is.
    private static func escapingUnsendableBytes(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        guard bytes.contains(where: { $0 <= 0x20 || $0 >= 0x7F }) else { return Array(bytes) }
        let hexDigits = Array("0123456789ABCDEF".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        for byte in bytes {
            if byte <= 0x20 || byte >= 0x7F {
                output.append(UInt8(ascii: "%"))
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            } else {
                output.append(byte)
            }
        }
        return output
    }

    /// `Basic base64(user:password)` from the userinfo, percent-decoded, as curl and postman-request
    /// send it; nil without userinfo.
    var basicAuthorization: String? {
        guard let userinfo, !userinfo.isEmpty else { return nil }
        let decoded = userinfo.removingPercentEncoding ?? userinfo
        return "Basic " + Data(decoded.utf8).base64EncodedString()
    }
}
