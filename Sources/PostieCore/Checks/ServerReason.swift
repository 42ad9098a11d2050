import Foundation
import PostieJSON

/// What a server says about an error answer, in its own words: the `message` (or `error_description`,
/// `detail`, `title`…) of a JSON body, the title of an HTML page, or the text of a plain body; on one
/// line, whole up to `limit` characters.
public enum ServerReason {
    /// Past this many characters a reason is cut (with `…`); real reasons are a sentence or two.
    public static let limit = 300

    /// The JSON members that carry a reason, in the order they are looked for.
    static let fields = [
        "message", "Message", "error_description", "errorMessage", "detail", "title", "error", "reason", "description",
    ]

    /// The reason in `body`, or nil when it holds none (empty, binary, or JSON without a reason field).
    public static func of(body: Data, contentType: String?) -> String? {
        let text = String(decoding: body.prefix(256 * 1024), as: UTF8.self)
        let trimmed = CheckText.trimmed(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        guard !trimmed.isEmpty else { return nil }
        let type = contentType?.lowercased() ?? ""
        if trimmed.hasPrefix("{") || trimmed.hasPrefix("[") || trimmed.hasPrefix("\"") || type.contains("json") {
            guard let json = try? JSONParser.parse(Data(trimmed.utf8)) else { return bounded(trimmed) }
            return reason(in: json, depth: 0).map(bounded)
        }
        if type.contains("html") || trimmed.lowercased().hasPrefix("<!doctype html") || trimmed.lowercased().hasPrefix("<html") {
            return htmlTitle(trimmed).map(bounded)
        }
        if trimmed.unicodeScalars.contains(where: { $0.value < 0x09 || (0x0E..<0x20).contains($0.value) }) { return nil }
        return bounded(trimmed)
    }

    /// A reason field of a JSON answer: a string member, `error.message`, or the first of `errors`.
    static func reason(in json: JSONValue, depth: Int) -> String? {
        guard depth < 4 else { return nil }
        switch json {
        case .string(let text):
            return CheckText.trimmed(text).isEmpty ? nil : text
        case .object:
            for field in fields {
                guard let value = json[field] else { continue }
                if let text = value.stringValue, !CheckText.trimmed(text).isEmpty { return text }
                if case .object = value, let nested = reason(in: value, depth: depth + 1) { return nested }
            }
            if let errors = json["errors"]?.arrayValue, let first = errors.first { return reason(in: first, depth: depth + 1) }
            return nil
        case .array(let elements):
            return elements.first.flatMap { reason(in: $0, depth: depth + 1) }
        default:
            return nil
        }
    }

    /// The text of an HTML page's `<title>`.
    static func htmlTitle(_ html: String) -> String? {
        guard let open = html.range(of: "<title", options: .caseInsensitive),
            let close = html.range(of: ">", range: open.upperBound..<html.endIndex),
            let end = html.range(of: "</title>", options: .caseInsensitive, range: close.upperBound..<html.endIndex)
        else { return nil }
        let title = CheckText.trimmed(String(html[close.upperBound..<end.lowerBound]))
        return title.isEmpty ? nil : title
    }

    /// On one line, whitespace runs collapsed, cut at `limit`.
    static func bounded(_ text: String) -> String {
        CheckText.excerpt(text, limit: limit)
    }
}
