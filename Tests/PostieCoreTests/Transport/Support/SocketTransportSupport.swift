import Foundation
import PostieHTTPServer
import Testing

@testable import PostieCore

extension TransportTestServer {
    /// A socket transport with test-friendly options and no proxy, whatever the environment says.
    static func socketTransport(
        proxy: ProxySettings = .none, _ configure: (inout TransportOptions) -> Void = { _ in }
    ) -> SocketHTTPTransport {
        var options = TransportOptions()
        configure(&options)
        return SocketHTTPTransport(options: options, proxy: proxy)
    }
}

/// This process's resident memory in KiB, from /proc/self/status: `VmRSS` now, `VmHWM` its peak.
func residentKiB(_ field: String = "VmRSS") -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
    }
    return 0
}
