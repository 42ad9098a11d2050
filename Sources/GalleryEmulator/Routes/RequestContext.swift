import Foundation
import PostieHTTPServer
import PostieJSON

/// A request's query parameters, decoded; names compare case-insensitively, as ASP.NET binds them.
struct QueryParameters: Sendable {
    let items: [(name: String, value: String)]

    init(_ request: HTTPRequest) {
        items = FormURLEncoding.decode(request.query ?? "").map { $0 }
    }

    init(items: [(name: String, value: String)]) {
        self.items = items
    }

    /// The first value of `name`, or nil when absent.
    subscript(name: String) -> String? {
        items.first { ASCIICase.equal($0.name, name) }?.value
    }

    /// The value of `name` trimmed, or nil when absent or empty.
    func nonEmpty(_ name: String) -> String? {
        guard let value = self[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    /// A Boolean parameter (`true`/`false`/`1`/`0`, any case); `defaultValue` when absent or empty.
    func bool(_ name: String, default defaultValue: Bool) throws -> Bool {
        guard let value = nonEmpty(name) else { return defaultValue }
        switch value.lowercased() {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default: throw GalleryError.badRequest("The query parameter \(name) must be true or false, not \"\(value)\".")
        }
    }

    /// A whole-number parameter at least `minimum`; nil when absent or empty.
    func integer(_ name: String, minimum: Int) throws -> Int? {
        guard let value = nonEmpty(name) else { return nil }
        guard let number = Int(value), number >= minimum else {
            throw GalleryError.badRequest("The query parameter \(name) must be a whole number ≥ \(minimum), not \"\(value)\".")
        }
        return number
    }

    /// A date parameter; nil when absent or empty.
    func date(_ name: String) throws -> Date? {
        guard let value = nonEmpty(name) else { return nil }
        guard let date = GalleryDate.parse(value) else {
            throw GalleryError.badRequest(
                "The query parameter \(name) must be a date such as 2021-10-06 or 2021-10-06T12:00:00Z, not \"\(value)\".")
        }
        return date
    }
}

/// Everything a route handler gets.
struct RequestContext: Sendable {
    let request: HTTPRequest
    let mount: Mount
    let parameters: [String: String]
    let query: QueryParameters
    /// Who signed or bore the token (nil only on the token endpoint).
    let principal: Principal?
    /// The emulator's clock reading for this request.
    let now: Date
    let core: EmulatorCore

    /// The path parameter `name` (decoded).
    func parameter(_ name: String) -> String { parameters[name] ?? "" }

    /// The verified principal; the router guarantees one on authenticated routes.
    var caller: Principal {
        guard let principal else { preconditionFailure("route without authentication asked for its caller") }
        return principal
    }

    /// A 200 JSON answer.
    func json(_ value: JSONValue, status: Int = 200) -> HTTPResponse {
        core.jsonResponse(value, status: status)
    }

    /// The request body as JSON; 400 when it is not.
    func jsonBody() throws -> JSONValue {
        let text = String(decoding: request.body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw GalleryError.badRequest("The request body is empty: send a JSON body.") }
        do {
            return try JSONParser.parse(request.body)
        } catch {
            throw GalleryError.badRequest("The request body is not valid JSON: \(error).")
        }
    }
}
