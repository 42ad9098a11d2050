/// Receives a JSON document member by member, in document order: `JSONTextWriter` writes it out as
/// text as it comes, `JSONTreeBuilder` builds the `JSONValue`. Code that emits a document once serves
/// both: a report streamed to disk without building a tree, and the same report as a value.
public protocol JSONEmitter {
    /// Starts an object: the value of the pending member, an array element, or the document.
    mutating func beginObject()
    mutating func endObject()
    mutating func beginArray()
    mutating func endArray()
    /// Names the next member of the open object; its value follows.
    mutating func key(_ name: String)
    mutating func string(_ text: String)
    mutating func number(_ number: Double)
    /// An integer, written without a fraction (the same as `number(Double(value))` for values below 2^53).
    mutating func integer(_ value: Int)
    mutating func bool(_ flag: Bool)
    mutating func null()
    /// A whole value at once.
    mutating func value(_ value: JSONValue)
    /// A value that the text will hold as `NUL tag NUL` (a byte JSON text never holds raw), for the
    /// writer of a document to put in its place later; a tree holds `standIn` there.
    mutating func mark(_ tag: [UInt8], standIn: @autoclosure () -> JSONValue)
}

extension JSONEmitter {
    /// A member whose value is a string.
    public mutating func member(_ name: String, _ text: String) {
        key(name)
        string(text)
    }

    /// A member whose value is a number.
    public mutating func member(_ name: String, number: Double) {
        key(name)
        self.number(number)
    }

    /// A member whose value is an integer.
    public mutating func member(_ name: String, integer: Int) {
        key(name)
        self.integer(integer)
    }

    /// A member whose value is a boolean.
    public mutating func member(_ name: String, bool flag: Bool) {
        key(name)
        bool(flag)
    }

    /// A member whose value is an object, its members emitted by `body`.
    public mutating func object(_ name: String, _ body: (inout Self) -> Void) {
        key(name)
        beginObject()
        body(&self)
        endObject()
    }

    /// A member whose value is an array, its elements emitted by `body`.
    public mutating func array(_ name: String, _ body: (inout Self) -> Void) {
        key(name)
        beginArray()
        body(&self)
        endArray()
    }
}

/// Writes JSON text straight into a byte buffer as it is emitted: compact, or indented like
/// `JSON.stringify(value, null, 2)` (the same bytes as `JSONWriter`), with no `JSONValue` in between.
public struct JSONTextWriter: JSONEmitter {
    /// The text written so far.
    public var bytes: [UInt8]
    private let indent: Int?
    /// Open containers, innermost last: whether each is an array, and whether it holds anything yet.
    private var open: [(isArray: Bool, isEmpty: Bool)] = []
    /// The nesting level of the first container.
    private let baseLevel: Int

    /// A writer appending to `bytes`, indenting by `indent` spaces a level (nil: compact), its first
    /// value at nesting `level` of a larger document (its first line not indented).
    public init(bytes: [UInt8] = [], indent: Int? = 2, level: Int = 0) {
        self.bytes = bytes
        self.indent = indent
        self.baseLevel = level
        open.reserveCapacity(8)
    }

    private var level: Int { baseLevel + open.count }

    /// A line feed and the spaces of the deepest indentation most documents reach, copied from in one piece.
    private static let lineStart: [UInt8] = [0x0A] + Array(repeating: UInt8(ascii: " "), count: 64)

    private mutating func newline(level: Int) {
        guard let indent else { return }
        let count = indent * level
        if count < Self.lineStart.count {
            Self.lineStart.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[...count])) }
        } else {
            bytes.append(0x0A)
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
        }
    }

    /// Before a value: an array element's comma and line; an object member's were written by `key`.
    private mutating func beginValue() {
        guard let last = open.indices.last, open[last].isArray else { return }
        if !open[last].isEmpty { bytes.append(UInt8(ascii: ",")) }
        open[last].isEmpty = false
        newline(level: level)
    }

    private mutating func close(_ bracket: UInt8) {
        guard let last = open.popLast() else { return }
        if !last.isEmpty { newline(level: level) }
        bytes.append(bracket)
    }

    public mutating func beginObject() {
        beginValue()
        bytes.append(UInt8(ascii: "{"))
        open.append((false, true))
    }

    public mutating func endObject() { close(UInt8(ascii: "}")) }

    public mutating func beginArray() {
        beginValue()
        bytes.append(UInt8(ascii: "["))
        open.append((true, true))
    }

    public mutating func endArray() { close(UInt8(ascii: "]")) }

    public mutating func key(_ name: String) {
        if let last = open.indices.last {
            if !open[last].isEmpty { bytes.append(UInt8(ascii: ",")) }
            open[last].isEmpty = false
        }
        newline(level: level)
        JSONWriter.writeString(name, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        if indent != nil { bytes.append(UInt8(ascii: " ")) }
    }

    public mutating func string(_ text: String) {
        beginValue()
        JSONWriter.writeString(text, into: &bytes)
    }

    public mutating func number(_ number: Double) {
        beginValue()
        JSONWriter.writeNumber(number, into: &bytes)
    }

    public mutating func integer(_ value: Int) {
        beginValue()
        JSONWriter.writeInteger(Int64(value), into: &bytes)
    }

    public mutating func bool(_ flag: Bool) {
        beginValue()
        bytes.append(contentsOf: (flag ? "true" : "false").utf8)
    }

    public mutating func null() {
        beginValue()
        bytes.append(contentsOf: "null".utf8)
    }

    public mutating func value(_ value: JSONValue) {
        beginValue()
        JSONWriter.write(value, into: &bytes, indent: indent, level: level)
    }

    public mutating func mark(_ tag: [UInt8], standIn: @autoclosure () -> JSONValue) {
        beginValue()
        bytes.append(0)
        bytes.append(contentsOf: tag)
        bytes.append(0)
    }
}

/// Builds the `JSONValue` of what is emitted: the same document a `JSONTextWriter` writes as text.
public struct JSONTreeBuilder: JSONEmitter {
    private enum Container {
        case object(JSONObject)
        case array([JSONValue])
    }

    /// Open containers, innermost last, each with the member name it goes under in its parent.
    private var open: [(key: String?, container: Container)] = []
    private var pendingKey: String?
    /// The document, once its outermost value is complete.
    public private(set) var result: JSONValue?

    public init() {}

    private mutating func add(_ value: JSONValue) {
        guard let (key, container) = open.popLast() else {
            result = value
            return
        }
        switch container {
        case .object(var object):
            if let pendingKey { object[pendingKey] = value }
            open.append((key, .object(object)))
        case .array(var elements):
            elements.append(value)
            open.append((key, .array(elements)))
        }
        pendingKey = nil
    }

    private mutating func begin(_ container: Container) {
        open.append((pendingKey, container))
        pendingKey = nil
    }

    private mutating func end() {
        guard let (key, container) = open.popLast() else { return }
        pendingKey = key
        switch container {
        case .object(let object): add(.object(object))
        case .array(let elements): add(.array(elements))
        }
    }

    public mutating func beginObject() { begin(.object(JSONObject())) }
    public mutating func endObject() { end() }
    public mutating func beginArray() { begin(.array([])) }
    public mutating func endArray() { end() }
    public mutating func key(_ name: String) { pendingKey = name }
    public mutating func string(_ text: String) { add(.string(text)) }
    public mutating func number(_ number: Double) { add(.number(number)) }
    public mutating func integer(_ value: Int) { add(.number(Double(value))) }
    public mutating func bool(_ flag: Bool) { add(.bool(flag)) }
    public mutating func null() { add(.null) }
    public mutating func value(_ value: JSONValue) { add(value) }
    public mutating func mark(_ tag: [UInt8], standIn: @autoclosure () -> JSONValue) { add(standIn()) }
}
