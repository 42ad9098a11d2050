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

/// The redirect loop every transport shares, so that a chain can cross from `http://` to `https://` and
/// back with one deadline, one count, one set of rules (`RedirectPolicy`) and one cookie jar: each hop
/// is sent with the cookies the jar holds for its URL (after the request's own `Cookie` header, as
/// postman-request joins them) and the jar keeps what each answer sets, redirects included.
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
        guard HTTPURLParts(request.url) != nil else { return .failure(.invalidURL(request.url)) }
        let follows = request.behavior.followRedirects ?? options.followRedirects
        let limit = request.behavior.maxRedirects ?? RedirectPolicy.maximumRedirects
        let jar = request.behavior.disableCookies ? nil : options.cookieJar
        var current = request
        var redirectCount = 0
        var firstStart: Deadline?
        while true {
            let sending = jar.map { withCookies(current, from: $0) } ?? current
            let answer: HopResponse
            switch hop(sending, deadline) {
            case .failure(let error): return .failure(error)
            case .success(let received): answer = received
            }
            if let jar {
                let setCookies = answer.response.headers.lazy.filter { $0.hasName("Set-Cookie") }.map(\.value)
                if !setCookies.isEmpty { jar.store(setCookieHeaders: Array(setCookies), from: current.url) }
            }
            firstStart = firstStart ?? answer.startedAt
            let location = answer.response.headers.first { $0.hasName("Location") }?.value
            if follows, let next = RedirectPolicy.nextRequest(after: current, status: answer.response.status, location: location) {
                answer.response.body.removeSpoolFile()
                guard redirectCount < limit else {
                    return .failure(
                        .failed(
                            reason: "too many redirects: more than \(limit) (maxRedirects), the last to \(next.url); "
                                + "raise protocolProfileBehavior.maxRedirects or pass --ignore-redirects"))
                }
                redirectCount += 1
                current = next
                continue
            }
            var response = answer.response
            response.durationMilliseconds = answer.finishedAt.milliseconds(since: firstStart ?? answer.startedAt)
            response.finalURL = current.url
            response.redirectCount = redirectCount
            response.sentHeaders = sending.headers
            response.cookies = jar?.cookies(for: current.url) ?? []
            return .success(response)
        }
    }

    /// `request` with the jar's cookies for its URL: appended to its own `Cookie` header
    /// (`own; jar`), or as a new last header.
    static func withCookies(_ request: TransportRequest, from jar: CookieJar) -> TransportRequest {
        guard let cookies = jar.cookieHeader(for: request.url) else { return request }
        var sending = request
        if let index = sending.headers.firstIndex(where: { $0.hasName("Cookie") }) {
            let own = sending.headers.filter { $0.hasName("Cookie") }.map(\.value).joined(separator: "; ")
            sending.headers[index].value = own.isEmpty ? cookies : own + "; " + cookies
            var seen = false
            sending.headers.removeAll { field in
                guard field.hasName("Cookie") else { return false }
                defer { seen = true }
                return seen
            }
        } else {
            sending.headers.append(HeaderField(name: "Cookie", value: cookies, isSystem: true))
        }
        return sending
    }
}
