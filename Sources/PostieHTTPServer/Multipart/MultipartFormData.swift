import Glibc
import Foundation

/// Reads `multipart/form-data` bodies (RFC 7578), delimited as RFC 2046 §5.1.1 says.
public enum MultipartFormData {
    /// One part of a form: a field or a file.
    public struct Part: Sendable, Equatable {
        /// The part's header fields, e.g. `Content-Disposition` and `Content-Type`.
        public var headers: HTTPHeaders
        /// The `name` parameter of `Content-Disposition: form-data` (RFC 7578 §4.2), if any.
        public var name: String?
        /// The `filename` parameter (or a decoded `filename*`), if any.
        public var filename: String?
        /// The part's `Content-Type`, if any (RFC 7578 §4.4 says text/plain when absent).
        public var contentType: String?
        /// The part's content, exactly as sent.
        public var body: Data

        /// A part with the given fields.
        public init(headers: HTTPHeaders, name: String?, filename: String?, contentType: String?, body: Data) {
            self.headers = headers
            self.name = name
            self.filename = filename
            self.contentType = contentType
            self.body = body
        }

        /// The body as UTF-8 text (invalid bytes replaced).
        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// Why a body is not a well-formed multipart body for its boundary.
    public enum ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The boundary is empty or longer than 70 characters (RFC 2046 §5.1.1).
        case invalidBoundary(String)
        /// No `--boundary` line starts the first part.
        case missingOpeningBoundary
        /// The body ends before the closing `--boundary--`.
        case missingClosingBoundary
        /// A part's header section (0-based `part`) is not `Name: value` lines ended by an empty line.
        case malformedPartHeaders(part: Int)

        /// A lower-case message saying what failed and what to do.
        public var description: String {
            switch self {
            case .invalidBoundary(let boundary):
                return "multipart boundary '\(boundary)' must be 1 to 70 characters"
            case .missingOpeningBoundary:
                return "multipart body does not contain its opening boundary; check the Content-Type boundary"
            case .missingClosingBoundary:
                return "multipart body ends without its closing boundary; it may be truncated"
            case .malformedPartHeaders(let part):
                return "multipart part \(part + 1) has malformed headers"
            }
        }
    }

    /// The `boundary` parameter of a `multipart/*` content type, unquoted; nil for other types.
    public static func boundary(fromContentType contentType: String) -> String? {
        let pieces = splitParameters(contentType)
        guard let mediaType = pieces.first?.lowercased(), mediaType.hasPrefix("multipart/") else { return nil }
        for piece in pieces.dropFirst() {
            let (name, value) = parameter(piece)
            if name.caseInsensitiveEquals("boundary"), let value, !value.isEmpty { return value }
        }
        return nil
    }

    /// The boundary of a body that starts with a `--boundary` line, whatever its `Content-Type` says.
    /// (A Postman collection can send a multipart body labelled `application/json`.)
    public static func sniffBoundary(fromBody body: Data) -> String? {
        let head = body.prefix(2 + 70 + 2)
        guard head.starts(with: [0x2D, 0x2D]) else { return nil }
        let afterDashes = head.dropFirst(2)
        guard let lineEnd = afterDashes.firstIndex(where: { $0 == ASCII.carriageReturn || $0 == ASCII.lineFeed })
        else { return nil }
        let candidate = afterDashes[..<lineEnd]
        // RFC 2046 §5.1.1: 1 to 70 characters, printable, not ending in a space.
        guard !candidate.isEmpty, candidate.count <= 70, candidate.last != ASCII.space,
            candidate.allSatisfy({ $0 >= ASCII.space && $0 < ASCII.delete })
        else { return nil }
        return String(decoding: candidate, as: UTF8.self)
    }

    /// Splits `body` into parts. The preamble and epilogue are ignored, a missing CRLF after the closing
    /// boundary is tolerated, a missing closing boundary is an error.
    public static func parse(body: Data, boundary: String) throws(ParseError) -> [Part] {
        guard !boundary.isEmpty, boundary.utf8.count <= 70 else { throw .invalidBoundary(boundary) }
        let bytes = [UInt8](body)
        let delimiter = Array("--\(boundary)".utf8)
        let partEnd = [ASCII.carriageReturn, ASCII.lineFeed] + delimiter

        // The first delimiter opens the body or follows the preamble's CRLF.
        var cursor: Int
        if bytes.starts(with: delimiter) {
            cursor = delimiter.count
        } else if let found = find(partEnd, in: bytes, from: 0) {
            cursor = found + partEnd.count
        } else if let found = find([ASCII.lineFeed] + delimiter, in: bytes, from: 0) {
            cursor = found + 1 + delimiter.count
        } else {
            throw .missingOpeningBoundary
        }

        var parts: [Part] = []
        while true {
            // After a delimiter: "--" closes the body; otherwise optional padding and the line end.
            if cursor + 1 < bytes.count, bytes[cursor] == 0x2D, bytes[cursor + 1] == 0x2D { return parts }
            while cursor < bytes.count, bytes[cursor] == ASCII.space || bytes[cursor] == ASCII.tab { cursor += 1 }
            if cursor < bytes.count, bytes[cursor] == ASCII.carriageReturn { cursor += 1 }
            guard cursor < bytes.count else { throw .missingClosingBoundary }
            guard bytes[cursor] == ASCII.lineFeed else { throw .malformedPartHeaders(part: parts.count) }
            cursor += 1

            let (headers, bodyStart) = try parseHeaders(bytes, from: cursor, part: parts.count)
            // The CRLF before the next delimiter belongs to the delimiter, not to the content.
            guard let bodyEnd = find(partEnd, in: bytes, from: bodyStart) else { throw .missingClosingBoundary }
            parts.append(makePart(headers: headers, body: Data(bytes[bodyStart..<bodyEnd])))
            cursor = bodyEnd + partEnd.count
        }
    }

    /// Header lines from `start` to the empty line; returns them and where the content begins.
    private static func parseHeaders(_ bytes: [UInt8], from start: Int, part: Int) throws(ParseError)
        -> (HTTPHeaders, Int)
    {
        var headers = HTTPHeaders()
        var lineStart = start
        while true {
            guard let lineFeed = bytes[lineStart...].firstIndex(of: ASCII.lineFeed) else {
                throw .missingClosingBoundary
            }
            var lineEnd = lineFeed
            if lineEnd > lineStart, bytes[lineEnd - 1] == ASCII.carriageReturn { lineEnd -= 1 }
            let line = bytes[lineStart..<lineEnd]
            lineStart = lineFeed + 1
            if line.isEmpty { return (headers, lineStart) }
            guard let colon = line.firstIndex(of: ASCII.colon), colon > line.startIndex else {
                throw .malformedPartHeaders(part: part)
            }
            let name = String(decoding: line[..<colon], as: UTF8.self).trimmingOWS()
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingOWS()
            guard !name.isEmpty, !name.contains(" ") else { throw .malformedPartHeaders(part: part) }
            headers.add(name, value)
        }
    }

    private static func makePart(headers: HTTPHeaders, body: Data) -> Part {
        var name: String?
        var filename: String?
        var extendedFilename: String?
        if let disposition = headers["Content-Disposition"] {
            for piece in splitParameters(disposition).dropFirst() {
                let (key, value) = parameter(piece)
                if key.caseInsensitiveEquals("name") {
                    name = value ?? ""
                } else if key.caseInsensitiveEquals("filename") {
                    filename = value ?? ""
                } else if key.caseInsensitiveEquals("filename*"), let value {
                    extendedFilename = decodeExtendedValue(value)
                }
            }
        }
        return Part(
            headers: headers, name: name, filename: filename ?? extendedFilename, contentType: headers["Content-Type"],
            body: body)
    }

    /// `type/subtype; a=b; c="d;e"` split at semicolons outside quoted strings, trimmed.
    private static func splitParameters(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in text {
            if escaped {
                escaped = false
            } else if quoted, character == "\\" {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
            } else if character == ";", !quoted {
                pieces.append(current.trimmingOWS())
                current = ""
                continue
            }
            current.append(character)
        }
        pieces.append(current.trimmingOWS())
        return pieces
    }

    /// `name=value` or `name="quoted \" value"` (RFC 9110 §5.6.4), the value unquoted.
    private static func parameter(_ piece: String) -> (name: String, value: String?) {
        guard let equals = piece.firstIndex(of: "=") else { return (piece.trimmingOWS(), nil) }
        let name = String(piece[..<equals]).trimmingOWS()
        let raw = String(piece[piece.index(after: equals)...]).trimmingOWS()
        guard raw.count >= 2, raw.hasPrefix("\""), raw.hasSuffix("\"") else { return (name, raw) }
        var value = ""
        var escaped = false
        for character in raw.dropFirst().dropLast() {
            if escaped {
                value.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                value.append(character)
            }
        }
        return (name, value)
    }

    /// RFC 8187 `charset'language'percent-encoded`, e.g. `UTF-8''na%C3%AFve.txt`.
    private static func decodeExtendedValue(_ value: String) -> String? {
        let pieces = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard pieces.count == 3 else { return nil }
        return String(pieces[2]).removingPercentEncoding
    }

    /// The offset of the first `needle` in `haystack` at or after `start`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard start >= 0, !needle.isEmpty, haystack.count - start >= needle.count else { return nil }
        return haystack.withUnsafeBytes { hay -> Int? in
            needle.withUnsafeBytes { pin -> Int? in
                guard let hayBase = hay.baseAddress, let pinBase = pin.baseAddress else { return nil }
                let first = Int32(needle[0])
                let last = hay.count - needle.count  // the last offset where the needle still fits
                var offset = start
                while offset <= last {
                    // memchr finds candidates for the first byte quickly; memcmp checks the rest.
                    guard let hit = memchr(hayBase + offset, first, last - offset + 1) else { return nil }
                    let candidate = hayBase.distance(to: UnsafeRawPointer(hit))
                    if memcmp(hayBase + candidate, pinBase, needle.count) == 0 { return candidate }
                    offset = candidate + 1
                }
                return nil
            }
        }
    }
}
