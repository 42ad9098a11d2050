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

extension [FormPart] {
    /// The text of the first non-file part named `name` (compared case-insensitively).
    func field(_ name: String) -> String? {
        first { $0.name.caseInsensitiveCompare(name) == .orderedSame && $0.filename == nil }?.text
    }

    /// A `true`/`false` field (any case); `defaultValue` when absent or empty; 400 for anything else.
    func flag(_ name: String, default defaultValue: Bool) throws -> Bool {
        guard let text = field(name), !text.isEmpty else { return defaultValue }
        switch text.lowercased() {
        case "true": return true
        case "false": return false
        default: throw GalleryError.badRequest("The form field \(name) must be true or false, not \"\(text)\".")
        }
    }
}

/// Reads form bodies, multipart (with PostieHTTPServer's `MultipartFormData`) or URL-encoded.
enum FormBody {
    /// The parts of a multipart body; nil when the body is not multipart; 400 when it is malformed.
    ///
    /// The boundary comes from the `Content-Type` header when it names one; otherwise it is sniffed from
    /// the body's first line, because the public collection's "Input files" request sends a multipart
    /// body under a stray `Content-Type: application/json`.
    static func multipartParts(of request: HTTPRequest) throws -> [FormPart]? {
        let boundary =
            request.headers["Content-Type"].flatMap(MultipartFormData.boundary(fromContentType:))
            ?? MultipartFormData.sniffBoundary(fromBody: request.body)
        guard let boundary else { return nil }
        // A multipart content type with nothing in the body: a form with no fields.
        if request.body.isEmpty { return [] }
        do {
            return try MultipartFormData.parse(body: request.body, boundary: boundary).map { part in
                FormPart(name: part.name ?? "", filename: part.filename, contentType: part.contentType, data: part.body)
            }
        } catch {
            throw GalleryError.badRequest("The multipart/form-data body is malformed: \(error).")
        }
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
}
