import Foundation
import PostieJSON
import PostieCrypto

/// Keeps secrets out of everything postie prints or writes.
///
/// Secrets are registered as they become known (secret-type variables, auth secrets, fetched tokens);
/// every text that leaves postie goes through `redact`, which replaces each registered value — in every
/// form it can take on its way out (`encodings(of:)`) — with `[redacted]`. Header values of
/// `Authorization`, `Proxy-Authorization` and cookies are redacted whole, whatever they hold.
public final class SecretRedactor: @unchecked Sendable {
    /// What a secret is replaced with.
    public static let placeholder = "[redacted]"

    /// Shorter values are redacted only where they stand as a whole field (a header, a variable), not inside
    /// other text, where a secret of `1` or `ab` would shred everything.
    public static let minimumSubstringLength = 4

    private let lock = NSLock()
    private var secrets: Set<String> = []
    /// The values given to `register`, as given (each one's forms are in `secrets`).
    private var registered: Set<String> = []
    private var ordered: [String] = []
    /// `ordered`, with what `redact` needs to skip a secret that a text cannot hold.
    private var candidates: [Candidate] = []

    /// A registered form of a secret, as `redact` looks for it.
    private struct Candidate {
        var text: String
        /// Whether it is long enough to be replaced inside other text (`minimumSubstringLength`).
        var isLong: Bool
        /// Its UTF-8 when it is ASCII: then a text holds it only if its bytes hold these (an ASCII string
        /// is canonically equivalent to itself alone), and a byte search rules it out cheaply.
        var ascii: [UInt8]?

        init(_ text: String) {
            self.text = text
            isLong = text.count >= SecretRedactor.minimumSubstringLength
            ascii = text.utf8.allSatisfy { $0 < 0x80 } ? Array(text.utf8) : nil
        }

        /// Whether `text` may hold this secret: false only when it certainly does not.
        func mayOccur(in text: String) -> Bool {
            guard let ascii, !ascii.isEmpty else { return true }
            return TextDecoding.contains(utf8: ascii, in: text)
        }
    }

    /// The registered forms `redact` looks for in `text` (longest first), or none when `text` holds
    /// none of them: most texts, which then go out as they are without a search through each form.
    private func candidates(for text: String) -> [Candidate] {
        lock.lock()
        let all = candidates
        lock.unlock()
        let applicable = all.filter { $0.isLong || $0.text == text }
        return applicable.contains { $0.mayOccur(in: text) } ? applicable : []
    }

    public init(secrets: [String] = []) {
        for secret in secrets { register(secret) }
    }

    /// Adds a value to keep out of output (and its percent-encoded form). A value that holds nothing but
    /// `{{references}}` left unresolved (and an auth scheme word such as `Bearer`) is not a secret: it is
    /// the collection's own text, and redacting it would hide the very name a warning is about.
    public func register(_ secret: String) {
        // The same token or password comes again with every request that uses it: its forms are made once.
        if lock.withLock({ registered.contains(secret) }) { return }
        let trimmed = secret.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, !Self.isOnlyReferences(trimmed) else { return }
        lock.lock()
        defer { lock.unlock() }
        registered.insert(secret)
        for variant in [secret] + Self.encodings(of: trimmed) where !secrets.contains(variant) {
            secrets.insert(variant)
            ordered.append(variant)
        }
        // Longest first, so that a secret containing another is replaced whole.
        ordered.sort { $0.count > $1.count }
        candidates = ordered.map(Candidate.init)
    }

    /// The forms a secret takes on its way out, so that it is recognised by meaning, not spelling:
    /// as written; percent-encoded with each URL component's encode set as postman-url-encoder applies
    /// it (the query set leaves `! $ ' ( ) * + , / : @ \` alone, the path set more) and with RFC 3986's
    /// unreserved set; form-encoded (`+` for a space); and each of those JSON-escaped (as postie writes
    /// JSON, and with `\/` and `\u00e9` escapes as servers echo it) and XML-escaped.
    static func encodings(of secret: String) -> [String] {
        var forms: [String] = []
        func add(_ form: String) { if !forms.contains(form) { forms.append(form) } }
        add(secret)
        for set in [URLEncodeSet.queryValue, .queryKey, .path, .userInfo, .fragment] { add(set.encode(secret)) }
        // Inside a URL the secret's own `&`, `=`, `?` and `#` split it before each part is encoded.
        add(urlTail(secret, inQuery: true))
        add(urlTail(secret, inQuery: false))
        let strict = PercentEncoding.rfc3986(secret)
        add(strict)
        add(strict.replacingOccurrences(of: "%20", with: "+"))
        add(formEncoded(secret))
        add(URLEncodeSet.queryValue.encode(secret).replacingOccurrences(of: "%20", with: "+"))
        for form in forms {
            add(jsonEscaped(form, asciiOnly: false, slash: false))
            add(jsonEscaped(form, asciiOnly: true, slash: false))
            add(jsonEscaped(form, asciiOnly: true, slash: true))
            add(jsonEscaped(form, asciiOnly: true, slash: true, upperHex: true))
            add(jsonEscaped(form, asciiOnly: false, slash: true))
            add(xmlEscaped(form))
        }
        return forms
    }

    /// `text` as it goes out when a URL is parsed after `{{secret}}` was resolved into it: in the path
    /// (or, with `inQuery`, as a query value); a `\` in the path is a `/`, a `?` starts the query, a `#`
    /// the fragment, `&` and `=` split query parameters, and each part is encoded with its own set.
    static func urlTail(_ text: String, inQuery: Bool) -> String {
        var rest = Substring(text)
        var output = ""
        if !inQuery {
            let end = rest.firstIndex { $0 == "?" || $0 == "#" } ?? rest.endIndex
            // A backslash in an http(s) path is a slash (WHATWG URL, as postman-url-encoder parses).
            output += URLEncodeSet.path.encode(rest[..<end].replacingOccurrences(of: "\\", with: "/"))
            rest = rest[end...]
            guard rest.first == "?" else {
                if !rest.isEmpty { output += "#" + URLEncodeSet.fragment.encode(String(rest.dropFirst())) }
                return output
            }
            output += "?"
            rest = rest.dropFirst()
        }
        let queryEnd = rest.firstIndex(of: "#") ?? rest.endIndex
        let parameters = rest[..<queryEnd].split(separator: "&", omittingEmptySubsequences: false)
        output += parameters.enumerated().map { index, parameter in
            if index == 0 && inQuery { return URLEncodeSet.queryValue.encode(String(parameter)) }
            guard let equals = parameter.firstIndex(of: "=") else { return URLEncodeSet.queryKey.encode(String(parameter)) }
            return URLEncodeSet.queryKey.encode(String(parameter[..<equals])) + "="
                + URLEncodeSet.queryValue.encode(String(parameter[parameter.index(after: equals)...]))
        }.joined(separator: "&")
        if queryEnd < rest.endIndex { output += "#" + URLEncodeSet.fragment.encode(String(rest[rest.index(after: queryEnd)...])) }
        return output
    }

    /// `application/x-www-form-urlencoded` (WHATWG URL §5.2): alphanumerics and `*-._` kept, a space as `+`.
    static func formEncoded(_ text: String) -> String {
        var output = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"):
                output.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " "): output += "+"
            default: output += String(format: "%%%02X", byte)
            }
        }
        return output
    }

    /// The inside of a JSON string holding `text` (RFC 8259 §7).
    static func jsonEscaped(_ text: String, asciiOnly: Bool, slash: Bool, upperHex: Bool = false) -> String {
        var output = ""
        func unicode(_ unit: UInt16) {
            let hex = String(unit, radix: 16, uppercase: upperHex)
            output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "/" where slash: output += "\\/"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 || (asciiOnly && scalar.value > 0x7E) {
                    for unit in String(scalar).utf16 { unicode(unit) }
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }

    /// `text` as XML character data or an attribute value (XML 1.0 §2.4).
    static func xmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&apos;")
    }

    public func register(_ secrets: some Sequence<String>) {
        for secret in secrets { register(secret) }
    }

    /// Whether `value` is, as a whole, a registered secret.
    public func isSecret(_ value: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return secrets.contains(value)
    }

    /// `text` with every registered secret replaced by `[redacted]`.
    public func redact(_ text: String) -> String {
        let candidates = candidates(for: text)
        guard !candidates.isEmpty else { return text }
        var result = text
        for candidate in candidates {
            let secret = candidate.text
            if result.contains(secret) { result = result.replacingOccurrences(of: secret, with: Self.placeholder) }
        }
        return result
    }

    /// `text` with registered secrets replaced, except inside occurrences of `names`: the user's own
    /// words (request, folder and variable names) stay as written even when a secret happens to be one of
    /// them. A secret that only partly overlaps a name is still replaced.
    /// Every string inside a JSON value redacted (script data kept in reports, e.g. `pm.visualizer`).
    public func redactJSON(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text): return .string(redact(text))
        case .array(let elements): return .array(elements.map(redactJSON))
        case .object(let object): return .object(JSONObject(object.members.map { ($0.key, redactJSON($0.value)) }))
        default: return value
        }
    }

    public func redact(_ text: String, keeping names: [String]) -> String {
        let candidates = candidates(for: text)
        guard !candidates.isEmpty else { return text }
        let names = names.filter { !$0.isEmpty && text.contains($0) }
        guard !names.isEmpty else { return redact(text) }
        var kept: [Range<String.Index>] = []
        for name in names.sorted(by: { $0.count > $1.count }) {
            var searchStart = text.startIndex
            while let range = text.range(of: name, range: searchStart..<text.endIndex) {
                kept.append(range)
                searchStart = range.upperBound
            }
        }
        var replaced: [Range<String.Index>] = []
        for secret in candidates.map(\.text) {
            var searchStart = text.startIndex
            while searchStart < text.endIndex, let range = text.range(of: secret, range: searchStart..<text.endIndex) {
                searchStart = range.upperBound
                if replaced.contains(where: { $0.overlaps(range) }) { continue }
                if kept.contains(where: { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }) { continue }
                replaced.append(range)
            }
        }
        guard !replaced.isEmpty else { return text }
        var result = ""
        var position = text.startIndex
        for range in replaced.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            result += text[position..<range.lowerBound]
            result += Self.placeholder
            position = range.upperBound
        }
        result += text[position...]
        return result
    }

    /// Whether `value` is nothing but unresolved `{{references}}`, whitespace, punctuation and at most
    /// one leading auth scheme word (`Bearer {{token}}`, `{{user}}:{{password}}`).
    static func isOnlyReferences(_ value: String) -> Bool {
        guard value.contains("{{") else { return false }
        let rest = VariableResolver.replaceReferences(in: value) { _ in "" }
        guard rest != value else { return false }
        var words = rest.split(whereSeparator: \.isWhitespace)
        if let first = words.first, authSchemes.contains(first.lowercased()) { words.removeFirst() }
        // What is left between the references is punctuation at most (`{{user}}:{{password}}`).
        return words.allSatisfy { word in !word.contains { $0.isLetter || $0.isNumber } }
    }

    /// Authorization schemes that may precede a credential (RFC 9110 §11.4 and common ones).
    static let authSchemes: Set<String> = ["bearer", "basic", "digest", "oauth", "token", "apikey", "hoba", "negotiate", "hawk"]

    /// A header value as reports show it: secret headers whole, others with secrets removed.
    public func redactHeader(name: String, value: String) -> String {
        if AuthSecrets.isSecretHeader(name), !value.isEmpty { return Self.placeholder }
        return redact(value)
    }

    /// A variable value as reports and exports show it.
    public func redactValue(_ value: VariableValue) -> String {
        value.isSecret ? Self.placeholder : redact(value.value)
    }

    /// Text cut from a longer one (a truncated body): redacted, and a trailing start of a secret that the
    /// cut split (at least `minimumSubstringLength` characters of it) replaced too.
    public func redactCut(_ text: String) -> String {
        hidingTrailingSecretStart(redact(text))
    }

    /// `text`, already redacted, with a trailing start of a secret replaced.
    func hidingTrailingSecretStart(_ text: String) -> String {
        var result = text
        for secret in orderedSecrets() where secret.count > Self.minimumSubstringLength {
            var length = min(secret.count - 1, result.count)
            while length >= Self.minimumSubstringLength {
                if result.hasSuffix(secret.prefix(length)) {
                    result = String(result.dropLast(length)) + Self.placeholder
                    break
                }
                length -= 1
            }
        }
        return result
    }

    /// Bytes with every registered secret's UTF-8 form replaced by `[redacted]`: for bodies that are not
    /// text, before they are base64-encoded.
    public func redact(bytes: Data) -> Data {
        var result = [UInt8](bytes)
        let placeholder = Array(Self.placeholder.utf8)
        for secret in orderedSecrets() where secret.count >= Self.minimumSubstringLength {
            let needle = Array(secret.utf8)
            guard result.count >= needle.count else { continue }
            var output: [UInt8] = []
            var index = 0
            var replaced = false
            while index < result.count {
                if result[index] == needle[0], index + needle.count <= result.count,
                    result[index..<(index + needle.count)].elementsEqual(needle)
                {
                    output.append(contentsOf: placeholder)
                    index += needle.count
                    replaced = true
                } else {
                    output.append(result[index])
                    index += 1
                }
            }
            if replaced { result = output }
        }
        return Data(result)
    }

    /// A captured or exported value: whole when it is a secret or its name says it holds one
    /// (see `nameLooksSecret`), else with registered secrets removed.
    public func redactNamedValue(name: String, value: String) -> String {
        if !value.isEmpty, Self.nameLooksSecret(name) || isSecret(value) { return Self.placeholder }
        return redact(value)
    }

    /// Whether a variable's name says it holds a credential: `password`, `clientSecret`, `access_token`,
    /// `apiKey`… Captured values are not typed, so their names are the only hint a flow gives.
    public static func nameLooksSecret(_ name: String) -> Bool {
        let folded = name.lowercased().filter { $0.isLetter || $0.isNumber }
        return ["secret", "password", "passwd", "token", "apikey", "credential", "privatekey"]
            .contains { folded.contains($0) }
    }

    private func orderedSecrets() -> [String] {
        lock.lock()
        defer { lock.unlock() }
        return ordered
    }
}
