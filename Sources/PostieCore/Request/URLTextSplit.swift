/// A URL's text cut at its delimiters the way postman-url-encoder's parser (behind postman-collection's
/// `Url.parse`) cuts it, as byte ranges of the text.
///
/// Leading white space is dropped (trailing kept, so a value's final newline is sent); a `{{variable}}`
/// is opaque, so a `#`, `?`, `/`, `@`, `:`, `.` or `&` inside its name splits nothing; then the fragment is
/// cut at the first `#`, the query at the first `?`, backslashes before the query read as `/`, the scheme
/// before `://` (the slashes after it dropped, but for one after `file://`), the path at the first `/`,
/// userinfo up to the last `@` (so a password may hold `@`), the port after the last `:` unless a `]`
/// follows it (an IPv6 literal).
///
/// One splitter serves two readers: `RequestURL.parse` (the resolved text, to send) and
/// `URLDefinition(parsing:)` (a URL the collection writes as one text, split before its variables are
/// resolved, as Postman splits it when it loads the collection).
struct URLTextSplit {
    /// The text's UTF-8 bytes, leading white space removed and backslashes before the query made `/`.
    private(set) var bytes: [UInt8]
    /// Which bytes stand inside a `{{name}}`.
    let opaque: [Bool]
    /// Before `://`, when the text has one.
    private(set) var scheme: Range<Int>?
    /// Before the last `@` of the authority.
    private(set) var userInfo: Range<Int>?
    private(set) var host = 0..<0
    /// After the authority's last `:`.
    private(set) var port: Range<Int>?
    /// The path's segments, nil when the text has no `/` after its authority.
    private(set) var segments: [Range<Int>]?
    /// The query's `key=value` pairs split at `&`, nil when the text has no `?`.
    private(set) var query: [Range<Int>]?
    /// After the first `#`.
    private(set) var hash: Range<Int>?

    init(_ text: String) {
        var bytes = Array(text.utf8)
        let start = Self.leadingWhitespaceByteCount(text)
        if start > 0 { bytes.removeFirst(start) }
        self.bytes = bytes
        opaque = Self.variableMask(bytes)

        var end = bytes.count
        if let mark = first(UInt8(ascii: "#"), in: 0..<end) {
            hash = (mark + 1)..<end
            end = mark
        }
        if let mark = first(UInt8(ascii: "?"), in: 0..<end) {
            query = pieceRanges(of: (mark + 1)..<end, at: UInt8(ascii: "&"))
            end = mark
        }
        // Before the query, a backslash is a slash (WHATWG, special schemes).
        for index in 0..<end where isDelimiter(index, UInt8(ascii: "\\")) { self.bytes[index] = UInt8(ascii: "/") }
        let slash = UInt8(ascii: "/")
        var pointer = 0
        if let separator = (0..<max(0, end - 2)).first(where: {
            isDelimiter($0, UInt8(ascii: ":")) && self.bytes[$0 + 1] == slash && self.bytes[$0 + 2] == slash
        }) {
            scheme = 0..<separator
            pointer = separator + 3
            while pointer < end, self.bytes[pointer] == slash { pointer += 1 }
            // `file:////path` keeps one of its slashes: the path then starts at once (no host).
            if pointer > separator + 3, Self.lowercased(self.bytes[0..<separator]) == "file" { pointer -= 1 }
        }
        var authorityEnd = end
        if let firstSlash = first(slash, in: pointer..<end) {
            authorityEnd = firstSlash
            segments = pieceRanges(of: (firstSlash + 1)..<end, at: slash)
        }
        var hostStart = pointer
        if let at = last(UInt8(ascii: "@"), in: pointer..<authorityEnd) {
            userInfo = pointer..<at
            hostStart = at + 1
        }
        var hostEnd = authorityEnd
        if let colon = last(UInt8(ascii: ":"), in: hostStart..<authorityEnd),
            first(UInt8(ascii: "]"), in: (colon + 1)..<authorityEnd) == nil
        {
            port = (colon + 1)..<authorityEnd
            hostEnd = colon
        }
        host = hostStart..<hostEnd
    }

    /// The text of `range`.
    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// Whether the byte at `index` is `byte`, outside a `{{name}}`.
    func isDelimiter(_ index: Int, _ byte: UInt8) -> Bool { bytes[index] == byte && !opaque[index] }

    /// The first byte of `range` equal to `byte` outside a `{{name}}`.
    func first(_ byte: UInt8, in range: Range<Int>) -> Int? { range.first { isDelimiter($0, byte) } }

    /// The last byte of `range` equal to `byte` outside a `{{name}}`.
    func last(_ byte: UInt8, in range: Range<Int>) -> Int? { range.last { isDelimiter($0, byte) } }

    /// `range` cut at every `byte` outside a `{{name}}`, as ranges.
    func pieceRanges(of range: Range<Int>, at byte: UInt8) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        for index in range where isDelimiter(index, byte) {
            pieces.append(start..<index)
            start = index + 1
        }
        pieces.append(start..<range.upperBound)
        return pieces
    }

    /// `range` cut at every `byte` outside a `{{name}}`.
    func pieces(of range: Range<Int>, at byte: UInt8) -> [String] { pieceRanges(of: range, at: byte).map(text) }

    /// `range`'s text before and after its first `byte` outside a `{{name}}` (a query pair's key and value
    /// at `=`, userinfo's user and password at `:`); without one, all of it and nil.
    func cut(_ range: Range<Int>, at byte: UInt8) -> (String, String?) {
        guard let found = first(byte, in: range) else { return (text(range), nil) }
        return (text(range.lowerBound..<found), text((found + 1)..<range.upperBound))
    }

    /// ASCII letters lower-cased byte by byte; other text as Swift lower-cases it.
    static func lowercased(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return String(decoding: bytes, as: UTF8.self).lowercased() }
        return String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
    }

    /// How many UTF-8 bytes of Unicode white space `text` starts with (ASCII read byte by byte).
    static func leadingWhitespaceByteCount(_ text: String) -> Int {
        var count = 0
        for byte in text.utf8 {
            switch byte {
            case 0x09...0x0D, 0x20: count += 1
            case 0x80...:
                // Rare: a non-ASCII space such as U+00A0 or U+3000; read the scalars from here.
                let rest = text.utf8.dropFirst(count)
                for scalar in String(decoding: rest, as: UTF8.self).unicodeScalars {
                    guard scalar.properties.isWhitespace else { return count }
                    count += UTF8.width(scalar)
                }
                return count
            default: return count
            }
        }
        return count
    }

    /// Which bytes stand inside a `{{name}}` (postman-url-encoder's `/{{[^{}]*}}/g`).
    static func variableMask(_ bytes: [UInt8]) -> [Bool] {
        var mask = [Bool](repeating: false, count: bytes.count)
        let open = UInt8(ascii: "{")
        let close = UInt8(ascii: "}")
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == open, bytes[index + 1] == open {
                var end = index + 2
                while end < bytes.count, bytes[end] != open, bytes[end] != close { end += 1 }
                if end + 1 < bytes.count, bytes[end] == close, bytes[end + 1] == close {
                    for marked in index...(end + 1) { mask[marked] = true }
                    index = end + 2
                    continue
                }
            }
            index += 1
        }
        return mask
    }
}
