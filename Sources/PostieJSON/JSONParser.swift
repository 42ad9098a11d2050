import Foundation

/// Where a JSON value stands in its document: 1-based line and column (in characters), 0-based byte offset.
public struct JSONSourceLocation: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// `LINE:COLUMN`.
    public var description: String { "\(line):\(column)" }
}

/// Why a document is not JSON, and where.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, lower-case, e.g. `expected ',' or '}' after an object member`.
    public var message: String
    /// Where it is wrong.
    public var location: JSONSourceLocation

    public init(message: String, location: JSONSourceLocation) {
        self.message = message
        self.location = location
    }

    /// `LINE:COLUMN: message`.
    public var description: String { "\(location): \(message)" }
}

/// A route from a document's root to one of its values: `item[2].request.url`.
public struct JSONNodePath: Sendable, Hashable, CustomStringConvertible {
    public enum Element: Sendable, Hashable {
        case member(String)
        case element(Int)
    }

    public var elements: [Element]

    public init(_ elements: [Element] = []) { self.elements = elements }

    /// This path extended by an object member.
    public func appending(_ key: String) -> JSONNodePath { appending(element: .member(key)) }

    /// This path extended by an array element.
    public func appending(_ index: Int) -> JSONNodePath { appending(element: .element(index)) }

    /// One copy of the elements, with room for the new one (no array made for it alone).
    private func appending(element: Element) -> JSONNodePath {
        var extended: [Element] = []
        extended.reserveCapacity(elements.count + 1)
        extended.append(contentsOf: elements)
        extended.append(element)
        return JSONNodePath(extended)
    }

    public var description: String {
        var text = ""
        for element in elements {
            switch element {
            case .member(let key):
                if !text.isEmpty { text += "." }
                text += key
            case .element(let index):
                text += "[\(index)]"
            }
        }
        return text.isEmpty ? "(root)" : text
    }
}

/// Parses JSON text (RFC 8259) into `JSONValue`, with errors that name line and column.
///
/// A leading UTF-8 byte-order mark is skipped (the Gallery sends one); nesting is bounded so that
/// hostile input cannot exhaust the stack.
public enum JSONParser {
    /// The default bound on nesting depth.
    public static let defaultMaximumDepth = 512

    /// Parses a whole document.
    public static func parse(_ data: Data, maximumDepth: Int = defaultMaximumDepth) throws -> JSONValue {
        try data.withUnsafeBytes { raw in
            try parse(raw.bindMemory(to: UInt8.self), maximumDepth: maximumDepth)
        }
    }

    /// Parses a whole document.
    public static func parse(_ text: String, maximumDepth: Int = defaultMaximumDepth) throws -> JSONValue {
        var text = text
        return try text.withUTF8 { try parse($0, maximumDepth: maximumDepth) }
    }

    /// Parses a whole document.
    public static func parse(_ bytes: [UInt8], maximumDepth: Int = defaultMaximumDepth) throws -> JSONValue {
        try bytes.withUnsafeBufferPointer { try parse($0, maximumDepth: maximumDepth) }
    }

    /// Parses a whole document.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int = defaultMaximumDepth) throws
        -> JSONValue
    {
        var scanner = JSONScanner(bytes: bytes, maximumDepth: maximumDepth)
        return try scanner.parseDocument()
    }

    /// Where the value at `path` starts in `data`, or nil when the document has no such value
    /// (or is not JSON up to that point). Used to put a line and column on errors found after parsing.
    public static func location(of path: JSONNodePath, in data: Data) -> JSONSourceLocation? {
        locations(of: [path], in: data)[0]
    }

    /// Where the values at `paths` start, in one scan of `data` (each path's first occurrence; nil for a
    /// path that is not there): for many paths, far cheaper than `location(of:in:)` once per path.
    public static func locations(of paths: [JSONNodePath], in data: Data) -> [JSONSourceLocation?] {
        guard !paths.isEmpty else { return [] }
        return data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var scanner = JSONScanner(bytes: bytes, maximumDepth: defaultMaximumDepth)
            var targets: [[JSONNodePath.Element]: [Int]] = [:]
            for (position, path) in paths.enumerated() { targets[path.elements, default: []].append(position) }
            scanner.targets = targets
            scanner.targetOffsets = Array(repeating: nil, count: paths.count)
            _ = try? scanner.parseDocument()
            return JSONScanner.locations(ofOffsets: scanner.targetOffsets, in: bytes)
        }
    }

    /// The value at the end of `route` (member names and indexes from the root) in the JSON document
    /// `data`, nil when the document has no such value; every other value is read past without being
    /// built, so a large document costs its bytes only. The whole document is checked all the same:
    /// it throws what `parse` would throw. With a member named twice, the last one counts, as in `parse`.
    public static func value(
        at route: [JSONNodePath.Element], in data: Data, maximumDepth: Int = defaultMaximumDepth
    ) throws -> JSONValue? {
        try data.withUnsafeBytes { raw in
            var scanner = JSONScanner(bytes: raw.bindMemory(to: UInt8.self), maximumDepth: maximumDepth)
            return try scanner.selectDocument(route)
        }
    }

    /// The line and column of each byte offset in `data`, in one pass over it.
    public static func locations(ofOffsets offsets: [Int?], in data: Data) -> [JSONSourceLocation?] {
        data.withUnsafeBytes { raw in JSONScanner.locations(ofOffsets: offsets, in: raw.bindMemory(to: UInt8.self)) }
    }

    /// The line and column of a byte offset in `data`.
    public static func location(ofOffset offset: Int, in data: Data) -> JSONSourceLocation {
        data.withUnsafeBytes { raw in
            JSONScanner.location(ofOffset: offset, in: raw.bindMemory(to: UInt8.self))
        }
    }
}

/// The byte-level recursive-descent parser behind `JSONParser`.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let maximumDepth: Int
    var index = 0
    /// When set, the scanner records where the value at each of these paths first starts, in
    /// `targetOffsets` at the positions the path maps to.
    var targets: [[JSONNodePath.Element]: [Int]]? {
        didSet { tracksPath = targets != nil }
    }
    private(set) var tracksPath = false
    var currentPath: [JSONNodePath.Element] = []
    var targetOffsets: [Int?] = []
    /// The members of the objects being read, innermost last: each object's are copied out once, into
    /// an array of their number, when it closes (appending to its own array grew it for every member).
    var memberStack: [(key: String, value: JSONValue)] = []
    /// The elements of the arrays being read, as `memberStack` holds members.
    var elementStack: [JSONValue] = []
    /// The bytes of a string with escapes, decoded: one buffer for every such string.
    var unescaped: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
    }

    mutating func parseDocument() throws -> JSONValue {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        skipWhitespace()
        guard index < bytes.count else { throw error("the document is empty: expected a JSON value") }
        let value = try parseValue(depth: 0)
        skipWhitespace()
        if index < bytes.count {
            throw error("unexpected \(describeCurrent()) after the end of the JSON value")
        }
        return value
    }

    // MARK: One value, the rest read past

    mutating func selectDocument(_ route: [JSONNodePath.Element]) throws -> JSONValue? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        skipWhitespace()
        guard index < bytes.count else { throw error("the document is empty: expected a JSON value") }
        let value = try selectValue(route[...], depth: 0)
        skipWhitespace()
        if index < bytes.count {
            throw error("unexpected \(describeCurrent()) after the end of the JSON value")
        }
        return value
    }

    /// The value at `route` below the value at `index`, reading past the rest (with the same checks
    /// and errors as `parseValue`).
    mutating func selectValue(_ route: ArraySlice<JSONNodePath.Element>, depth: Int) throws -> JSONValue? {
        guard let step = route.first else { return try parseValue(depth: depth) }
        guard index < bytes.count else { throw error("unexpected end of file: expected a value") }
        switch (bytes[index], step) {
        case (UInt8(ascii: "{"), .member(let wanted)):
            var found: JSONValue?
            try readObject(depth: depth + 1) { scanner, key, memberDepth in
                if key == wanted {
                    found = try scanner.selectValue(route.dropFirst(), depth: memberDepth)
                } else {
                    try scanner.skipValue(depth: memberDepth)
                }
            }
            return found
        case (UInt8(ascii: "["), .element(let wanted)):
            var found: JSONValue?
            try readArray(depth: depth + 1) { scanner, position, elementDepth in
                if position == wanted {
                    found = try scanner.selectValue(route.dropFirst(), depth: elementDepth)
                } else {
                    try scanner.skipValue(depth: elementDepth)
                }
            }
            return found
        default:
            try skipValue(depth: depth)
            return nil
        }
    }

    /// Reads past the value at `index`, checking it as `parseValue` does, building nothing.
    mutating func skipValue(depth: Int) throws {
        guard index < bytes.count else { throw error("unexpected end of file: expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): try readObject(depth: depth + 1) { scanner, _, memberDepth in try scanner.skipValue(depth: memberDepth) }
        case UInt8(ascii: "["): try readArray(depth: depth + 1) { scanner, _, elementDepth in try scanner.skipValue(depth: elementDepth) }
        default: _ = try parseValue(depth: depth)
        }
    }

    /// The members of the object at `index`, each handed to `member` with the scanner at its value.
    mutating func readObject(depth: Int, member: (inout JSONScanner, String, Int) throws -> Void) throws {
        guard depth <= maximumDepth else { throw error("nesting is deeper than \(maximumDepth) levels") }
        index += 1  // {
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            index += 1
            return
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file: expected a member name") }
            guard bytes[index] == UInt8(ascii: "\"") else {
                if bytes[index] == UInt8(ascii: "}") { throw error("trailing comma before '}'") }
                throw error("unexpected \(describeCurrent()): expected a member name in double quotes")
            }
            let key = try parseString()
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else {
                throw error("unexpected \(describeCurrent()): expected ':' after the member name \"\(key)\"")
            }
            index += 1
            skipWhitespace()
            try member(&self, key, depth)
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file: expected ',' or '}'") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                return
            default: throw error("unexpected \(describeCurrent()): expected ',' or '}' after an object member")
            }
        }
    }

    /// The elements of the array at `index`, each handed to `element` with its position.
    mutating func readArray(depth: Int, element: (inout JSONScanner, Int, Int) throws -> Void) throws {
        guard depth <= maximumDepth else { throw error("nesting is deeper than \(maximumDepth) levels") }
        index += 1  // [
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            index += 1
            return
        }
        var position = 0
        while true {
            skipWhitespace()
            if peek() == UInt8(ascii: "]") { throw error("trailing comma before ']'") }
            try element(&self, position, depth)
            position += 1
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file: expected ',' or ']'") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                return
            default: throw error("unexpected \(describeCurrent()): expected ',' or ']' after an array element")
            }
        }
    }

    // MARK: Values

    mutating func parseValue(depth: Int) throws -> JSONValue {
        if tracksPath, let positions = targets?[currentPath] {
            for position in positions where targetOffsets[position] == nil { targetOffsets[position] = index }
        }
        guard index < bytes.count else { throw error("unexpected end of file: expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try parseLiteral("true", value: .bool(true))
        case UInt8(ascii: "f"): return try parseLiteral("false", value: .bool(false))
        case UInt8(ascii: "n"): return try parseLiteral("null", value: .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("unexpected \(describeCurrent()): expected a value")
        }
    }

    mutating func parseObject(depth: Int) throws -> JSONValue {
        // This object's members stand in `memberStack` from `base` (objects inside a value are read past
        // it and taken off again before the next member). A key written twice keeps its first position
        // and its last value, as `JSON.parse` does: found by comparing keys while the object is small
        // and by a dictionary of positions once it is not, as `JSONObject` looks them up.
        let base = memberStack.count
        var positions: [String: Int] = [:]
        try readObject(depth: depth) { scanner, key, memberDepth in
            if scanner.tracksPath { scanner.currentPath.append(.member(key)) }
            let value = try scanner.parseValue(depth: memberDepth)
            if scanner.tracksPath { scanner.currentPath.removeLast() }
            let count = scanner.memberStack.count - base
            if !positions.isEmpty {
                if let position = positions[key] {
                    scanner.memberStack[base + position].value = value
                    return
                }
                positions[key] = count
            } else {
                var position = base
                while position < scanner.memberStack.count {
                    if scanner.memberStack[position].key == key {
                        scanner.memberStack[position].value = value
                        return
                    }
                    position += 1
                }
                if count >= JSONObject.linearLookupLimit {
                    positions.reserveCapacity(count + 1)
                    for offset in 0..<count { positions[scanner.memberStack[base + offset].key] = offset }
                    positions[key] = count
                }
            }
            scanner.memberStack.append((key: key, value: value))
        }
        let members = Array(memberStack[base...])
        memberStack.removeSubrange(base...)
        return .object(JSONObject(uniqueMembers: members, positions: positions))
    }

    mutating func parseArray(depth: Int) throws -> JSONValue {
        // This array's elements stand in `elementStack` from `base`, as an object's members do.
        let base = elementStack.count
        try readArray(depth: depth) { scanner, position, elementDepth in
            if scanner.tracksPath { scanner.currentPath.append(.element(position)) }
            let element = try scanner.parseValue(depth: elementDepth)
            if scanner.tracksPath { scanner.currentPath.removeLast() }
            scanner.elementStack.append(element)
        }
        let elements = Array(elementStack[base...])
        elementStack.removeSubrange(base...)
        return .array(elements)
    }

    mutating func parseLiteral(_ word: StaticString, value: JSONValue) throws -> JSONValue {
        let start = index
        let length = word.utf8CodeUnitCount
        let matches =
            index + length <= bytes.count
            && (0..<length).allSatisfy { bytes[index + $0] == word.utf8Start[$0] }
        guard matches else {
            index = start
            throw error("unexpected \(describeWord()): expected a value (strings need double quotes)")
        }
        index += length
        return value
    }

    mutating func parseNumber() throws -> JSONValue {
        let start = index
        if peek() == UInt8(ascii: "-") { index += 1 }
        let digitsStart = index
        var isInteger = true
        guard let first = peek(), isDigit(first) else {
            throw error("invalid number: expected a digit after '-'")
        }
        if first == UInt8(ascii: "0") {
            index += 1
            if let next = peek(), isDigit(next) { throw error("invalid number: leading zeros are not allowed") }
        } else {
            while let next = peek(), isDigit(next) { index += 1 }
        }
        if peek() == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard let next = peek(), isDigit(next) else { throw error("invalid number: expected a digit after '.'") }
            while let next = peek(), isDigit(next) { index += 1 }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
            guard let next = peek(), isDigit(next) else {
                throw error("invalid number: expected a digit in the exponent")
            }
            while let next = peek(), isDigit(next) { index += 1 }
        }
        // An integer of up to 15 digits is exact in a Double: computed here, without text or strtod.
        if isInteger, index - digitsStart <= 15 {
            var magnitude = 0
            for position in digitsStart..<index { magnitude = magnitude &* 10 &+ Int(bytes[position] &- UInt8(ascii: "0")) }
            // -0 stays negative zero, as Double("-0") and JSON.parse make it.
            if digitsStart > start { return .number(magnitude == 0 ? -0.0 : -Double(magnitude)) }
            return .number(Double(magnitude))
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let number = Double(text) else {
            index = start
            throw error("invalid number \(text)")
        }
        return .number(number)
    }

    mutating func parseString() throws -> String {
        let openingQuote = index
        index += 1
        var start = index
        var sawEscape = false
        while true {
            index = Self.endOfPlainBytes(in: bytes, from: index)
            guard index < bytes.count else { break }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                let tail = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                if !sawEscape { return String(decoding: tail, as: UTF8.self) }
                unescaped.append(contentsOf: tail)
                return String(decoding: unescaped, as: UTF8.self)
            case UInt8(ascii: "\\"):
                if !sawEscape { unescaped.removeAll(keepingCapacity: true) }
                sawEscape = true
                unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                try parseEscape()
                start = index
            case 0..<0x20:
                throw error("unescaped control character (U+\(hex4(UInt16(byte)))) in a string; write it as an escape")
            default:
                index += 1
            }
        }
        index = openingQuote
        throw error("unterminated string: no closing '\"'")
    }

    /// The offset of the first byte from `start` that a string's scan must look at (`"`, `\\` or a
    /// control character), or the end: eight bytes at a time (strings are most of a collection's bytes).
    @inline(__always)
    static func endOfPlainBytes(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        var index = start
        while index &+ 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let special =
                bytesEqual(to: UInt8(ascii: "\""), in: word) | bytesEqual(to: UInt8(ascii: "\\"), in: word)
                | bytesBelow(0x20, in: word)
            // The lowest flag is exact (a borrow only flags bytes above the one that made it).
            if special != 0 { return index &+ special.trailingZeroBitCount &>> 3 }
            index &+= 8
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { return index }
            index &+= 1
        }
        return index
    }

    /// The top bit of each byte of `word` (little-endian) that is `byte`, and perhaps of bytes above it.
    @inline(__always)
    static func bytesEqual(to byte: UInt8, in word: UInt64) -> UInt64 {
        bytesBelow(1, in: word ^ (0x0101_0101_0101_0101 &* UInt64(byte)))
    }

    /// The top bit of each byte of `word` (little-endian) below `limit` (at most 128), and perhaps of
    /// bytes above one: subtracting `limit` from a byte below it borrows, which sets its top bit where
    /// the byte's own was clear; a borrow reaches only bytes above.
    @inline(__always)
    static func bytesBelow(_ limit: UInt8, in word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101 &* UInt64(limit)) & ~word & 0x8080_8080_8080_8080
    }

    /// Reads the escape at `index` (a backslash) into `unescaped`.
    mutating func parseEscape() throws {
        index += 1  // backslash
        guard index < bytes.count else { throw error("unexpected end of file in an escape sequence") }
        let escaped = bytes[index]
        index += 1
        switch escaped {
        case UInt8(ascii: "\""): unescaped.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): unescaped.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): unescaped.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): unescaped.append(0x08)
        case UInt8(ascii: "f"): unescaped.append(0x0C)
        case UInt8(ascii: "n"): unescaped.append(0x0A)
        case UInt8(ascii: "r"): unescaped.append(0x0D)
        case UInt8(ascii: "t"): unescaped.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = UInt32(try parseHex4())
            if (0xD800...0xDBFF).contains(scalar) {
                // A high surrogate pairs with a following \uDC00-\uDFFF; alone it becomes U+FFFD, as JSON.parse keeps it.
                if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                    let save = index
                    index += 2
                    let low = UInt32(try parseHex4())
                    if (0xDC00...0xDFFF).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        index = save
                        scalar = 0xFFFD
                    }
                } else {
                    scalar = 0xFFFD
                }
            } else if (0xDC00...0xDFFF).contains(scalar) {
                scalar = 0xFFFD
            }
            let character = Unicode.Scalar(scalar) ?? "\u{FFFD}"
            UTF8.encode(character) { unescaped.append($0) }
        default:
            index -= 2
            throw error("invalid escape '\\\(Character(Unicode.Scalar(escaped)))' in a string")
        }
    }

    mutating func parseHex4() throws -> UInt16 {
        guard index + 4 <= bytes.count else { throw error("unexpected end of file in a \\u escape") }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("invalid \\u escape: expected four hexadecimal digits")
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }

    // MARK: Scanning helpers

    func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20:
                index += 1
                // Indentation, half of a pretty-printed document's bytes: eight bytes at a time, the
                // spaces that start a word counted from its first byte that is not one.
                if let base = bytes.baseAddress {
                    while index &+ 8 <= bytes.count {
                        let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                        let others = word ^ 0x2020_2020_2020_2020
                        if others != 0 {
                            index &+= others.trailingZeroBitCount &>> 3
                            break
                        }
                        index &+= 8
                    }
                }
            case 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    func describeCurrent() -> String {
        guard index < bytes.count else { return "end of file" }
        let byte = bytes[index]
        if byte >= 0x21 && byte < 0x7F { return "character '\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    func describeWord() -> String {
        var end = index
        while end < bytes.count, end - index < 20, bytes[end] >= 0x21, bytes[end] < 0x7F,
            ![UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ":")].contains(bytes[end])
        {
            end += 1
        }
        guard end > index else { return describeCurrent() }
        return "'\(String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self))'"
    }

    func hex4(_ value: UInt16) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }

    func error(_ message: String) -> JSONParseError {
        JSONParseError(message: message, location: Self.location(ofOffset: index, in: bytes))
    }

    /// `location(ofOffset:in:)` of every offset, in one pass over the bytes up to the last of them.
    static func locations(ofOffsets offsets: [Int?], in bytes: UnsafeBufferPointer<UInt8>) -> [JSONSourceLocation?] {
        let order = offsets.indices.filter { offsets[$0] != nil }.sorted { offsets[$0]! < offsets[$1]! }
        var results = [JSONSourceLocation?](repeating: nil, count: offsets.count)
        var line = 1
        var column = 1
        var position = (bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) ? 3 : 0
        for slot in order {
            let offset = offsets[slot]!
            let end = min(offset, bytes.count)
            while position < end {
                let byte = bytes[position]
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1  // count characters, not UTF-8 continuation bytes
                }
                position += 1
            }
            results[slot] = JSONSourceLocation(line: line, column: column, offset: offset)
        }
        return results
    }

    static func location(ofOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> JSONSourceLocation {
        let end = min(offset, bytes.count)
        var line = 1
        var column = 1
        var position = (bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) ? 3 : 0
        while position < end {
            let byte = bytes[position]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1  // count characters, not UTF-8 continuation bytes
            }
            position += 1
        }
        return JSONSourceLocation(line: line, column: column, offset: offset)
    }
}
