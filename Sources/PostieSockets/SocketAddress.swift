import Glibc
import Foundation

/// An IPv4 or IPv6 socket address, as `bind(2)`, `connect(2)` and `accept(2)` exchange them.
public struct SocketAddress: Sendable {
    public var storage = sockaddr_storage()
    public var length = socklen_t(MemoryLayout<sockaddr_storage>.size)

    /// An empty address, for a system call to fill.
    public init() {}

    /// `AF_INET`, `AF_INET6`, or 0 when empty.
    public var family: Int32 { Int32(storage.ss_family) }

    /// The address of an IPv4 or IPv6 literal (`127.0.0.1`, `::1`, `[::1]`), or nil when `host` is not
    /// one or `port` is outside 0...65535. No name is looked up.
    public static func ipLiteral(_ host: String, port: Int) -> SocketAddress? {
        guard (0...65535).contains(port), !host.utf8.contains(0) else { return nil }
        var literal = host
        if literal.hasPrefix("["), literal.hasSuffix("]") { literal = String(literal.dropFirst().dropLast()) }
        var address = SocketAddress()
        var ipv4 = in_addr()
        if inet_pton(AF_INET, literal, &ipv4) == 1 {
            address.setIPv4(ipv4, port: port)
            return address
        }
        var ipv6 = in6_addr()
        if inet_pton(AF_INET6, literal, &ipv6) == 1 {
            address.setIPv6(ipv6, port: port)
            return address
        }
        return nil
    }

    /// Every IPv4 and IPv6 address `getaddrinfo(3)` gives for `host`, in its order (RFC 6724), without
    /// repeats. Blocks for as long as the resolver takes; see `resolve(host:port:until:cancellation:)`.
    public static func lookUp(host: String, port: Int) throws(SocketError) -> [SocketAddress] {
        guard (0...65535).contains(port) else { throw .hostNotFound(host: host, reason: "port \(port) is outside 0...65535") }
        if let literal = ipLiteral(host, port: port) { return [literal] }
        guard !host.isEmpty, !host.utf8.contains(0) else {
            throw .hostNotFound(host: host, reason: "the name is empty or contains a NUL byte")
        }
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var results: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, nil, &hints, &results)
        guard status == 0, let first = results else {
            let reason: String
            if status == EAI_SYSTEM {
                reason = SocketError.explain(errno)
            } else {
                reason = status == 0 ? "no address" : String(cString: gai_strerror(status)).lowercased()
            }
            throw .hostNotFound(host: host, reason: reason)
        }
        defer { freeaddrinfo(first) }
        var addresses: [SocketAddress] = []
        var seen: Set<String> = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let entry = cursor {
            cursor = entry.pointee.ai_next
            guard let raw = entry.pointee.ai_addr else { continue }
            var address = SocketAddress()
            switch entry.pointee.ai_family {
            case AF_INET:
                address.setIPv4(raw.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }, port: port)
            case AF_INET6:
                address.setIPv6(raw.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee.sin6_addr }, port: port)
            default:
                continue
            }
            if seen.insert(address.description).inserted { addresses.append(address) }
        }
        guard !addresses.isEmpty else { throw .hostNotFound(host: host, reason: "no IPv4 or IPv6 address") }
        return addresses
    }

    private mutating func setIPv4(_ ipv4: in_addr, port: Int) {
        var socketAddress = sockaddr_in()
        socketAddress.sin_family = sa_family_t(AF_INET)
        socketAddress.sin_port = in_port_t(UInt16(truncatingIfNeeded: port).bigEndian)
        socketAddress.sin_addr = ipv4
        withUnsafeMutableBytes(of: &storage) { target in
            withUnsafeBytes(of: socketAddress) { target.copyMemory(from: $0) }
        }
        length = socklen_t(MemoryLayout<sockaddr_in>.size)
    }

    private mutating func setIPv6(_ ipv6: in6_addr, port: Int) {
        var socketAddress = sockaddr_in6()
        socketAddress.sin6_family = sa_family_t(AF_INET6)
        socketAddress.sin6_port = in_port_t(UInt16(truncatingIfNeeded: port).bigEndian)
        socketAddress.sin6_addr = ipv6
        withUnsafeMutableBytes(of: &storage) { target in
            withUnsafeBytes(of: socketAddress) { target.copyMemory(from: $0) }
        }
        length = socklen_t(MemoryLayout<sockaddr_in6>.size)
    }

    /// Calls `body` with the address as the `sockaddr` pointer the socket calls take.
    public func withSockaddr<Result>(_ body: (UnsafePointer<sockaddr>, socklen_t) -> Result) -> Result {
        withUnsafePointer(to: storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, length) }
        }
    }

    /// Lets a system call fill the address, as `accept(2)` and `getsockname(2)` do.
    public mutating func fill(_ body: (UnsafeMutablePointer<sockaddr>, UnsafeMutablePointer<socklen_t>) -> Int32) -> Int32 {
        length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        var filledLength = length
        let result = withUnsafeMutablePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, &filledLength) }
        }
        length = filledLength
        return result
    }

    /// The port in host byte order, or 0 for an unknown family.
    public var port: Int {
        switch family {
        case AF_INET:
            return withUnsafeBytes(of: storage) { Int(UInt16(bigEndian: $0.load(as: sockaddr_in.self).sin_port)) }
        case AF_INET6:
            return withUnsafeBytes(of: storage) { Int(UInt16(bigEndian: $0.load(as: sockaddr_in6.self).sin6_port)) }
        default:
            return 0
        }
    }

    /// `127.0.0.1:54321` or `[::1]:54321`, for logs and errors.
    public var description: String {
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        switch family {
        case AF_INET:
            var ipv4 = withUnsafeBytes(of: storage) { $0.load(as: sockaddr_in.self).sin_addr }
            guard inet_ntop(AF_INET, &ipv4, &text, socklen_t(text.count)) != nil else { return "?:\(port)" }
            return "\(String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)):\(port)"
        case AF_INET6:
            var ipv6 = withUnsafeBytes(of: storage) { $0.load(as: sockaddr_in6.self).sin6_addr }
            guard inet_ntop(AF_INET6, &ipv6, &text, socklen_t(text.count)) != nil else { return "?:\(port)" }
            return "[\(String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))]:\(port)"
        default:
            return "?"
        }
    }
}
