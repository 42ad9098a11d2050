import Foundation
import PostieHTTPServer

/// One part of a `multipart/form-data` body (RFC 7578).
struct FormPart: Sendable, Equatable {
    /// The `name` of its `Content-Disposition`.
    var name: String
    /// The `filename`, when the part is a file.
    var filename: String?
    /// Its own `Content-Type`, when given.
    var contentType: String?
    /// The part's bytes.
    var data: Data

    /// The bytes as UTF-8 text, trimmed of surrounding whitespace.
    var text: String { String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }
}

/// Reads form bodies, multipart or URL-encoded.
enum FormBody {
    /// The parts of a multipart body, or nil when the body is not multipart.
    ///
    /// The boundary comes from the `Content-Type` header when it names one; otherwise it is sniffed from
    /// the body's first line, because the public collection's "Input files" request sends a multipart
    /// body under a stray `Content-Type: application/json`.
    static func multipartParts(of request: HTTPRequest) -> [FormPart]? {
        let boundary = boundary(fromContentType: request.headers["Content-Type"]) ?? sniffBoundary(request.body)
        guard let boundary else { return nil }
        return parse(request.body, boundary: boundary)
    }

    /// The `name=value` pairs of an `application/x-www-form-urlencoded` body, or nil for another type.
    static func urlEncodedPairs(of request: HTTPRequest) -> [(name: String, value: String)]? {
        guard let type = request.headers["Content-Type"], mediaType(type) == "application/x-www-form-urlencoded"
        else { return nil }
        return FormURLEncoding.decode(String(decoding: request.body, as: UTF8.self))
    }

    /// The media type of a `Content-Type` value, lower-cased, without parameters.
    static func mediaType(_ contentType: String) -> String {
        let head = contentType.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
        return head.trimmingCharacters(in: .whitespaces).lowercased()
    }

    static func boundary(fromContentType contentType: String?) -> String? {
        guard let contentType, mediaType(contentType).hasPrefix("multipart/") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pieces = parameter.split(separator: "=", maxSplits: 1)
            guard pieces.count == 2, pieces[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary"
            else { continue }
            var value = pieces[1].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// The boundary of a body whose first line is `--BOUNDARY` (RFC 2046 §5.1.1: 1–70 characters).
    static func sniffBoundary(_ body: Data) -> String? {
        let bytes = [UInt8](body.prefix(80))
        guard bytes.count > 4, bytes[0] == 45, bytes[1] == 45 else { return nil }
        guard let end = bytes.firstIndex(where: { $0 == 13 || $0 == 10 }), end > 2 else { return nil }
        let candidate = bytes[2..<end]
        guard candidate.allSatisfy({ $0 > 32 && $0 < 127 }) else { return nil }
        return String(decoding: candidate, as: UTF8.self)
    }

    /// Splits a multipart body on its boundary; nil when the body does not start with the boundary.
    static func parse(_ body: Data, boundary: String) -> [FormPart]? {
        let bytes = [UInt8](body)
        let delimiter = Array("--\(boundary)".utf8)
        guard var position = find(delimiter, in: bytes, from: 0) else { return nil }
        var parts: [FormPart] = []
        while true {
            position += delimiter.count
            // "--" after the delimiter closes the body.
            if position + 1 < bytes.count, bytes[position] == 45, bytes[position + 1] == 45 { break }
            position = skipLineBreak(bytes, position)
            guard let next = find(delimiter, in: bytes, from: position) else { break }
            var end = next
            if end >= 2, bytes[end - 2] == 13, bytes[end - 1] == 10 { end -= 2 } else if end >= 1, bytes[end - 1] == 10 { end -= 1 }
            if let part = part(Array(bytes[position..<max(position, end)])) { parts.append(part) }
            position = next
        }
        return parts
    }

    private static func part(_ bytes: [UInt8]) -> FormPart? {
        var headerEnd: Int?
        var bodyStart = 0
        if bytes.starts(with: [13, 10]) {
            headerEnd = 0
            bodyStart = 2
        } else if let crlf = find([13, 10, 13, 10], in: bytes, from: 0) {
            headerEnd = crlf
            bodyStart = crlf + 4
        } else if let lf = find([10, 10], in: bytes, from: 0) {
            headerEnd = lf
            bodyStart = lf + 2
        }
        guard let headerEnd else { return nil }
        let headerText = String(decoding: bytes[0..<headerEnd], as: UTF8.self)
        var name: String?
        var filename: String?
        var contentType: String?
        for line in headerText.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" }) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let field = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if field == "content-disposition" {
                name = parameter("name", in: value)
                filename = parameter("filename", in: value)
            } else if field == "content-type" {
                contentType = value
            }
        }
        guard let name else { return nil }
        return FormPart(name: name, filename: filename, contentType: contentType, data: Data(bytes[bodyStart...]))
    }

    /// A `key="value"` (or unquoted) parameter of a header value.
    private static func parameter(_ key: String, in value: String) -> String? {
        for piece in value.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == key else { continue }
            var text = pair[1].trimmingCharacters(in: .whitespaces)
            if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") { text = String(text.dropFirst().dropLast()) }
            return text
        }
        return nil
    }

    private static func skipLineBreak(_ bytes: [UInt8], _ position: Int) -> Int {
        if position + 1 < bytes.count, bytes[position] == 13, bytes[position + 1] == 10 { return position + 2 }
        if position < bytes.count, bytes[position] == 10 { return position + 1 }
        return position
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else {
            return nil
        }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == needle[0] {
                var matched = true
                for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }
}
