import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Turns what FoundationNetworking reports into a `TransportError`.
///
/// Its codes are coarse: libcurl failures it has no `NSURLError` for (a TLS handshake, a body cut short)
/// all arrive as `NSURLErrorUnknown` (-1) with libcurl's message, so that message decides.
enum TransportErrorMapping {
    static func map(_ error: any Error, host: String) -> TransportError {
        let nsError = error as NSError
        let message = reason(of: nsError)
        guard nsError.domain == NSURLErrorDomain else { return .failed(reason: message) }
        switch nsError.code {
        case NSURLErrorCancelled:
            return .cancelled
        case NSURLErrorCannotFindHost, NSURLErrorDNSLookupFailed:
            return .cannotConnect(host: host, reason: message.isEmpty ? "the host name could not be resolved" : message)
        case NSURLErrorCannotConnectToHost, NSURLErrorNotConnectedToInternet:
            return .cannotConnect(host: host, reason: message.isEmpty ? "the connection was refused" : message)
        case NSURLErrorNetworkConnectionLost:
            return .connectionLost(reason: message.isEmpty ? "the connection was reset" : message)
        case NSURLErrorBadServerResponse:
            // libcurl's CURLE_GOT_NOTHING: the server closed the connection without a byte of answer.
            return .connectionLost(reason: message.isEmpty ? "the server closed the connection without answering" : message)
        case NSURLErrorTimedOut:
            // Only libcurl's own connect timeout gets here: postie's deadline is enforced before.
            return .cannotConnect(host: host, reason: message.isEmpty ? "the connection timed out" : message)
        case NSURLErrorUnsupportedURL:
            // libcurl's CURLE_UNSUPPORTED_PROTOCOL. The URL was checked to be http(s) before sending, so
            // it is the answer: no status line ("Received HTTP/0.9 when not allowed") or an unknown
            // version ("Unsupported HTTP version in response").
            return .failed(reason: "the server did not answer in HTTP (\(message))")
        case NSURLErrorBadURL:
            return .invalidURL((nsError.userInfo[NSURLErrorFailingURLErrorKey] as? URL)?.absoluteString ?? message)
        case NSURLErrorSecureConnectionFailed, NSURLErrorServerCertificateHasBadDate,
            NSURLErrorServerCertificateUntrusted, NSURLErrorServerCertificateHasUnknownRoot,
            NSURLErrorServerCertificateNotYetValid, NSURLErrorClientCertificateRejected,
            NSURLErrorClientCertificateRequired:
            return .tls(reason: message)
        default:
            return mapByMessage(message)
        }
    }

    /// For NSURLErrorUnknown and the rest: libcurl's text (`curl_easy_strerror` or its error buffer).
    static func mapByMessage(_ message: String) -> TransportError {
        let lowered = message.lowercased()
        if lowered.contains("ssl") || lowered.contains("tls") || lowered.contains("certificate") {
            return .tls(reason: message)
        }
        if lowered.contains("transfer closed") || lowered.contains("recv failure") || lowered.contains("send failure")
            || lowered.contains("connection reset") || lowered.contains("partial file") || lowered.contains("empty reply")
        {
            return .connectionLost(reason: message)
        }
        return .failed(reason: message.isEmpty ? "the request failed for an unknown reason" : message)
    }

    /// libcurl's message, which FoundationNetworking puts in the description of the error or of the
    /// error under it.
    private static func reason(of error: NSError) -> String {
        let candidates = [error.userInfo[NSLocalizedDescriptionKey] as? String]
            + [(error.userInfo[NSUnderlyingErrorKey] as? NSError)?.userInfo[NSLocalizedDescriptionKey] as? String]
        for case let text? in candidates where !text.isEmpty && text != "(null)" && text != "cancelled" {
            return text
        }
        return ""
    }
}
