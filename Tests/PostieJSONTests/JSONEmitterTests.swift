import Testing

@testable import PostieJSON

@Suite("JSON emitter")
struct JSONEmitterTests {
    /// Emits `value` member by member, as a reporter does, never through `value(_:)`.
    static func emit<Emitter: JSONEmitter>(_ value: JSONValue, into json: inout Emitter) {
        switch value {
        case .null: json.null()
        case .bool(let flag): json.bool(flag)
        case .number(let number):
            if number == number.rounded(), abs(number) < 1e15 { json.integer(Int(number)) } else { json.number(number) }
        case .string(let text): json.string(text)
        case .array(let elements):
            json.beginArray()
            for element in elements { emit(element, into: &json) }
            json.endArray()
        case .object(let object):
            json.beginObject()
            for member in object.members {
                json.key(member.key)
                emit(member.value, into: &json)
            }
            json.endObject()
        }
    }

    static let documents: [JSONValue] = [
        ["name": "a\"b\\c\n\t\u{01}\u{1F}é", "list": [1, 2.5, nil, true, false, -0.0, 1e20], "empty": [:], "none": []],
        [[], [[]], [[:]], ["deep": [["x": ["y": [1]]]]]],
        "just a string",
        42,
        [:],
        ["whole": .object(JSONObject([("a", [1, ["b": nil]]), ("c", "")]))],
    ]

    @Test("the text writer writes what JSONWriter writes of the same value, pretty at any level and compact", arguments: documents)
    func textMatchesWriter(value: JSONValue) {
        for level in [0, 3] {
            var writer = JSONTextWriter(indent: 2, level: level)
            Self.emit(value, into: &writer)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == JSONWriter.pretty(value, level: level))
        }
        var compact = JSONTextWriter(indent: nil)
        Self.emit(value, into: &compact)
        #expect(String(decoding: compact.bytes, as: UTF8.self) == JSONWriter.compact(value))
    }

    @Test("the tree builder builds the value emitted", arguments: documents)
    func treeMatchesValue(value: JSONValue) {
        var builder = JSONTreeBuilder()
        Self.emit(value, into: &builder)
        #expect(builder.result == value)
    }

    @Test("a whole value inside an emitted document is indented at its place")
    func wholeValueInPlace() {
        var writer = JSONTextWriter()
        writer.beginObject()
        writer.key("inner")
        writer.value(["a": [1, 2]])
        writer.key("after")
        writer.bool(true)
        writer.endObject()
        #expect(
            String(decoding: writer.bytes, as: UTF8.self)
                == JSONWriter.pretty(["inner": ["a": [1, 2]], "after": true], trailingNewline: false))
    }

    @Test("a mark is NUL tag NUL in text, and the stand-in in a tree")
    func marks() {
        var writer = JSONTextWriter(indent: nil)
        writer.beginArray()
        writer.mark(Array("7".utf8), standIn: 3)
        writer.string("x")
        writer.endArray()
        #expect(writer.bytes == Array("[".utf8) + [0, UInt8(ascii: "7"), 0] + Array(",\"x\"]".utf8))
        var builder = JSONTreeBuilder()
        builder.beginArray()
        builder.mark(Array("7".utf8), standIn: 3)
        builder.endArray()
        #expect(builder.result == [3])
    }

    @Test(
        "integers are written as JavaScript prints them",
        arguments: [(0, "0"), (7, "7"), (-7, "-7"), (1_234_567_890, "1234567890"), (Int.max, "9223372036854775807"),
            (Int.min, "-9223372036854775808")])
    func integers(value: Int, text: String) {
        var writer = JSONTextWriter()
        writer.integer(value)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == text)
    }
}
