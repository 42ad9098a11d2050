import Foundation

/// Where two byte sequences first differ, for a flow's `expect.sameAs` (an answer against a file saved
/// earlier in the run): the offset, its line and column, a short excerpt of each side from the same
/// place, and both sizes.
public struct ByteDifference: Sendable, Equatable {
    /// The 0-based offset of the first byte that differs (the shorter side's size when one is a prefix
    /// of the other).
    public var offset: Int
    /// The 1-based line of that byte (lines end at `\n`).
    public var line: Int
    /// The 1-based column of that byte in its line, counted in UTF-8 characters.
    public var column: Int
    /// A few bytes before the difference and some after, as quoted text, from the expected side…
    public var expectedExcerpt: String
    /// …and from the actual side, starting at the same offset.
    public var actualExcerpt: String
    public var expectedSize: Int
    public var actualSize: Int

    /// How many bytes the excerpts show before and after the difference.
    static let context = 16

    /// The first difference between `expected` and `actual`, or nil when they are the same bytes.
    public static func first(expected: Data, actual: Data) -> ByteDifference? {
        let common = min(expected.count, actual.count)
        let offset: Int? = expected.withUnsafeBytes { left in
            actual.withUnsafeBytes { right in
                let a = left.bindMemory(to: UInt8.self)
                let b = right.bindMemory(to: UInt8.self)
                // Whole chunks compared with memcmp; the one that differs byte by byte.
                let chunk = 1 << 16
                var start = 0
                while start < common {
                    let length = min(chunk, common - start)
                    if memcmp(a.baseAddress! + start, b.baseAddress! + start, length) != 0 {
                        for index in start..<(start + length) where a[index] != b[index] { return index }
                    }
                    start += length
                }
                return expected.count == actual.count ? nil : common
            }
        }
        guard let offset else { return nil }
        var line = 1
        var column = 1
        expected.withUnsafeBytes { raw in
            for byte in raw.bindMemory(to: UInt8.self).prefix(offset) {
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
        }
        // A byte of the difference that continues a UTF-8 character belongs to the character begun before it.
        if offset < expected.count, expected[expected.startIndex + offset] & 0xC0 == 0x80, column > 1 { column -= 1 }
        let from = max(0, offset - context)
        return ByteDifference(
            offset: offset, line: line, column: column,
            expectedExcerpt: excerpt(expected, from: from, offset: offset),
            actualExcerpt: excerpt(actual, from: from, offset: offset),
            expectedSize: expected.count, actualSize: actual.count)
    }

    /// `"…1.0876\n2021…"`: the bytes from `from` to a little past `offset`, control characters escaped,
    /// invalid UTF-8 as `\xNN`; `(end)` marks the end of the data.
    static func excerpt(_ data: Data, from: Int, offset: Int) -> String {
        let end = min(data.count, offset + context + 1)
        guard from < end else { return "(ends at byte \(data.count))" }
        let bytes = [UInt8](data[(data.startIndex + from)..<(data.startIndex + end)])
        var text = from > 0 ? "…" : ""
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x0A: text += "\\n"
            case 0x0D: text += "\\r"
            case 0x09: text += "\\t"
            case 0x22: text += "\\\""
            case 0x5C: text += "\\\\"
            case 0x20..<0x7F: text.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                // A whole UTF-8 character when the bytes make one, else the byte in hexadecimal.
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                if length > 1, index + length <= bytes.count,
                    let character = String(validating: bytes[index..<(index + length)], as: UTF8.self)
                {
                    text += character
                    index += length
                    continue
                }
                text += "\\x" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
            index += 1
        }
        return "\"" + text + (end == data.count ? "\" (end)" : "…\"")
    }

    /// `differs from dev.csv at byte 213 (line 8, column 19): dev.csv has "…", this answer "…"; 1046 and 1046 bytes`.
    public func message(expectedName: String) -> String {
        let sizes =
            expectedSize == actualSize
            ? "both \(expectedSize) bytes"
            : "\(expectedName) is \(expectedSize) bytes, this answer \(actualSize)"
        return "the answer differs from \(expectedName) at byte \(offset) (line \(line), column \(column)): "
            + "\(expectedName) has \(expectedExcerpt), this answer has \(actualExcerpt); \(sizes)"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
