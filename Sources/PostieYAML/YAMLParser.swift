import Foundation
import PostieJSON

/// Bounds that keep hostile input from exhausting memory or the stack.
public struct YAMLLimits: Sendable, Equatable {
    /// The largest document read, in bytes.
    public var maximumBytes: Int
    /// The deepest nesting of collections (aliases included); the parser recurses once per level.
    public var maximumDepth: Int
    /// How many nodes aliases may copy in all: a "billion laughs" document stops here.
    public var maximumAliasNodes: Int

    public init(maximumBytes: Int = 16 * 1024 * 1024, maximumDepth: Int = 200, maximumAliasNodes: Int = 1_000_000) {
        self.maximumBytes = maximumBytes
        self.maximumDepth = maximumDepth
        self.maximumAliasNodes = maximumAliasNodes
    }
}

/// Parses YAML 1.2 text (block and flow styles, every scalar style, anchors, aliases, tags, several
/// documents) into `YAMLNode`s, and through the core schema into `JSONValue`.
///
/// Errors name the line and column and say what to change; the limits in `YAMLLimits` turn deep
/// nesting, oversized documents and alias bombs into errors rather than a crash.
public enum YAMLParser {
    /// Every document of a stream.
    public static func parseDocuments(_ text: String, limits: YAMLLimits = YAMLLimits()) throws -> [YAMLNode] {
        var scanner = try YAMLScanner(bytes: Array(text.utf8), limits: limits)
        return try scanner.parseStream()
    }

    /// The one document of `text` (null when the text holds none); several documents are an error.
    public static func parseDocument(_ text: String, limits: YAMLLimits = YAMLLimits()) throws -> YAMLNode {
        var scanner = try YAMLScanner(bytes: Array(text.utf8), limits: limits)
        let documents = try scanner.parseStream()
        if documents.count > 1 {
            throw YAMLError.syntax(
                message: "the file holds \(documents.count) documents (separated by ---); postie reads one document per file",
                location: documents[1].location)
        }
        return documents.first ?? YAMLNode(content: .scalar("", .plain), location: YAMLLocation(line: 1, column: 1, offset: 0))
    }

    /// The one document of `data` (UTF-8, with or without a byte-order mark).
    public static func parseDocument(_ data: Data, limits: YAMLLimits = YAMLLimits()) throws -> YAMLNode {
        try parseDocument(decode(data, limits: limits), limits: limits)
    }

    /// The one document of `text` as JSON (core schema).
    public static func parse(_ text: String, limits: YAMLLimits = YAMLLimits()) throws -> JSONValue {
        YAMLSchema.jsonValue(try parseDocument(text, limits: limits))
    }

    /// UTF-8 text of `data` (a byte-order mark dropped); anything else is an error.
    public static func decode(_ data: Data, limits: YAMLLimits = YAMLLimits()) throws -> String {
        guard data.count <= limits.maximumBytes else {
            throw YAMLError.limit(
                message: "the document is \(data.count) bytes, more than the \(limits.maximumBytes) postie reads",
                location: YAMLLocation(line: 1, column: 1, offset: 0))
        }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw YAMLError.syntax(
                message: "the file is not UTF-8 text", location: YAMLLocation(line: 1, column: 1, offset: 0))
        }
        return text
    }
}

// MARK: - Scanner and parser

private let space: UInt8 = 0x20, tab: UInt8 = 0x09, lineFeed: UInt8 = 0x0A, carriageReturn: UInt8 = 0x0D
private let hash = UInt8(ascii: "#"), colon = UInt8(ascii: ":"), dash = UInt8(ascii: "-"), question = UInt8(ascii: "?")
private let comma = UInt8(ascii: ","), openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")
private let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}"), ampersand = UInt8(ascii: "&")
private let asterisk = UInt8(ascii: "*"), bang = UInt8(ascii: "!"), pipe = UInt8(ascii: "|"), greater = UInt8(ascii: ">")
private let singleQuote = UInt8(ascii: "'"), doubleQuote = UInt8(ascii: "\""), percent = UInt8(ascii: "%")
private let atSign = UInt8(ascii: "@"), backtick = UInt8(ascii: "`"), backslash = UInt8(ascii: "\\"), dot = UInt8(ascii: ".")

@inline(__always) private func isBreak(_ c: UInt8) -> Bool { c == lineFeed || c == carriageReturn }
@inline(__always) private func isBlank(_ c: UInt8) -> Bool { c == space || c == tab }
@inline(__always) private func isFlowIndicator(_ c: UInt8) -> Bool {
    c == comma || c == openBracket || c == closeBracket || c == openBrace || c == closeBrace
}

/// A recursive-descent parser over the UTF-8 bytes (every YAML indicator is ASCII). Block structure
/// follows indentation: a collection's indentation is the column of its first entry.
struct YAMLScanner {
    let b: [UInt8]
    let n: Int
    let limits: YAMLLimits
    var p = 0
    var depth = 0
    var anchors: [String: YAMLNode] = [:]
    var aliasNodes = 0
    /// Byte offsets where lines start.
    let lineStarts: [Int]

    init(bytes: [UInt8], limits: YAMLLimits) throws {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        b = bytes
        n = bytes.count
        self.limits = limits
        var starts = [0]
        var index = 0
        while index < n {
            let c = bytes[index]
            if c == lineFeed {
                starts.append(index + 1)
            } else if c == carriageReturn {
                if index + 1 < n, bytes[index + 1] == lineFeed { index += 1 }
                starts.append(index + 1)
            } else if c == 0 {
                lineStarts = starts
                throw YAMLError.syntax(message: "the file contains a NUL byte: it is not YAML text", location: Self.location(index, bytes, starts))
            }
            index += 1
        }
        lineStarts = starts
        if n > limits.maximumBytes {
            throw YAMLError.limit(
                message: "the document is \(n) bytes, more than the \(limits.maximumBytes) postie reads",
                location: YAMLLocation(line: 1, column: 1, offset: 0))
        }
    }

    // MARK: Positions

    @inline(__always) func at(_ i: Int) -> UInt8 { i < n ? b[i] : 0 }
    @inline(__always) func isBlankOrEnd(_ i: Int) -> Bool { i >= n || isBlank(b[i]) || isBreak(b[i]) }

    func lineIndex(_ offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    func lineStart(_ offset: Int) -> Int { lineStarts[lineIndex(offset)] }

    /// The byte column (0-based) of `offset`: indentation is spaces, so bytes count as columns.
    func column(_ offset: Int) -> Int { offset - lineStart(offset) }

    func location(_ offset: Int) -> YAMLLocation { Self.location(offset, b, lineStarts) }

    static func location(_ offset: Int, _ b: [UInt8], _ lineStarts: [Int]) -> YAMLLocation {
        let offset = min(max(offset, 0), b.count)
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = 1
        var index = lineStarts[low]
        while index < offset {
            if b[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return YAMLLocation(line: low + 1, column: column, offset: offset)
    }

    /// Whether only spaces and tabs stand between the start of its line and `offset`.
    func isFirstOnLine(_ offset: Int) -> Bool {
        var index = offset - 1
        let start = lineStart(offset)
        while index >= start {
            if !isBlank(b[index]) { return false }
            index -= 1
        }
        return true
    }

    func error(_ message: String, _ offset: Int) -> YAMLError { .syntax(message: message, location: location(offset)) }

    func isDocumentMarker(_ i: Int) -> Bool {
        guard i + 2 < n else { return false }
        let c = b[i]
        guard c == dash || c == dot, b[i + 1] == c, b[i + 2] == c, isBlankOrEnd(i + 3) else { return false }
        return i == 0 || isBreak(b[i - 1])
    }

    var atDocumentEnd: Bool { p >= n || isDocumentMarker(p) }

    func afterBreak(_ i: Int) -> Int {
        if b[i] == carriageReturn, i + 1 < n, b[i + 1] == lineFeed { return i + 2 }
        return i + 1
    }

    /// Skips spaces, tabs, comments and line breaks.
    mutating func skipSpace() {
        while p < n {
            let c = b[p]
            if isBlank(c) {
                p += 1
            } else if c == hash, p == 0 || isBlank(b[p - 1]) || isBreak(b[p - 1]) {
                while p < n, !isBreak(b[p]) { p += 1 }
            } else if isBreak(c) {
                p = afterBreak(p)
            } else {
                return
            }
        }
    }

    /// Skips spaces and tabs on this line, and a comment that ends it.
    mutating func skipLineSpace() {
        while p < n, isBlank(b[p]) { p += 1 }
        if p < n, b[p] == hash, p == 0 || isBlank(b[p - 1]) {
            while p < n, !isBreak(b[p]) { p += 1 }
        }
    }

    func empty(_ offset: Int, tag: String? = nil) -> YAMLNode {
        YAMLNode(content: .scalar("", .plain), tag: tag, location: location(offset))
    }

    mutating func enter(_ offset: Int) throws {
        depth += 1
        if depth > limits.maximumDepth {
            throw YAMLError.limit(message: "collections nest deeper than \(limits.maximumDepth) levels", location: location(offset))
        }
    }

    func checked(_ node: YAMLNode) throws -> YAMLNode {
        if node.height > limits.maximumDepth {
            throw YAMLError.limit(message: "collections nest deeper than \(limits.maximumDepth) levels", location: node.location)
        }
        return node
    }

    // MARK: Documents

    mutating func parseStream() throws -> [YAMLNode] {
        var documents: [YAMLNode] = []
        while true {
            skipSpace()
            var sawDirective = false
            while p < n, b[p] == percent, lineStart(p) == p {
                if documents.count > 0, !sawDirective, !endedExplicitly {
                    throw error("a %directive after a document needs '...' to end that document first", p)
                }
                sawDirective = true
                while p < n, !isBreak(b[p]) { p += 1 }
                skipSpace()
            }
            if p >= n {
                if sawDirective { throw error("a %directive must be followed by a document starting with '---'", p) }
                break
            }
            endedExplicitly = false
            let start = p
            if isDocumentMarker(p), b[p] == dot {
                p += 3
                endedExplicitly = true
                skipLineSpace()
                continue
            }
            if isDocumentMarker(p), b[p] == dash {
                p += 3
                skipLineSpace()
            } else if sawDirective {
                throw error("a %directive must be followed by '---'", p)
            }
            let node: YAMLNode
            if atDocumentEnd || (p < n && isBreak(b[p]) && nextContentIsDocumentMarker()) {
                node = empty(start)
            } else {
                node = try parseBlockNode(parent: -1, inline: true, compact: false)
            }
            documents.append(node)
            skipSpace()
            if p >= n { break }
            if isDocumentMarker(p) {
                if b[p] == dot {
                    p += 3
                    endedExplicitly = true
                    skipLineSpace()
                    if p < n, !isBreak(b[p]) { throw error("unexpected text after '...'", p) }
                }
                continue
            }
            throw error(unexpectedMessage(at: p), p)
        }
        return documents
    }

    var endedExplicitly = false

    func nextContentIsDocumentMarker() -> Bool {
        var copy = self
        copy.skipSpace()
        return copy.atDocumentEnd
    }

    func unexpectedMessage(at offset: Int) -> String {
        let c = at(offset)
        if c == dash, isBlankOrEnd(offset + 1) {
            return "a list item where none belongs: a list cannot follow a mapping or text at this indentation"
        }
        if c == colon {
            if lineStart(offset) != offset, isFirstOnLine(lineStart(offset)) {
                return "unexpected ':': is this line indented too far? It reads as the continuation of the value above; "
                    + "quote the value if the ':' is part of the text"
            }
            return "unexpected ':': quote the value if the ':' is part of the text"
        }
        if !isFirstOnLine(offset) { return "unexpected text after the value: quote the whole value if it is text" }
        return "unexpected text at this indentation: is it indented to match its mapping or list?"
    }

    // MARK: Block nodes

    /// The node after an indicator (`:`, `-`, `?`, `---`) or at the start of a document. `parent` is the
    /// indentation of the enclosing collection; `inline` lets a block collection start on this line (after
    /// `-`, `?` or `---`, not after a key's `:`); `compact` lets a list at the parent's indentation be the
    /// value (a mapping's list written at the key's own indentation).
    mutating func parseBlockNode(parent: Int, inline: Bool, compact: Bool) throws -> YAMLNode {
        let before = p
        skipSpace()
        if atDocumentEnd { return empty(before) }
        if isFirstOnLine(p) {
            let col = column(p)
            let isSequence = at(p) == dash && isBlankOrEnd(p + 1)
            if col < parent || (col == parent && !(compact && isSequence)) {
                return empty(before)
            }
        }
        // Properties: an anchor and a tag, in either order.
        let propertiesStart = p
        var tag: String?
        var anchor: String?
        while p < n, b[p] == ampersand || b[p] == bang {
            if b[p] == ampersand {
                if anchor != nil { throw error("a node has two anchors", p) }
                anchor = try scanAnchorName()
            } else {
                if tag != nil { throw error("a node has two tags", p) }
                tag = try scanTag()
            }
            skipLineSpace()
        }
        var node: YAMLNode
        if anchor != nil || tag != nil, p >= n || isBreak(b[p]) {
            // Properties alone on their line: the node is on the next lines, or empty.
            node = try parseBlockNode(parent: parent, inline: true, compact: compact)
            if node.tag == nil { node.tag = tag }
            node.location = location(propertiesStart)
        } else if anchor != nil || tag != nil {
            let (content, usedByKey) = try parseBlockContent(
                parent: parent, inline: inline, sameLine: !isFirstOnLine(propertiesStart), keyProperties: (tag, anchor, propertiesStart))
            // Properties written before an implicit key belong to that key, not to its mapping.
            if usedByKey { return content }
            node = content
            node.tag = tag ?? node.tag
            node.location = location(propertiesStart)
        } else {
            node = try parseBlockContent(parent: parent, inline: inline, sameLine: !isFirstOnLine(p), keyProperties: nil).node
        }
        if let anchor { anchors[anchor] = node }
        return node
    }

    func checkIndentation(_ offset: Int) throws {
        // Tabs may separate a flow collection from the line start (it sets no block indentation).
        if b[offset] == openBracket || b[offset] == openBrace { return }
        var index = lineStart(offset)
        while index < offset {
            if b[index] == tab {
                throw error("a tab indents this line: YAML indents with spaces only", index)
            }
            if b[index] != space { return }
            index += 1
        }
    }

    mutating func parseBlockContent(
        parent: Int, inline: Bool, sameLine: Bool, keyProperties: (tag: String?, anchor: String?, offset: Int)?
    ) throws -> (node: YAMLNode, propertiesUsedByKey: Bool) {
        let start = p
        let col = column(keyProperties?.offset ?? p)
        let c = b[p]
        if c == colon, isBlankOrEnd(p + 1) {
            if sameLine && !inline && keyProperties == nil {
                throw error("unexpected ':' in a value: quote the value if the ':' is part of the text", p)
            }
            if let keyProperties {
                // Properties on an empty key: `!!null : value`.
                let key = empty(keyProperties.offset, tag: keyProperties.tag)
                if let anchor = keyProperties.anchor { anchors[anchor] = key }
                p += 1
                return (try parseBlockMapping(indent: col, firstKey: key, firstKeyOffset: keyProperties.offset), true)
            }
            return (try parseBlockMapping(indent: col, firstKey: nil), false)
        }
        if (c == dash || c == question) && isBlankOrEnd(p + 1) {
            if sameLine && !inline {
                throw error(
                    c == dash
                        ? "a list cannot start on the same line as its key: put `- item` on the next line, indented"
                        : "a '?' key cannot start on the same line as another key", p)
            }
            return (c == dash ? try parseBlockSequence(indent: col) : try parseBlockMapping(indent: col, firstKey: nil), false)
        }
        if c == pipe || c == greater { return (try parseBlockScalar(parent: parent), false) }
        if var key = try tryImplicitKey() {
            if sameLine && !inline {
                throw error(
                    "unexpected ':' in a value: a mapping cannot start on the same line as its key; "
                        + "quote the value if the ':' is part of the text", p - 1)
            }
            if let keyProperties {
                key.tag = keyProperties.tag ?? key.tag
                key.location = location(keyProperties.offset)
                if let anchor = keyProperties.anchor { anchors[anchor] = key }
            }
            return (try parseBlockMapping(indent: col, firstKey: key, firstKeyOffset: keyProperties?.offset ?? start), keyProperties != nil)
        }
        return (try parseInlineNode(parent: parent, flow: false, multiline: true), false)
    }

    /// A single-line node followed by `:` and a space (or the end of the line): an implicit key, with `p`
    /// after the `:`. Nil (and `p` unchanged) otherwise.
    mutating func tryImplicitKey() throws -> YAMLNode? {
        let save = p
        let saveAnchors = anchors
        let saveAliases = aliasNodes
        let startLine = lineIndex(p)
        var tag: String?
        var anchor: String?
        while p < n, b[p] == ampersand || b[p] == bang {
            let isAnchor = b[p] == ampersand
            guard let property = isAnchor ? try? scanAnchorName() : try? scanTag() else {
                p = save
                return nil
            }
            if isAnchor { anchor = property } else { tag = property }
            while p < n, isBlank(b[p]) { p += 1 }
        }
        let c = at(p)
        let candidate: YAMLNode?
        if p >= n || isBreak(c) || c == hash || ((c == dash || c == question) && isBlankOrEnd(p + 1)) || c == pipe || c == greater {
            candidate = nil
        } else if c == colon && isBlankOrEnd(p + 1) {
            // Properties on an empty key: `!!null : value`.
            if tag != nil || anchor != nil {
                var key = empty(save, tag: tag)
                key.location = location(save)
                if let anchor { anchors[anchor] = key }
                p += 1
                return key
            }
            candidate = nil
        } else {
            candidate = try? parseInlineNode(parent: Int.max, flow: false, multiline: false)
        }
        if var key = candidate, lineIndex(p) == startLine {
            while p < n, isBlank(b[p]) { p += 1 }
            if p < n, b[p] == colon, isBlankOrEnd(p + 1) {
                p += 1
                if let tag { key.tag = tag }
                if tag != nil || anchor != nil { key.location = location(save) }
                if let anchor { anchors[anchor] = key }
                return key
            }
        }
        p = save
        anchors = saveAnchors
        aliasNodes = saveAliases
        return nil
    }

    mutating func parseBlockSequence(indent: Int) throws -> YAMLNode {
        let start = p
        try enter(start)
        defer { depth -= 1 }
        var items: [YAMLNode] = []
        while true {
            if isFirstOnLine(p) { try checkIndentation(p) }
            p += 1  // the '-'
            items.append(try parseBlockNode(parent: indent, inline: true, compact: false))
            skipSpace()
            if atDocumentEnd { break }
            if !isFirstOnLine(p) { throw error(unexpectedMessage(at: p), p) }
            let col = column(p)
            if col < indent { break }
            if col > indent {
                throw error(
                    "bad indentation: this line is indented more than the list items above it (column \(indent + 1))", p)
            }
            guard b[p] == dash, isBlankOrEnd(p + 1) else { break }
        }
        return try checked(YAMLNode(content: .sequence(items), location: location(start)))
    }

    mutating func parseBlockMapping(indent: Int, firstKey: YAMLNode?, firstKeyOffset: Int? = nil) throws -> YAMLNode {
        let start = firstKeyOffset ?? p
        try enter(start)
        defer { depth -= 1 }
        var pairs: [YAMLPair] = []
        var seen: [String: YAMLLocation] = [:]
        var pending = firstKey
        while true {
            let entryStart = pending == nil ? p : start
            if isFirstOnLine(entryStart) { try checkIndentation(entryStart) }
            let key: YAMLNode
            let value: YAMLNode
            if let first = pending {
                pending = nil
                key = first
                value = try parseBlockNode(parent: indent, inline: false, compact: true)
            } else if b[p] == question, isBlankOrEnd(p + 1) {
                p += 1
                key = try parseBlockNode(parent: indent, inline: true, compact: false)
                skipSpace()
                if !atDocumentEnd, isFirstOnLine(p), column(p) == indent, b[p] == colon, isBlankOrEnd(p + 1) {
                    p += 1
                    value = try parseBlockNode(parent: indent, inline: true, compact: true)
                } else {
                    value = empty(p)
                }
            } else if b[p] == colon, isBlankOrEnd(p + 1) {
                key = empty(p)
                p += 1
                value = try parseBlockNode(parent: indent, inline: false, compact: true)
            } else {
                let keyStart = p
                guard let implicit = try tryImplicitKey() else {
                    throw error(missingColonMessage(at: keyStart), keyStart)
                }
                key = implicit
                value = try parseBlockNode(parent: indent, inline: false, compact: true)
            }
            let text = key.keyText
            if let first = seen[text], key.items == nil, key.pairs == nil {
                throw YAMLError.syntax(message: "duplicate key \"\(text)\" (first at \(first))", location: key.location)
            }
            seen[text] = key.location
            pairs.append(YAMLPair(key: key, value: value))
            skipSpace()
            if atDocumentEnd { break }
            if !isFirstOnLine(p) { throw error(unexpectedMessage(at: p), p) }
            let col = column(p)
            if col < indent { break }
            if col > indent {
                throw error(
                    "bad indentation: this line is indented more than the keys of its mapping (column \(indent + 1)); "
                        + "if it continues the value above, quote that value", p)
            }
            if b[p] == dash, isBlankOrEnd(p + 1) {
                throw error("a list item where a mapping key belongs: indent the list under its key", p)
            }
        }
        return try checked(YAMLNode(content: .mapping(pairs), location: location(start)))
    }

    func missingColonMessage(at offset: Int) -> String {
        var end = offset
        while end < n, !isBreak(b[end]) { end += 1 }
        let text = String(decoding: b[offset..<end], as: UTF8.self)
        if text.contains(":") {
            return "expected `key: value` here, with a space after the ':' (\(text.prefix(40)))"
        }
        return "expected `key: value` here, found text without a ':' (\(text.prefix(40))); "
            + "if it continues the value above, indent it further or quote that value"
    }

    // MARK: Inline nodes (scalars, aliases, flow collections)

    /// A scalar, an alias or a flow collection at `p`.
    mutating func parseInlineNode(parent: Int, flow: Bool, multiline: Bool) throws -> YAMLNode {
        let start = p
        let c = at(p)
        switch c {
        case asterisk:
            return try parseAlias()
        case doubleQuote:
            return try scanDoubleQuoted(multiline: multiline)
        case singleQuote:
            return try scanSingleQuoted(multiline: multiline)
        case openBracket, openBrace:
            let startLine = lineIndex(p)
            let node: YAMLNode
            let doubleBrace = !flow && c == openBrace && at(p + 1) == openBrace
            do {
                node = c == openBracket ? try parseFlowSequence() : try parseFlowMapping()
            } catch let error as YAMLError where doubleBrace {
                if case .limit = error { throw error }
                throw doubleBraceError(start)
            }
            if !multiline && lineIndex(p) != startLine { throw error("a key must fit on one line", start) }
            if doubleBrace {
                var index = p
                while index < n, isBlank(b[index]) { index += 1 }
                if index < n, !isBreak(b[index]), b[index] != hash, !(b[index] == colon && isBlankOrEnd(index + 1)) {
                    throw doubleBraceError(start)
                }
            }
            return node
        default:
            return try scanPlain(parent: parent, flow: flow, multiline: multiline)
        }
    }

    func doubleBraceError(_ offset: Int) -> YAMLError {
        var end = offset
        while end < n, !isBreak(b[end]), end - offset < 60 { end += 1 }
        var text = String(decoding: b[offset..<end], as: UTF8.self)
        if let comment = text.range(of: " #") { text = String(text[..<comment.lowerBound]) }
        text = text.trimmingCharacters(in: .whitespaces)
        return error(
            "an unquoted value starting with `{{` is read as a YAML flow mapping, not text: "
                + "quote it, '\(text.replacingOccurrences(of: "'", with: "''"))'", offset)
    }

    mutating func parseAlias() throws -> YAMLNode {
        let start = p
        p += 1
        while p < n, !isBlank(b[p]), !isBreak(b[p]), !isFlowIndicator(b[p]) { p += 1 }
        let name = String(decoding: b[(start + 1)..<p], as: UTF8.self)
        guard !name.isEmpty else { throw error("an alias needs a name after '*'", start) }
        guard var node = anchors[name] else {
            throw error("unknown alias *\(name): no anchor &\(name) comes before it", start)
        }
        aliasNodes += node.size
        if aliasNodes > limits.maximumAliasNodes {
            throw YAMLError.limit(
                message: "aliases expand to more than \(limits.maximumAliasNodes) nodes (a \"billion laughs\" document?)",
                location: location(start))
        }
        node.location = location(start)
        return node
    }

    mutating func scanAnchorName() throws -> String {
        let start = p
        p += 1
        while p < n, !isBlank(b[p]), !isBreak(b[p]), !isFlowIndicator(b[p]) { p += 1 }
        guard p > start + 1 else { throw error("an anchor needs a name after '&'", start) }
        return String(decoding: b[(start + 1)..<p], as: UTF8.self)
    }

    mutating func scanTag() throws -> String {
        let start = p
        p += 1
        if at(p) == UInt8(ascii: "<") {
            while p < n, b[p] != greater, !isBreak(b[p]) { p += 1 }
            guard p < n, b[p] == greater else { throw error("a verbatim tag !<…> is not closed with '>'", start) }
            p += 1
        } else {
            while p < n, !isBlank(b[p]), !isBreak(b[p]), !isFlowIndicator(b[p]) { p += 1 }
        }
        return String(decoding: b[start..<p], as: UTF8.self)
    }

    /// A plain scalar: ends at `: `, ` #`, the end of the line (unless a more indented line continues it)
    /// and, in flow collections, at `,[]{}`. Line breaks fold into spaces, empty lines into newlines.
    mutating func scanPlain(parent: Int, flow: Bool, multiline: Bool) throws -> YAMLNode {
        let start = p
        let c = at(p)
        if c == comma || c == closeBracket || c == closeBrace || c == hash || c == ampersand || c == asterisk
            || c == bang || c == pipe || c == greater || c == singleQuote || c == doubleQuote || c == percent
            || c == atSign || c == backtick
        {
            if c == atSign || c == backtick {
                throw error("'\(Character(Unicode.Scalar(c)))' is reserved in YAML and cannot start a plain value: quote it", p)
            }
            throw error("unexpected '\(Character(Unicode.Scalar(c)))': quote the value if it is text", p)
        }
        if (c == dash || c == question || c == colon), isBlankOrEnd(p + 1) || (flow && isFlowIndicator(at(p + 1))) {
            throw error("unexpected '\(Character(Unicode.Scalar(c)))' followed by a space: quote the value if it is text", p)
        }
        var out: [UInt8] = []
        var lineContentStart = p
        while true {
            var end = p
            var i = p
            while i < n {
                let c = b[i]
                if isBreak(c) { break }
                if c == colon {
                    let next = at(i + 1)
                    if i + 1 >= n || isBlank(next) || isBreak(next) || (flow && isFlowIndicator(next)) { break }
                }
                if flow && isFlowIndicator(c) { break }
                if c == hash, i > lineContentStart, isBlank(b[i - 1]) { break }
                i += 1
                if !isBlank(c) { end = i }
            }
            out.append(contentsOf: b[p..<end])
            p = end
            if !multiline { break }
            var j = end
            while j < n, isBlank(b[j]) { j += 1 }
            guard j < n, isBreak(b[j]) else { break }
            var breaks = 0
            var k = j
            var nextLineStart = k
            while k < n, isBreak(b[k]) {
                k = afterBreak(k)
                breaks += 1
                nextLineStart = k
                while k < n, isBlank(b[k]) { k += 1 }
            }
            if k >= n { break }
            if b[k] == hash { break }
            if isDocumentMarker(nextLineStart) { break }
            if !flow {
                var spaces = 0
                while nextLineStart + spaces < n, b[nextLineStart + spaces] == space { spaces += 1 }
                if spaces <= parent { break }
                if b[k] == colon, isBlankOrEnd(k + 1) { break }
            } else {
                if isFlowIndicator(b[k]) { break }
                if b[k] == colon, isBlankOrEnd(k + 1) || isFlowIndicator(at(k + 1)) { break }
            }
            if breaks == 1 {
                out.append(space)
            } else {
                out.append(contentsOf: repeatElement(lineFeed, count: breaks - 1))
            }
            p = k
            lineContentStart = k
        }
        return YAMLNode(content: .scalar(String(decoding: out, as: UTF8.self), .plain), location: location(start))
    }

    /// Blanks and line breaks inside a quoted scalar: blanks before other text kept as they are, a line
    /// break folded (YAML 1.2 §7.3.1); `multiline` false (a key) refuses the break.
    mutating func scanQuotedWhitespace(into out: inout [UInt8], multiline: Bool, start: Int) throws {
        let whitespaceStart = p
        while p < n, isBlank(b[p]) { p += 1 }
        if p < n, isBreak(b[p]) {
            if !multiline { throw error("a key must fit on one line", start) }
            try foldQuotedBreaks(into: &out, start: start)
        } else {
            out.append(contentsOf: b[whitespaceStart..<p])
        }
    }

    /// Folds the line breaks at `p` (inside a quoted scalar): one break is a space, more are newlines;
    /// leading blanks of the next line are dropped.
    mutating func foldQuotedBreaks(into out: inout [UInt8], start: Int) throws {
        var breaks = 0
        while p < n, isBreak(b[p]) {
            p = afterBreak(p)
            breaks += 1
            if isDocumentMarker(p) { throw error("a quoted value is not closed before the document marker", start) }
            while p < n, isBlank(b[p]) { p += 1 }
        }
        if breaks == 1 {
            out.append(space)
        } else {
            out.append(contentsOf: repeatElement(lineFeed, count: breaks - 1))
        }
    }

    mutating func scanSingleQuoted(multiline: Bool) throws -> YAMLNode {
        let start = p
        p += 1
        var out: [UInt8] = []
        while true {
            guard p < n else {
                throw error("a single-quoted value is not closed: add the closing '", start)
            }
            let c = b[p]
            if c == singleQuote {
                if at(p + 1) == singleQuote {
                    out.append(singleQuote)
                    p += 2
                    continue
                }
                p += 1
                break
            }
            if isBlank(c) || isBreak(c) {
                try scanQuotedWhitespace(into: &out, multiline: multiline, start: start)
                continue
            }
            out.append(c)
            p += 1
        }
        return YAMLNode(content: .scalar(String(decoding: out, as: UTF8.self), .singleQuoted), location: location(start))
    }

    mutating func scanDoubleQuoted(multiline: Bool) throws -> YAMLNode {
        let start = p
        p += 1
        var out: [UInt8] = []
        while true {
            guard p < n else {
                throw error("a double-quoted value is not closed: add the closing \"", start)
            }
            let c = b[p]
            if c == doubleQuote {
                p += 1
                break
            }
            if c == backslash {
                let escapeStart = p
                p += 1
                guard p < n else { throw error("a double-quoted value is not closed: add the closing \"", start) }
                let e = b[p]
                p += 1
                if isBreak(e) {
                    // An escaped line break joins the lines without a space.
                    p -= 1
                    p = afterBreak(p)
                    if !multiline { throw error("a key must fit on one line", start) }
                    while p < n, isBlank(b[p]) || isBreak(b[p]) {
                        if isBreak(b[p]) {
                            out.append(lineFeed)
                            p = afterBreak(p)
                        } else {
                            p += 1
                        }
                    }
                    continue
                }
                switch e {
                case UInt8(ascii: "0"): out.append(0)
                case UInt8(ascii: "a"): out.append(7)
                case UInt8(ascii: "b"): out.append(8)
                case UInt8(ascii: "t"), tab: out.append(9)
                case UInt8(ascii: "n"): out.append(10)
                case UInt8(ascii: "v"): out.append(11)
                case UInt8(ascii: "f"): out.append(12)
                case UInt8(ascii: "r"): out.append(13)
                case UInt8(ascii: "e"): out.append(27)
                case space, doubleQuote, UInt8(ascii: "/"), backslash: out.append(e)
                case UInt8(ascii: "N"): out.append(contentsOf: [0xC2, 0x85])
                case UInt8(ascii: "_"): out.append(contentsOf: [0xC2, 0xA0])
                case UInt8(ascii: "L"): out.append(contentsOf: [0xE2, 0x80, 0xA8])
                case UInt8(ascii: "P"): out.append(contentsOf: [0xE2, 0x80, 0xA9])
                case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
                    let digits = e == UInt8(ascii: "x") ? 2 : e == UInt8(ascii: "u") ? 4 : 8
                    var value: UInt32 = try hexValue(digits: digits, escapeStart: escapeStart)
                    if (0xD800...0xDBFF).contains(value), at(p) == backslash, at(p + 1) == UInt8(ascii: "u") {
                        let save = p
                        p += 2
                        let low = try hexValue(digits: 4, escapeStart: save)
                        if (0xDC00...0xDFFF).contains(low) {
                            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            p = save
                        }
                    }
                    guard let scalar = Unicode.Scalar(value) else {
                        throw error("the escape \(String(decoding: b[escapeStart..<p], as: UTF8.self)) is not a Unicode character", escapeStart)
                    }
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    throw error(
                        "unknown escape \\\(Character(Unicode.Scalar(e))) in a double-quoted value "
                            + "(write \\\\ for a backslash, or use single quotes)", escapeStart)
                }
                continue
            }
            if isBlank(c) || isBreak(c) {
                try scanQuotedWhitespace(into: &out, multiline: multiline, start: start)
                continue
            }
            out.append(c)
            p += 1
        }
        return YAMLNode(content: .scalar(String(decoding: out, as: UTF8.self), .doubleQuoted), location: location(start))
    }

    mutating func hexValue(digits: Int, escapeStart: Int) throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard p < n, let digit = Character(Unicode.Scalar(b[p])).hexDigitValue else {
                throw error("the escape needs \(digits) hexadecimal digits", escapeStart)
            }
            value = value << 4 | UInt32(digit)
            p += 1
        }
        return value
    }

    // MARK: Block scalars

    /// `|` (literal) or `>` (folded), with an optional chomping indicator (`-` strip, `+` keep) and an
    /// indentation indicator (1–9), in either order (YAML 1.2.2 §8.1).
    mutating func parseBlockScalar(parent: Int) throws -> YAMLNode {
        let start = p
        let literal = b[p] == pipe
        p += 1
        var chomp = 0
        var explicit: Int?
        for _ in 0..<2 {
            let c = at(p)
            if c == dash || c == UInt8(ascii: "+"), chomp == 0 {
                chomp = c == dash ? -1 : 1
                p += 1
            } else if c >= UInt8(ascii: "1"), c <= UInt8(ascii: "9"), explicit == nil {
                explicit = Int(c - UInt8(ascii: "0"))
                p += 1
            } else if c == UInt8(ascii: "0") {
                throw error("a block scalar's indentation indicator is 1 to 9, not 0", p)
            }
        }
        let headerEnd = p
        skipLineSpace()
        if p < n, !isBreak(b[p]) {
            if p == headerEnd {
                throw error("unexpected text after '\(literal ? "|" : ">")': the block's text starts on the next line", p)
            }
            throw error("unexpected text after the block scalar header: a comment needs a space before '#'", p)
        }
        if p < n { p = afterBreak(p) }
        let base = max(parent, -1)
        var indent: Int
        if let explicit {
            indent = (base >= 0 ? base : 0) + explicit
        } else {
            // Auto-detect: the first non-empty line's indentation.
            var scan = p
            var maxEmpty = 0
            var maxEmptyOffset = p
            indent = -1
            while scan < n {
                var spaces = 0
                while scan + spaces < n, b[scan + spaces] == space { spaces += 1 }
                let after = scan + spaces
                if after >= n { break }
                if isBreak(b[after]) {
                    if spaces > maxEmpty { maxEmpty = spaces; maxEmptyOffset = scan }
                    scan = afterBreak(after)
                    continue
                }
                if spaces == 0, isDocumentMarker(scan) { break }
                indent = spaces
                break
            }
            if indent <= base {
                indent = base + 1
                if indent < maxEmpty { indent = maxEmpty }
            } else if maxEmpty > indent {
                throw error("a leading empty line has more spaces than the block's first line", maxEmptyOffset)
            }
            if indent < 1 && base >= 0 { indent = 1 }
            if indent < 0 { indent = 0 }
        }
        var lines: [(text: ArraySlice<UInt8>, emptyBefore: Int)] = []
        var pendingEmpty = 0
        var lastHasBreak = false
        while p < n {
            let lineStartOffset = p
            var spaces = 0
            while spaces < indent, p < n, b[p] == space { p += 1; spaces += 1 }
            if isDocumentMarker(lineStartOffset) {
                p = lineStartOffset
                break
            }
            if p >= n {
                break
            }
            if isBreak(b[p]) {
                pendingEmpty += 1
                p = afterBreak(p)
                continue
            }
            if spaces < indent {
                // A less indented line: a blank one is an empty line, any other ends the block.
                var scan = p
                while scan < n, isBlank(b[scan]) { scan += 1 }
                if scan >= n {
                    p = scan
                    break
                }
                if isBreak(b[scan]) {
                    pendingEmpty += 1
                    p = afterBreak(scan)
                    continue
                }
                p = lineStartOffset
                break
            }
            let textStart = p
            while p < n, !isBreak(b[p]) { p += 1 }
            lines.append((b[textStart..<p], pendingEmpty))
            pendingEmpty = 0
            lastHasBreak = p < n
            if p < n { p = afterBreak(p) }
        }
        // p stays at the start of the line after the block (the outer parser reads on from there).
        var out: [UInt8] = []
        for (index, line) in lines.enumerated() {
            if index == 0 {
                out.append(contentsOf: repeatElement(lineFeed, count: line.emptyBefore))
            } else if literal {
                out.append(contentsOf: repeatElement(lineFeed, count: 1 + line.emptyBefore))
            } else {
                let previousMore = lines[index - 1].text.first.map(isBlank) ?? false
                let currentMore = line.text.first.map(isBlank) ?? false
                if previousMore || currentMore {
                    out.append(contentsOf: repeatElement(lineFeed, count: 1 + line.emptyBefore))
                } else if line.emptyBefore == 0 {
                    out.append(space)
                } else {
                    out.append(contentsOf: repeatElement(lineFeed, count: line.emptyBefore))
                }
            }
            out.append(contentsOf: line.text)
        }
        if lines.isEmpty {
            if chomp > 0 { out.append(contentsOf: repeatElement(lineFeed, count: pendingEmpty)) }
        } else if chomp == 0 {
            if lastHasBreak { out.append(lineFeed) }
        } else if chomp > 0 {
            if lastHasBreak { out.append(lineFeed) }
            out.append(contentsOf: repeatElement(lineFeed, count: pendingEmpty))
        }
        return YAMLNode(
            content: .scalar(String(decoding: out, as: UTF8.self), literal ? .literal : .folded), location: location(start))
    }

    // MARK: Flow collections

    /// Skips whitespace, line breaks and comments inside a flow collection.
    mutating func skipFlowSpace() {
        skipSpace()
    }

    /// A node inside a flow collection, or an empty one before `,` `]` `}` `:`.
    mutating func parseFlowNode() throws -> YAMLNode {
        skipFlowSpace()
        let start = p
        var tag: String?
        var anchor: String?
        while p < n, b[p] == ampersand || b[p] == bang {
            if b[p] == ampersand { anchor = try scanAnchorName() } else { tag = try scanTag() }
            skipFlowSpace()
        }
        var node: YAMLNode
        let c = at(p)
        if p >= n {
            throw error("the file ends inside a flow collection", start)
        }
        if c == comma || c == closeBracket || c == closeBrace || (c == colon && (isBlankOrEnd(p + 1) || isFlowIndicator(at(p + 1)))) {
            node = empty(start, tag: tag)
        } else if isDocumentMarker(p) {
            throw error("a document marker inside a flow collection: close the collection first", p)
        } else {
            node = try parseInlineNode(parent: -1, flow: true, multiline: true)
            if tag != nil || anchor != nil {
                node.tag = tag ?? node.tag
                node.location = location(start)
            }
        }
        if let anchor { anchors[anchor] = node }
        return node
    }

    func isJSONLike(_ node: YAMLNode) -> Bool {
        switch node.content {
        case .scalar(_, let style): return style == .singleQuoted || style == .doubleQuoted
        default: return true
        }
    }

    func isValueIndicator(after key: YAMLNode?) -> Bool {
        guard at(p) == colon else { return false }
        if isBlankOrEnd(p + 1) || isFlowIndicator(at(p + 1)) { return true }
        return key.map(isJSONLike) ?? false
    }

    mutating func parseFlowSequence() throws -> YAMLNode {
        let start = p
        try enter(start)
        defer { depth -= 1 }
        p += 1
        var items: [YAMLNode] = []
        while true {
            skipFlowSpace()
            if p >= n || isDocumentMarker(p) { throw error("a list written [ … ] is not closed: add ']'", start) }
            if b[p] == closeBracket {
                p += 1
                break
            }
            if b[p] == comma { throw error("an empty entry in a list written [ … ] (two commas, or a leading comma)", p) }
            let entryStart = p
            let entry: YAMLNode
            if b[p] == question, isBlankOrEnd(p + 1) || isFlowIndicator(at(p + 1)) {
                p += 1
                let key = try parseFlowNode()
                skipFlowSpace()
                var value = empty(p)
                if isValueIndicator(after: key) {
                    p += 1
                    value = try parseFlowNode()
                }
                entry = try checked(YAMLNode(content: .mapping([YAMLPair(key: key, value: value)]), location: location(entryStart)))
            } else {
                let node = try parseFlowNode()
                skipFlowSpace()
                if isValueIndicator(after: node) {
                    p += 1
                    let value = try parseFlowNode()
                    entry = try checked(YAMLNode(content: .mapping([YAMLPair(key: node, value: value)]), location: location(entryStart)))
                } else {
                    entry = node
                }
            }
            items.append(entry)
            skipFlowSpace()
            if at(p) == comma {
                p += 1
                continue
            }
            if at(p) == closeBracket {
                p += 1
                break
            }
            if p >= n { throw error("a list written [ … ] is not closed: add ']'", start) }
            throw error("expected ',' or ']' in a list written [ … ] (opened at \(location(start)))", p)
        }
        return try checked(YAMLNode(content: .sequence(items), location: location(start)))
    }

    mutating func parseFlowMapping() throws -> YAMLNode {
        let start = p
        try enter(start)
        defer { depth -= 1 }
        p += 1
        var pairs: [YAMLPair] = []
        var seen: [String: YAMLLocation] = [:]
        while true {
            skipFlowSpace()
            if p >= n || isDocumentMarker(p) { throw error("a mapping written { … } is not closed: add '}'", start) }
            if b[p] == closeBrace {
                p += 1
                break
            }
            if b[p] == comma { throw error("an empty entry in a mapping written { … } (two commas, or a leading comma)", p) }
            var key: YAMLNode
            if b[p] == question, isBlankOrEnd(p + 1) || isFlowIndicator(at(p + 1)) {
                p += 1
                key = try parseFlowNode()
            } else {
                key = try parseFlowNode()
            }
            skipFlowSpace()
            var value = empty(p)
            if isValueIndicator(after: key) {
                p += 1
                skipFlowSpace()
                if at(p) != comma && at(p) != closeBrace { value = try parseFlowNode() }
            }
            let text = key.keyText
            if let first = seen[text], key.items == nil, key.pairs == nil {
                throw YAMLError.syntax(message: "duplicate key \"\(text)\" (first at \(first))", location: key.location)
            }
            seen[text] = key.location
            pairs.append(YAMLPair(key: key, value: value))
            skipFlowSpace()
            if at(p) == comma {
                p += 1
                continue
            }
            if at(p) == closeBrace {
                p += 1
                break
            }
            if p >= n { throw error("a mapping written { … } is not closed: add '}'", start) }
            throw error("expected ',' or '}' in a mapping written { … } (opened at \(location(start)))", p)
        }
        return try checked(YAMLNode(content: .mapping(pairs), location: location(start)))
    }
}
