import PostieJSON

/// JSON written straight into bytes, for the answers the emulator gives most: the same text as
/// `JSONWriter.compactBytes` of the equivalent `JSONValue`, without building the tree first.
///
/// ```swift
/// var json = DirectJSON()
/// json.beginObject(); json.key("id"); json.string("42"); json.endObject()   // {"id":"42"}
/// ```
struct DirectJSON {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []
    /// No comma before the next value: at the start, after `{`, `[` or a key.
    private var atStart = true

    init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// An object member's name; its value is the next thing written.
    mutating func key(_ name: String) {
        separate()
        JSONWriter.appendQuoted(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        atStart = true
    }

    mutating func string(_ text: String) {
        separate()
        JSONWriter.appendQuoted(text, to: &bytes)
        atStart = false
    }

    mutating func bool(_ flag: Bool) {
        separate()
        bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        atStart = false
    }

    /// A whole number as `JSONWriter` prints `.number(Double(value))` (exactly, below 2^53).
    mutating func integer(_ value: Int) {
        separate()
        bytes.append(contentsOf: JSONWriter.format(number: Double(value)).utf8)
        atStart = false
    }

    mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
        atStart = false
    }

    /// `key` then `string`.
    mutating func member(_ name: String, _ text: String) {
        key(name)
        string(text)
    }

    /// `key` then `bool`.
    mutating func member(_ name: String, _ flag: Bool) {
        key(name)
        bool(flag)
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        atStart = true
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        atStart = false
    }

    private mutating func separate() {
        if !atStart { bytes.append(UInt8(ascii: ",")) }
    }
}
