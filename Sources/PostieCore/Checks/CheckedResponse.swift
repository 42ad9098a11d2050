import Foundation
import PostieJSON

/// A response as checks and captures see it: status, headers, body text, the body as JSON, timing.
///
/// The runner builds one from its transport response; tests build them directly. The body is decoded
/// and parsed only when a check or capture asks: an answer nothing checks costs nothing, and a capture
/// or check of one value (`$.id`, `$.outputs[0].id`) in a large answer reads it without building the
/// whole document (`value(at:)`).
public struct CheckedResponse: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// The header fields in the order received; names keep their case, lookups ignore it.
    public var headers: [(name: String, value: String)]
    /// From sending the request to receiving the whole response.
    public var responseTimeMilliseconds: Double
    private var content: ResponseContent
    private var problemOverride: String?

    /// The body decoded as UTF-8 (invalid bytes replaced), without a leading byte-order mark.
    public var bodyText: String { content.text }

    /// The body parsed as JSON; nil when it is not JSON (a `json` check then fails saying so).
    public var json: JSONValue? { content.tree.value }

    /// Why `json` is nil when the body is JSON all the same (nested too deep, too large to read), as
    /// failure messages say it; nil otherwise ("is not JSON").
    public var jsonProblem: String? {
        get { problemOverride ?? content.tree.problem }
        set { problemOverride = newValue }
    }

    /// A response whose body text is parsed as JSON here (when asked).
    public init(
        status: Int, headers: [(name: String, value: String)] = [], bodyText: String,
        responseTimeMilliseconds: Double = 0
    ) {
        self.status = status
        self.headers = headers
        self.responseTimeMilliseconds = responseTimeMilliseconds
        content = ResponseContent(bytes: Data(bodyText.utf8))
    }

    /// A response whose body is too large to read whole for checks: only its first bytes are kept as
    /// text, and JSON checks and captures fail saying so, except those of a singular path (`$.id`) when
    /// the whole body is at hand in `mapped` (a spool file mapped into memory, not read into it).
    public static func tooLarge(
        status: Int, headers: [(name: String, value: String)], prefix: Data, size: Int, limit: Int,
        responseTimeMilliseconds: Double, mapped: Data? = nil
    ) -> CheckedResponse {
        var response = CheckedResponse(
            status: status, headers: headers, bodyText: "", json: nil, responseTimeMilliseconds: responseTimeMilliseconds)
        response.content = ResponseContent(
            bytes: mapped, text: String(decoding: prefix, as: UTF8.self),
            refusal: "is \(size) bytes, larger than the \(limit >> 20) MiB checks and captures read as JSON"
                + (mapped == nil ? "" : " (a path to one value, such as $.id or $.items[0].id, is read all the same)"))
        return response
    }

    /// A response from raw body bytes, decoded as UTF-8 and parsed as JSON here (when asked).
    public init(
        status: Int, headers: [(name: String, value: String)] = [], body: Data, responseTimeMilliseconds: Double = 0
    ) {
        self.status = status
        self.headers = headers
        self.responseTimeMilliseconds = responseTimeMilliseconds
        content = ResponseContent(bytes: body)
    }

    /// A response whose body the caller has already parsed (or chosen not to parse: pass nil).
    public init(
        status: Int, headers: [(name: String, value: String)], bodyText: String, json: JSONValue?,
        responseTimeMilliseconds: Double
    ) {
        self.status = status
        self.headers = headers
        self.responseTimeMilliseconds = responseTimeMilliseconds
        content = ResponseContent(text: bodyText, json: json)
    }

    /// The values `path` selects in the body, or nil when the body is not JSON (`jsonProblem` says why
    /// when it is JSON all the same). A singular path into a large body is answered by reading past
    /// everything off the path, without building the document: the same answer, a fraction of the memory.
    public func values(at path: JSONPath) -> [JSONValue]? {
        if problemOverride != nil { return nil }
        return content.values(at: path)
    }
}

/// A response body, decoded and parsed once, when first asked.
final class ResponseContent: @unchecked Sendable {
    /// Bodies from this size up answer singular paths without building the whole document.
    static let selectiveReadThreshold = 1 << 20

    private let lock = NSLock()
    private let bytes: Data?
    private var decodedText: String?
    private var parsed: (value: JSONValue?, problem: String?)?
    /// Why the body is not parsed whole (too large); singular paths are still read from `bytes`.
    private let refusal: String?

    init(bytes: Data) {
        self.bytes = bytes
        refusal = nil
    }

    /// A body too large to parse whole: `text` is its start, `bytes` (when at hand) all of it.
    init(bytes: Data?, text: String, refusal: String) {
        self.bytes = bytes
        decodedText = text
        self.refusal = refusal
        parsed = (nil, refusal)
    }

    init(text: String, json: JSONValue?) {
        bytes = nil
        refusal = nil
        decodedText = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        parsed = (json, nil)
    }

    var text: String {
        lock.withLock {
            if let decodedText { return decodedText }
            let text = String(decoding: bytes ?? Data(), as: UTF8.self)
            let stripped = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
            decodedText = stripped
            return stripped
        }
    }

    var tree: (value: JSONValue?, problem: String?) {
        if let parsed = lock.withLock({ parsed }) { return parsed }
        let result: (value: JSONValue?, problem: String?)
        do {
            result = (try bytes.map { try JSONParser.parse($0) } ?? JSONParser.parse(text), nil)
        } catch let error as JSONParseError {
            result = (nil, Self.problem(error))
        } catch {
            result = (nil, nil)
        }
        lock.withLock { parsed = result }
        return result
    }

    func values(at path: JSONPath) -> [JSONValue]? {
        if refusal == nil, let parsed = lock.withLock({ parsed }) { return parsed.value.map { path.evaluate($0) } }
        if let bytes, bytes.count >= Self.selectiveReadThreshold || refusal != nil, let steps = path.singularSteps {
            do {
                return try JSONParser.value(at: steps, in: bytes).map { [$0] } ?? []
            } catch let error as JSONParseError {
                // Not JSON (or too deep): what a whole parse would say, without making one.
                lock.withLock { if parsed == nil || refusal != nil { parsed = (nil, Self.problem(error)) } }
                return nil
            } catch {
                return nil
            }
        }
        if refusal != nil { return nil }
        return tree.value.map { path.evaluate($0) }
    }

    /// JSON all the same, too deep to read: said so rather than "not JSON".
    static func problem(_ error: JSONParseError) -> String? {
        guard error.message.hasPrefix("nesting is deeper") else { return nil }
        return "is JSON whose \(error.message) (at \(error.location)), more than checks read"
    }
}

extension CheckedResponse {
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
