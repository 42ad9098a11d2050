import Foundation

/// One cookie as RFC 6265 §5.3 stores it, with tough-cookie's field names.
public struct Cookie: Sendable, Equatable {
    public var name: String
    public var value: String
    /// Lower-case, without a leading dot.
    public var domain: String
    public var path: String
    /// When it stops being sent; nil for a session cookie (kept for the whole run).
    public var expires: Date?
    /// `Max-Age` as received, in seconds (it set `expires`), for the cookie-jar file.
    public var maxAge: Int?
    public var secure: Bool
    public var httpOnly: Bool
    /// Sent only to `domain` itself (no `Domain` attribute), not to its subdomains.
    public var hostOnly: Bool
    /// Whether `path` is the default one (RFC 6265 §5.1.4), the `Path` attribute absent.
    public var pathIsDefault: Bool
    /// `strict`, `lax` or `none` as received, lower-case; kept and written back, not enforced (postie
    /// sends no cross-site requests).
    public var sameSite: String?
    /// Attributes postie does not know, as written (`Priority=High`).
    public var extensions: [String]
    public var creation: Date
    public var lastAccessed: Date

    public init(
        name: String, value: String, domain: String, path: String = "/", expires: Date? = nil, maxAge: Int? = nil,
        secure: Bool = false, httpOnly: Bool = false, hostOnly: Bool = true, pathIsDefault: Bool = false,
        sameSite: String? = nil, extensions: [String] = [], creation: Date = Date(), lastAccessed: Date? = nil
    ) {
        self.name = name
        self.value = value
        self.domain = domain
        self.path = path
        self.expires = expires
        self.maxAge = maxAge
        self.secure = secure
        self.httpOnly = httpOnly
        self.hostOnly = hostOnly
        self.pathIsDefault = pathIsDefault
        self.sameSite = sameSite
        self.extensions = extensions
        self.creation = creation
        self.lastAccessed = lastAccessed ?? creation
    }

    /// Whether it has expired at `now`.
    public func isExpired(at now: Date) -> Bool {
        expires.map { $0 <= now } ?? false
    }

    /// Whether the cookie's value is a credential postie redacts: a session, token or auth cookie by its
    /// name, or any `HttpOnly` cookie (a server marks those it does not want scripts to read).
    public var isSecret: Bool {
        if httpOnly { return true }
        let lowered = name.lowercased()
        return Self.secretNameParts.contains { lowered.contains($0) }
    }

    static let secretNameParts = [
        "sess", "sid", "token", "auth", "secret", "jwt", "csrf", "xsrf", "key", "pass", "login", "remember", "credential",
    ]
}

/// A `Set-Cookie` field value parsed as RFC 6265 §5.2 says, before the jar decides whether to keep it.
struct SetCookie: Equatable {
    var name: String
    var value: String
    /// The `Expires` attribute, parsed (§5.1.1); nil when absent or unparseable.
    var expires: Date?
    /// `Max-Age` in seconds; nil when absent or not a number.
    var maxAge: Int?
    /// `Domain`, lower-case, its leading dot dropped; nil when absent or empty.
    var domain: String?
    /// `Path` when it starts with `/`; nil otherwise (the default path then applies).
    var path: String?
    var secure = false
    var httpOnly = false
    var sameSite: String?
    var extensions: [String] = []

    /// The largest `Set-Cookie` value kept (RFC 6265 §6.1 asks for at least 4096 bytes per cookie).
    static let maximumBytes = 8192

    /// Parses one `Set-Cookie` value; nil when RFC 6265 says to ignore it (no `=`, an empty name, too long).
    init?(_ header: String) {
        guard header.utf8.count <= Self.maximumBytes else { return nil }
        let pieces = header.split(separator: ";", omittingEmptySubsequences: false)
        guard let pair = pieces.first, let equals = pair.firstIndex(of: "=") else { return nil }
        name = pair[..<equals].trimmingCharacters(in: Self.whitespace)
        value = pair[pair.index(after: equals)...].trimmingCharacters(in: Self.whitespace)
        guard !name.isEmpty else { return nil }
        for piece in pieces.dropFirst() {
            let attributeName: String
            let attributeValue: String
            if let equals = piece.firstIndex(of: "=") {
                attributeName = piece[..<equals].trimmingCharacters(in: Self.whitespace)
                attributeValue = piece[piece.index(after: equals)...].trimmingCharacters(in: Self.whitespace)
            } else {
                attributeName = piece.trimmingCharacters(in: Self.whitespace)
                attributeValue = ""
            }
            switch attributeName.lowercased() {
            case "expires":
                if let date = CookieDate.parse(attributeValue) { expires = date }
            case "max-age":
                // §5.2.2: an optional `-` then digits; anything else ignores the attribute.
                let digits = attributeValue.hasPrefix("-") ? attributeValue.dropFirst() : Substring(attributeValue)
                if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
                    maxAge = Int(attributeValue) ?? (attributeValue.hasPrefix("-") ? Int.min : Int.max)
                }
            case "domain":
                var domain = Substring(attributeValue)
                if domain.hasPrefix(".") { domain = domain.dropFirst() }
                if !domain.isEmpty { self.domain = domain.lowercased() }
            case "path":
                path = attributeValue.hasPrefix("/") ? attributeValue : nil
            case "secure":
                secure = true
            case "httponly":
                httpOnly = true
            case "samesite":
                let lowered = attributeValue.lowercased()
                if ["strict", "lax", "none"].contains(lowered) { sameSite = lowered }
            case "":
                continue
            default:
                extensions.append(piece.trimmingCharacters(in: Self.whitespace))
            }
        }
    }

    static let whitespace = CharacterSet(charactersIn: " \t")
}

/// RFC 6265 §5.1.1: the forgiving date format of `Expires`.
enum CookieDate {
    /// The date in `text`, or nil when §5.1.1 fails it.
    static func parse(_ text: String) -> Date? {
        var hour: Int?, minute = 0, second = 0
        var day: Int?, month: Int?, year: Int?
        for token in tokens(text) {
            if hour == nil, let time = time(token) {
                (hour, minute, second) = (time.0, time.1, time.2)
            } else if day == nil, let value = leadingDigits(token, 1...2) {
                day = value
            } else if month == nil, token.count >= 3, let index = months.firstIndex(of: token.prefix(3).lowercased()) {
                month = index + 1
            } else if year == nil, let value = leadingDigits(token, 2...4) {
                year = value
            }
        }
        guard var year, let day, let month, let hour else { return nil }
        if (70...99).contains(year) { year += 1900 } else if (0...69).contains(year) { year += 2000 }
        guard (1...31).contains(day), year >= 1601, hour <= 23, minute <= 59, second <= 59 else { return nil }
        var components = DateComponents()
        components.year = year
        components.month = month
        components.day = day
        components.hour = hour
        components.minute = minute
        components.second = second
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone.current
        guard let date = calendar.date(from: components),
            calendar.component(.day, from: date) == day  // 31 February is no date
        else { return nil }
        return date
    }

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The date-tokens between delimiters (%x09, %x20-2F, %x3B-40, %x5B-60, %x7B-7E).
    static func tokens(_ text: String) -> [Substring] {
        text.split { character in
            guard let ascii = character.asciiValue else { return false }
            return ascii == 0x09 || (0x20...0x2F).contains(ascii) || (0x3B...0x40).contains(ascii)
                || (0x5B...0x60).contains(ascii) || (0x7B...0x7E).contains(ascii)
        }
    }

    /// `hh:mm:ss` (1 or 2 digits each), anything after the digits ignored.
    static func time(_ token: Substring) -> (Int, Int, Int)? {
        let parts = token.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, let hour = leadingDigits(parts[0], 1...2, trailingAllowed: false),
            let minute = leadingDigits(parts[1], 1...2, trailingAllowed: false), let second = leadingDigits(parts[2], 1...2)
        else { return nil }
        return (hour, minute, second)
    }

    /// The number written by `token`'s leading digits, when there are `count` of them (then, if
    /// allowed, anything but a digit).
    static func leadingDigits(_ token: Substring, _ count: ClosedRange<Int>, trailingAllowed: Bool = true) -> Int? {
        let digits = token.prefix { $0.isASCII && $0.isNumber }
        guard count.contains(digits.count), trailingAllowed || digits.count == token.count else { return nil }
        return Int(digits)
    }
}
