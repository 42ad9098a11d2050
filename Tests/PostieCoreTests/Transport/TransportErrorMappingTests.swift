import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
import Testing

@testable import PostieCore

@Suite("TransportErrorMapping")
struct TransportErrorMappingTests {
    static func urlError(_ code: Int, _ message: String) -> NSError {
        NSError(domain: NSURLErrorDomain, code: code, userInfo: [NSLocalizedDescriptionKey: message])
    }

    @Test(
        "FoundationNetworking errors",
        arguments: [
            (urlError(NSURLErrorCancelled, "cancelled"), TransportError.cancelled),
            (urlError(NSURLErrorCannotFindHost, "Could not resolve host: x"), .cannotConnect(host: "h", reason: "Could not resolve host: x")),
            (
                urlError(NSURLErrorCannotConnectToHost, "Failed to connect to h port 1"),
                .cannotConnect(host: "h", reason: "Failed to connect to h port 1")
            ),
            (urlError(NSURLErrorNetworkConnectionLost, "Connection reset by peer"), .connectionLost(reason: "Connection reset by peer")),
            (urlError(NSURLErrorBadServerResponse, "Empty reply from server"), .connectionLost(reason: "Empty reply from server")),
            (
                urlError(NSURLErrorUnknown, "transfer closed with 997 bytes remaining to read"),
                .connectionLost(reason: "transfer closed with 997 bytes remaining to read")
            ),
            (
                urlError(NSURLErrorUnknown, "SSL certificate problem: self-signed certificate"),
                .tls(reason: "SSL certificate problem: self-signed certificate")
            ),
            (urlError(NSURLErrorServerCertificateUntrusted, "untrusted"), .tls(reason: "untrusted")),
            (urlError(NSURLErrorUnknown, "Weird server reply"), .failed(reason: "Weird server reply")),
            (urlError(NSURLErrorUnknown, ""), .failed(reason: "the request failed for an unknown reason")),
            (NSError(domain: "other", code: 1, userInfo: [NSLocalizedDescriptionKey: "boom"]), .failed(reason: "boom")),
        ])
    func mapped(error: NSError, expected: TransportError) {
        #expect(TransportErrorMapping.map(error, host: "h") == expected)
    }

    @Test("libcurl's message under the error is used when the top one is empty")
    func underlyingMessage() {
        let error = NSError(
            domain: NSURLErrorDomain, code: NSURLErrorCannotFindHost,
            userInfo: [NSUnderlyingErrorKey: Self.urlError(NSURLErrorCannotFindHost, "Could not resolve host: y")])
        #expect(TransportErrorMapping.map(error, host: "y") == .cannotConnect(host: "y", reason: "Could not resolve host: y"))
    }
}
