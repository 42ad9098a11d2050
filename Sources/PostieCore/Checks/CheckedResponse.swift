import Foundation
import PostieJSON

/// A response as checks and captures see it: status, headers, body text, the body as JSON, timing.
///
/// The runner builds one from its transport response; tests build them directly.
public struct CheckedResponse: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// The header fields in the order received; names keep their case, lookups ignore it.
    public var headers: [(name: String, value: String)]
    /// The body decoded as UTF-8 (invalid bytes replaced), without a leading byte-order mark.
    public var bodyText: String
    /// The body parsed as JSON; nil when it is not JSON (a `json` check then fails saying so).
    public var json: JSONValue?
    /// Why `json` is nil when the body is JSON all the same (nested too deep, too large to read), as
    /// failure messages say it; nil otherwise ("is not JSON").
    public var jsonProblem: String?
    /// From sending the request to receiving the whole response.
    public var responseTimeMilliseconds: Double

    /// A response whose body text is parsed as JSON here.
    public init(
        status: Int, headers: [(name: String, value: String)] = [], bodyText: String,
        responseTimeMilliseconds: Double = 0
    ) {
        let text = bodyText.hasPrefix("\u{FEFF}") ? String(bodyText.dropFirst()) : bodyText
        var problem: String?
        let json: JSONValue?
        do {
            json = try JSONParser.parse(text)
        } catch let error as JSONParseError where error.message.hasPrefix("nesting is deeper") {
            // JSON all the same, too deep to read: say so rather than "not JSON".
            json = nil
            problem = "is JSON whose \(error.message) (at \(error.location)), more than checks read"
        } catch {
            json = nil
        }
        self.init(
            status: status, headers: headers, bodyText: text, json: json, responseTimeMilliseconds: responseTimeMilliseconds)
        jsonProblem = problem
    }

    /// A response whose body is too large to read for checks: only its first bytes are kept as text.
    public static func tooLarge(
        status: Int, headers: [(name: String, value: String)], prefix: Data, size: Int, limit: Int,
        responseTimeMilliseconds: Double
    ) -> CheckedResponse {
        var response = CheckedResponse(
            status: status, headers: headers, bodyText: String(decoding: prefix, as: UTF8.self), json: nil,
            responseTimeMilliseconds: responseTimeMilliseconds)
        response.jsonProblem =
            "is \(size) bytes, larger than the \(limit >> 20) MiB checks and captures read as JSON"
        return response
    }

    /// A response from raw body bytes, decoded as UTF-8 and parsed as JSON here.
    public init(
        status: Int, headers: [(name: String, value: String)] = [], body: Data, responseTimeMilliseconds: Double = 0
    ) {
        self.init(
            status: status, headers: headers, bodyText: String(decoding: body, as: UTF8.self),
            responseTimeMilliseconds: responseTimeMilliseconds)
    }

    /// A response whose body the caller has already parsed (or chosen not to parse: pass nil).
    public init(
        status: Int, headers: [(name: String, value: String)], bodyText: String, json: JSONValue?,
        responseTimeMilliseconds: Double
    ) {
        self.status = status
        self.headers = headers
        self.bodyText = bodyText
        self.json = json
        self.responseTimeMilliseconds = responseTimeMilliseconds
    }

    /// Every value of the header `name` (any case), in order.
    public func headerValues(_ name: String) -> [String] {
        let wanted = name.lowercased()
        return headers.filter { $0.name.lowercased() == wanted }.map(\.value)
    }

    /// The value of the header `name` (any case); several fields of that name are joined with `, `
    /// (RFC 9110 §5.3). Nil when there is none.
    public func header(_ name: String) -> String? {
        let values = headerValues(name)
        return values.isEmpty ? nil : values.joined(separator: ", ")
    }
}
