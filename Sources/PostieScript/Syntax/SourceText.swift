/// A script's text as UTF-16 code units, with its name and a table of line starts.
public final class SourceText: @unchecked Sendable {
    /// The name shown in errors and stack traces (`prerequest-script.js`, `<eval>`).
    public let name: String
    public let units: [UInt16]
    /// UTF-16 offsets where each line begins (line terminators: LF, CR, CRLF, U+2028, U+2029).
    public let lineStarts: [Int32]

    public init(name: String, units: [UInt16]) {
        self.name = name
        self.units = units
        var starts: [Int32] = [0]
        var index = 0
        let count = units.count
        while index < count {
            let unit = units[index]
            if unit == 0x0A || unit == 0x2028 || unit == 0x2029 {
                starts.append(Int32(index + 1))
            } else if unit == 0x0D {
                if index + 1 < count, units[index + 1] == 0x0A { index += 1 }
                starts.append(Int32(index + 1))
            }
            index += 1
        }
        lineStarts = starts
    }

    public convenience init(name: String, text: String) {
        self.init(name: name, units: Array(text.utf16))
    }

    /// The 1-based line and column of `offset` (columns count UTF-16 code units, as V8's do).
    public func location(of offset: SourceOffset) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, Int(offset - lineStarts[low]) + 1)
    }

    /// The text between two offsets.
    public func slice(from start: SourceOffset, to end: SourceOffset) -> [UInt16] {
        let lower = max(0, min(Int(start), units.count))
        let upper = max(lower, min(Int(end), units.count))
        return Array(units[lower..<upper])
    }
}
