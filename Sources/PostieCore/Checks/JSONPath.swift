import PostieJSON

/// A JSONPath query that selects values from a JSON document, in the Goessner syntax that
/// jsonpath-plus reads (what Postman and Newman users write):
///
/// - `$` the root; `.name`, `['name']`, `["name"]` a member; `[0]`, `[-1]` an element;
///   `[*]`, `.*` every member or element; `..name`, `..*`, `..[0]` recursive descent;
///   `[0,2]`, `['a','b']` unions; `[start:end:step]` slices (Python semantics, parts optional).
/// - Filters `[?(@.price < 10 && @.tag != "x")]` with `== != < <= > >=`, `=~ /regex/flags`, `&& || !`
///   and parentheses; `@` is the element under test, `$` the root; a bare path such as `[?(@.isbn)]` tests
///   that the value is present and truthy (as JavaScript does in Goessner's and jsonpath-plus's filters:
///   `null`, `false`, `0` and `""` count as false).
/// - `.length` of an array or string (jsonpath-plus), when it has no member named `length`.
///
/// Comparisons in filters: `==` compares JSON values but a number equals a string spelling that number
/// (`===` does not); `<`… compare numbers (and numeric strings against numbers) numerically, two strings
/// by their characters, and anything else is false. A path that selects nothing is missing: `==` is false,
/// `!=` is true. A path that selects several values stands for the array of them.
///
/// Two paths are equal when they are written the same way.
public struct JSONPath: Sendable, Equatable, CustomStringConvertible {
    /// The expression as written.
    public let expression: String
    let segments: [JSONPathSegment]

    /// Parses `expression`; throws a `JSONPathError` naming the position of the first mistake.
    public init(_ expression: String) throws {
        var parser = JSONPathParser(expression)
        segments = try parser.parseQuery()
        self.expression = expression
    }

    /// The values the path selects in `root`, in document order; empty when it selects nothing.
    public func evaluate(_ root: JSONValue) -> [JSONValue] {
        JSONPathEvaluator.select(segments, from: root, root: root)
    }

    /// Whether the path can select at most one value: only member names and indexes, no wildcard,
    /// recursive descent, union, slice or filter.
    public var isSingular: Bool { segments.allSatisfy(\.isSingular) }

    /// The member names and indexes of a singular path, as a route from the root; nil when the path is
    /// not singular or counts an index from the end (`[-1]`), which needs the array's length.
    var singularSteps: [JSONNodePath.Element]? {
        var steps: [JSONNodePath.Element] = []
        for segment in segments {
            guard segment.isSingular else { return nil }
            switch segment.selectors[0] {
            case .name(let name): steps.append(.member(name))
            case .index(let index) where index >= 0: steps.append(.element(index))
            default: return nil
            }
        }
        return steps
    }

    /// The expression as written.
    public var description: String { expression }

    public static func == (lhs: JSONPath, rhs: JSONPath) -> Bool { lhs.expression == rhs.expression }
}

/// Why a JSONPath does not parse: `unexpected ']' at position 10 in "$.a[?(@.b]": expected ')' …`.
public struct JSONPathError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The whole expression.
    public var expression: String
    /// The 1-based character (Unicode scalar) position of the mistake; one past the end for a premature end.
    public var position: Int
    /// What is wrong there, e.g. `unexpected ']'`.
    public var problem: String
    /// What would be right, e.g. `expected ')'`.
    public var hint: String?

    public init(expression: String, position: Int, problem: String, hint: String? = nil) {
        self.expression = expression
        self.position = position
        self.problem = problem
        self.hint = hint
    }

    public var description: String {
        "\(problem) at position \(position) in \(JSONWriter.quote(expression))" + (hint.map { ": \($0)" } ?? "")
    }
}

// MARK: - Syntax tree

/// One step of a path: the selectors applied to each current value (`.a`, `[0,1]`), or to each current
/// value and all its descendants (`..a`).
struct JSONPathSegment: Sendable {
    var isDescendant: Bool
    var selectors: [JSONPathSelector]

    var isSingular: Bool {
        guard !isDescendant, selectors.count == 1 else { return false }
        switch selectors[0] {
        case .name, .index: return true
        case .wildcard, .slice, .filter: return false
        }
    }
}

enum JSONPathSelector: Sendable {
    case name(String)
    case index(Int)
    case wildcard
    case slice(start: Int?, end: Int?, step: Int?)
    case filter(JSONPathFilter)
}

indirect enum JSONPathFilter: Sendable {
    case or(JSONPathFilter, JSONPathFilter)
    case and(JSONPathFilter, JSONPathFilter)
    case not(JSONPathFilter)
    /// A bare operand: true when present and truthy.
    case truthy(JSONPathOperand)
    case compare(JSONPathOperand, JSONPathComparison, JSONPathOperand)
    case matches(JSONPathOperand, TextPattern)
}

enum JSONPathOperand: Sendable {
    case literal(JSONValue)
    /// `@…`: relative to the value under test.
    case current([JSONPathSegment])
    /// `$…`: relative to the document root.
    case root([JSONPathSegment])
}

enum JSONPathComparison: String, Sendable, CaseIterable {
    // Longest first, so that `===` is not read as `==` followed by `=`.
    case strictEqual = "==="
    case strictNotEqual = "!=="
    case equal = "=="
    case notEqual = "!="
    case lessOrEqual = "<="
    case greaterOrEqual = ">="
    case matches = "=~"
    case less = "<"
    case greater = ">"
}

// MARK: - Parser

/// A recursive-descent parser over Unicode scalars, so that positions agree with the columns
/// `JSONParser` reports.
struct JSONPathParser {
    /// Bound on nested brackets, parentheses and `!`, so that evaluation cannot exhaust the stack.
    static let maximumNesting = 32

    let expression: String
    let scalars: [Unicode.Scalar]
    var index = 0
    var nesting = 0

    init(_ expression: String) {
        self.expression = expression
        self.scalars = Array(expression.unicodeScalars)
    }

    mutating func parseQuery() throws(JSONPathError) -> [JSONPathSegment] {
        guard peek() == "$" else {
            if scalars.isEmpty {
                throw JSONPathError(
                    expression: expression, position: 1, problem: "empty expression",
                    hint: "a JSONPath starts with '$', e.g. $.id")
            }
            var hint = "a JSONPath starts with '$'"
            if peek() == "." || peek() == "[" {
                hint += "; did you mean \(JSONWriter.quote("$" + expression))?"
            } else if peek() == "@" {
                hint += "; '@' is only for the element under test inside a filter [?(…)]"
            } else if let first = peek(), first.properties.isAlphabetic || first == "_" {
                hint += "; did you mean \(JSONWriter.quote("$." + expression))?"
            }
            throw unexpected(hint: hint)
        }
        index += 1
        let segments = try parseSegments(insideFilter: false)
        guard index == scalars.count else { throw unexpected(hint: "expected '.', '[' or the end of the expression") }
        return segments
    }

    mutating func parseSegments(insideFilter: Bool) throws(JSONPathError) -> [JSONPathSegment] {
        var segments: [JSONPathSegment] = []
        while let scalar = peek() {
            switch scalar {
            case ".":
                index += 1
                let isDescendant = peek() == "."
                if isDescendant { index += 1 }
                switch peek() {
                case "*":
                    index += 1
                    segments.append(JSONPathSegment(isDescendant: isDescendant, selectors: [.wildcard]))
                case "[":
                    segments.append(JSONPathSegment(isDescendant: isDescendant, selectors: try parseBracket()))
                default:
                    let name = try parseDotName(after: isDescendant ? "'..'" : "'.'")
                    segments.append(JSONPathSegment(isDescendant: isDescendant, selectors: [.name(name)]))
                }
            case "[":
                segments.append(JSONPathSegment(isDescendant: false, selectors: try parseBracket()))
            default:
                if insideFilter { return segments }
                throw unexpected(hint: "expected '.', '[' or the end of the expression")
            }
        }
        return segments
    }

    /// A member name after `.`: any run of characters that are not JSONPath punctuation or spaces.
    mutating func parseDotName(after dots: String) throws(JSONPathError) -> String {
        let start = index
        while let scalar = peek(), !Self.endsDotName(scalar) { index += 1 }
        guard index > start else {
            throw unexpected(hint: "expected a member name, '*' or '[' after \(dots)")
        }
        return String(String.UnicodeScalarView(scalars[start..<index]))
    }

    static func endsDotName(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isWhitespace { return true }
        switch scalar {
        case ".", "[", "]", "(", ")", "'", "\"", "=", "!", "<", ">", "&", "|", ",", "~", "?", "*": return true
        default: return false
        }
    }

    mutating func parseBracket() throws(JSONPathError) -> [JSONPathSelector] {
        let open = index
        index += 1  // [
        try enter()
        defer { nesting -= 1 }
        var selectors: [JSONPathSelector] = []
        while true {
            skipSpaces()
            selectors.append(try parseSelector())
            skipSpaces()
            switch peek() {
            case ",": index += 1
            case "]":
                index += 1
                return selectors
            case nil: throw unexpected(hint: "expected ']' to close '[' at position \(open + 1)")
            default: throw unexpected(hint: "expected ',' or ']'")
            }
        }
    }

    mutating func parseSelector() throws(JSONPathError) -> JSONPathSelector {
        switch peek() {
        case "'", "\"": return .name(try parseQuotedString())
        case "*":
            index += 1
            return .wildcard
        case "?":
            index += 1
            skipSpaces()
            return .filter(try parseOr())
        case "(":
            throw JSONPathError(
                expression: expression, position: index + 1,
                problem: "script expressions such as [(@.length-1)] are not supported",
                hint: "use a negative index such as [-1] or a slice such as [-2:]")
        case "-", ":":
            return try parseIndexOrSlice()
        case let scalar? where ("0"..."9").contains(scalar):
            return try parseIndexOrSlice()
        default:
            throw unexpected(hint: "expected a quoted name, an index, a slice, '*' or a filter '?(…)'")
        }
    }

    mutating func parseIndexOrSlice() throws(JSONPathError) -> JSONPathSelector {
        let start = try parseInteger()
        skipSpaces()
        guard peek() == ":" else {
            guard let start else { throw unexpected(hint: "expected an index") }
            return .index(start)
        }
        index += 1
        skipSpaces()
        let end = try parseInteger()
        skipSpaces()
        var step: Int?
        if peek() == ":" {
            index += 1
            skipSpaces()
            step = try parseInteger()
        }
        return .slice(start: start, end: end, step: step)
    }

    /// An optional integer: nil when the next character starts none.
    mutating func parseInteger() throws(JSONPathError) -> Int? {
        let start = index
        if peek() == "-" { index += 1 }
        while let scalar = peek(), ("0"..."9").contains(scalar) { index += 1 }
        if index == start { return nil }
        let text = String(String.UnicodeScalarView(scalars[start..<index]))
        guard text != "-" else { throw unexpected(hint: "expected a digit after '-'") }
        guard let value = Int(text) else {
            throw JSONPathError(expression: expression, position: start + 1, problem: "index \(text) is too large")
        }
        return value
    }

    /// A string in single or double quotes, with JSON-style escapes and `\'`.
    mutating func parseQuotedString() throws(JSONPathError) -> String {
        let open = index
        guard let quote = peek() else { throw unexpected(hint: "expected a quoted string") }
        index += 1
        var result = String.UnicodeScalarView()
        while true {
            guard let scalar = peek() else {
                throw JSONPathError(
                    expression: expression, position: open + 1, problem: "unterminated string",
                    hint: "close it with \(quote)")
            }
            index += 1
            if scalar == quote { return String(result) }
            guard scalar == "\\" else {
                result.append(scalar)
                continue
            }
            guard let escaped = peek() else { continue }
            index += 1
            switch escaped {
            case "'", "\"", "\\", "/": result.append(escaped)
            case "b": result.append("\u{08}")
            case "f": result.append("\u{0C}")
            case "n": result.append("\n")
            case "r": result.append("\r")
            case "t": result.append("\t")
            case "u":
                var code: UInt32 = 0
                for _ in 0..<4 {
                    guard let digit = peek(), let value = Int(String(digit), radix: 16) else {
                        throw unexpected(hint: "expected four hexadecimal digits after \\u")
                    }
                    code = code << 4 | UInt32(value)
                    index += 1
                }
                // A UTF-16 surrogate pair written as two escapes.
                if (0xD800..<0xDC00).contains(code), peek() == "\\", peek(1) == "u" {
                    let low = scalars[min(index + 2, scalars.count)..<min(index + 6, scalars.count)]
                    if low.count == 4, let value = UInt32(String(String.UnicodeScalarView(low)), radix: 16),
                        (0xDC00..<0xE000).contains(value)
                    {
                        code = 0x10000 + (code - 0xD800) << 10 + (value - 0xDC00)
                        index += 6
                    }
                }
                result.append(Unicode.Scalar(code) ?? "\u{FFFD}")
            default:
                throw JSONPathError(
                    expression: expression, position: index - 1, problem: "invalid escape '\\\(escaped)'",
                    hint: "in a quoted name write \\\\ for a backslash and \\\(quote) for the quote")
            }
        }
    }

    // MARK: Filter expressions

    mutating func parseOr() throws(JSONPathError) -> JSONPathFilter {
        try enter()
        defer { nesting -= 1 }
        var left = try parseAnd()
        while true {
            skipSpaces()
            guard consume("||") else { return left }
            left = .or(left, try parseAnd())
        }
    }

    mutating func parseAnd() throws(JSONPathError) -> JSONPathFilter {
        var left = try parseUnary()
        while true {
            skipSpaces()
            guard consume("&&") else { return left }
            left = .and(left, try parseUnary())
        }
    }

    mutating func parseUnary() throws(JSONPathError) -> JSONPathFilter {
        skipSpaces()
        if peek() == "!", peek(1) != "=" {
            index += 1
            try enter()
            defer { nesting -= 1 }
            return .not(try parseUnary())
        }
        if peek() == "(" {
            let open = index
            index += 1
            let inner = try parseOr()
            skipSpaces()
            guard peek() == ")" else { throw unexpected(hint: "expected ')' to close '(' at position \(open + 1)") }
            index += 1
            return inner
        }
        let left = try parseOperand()
        skipSpaces()
        guard let comparison = try parseComparison() else { return .truthy(left) }
        skipSpaces()
        if comparison == .matches { return .matches(left, try parseRegex()) }
        return .compare(left, comparison, try parseOperand())
    }

    mutating func parseComparison() throws(JSONPathError) -> JSONPathComparison? {
        for comparison in JSONPathComparison.allCases where consume(comparison.rawValue) { return comparison }
        if peek() == "=" { throw unexpected(hint: "compare with '==' (a single '=' assigns)") }
        return nil
    }

    mutating func parseOperand() throws(JSONPathError) -> JSONPathOperand {
        skipSpaces()
        switch peek() {
        case "@":
            index += 1
            return .current(try parseSegments(insideFilter: true))
        case "$":
            index += 1
            return .root(try parseSegments(insideFilter: true))
        case "'", "\"":
            return .literal(.string(try parseQuotedString()))
        case let scalar? where scalar == "-" || ("0"..."9").contains(scalar):
            return .literal(.number(try parseNumber()))
        case let scalar? where scalar.properties.isAlphabetic:
            let start = index
            while let next = peek(), next.properties.isAlphabetic { index += 1 }
            switch String(String.UnicodeScalarView(scalars[start..<index])) {
            case "true": return .literal(.bool(true))
            case "false": return .literal(.bool(false))
            case "null": return .literal(.null)
            case let word:
                throw JSONPathError(
                    expression: expression, position: start + 1, problem: "unknown word '\(word)'",
                    hint: "expected '@', '$', a quoted string, a number, true, false or null")
            }
        default:
            throw unexpected(hint: "expected '@', '$', a quoted string, a number, true, false or null")
        }
    }

    mutating func parseNumber() throws(JSONPathError) -> Double {
        let start = index
        if peek() == "-" { index += 1 }
        func digits(_ parser: inout JSONPathParser) -> Int {
            let from = parser.index
            while let scalar = parser.peek(), ("0"..."9").contains(scalar) { parser.index += 1 }
            return parser.index - from
        }
        guard digits(&self) > 0 else { throw unexpected(hint: "expected a digit") }
        if peek() == ".", let next = peek(1), ("0"..."9").contains(next) {
            index += 1
            _ = digits(&self)
        }
        if peek() == "e" || peek() == "E" {
            index += 1
            if peek() == "+" || peek() == "-" { index += 1 }
            guard digits(&self) > 0 else { throw unexpected(hint: "expected the digits of an exponent") }
        }
        let text = String(String.UnicodeScalarView(scalars[start..<index]))
        guard let number = Double(text), number.isFinite else {
            throw JSONPathError(expression: expression, position: start + 1, problem: "invalid number \(text)")
        }
        return number
    }

    /// `/pattern/flags` as in JavaScript, or a quoted string.
    mutating func parseRegex() throws(JSONPathError) -> TextPattern {
        let start = index
        var pattern = ""
        var flags = ""
        if peek() == "'" || peek() == "\"" {
            pattern = try parseQuotedString()
        } else {
            guard peek() == "/" else {
                throw unexpected(hint: "expected a regular expression such as /^abc/i after '=~'")
            }
            index += 1
            var inClass = false
            var scalarsOfPattern = String.UnicodeScalarView()
            while true {
                guard let scalar = peek() else {
                    throw JSONPathError(
                        expression: expression, position: start + 1, problem: "unterminated regular expression",
                        hint: "close it with '/'")
                }
                index += 1
                if scalar == "/" && !inClass { break }
                scalarsOfPattern.append(scalar)
                if scalar == "\\", let escaped = peek() {
                    scalarsOfPattern.append(escaped)
                    index += 1
                } else if scalar == "[" {
                    inClass = true
                } else if scalar == "]" {
                    inClass = false
                }
            }
            pattern = String(scalarsOfPattern)
            while let flag = peek(), "gimsuy".unicodeScalars.contains(flag) {
                flags.unicodeScalars.append(flag)
                index += 1
            }
        }
        guard let compiled = TextPattern(pattern, flags: flags) else {
            throw JSONPathError(
                expression: expression, position: start + 1,
                problem: "invalid regular expression /\(pattern)/\(flags)",
                hint: "check brackets, parentheses and escapes (ICU syntax)")
        }
        return compiled
    }

    // MARK: Scanning

    func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        index + ahead < scalars.count ? scalars[index + ahead] : nil
    }

    mutating func consume(_ text: String) -> Bool {
        let expected = Array(text.unicodeScalars)
        guard index + expected.count <= scalars.count,
            scalars[index..<(index + expected.count)].elementsEqual(expected)
        else { return false }
        index += expected.count
        return true
    }

    mutating func skipSpaces() {
        while let scalar = peek(), scalar.properties.isWhitespace { index += 1 }
    }

    mutating func enter() throws(JSONPathError) {
        nesting += 1
        guard nesting <= Self.maximumNesting else {
            throw JSONPathError(
                expression: expression, position: index + 1,
                problem: "brackets, parentheses and '!' nest deeper than \(Self.maximumNesting) levels")
        }
    }

    func unexpected(hint: String) -> JSONPathError {
        let what: String
        if let scalar = peek() {
            what = scalar.properties.isWhitespace ? "space" : "'\(Character(scalar))'"
        } else {
            what = "end of expression"
        }
        return JSONPathError(expression: expression, position: index + 1, problem: "unexpected \(what)", hint: hint)
    }
}

// MARK: - Evaluation

/// Applies parsed segments to JSON values. Recursive descent walks with an explicit stack, so a
/// deeply nested document cannot exhaust the call stack; filters nest at most `maximumNesting` deep.
enum JSONPathEvaluator {
    static func select(_ segments: [JSONPathSegment], from start: JSONValue, root: JSONValue) -> [JSONValue] {
        var nodes = [start]
        for segment in segments {
            var next: [JSONValue] = []
            for node in nodes {
                guard segment.isDescendant else {
                    for selector in segment.selectors {
                        apply(selector, to: node, root: root, lengthAllowed: true, into: &next)
                    }
                    continue
                }
                // Pre-order, document order: the node, then each child's subtree (as jsonpath-plus and RFC 9535).
                var stack = [node]
                while let current = stack.popLast() {
                    for selector in segment.selectors {
                        apply(selector, to: current, root: root, lengthAllowed: false, into: &next)
                    }
                    switch current {
                    case .array(let elements):
                        for element in elements.reversed() where isContainer(element) { stack.append(element) }
                    case .object(let object):
                        for member in object.members.reversed() where isContainer(member.value) {
                            stack.append(member.value)
                        }
                    default: break
                    }
                }
            }
            nodes = next
            if nodes.isEmpty { break }
        }
        return nodes
    }

    static func isContainer(_ value: JSONValue) -> Bool {
        switch value {
        case .array, .object: return true
        default: return false
        }
    }

    static func apply(
        _ selector: JSONPathSelector, to node: JSONValue, root: JSONValue, lengthAllowed: Bool,
        into results: inout [JSONValue]
    ) {
        switch selector {
        case .name(let name):
            switch node {
            case .object(let object):
                if let value = object[name] { results.append(value) }
            case .array(let elements):
                if lengthAllowed && name == "length" {
                    results.append(.number(Double(elements.count)))
                } else if let position = canonicalIndex(name), position < elements.count {
                    results.append(elements[position])  // `$.items.0`, as JavaScript property access allows
                }
            case .string(let text):
                if lengthAllowed && name == "length" { results.append(.number(Double(text.utf16.count))) }
            default: break
            }
        case .index(let position):
            guard case .array(let elements) = node else { return }
            let normalized = position < 0 ? elements.count + position : position
            if elements.indices.contains(normalized) { results.append(elements[normalized]) }
        case .wildcard:
            switch node {
            case .array(let elements): results.append(contentsOf: elements)
            case .object(let object): results.append(contentsOf: object.members.map(\.value))
            default: break
            }
        case .slice(let start, let end, let step):
            guard case .array(let elements) = node else { return }
            for position in slice(count: elements.count, start: start, end: end, step: step ?? 1) {
                results.append(elements[position])
            }
        case .filter(let filter):
            let children: [JSONValue]
            switch node {
            case .array(let elements): children = elements
            case .object(let object): children = object.members.map(\.value)
            default: return
            }
            for child in children where test(filter, current: child, root: root) { results.append(child) }
        }
    }

    /// The positions a slice selects (RFC 9535 §2.3.4.2.2, which agrees with jsonpath-plus for positive steps).
    static func slice(count: Int, start: Int?, end: Int?, step: Int) -> [Int] {
        guard step != 0, count > 0 else { return [] }
        func normalize(_ position: Int) -> Int { position >= 0 ? position : count + position }
        var positions: [Int] = []
        if step > 0 {
            let lower = min(max(normalize(start ?? 0), 0), count)
            let upper = min(max(normalize(end ?? count), 0), count)
            var position = lower
            while position < upper {
                positions.append(position)
                let (next, overflow) = position.addingReportingOverflow(step)
                if overflow { break }
                position = next
            }
        } else {
            let upper = min(max(start.map(normalize) ?? count - 1, -1), count - 1)
            let lower = min(max(end.map(normalize) ?? -1, -1), count - 1)
            var position = upper
            while lower < position {
                positions.append(position)
                let (next, overflow) = position.addingReportingOverflow(step)
                if overflow { break }
                position = next
            }
        }
        return positions
    }

    /// `"0"`, `"12"`: a member name that JavaScript would also read as an array index.
    static func canonicalIndex(_ name: String) -> Int? {
        guard !name.isEmpty, name.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            name == "0" || !name.hasPrefix("0")
        else { return nil }
        return Int(name)
    }

    static func test(_ filter: JSONPathFilter, current: JSONValue, root: JSONValue) -> Bool {
        switch filter {
        case .or(let left, let right):
            return test(left, current: current, root: root) || test(right, current: current, root: root)
        case .and(let left, let right):
            return test(left, current: current, root: root) && test(right, current: current, root: root)
        case .not(let inner):
            return !test(inner, current: current, root: root)
        case .truthy(let operand):
            return CheckComparison.isTruthy(value(of: operand, current: current, root: root))
        case .matches(let operand, let pattern):
            switch value(of: operand, current: current, root: root) {
            case let scalar? where scalar.stringValue != nil || scalar.numberValue != nil || scalar.boolValue != nil:
                return pattern.matches(scalar.textValue)
            default:
                return false
            }
        case .compare(let leftOperand, let comparison, let rightOperand):
            let left = value(of: leftOperand, current: current, root: root)
            let right = value(of: rightOperand, current: current, root: root)
            switch comparison {
            case .equal, .notEqual:
                let equal = left.flatMap { l in right.map { r in CheckComparison.looselyEqual(l, r) } } ?? false
                return comparison == .equal ? equal : !equal
            case .strictEqual, .strictNotEqual:
                let equal = left != nil && left == right
                return comparison == .strictEqual ? equal : !equal
            case .less, .lessOrEqual, .greater, .greaterOrEqual:
                guard let left, let right, let order = CheckComparison.order(left, right) else { return false }
                switch comparison {
                case .less: return order < 0
                case .lessOrEqual: return order <= 0
                case .greater: return order > 0
                default: return order >= 0
                }
            case .matches:
                return false  // parsed as `.matches`, never as a comparison
            }
        }
    }

    /// An operand's value: nil when its path selects nothing, the array of values when it selects several.
    static func value(of operand: JSONPathOperand, current: JSONValue, root: JSONValue) -> JSONValue? {
        let selected: [JSONValue]
        switch operand {
        case .literal(let value): return value
        case .current(let segments): selected = select(segments, from: current, root: root)
        case .root(let segments): selected = select(segments, from: root, root: root)
        }
        switch selected.count {
        case 0: return nil
        case 1: return selected[0]
        default: return .array(selected)
        }
    }
}
