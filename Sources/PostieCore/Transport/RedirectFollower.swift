import Foundation
import PostieSockets

/// One request and its answer, no redirect followed: what each transport does per hop.
struct HopResponse: Sendable {
    /// Status, headers and body; duration, final URL and redirect count are filled in by `RedirectFollower`.
    var response: TransportResponse
    /// When the hop began sending (or connecting).
    var startedAt: Deadline
    /// When the last body byte arrived.
    var finishedAt: Deadline
}

/// A transport that can send one hop against a deadline shared by the whole redirect chain.
protocol HopTransport: Sendable {
    func sendHop(_ request: TransportRequest, deadline: Deadline) -> Result<HopResponse, TransportError>
}

/// The redirect loop every transport shares, so that a chain can cross from `http://` (sockets) to
/// `https://` (URLSession) and back with one deadline, one count and one set of rules (`RedirectPolicy`).
enum RedirectFollower {
    /// The deadline for a request sent now under `options`: `never` without a timeout.
    static func deadline(for options: TransportOptions) -> Deadline {
        guard let milliseconds = options.timeoutMilliseconds, milliseconds > 0 else { return .never }
        return .after(milliseconds: milliseconds)
    }

    /// Sends `request`, then each redirect `hop` is given, until an answer that is not followed.
    /// Duration runs from the first hop's start to the last hop's last byte.
    static func send(
        _ request: TransportRequest, options: TransportOptions,
        hop: (TransportRequest, Deadline) -> Result<HopResponse, TransportError>
    ) -> Result<TransportResponse, TransportError> {
        let deadline = deadline(for: options)
        guard let originalHost = WireURL.make(request.url)?.host else { return .failure(.invalidURL(request.url)) }
        var current = request
        var redirectCount = 0
        var firstStart: Deadline?
        while true {
            let answer: HopResponse
            switch hop(current, deadline) {
            case .failure(let error): return .failure(error)
            case .success(let received): answer = received
            }
            firstStart = firstStart ?? answer.startedAt
            let location = answer.response.headers.first { $0.hasName("Location") }?.value
            if options.followRedirects,
                let next = RedirectPolicy.nextRequest(
                    after: current, status: answer.response.status, location: location, originalHost: originalHost)
            {
                answer.response.body.removeSpoolFile()
                guard redirectCount < RedirectPolicy.maximumRedirects else {
                    return .failure(
                        .failed(reason: "too many redirects: more than \(RedirectPolicy.maximumRedirects), the last to \(next.url)"))
                }
                redirectCount += 1
                current = next
                continue
            }
            var response = answer.response
            response.durationMilliseconds = answer.finishedAt.milliseconds(since: firstStart ?? answer.startedAt)
            response.finalURL = current.url
            response.redirectCount = redirectCount
            return .success(response)
        }
    }
}
