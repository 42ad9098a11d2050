import Foundation
import PostieCrypto

/// A header as it will be sent. `isSystem` marks headers postie added rather than the collection.
public struct HeaderField: Sendable, Equatable {
    public var name: String
    public var value: String
    public var isSystem: Bool

    public init(name: String, value: String, isSystem: Bool = false) {
        self.name = name
        self.value = value
        self.isSystem = isSystem
    }
}

/// A request body ready to encode. Kept structured until sending, because signing may still add
/// OAuth parameters to a urlencoded body.
public enum BuiltBody: Sendable, Equatable {
    case none
    /// Bytes as they are: raw text, a file, GraphQL JSON.
    case bytes(Data)
    /// `application/x-www-form-urlencoded` fields, encoded as Postman does (RFC 3986, `%20` for space).
    case urlencoded([FormField])
    case multipart(MultipartBody)

    /// A urlencoded field.
    public struct FormField: Sendable, Equatable {
        public var key: String
        public var value: String

        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    /// The bytes to send, or nil for no body.
    public func encoded() -> Data? {
        switch self {
        case .none: return nil
        case .bytes(let data): return data
        case .urlencoded(let fields):
            return Data(
                fields.map { PercentEncoding.rfc3986($0.key) + "=" + PercentEncoding.rfc3986($0.value) }
                    .joined(separator: "&").utf8)
        case .multipart(let body): return body.encoded()
        }
    }

    public var isEmpty: Bool {
        if case .none = self { return true }
        return false
    }
}

/// A `multipart/form-data` body (RFC 7578), laid out as the form-data library Postman uses writes it.
public struct MultipartBody: Sendable, Equatable {
    public struct Part: Sendable, Equatable {
        public var name: String
        /// Set for file parts (`""` for a file field with no file chosen).
        public var filename: String?
        public var contentType: String?
        public var data: Data

        public init(name: String, filename: String? = nil, contentType: String? = nil, data: Data) {
            self.name = name
            self.filename = filename
            self.contentType = contentType
            self.data = data
        }
    }

    public var boundary: String
    public var parts: [Part]

    public init(boundary: String, parts: [Part]) {
        self.boundary = boundary
        self.parts = parts
    }

    /// `multipart/form-data; boundary=…`.
    public var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    /// A boundary like form-data's: 26 dashes and 24 random digits.
    public static func makeBoundary(random: () -> UInt64) -> String {
        String(repeating: "-", count: 26) + (0..<24).map { _ in String(random() % 10) }.joined()
    }

    public func encoded() -> Data {
        var data = Data()
        for part in parts {
            var head = "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(Self.escape(part.name))\""
            if let filename = part.filename { head += "; filename=\"\(Self.escape(filename))\"" }
            head += "\r\n"
            if let contentType = part.contentType { head += "Content-Type: \(contentType)\r\n" }
            head += "\r\n"
            data.append(contentsOf: Array(head.utf8))
            data.append(part.data)
            data.append(contentsOf: Array("\r\n".utf8))
        }
        data.append(contentsOf: Array("--\(boundary)--\r\n".utf8))
        return data
    }

    /// Quotes and line breaks in names are percent-escaped (RFC 7578 §4.2, as browsers do).
    static func escape(_ name: String) -> String {
        name.replacingOccurrences(of: "\"", with: "%22").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }
}

/// An auth block with its variables resolved.
public struct ResolvedAuth: Sendable, Equatable {
    public var type: String
    /// Parameter values as text (`true`/`false` for Booleans).
    public var values: [String: String]

    public init(type: String, values: [String: String]) {
        self.type = type
        self.values = values
    }

    public subscript(key: String) -> String? { values[key] }

    /// A text parameter, nil when absent or empty.
    public func text(_ key: String) -> String? {
        guard let value = values[key], !value.isEmpty else { return nil }
        return value
    }

    /// A Boolean parameter: `true` (any case) or `1` is true.
    public func flag(_ key: String, default defaultValue: Bool = false) -> Bool {
        guard let value = values[key]?.lowercased() else { return defaultValue }
        return value == "true" || value == "1"
    }
}

/// A request with every variable resolved, ready for signing and sending.
public struct BuiltRequest: Sendable, Equatable {
    public var method: String
    public var url: RequestURL
    public var headers: [HeaderField]
    public var body: BuiltBody
    /// The auth to apply when signing; nil for none.
    public var auth: ResolvedAuth?
    /// The request's settings (`protocolProfileBehavior`, inherited).
    public var behavior: ProtocolProfileBehavior
    /// The collection's body mode (`raw`, `urlencoded`, `formdata`, `file`, `graphql`), nil without a body.
    public var bodyMode: String?

    public init(method: String, url: RequestURL, headers: [HeaderField] = [], body: BuiltBody = .none,
        auth: ResolvedAuth? = nil, behavior: ProtocolProfileBehavior = .inherit, bodyMode: String? = nil)
    {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.auth = auth
        self.behavior = behavior
        self.bodyMode = bodyMode
    }

    /// The last value of header `name` (case-insensitive), as HTTP libraries keep the last.
    public func header(_ name: String) -> String? {
        headers.last { $0.name.equalsIgnoringCase(name) }?.value
    }

    /// Replaces every header `name` with one.
    public mutating func setHeader(_ name: String, _ value: String, isSystem: Bool = false) {
        removeHeader(name)
        headers.append(HeaderField(name: name, value: value, isSystem: isSystem))
    }

    public mutating func removeHeader(_ name: String) {
        headers.removeAll { $0.name.equalsIgnoringCase(name) }
    }
}
