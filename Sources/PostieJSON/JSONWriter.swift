import Foundation

/// Writes `JSONValue`s as JSON text: compact, or indented like `JSON.stringify(value, null, 2)`.
public enum JSONWriter {
    /// One line, no spaces.
    public static func compact(_ value: JSONValue) -> String {
        var output: [UInt8] = []
        write(value, into: &output, indent: nil, level: 0)
        return String(decoding: output, as: UTF8.self)
    }

    /// Indented by `indent` spaces a level, with a final newline when `trailingNewline` is set.
    public static func pretty(_ value: JSONValue, indent: Int = 2, trailingNewline: Bool = true) -> String {
        var output: [UInt8] = []
        write(value, into: &output, indent: indent, level: 0)
        if trailingNewline { output.append(0x0A) }
        return String(decoding: output, as: UTF8.self)
    }

    /// The same text as `pretty`, as bytes ready for a file.
    public static func prettyData(_ value: JSONValue, indent: Int = 2) -> Data {
        var output: [UInt8] = []
        write(value, into: &output, indent: indent, level: 0)
        output.append(0x0A)
        return Data(output)
    }

    /// `value` indented as it would be at nesting `level` inside a `pretty` document: the first line
    /// without leading spaces, the following ones indented from that level; no final newline. For writing
    /// a large document piece by piece.
    public static func pretty(_ value: JSONValue, indent: Int = 2, level: Int) -> String {
        var output: [UInt8] = []
        write(value, into: &output, indent: indent, level: level)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `value` to `output` as `pretty(_:indent:level:)` writes it: a large document written piece
    /// by piece straight into the bytes that go to the file.
    public static func append(_ value: JSONValue, to output: inout [UInt8], indent: Int = 2, level: Int) {
        write(value, into: &output, indent: indent, level: level)
    }

    /// A number as JavaScript prints it for ordinary values: integers without a fraction,
    /// non-finite values as `null` (JSON has no spelling for them).
    public static func format(number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e16 {
            if number == 0 { return "0" }  // -0 prints as 0, as in JSON.stringify
            return String(Int64(number))
        }
        return "\(number)"
    }

    /// A string as a JSON string literal, quotes included.
    public static func quote(_ string: String) -> String {
        var output: [UInt8] = []
        writeString(string, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    static func write(_ value: JSONValue, into output: inout [UInt8], indent: Int?, level: Int) {
        switch value {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let number): writeNumber(number, into: &output)
        case .string(let string): writeString(string, into: &output)
        case .array(let elements):
            guard !elements.isEmpty else {
                output.append(contentsOf: [UInt8(ascii: "["), UInt8(ascii: "]")])
                return
            }
            output.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                newline(into: &output, indent: indent, level: level + 1)
                write(element, into: &output, indent: indent, level: level + 1)
            }
            newline(into: &output, indent: indent, level: level)
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            guard !object.isEmpty else {
                output.append(contentsOf: [UInt8(ascii: "{"), UInt8(ascii: "}")])
                return
            }
            output.append(UInt8(ascii: "{"))
            for (position, member) in object.members.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                newline(into: &output, indent: indent, level: level + 1)
                writeString(member.key, into: &output)
                output.append(UInt8(ascii: ":"))
                if indent != nil { output.append(UInt8(ascii: " ")) }
                write(member.value, into: &output, indent: indent, level: level + 1)
            }
            newline(into: &output, indent: indent, level: level)
            output.append(UInt8(ascii: "}"))
        }
    }

    static func newline(into output: inout [UInt8], indent: Int?, level: Int) {
        guard let indent else { return }
        output.append(0x0A)
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * level))
    }

    /// `format(number:)`'s text, appended.
    static func writeNumber(_ number: Double, into output: inout [UInt8]) {
        if number.isFinite, number == number.rounded(), abs(number) < 1e16 {
            writeInteger(Int64(number), into: &output)  // -0 prints as 0, as in JSON.stringify
        } else {
            output.append(contentsOf: format(number: number).utf8)
        }
    }

    /// The decimal digits of `value`, appended.
    static func writeInteger(_ value: Int64, into output: inout [UInt8]) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 20 digits, written backwards
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[23 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            output.append(contentsOf: buffer[(24 - count)...])
        }
    }

    /// Whether a byte can stand in a JSON string as it is.
    @inline(__always)
    private static func isPlain(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
    }

    static func writeString(_ string: String, into output: inout [UInt8]) {
        let written: Void? = string.utf8.withContiguousStorageIfAvailable { writeString(bytes: $0, into: &output) }
        guard written == nil else { return }
        var string = string
        string.withUTF8 { writeString(bytes: $0, into: &output) }
    }

    /// UTF-8 text as a JSON string literal: runs of plain bytes copied whole, the rest escaped.
    static func writeString(bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var start = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if isPlain(byte) {
                index += 1
                continue
            }
            if start < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index])) }
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            default:
                // Only control characters are left: \u00XX with lower-case hex, as JSON.stringify writes them.
                let low = byte & 0xF
                output.append(contentsOf: [
                    UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), UInt8(ascii: "0") + (byte >> 4),
                    low < 10 ? UInt8(ascii: "0") + low : UInt8(ascii: "a") + low - 10,
                ])
            }
            index += 1
            start = index
        }
        if start < count { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<count])) }
        output.append(UInt8(ascii: "\""))
    }
}
