import Testing

/// One line of a `NumberFixtures` table: tab-separated fields as Node printed them.
struct NumberFixtureRow: Sendable, CustomTestStringConvertible {
    let fields: [String]

    var testDescription: String {
        let text = fields.joined(separator: " ")
        return text.count > 120 ? String(text.prefix(117)) + "..." : text
    }

    /// The rows of a table, one a line.
    static func rows(_ table: String) -> [NumberFixtureRow] {
        table.split(separator: "\n").map { line in
            NumberFixtureRow(fields: line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
        }
    }

    /// Field `index` read as the 16 hex digits of a double's bits.
    func double(_ index: Int) -> Double {
        Double(bitPattern: UInt64(fields[index], radix: 16) ?? 0x7FF4_0000_0000_0000)
    }

    /// Field `index` read as comma-separated UTF-16 code units in hex (empty for the empty string).
    func units(_ index: Int) -> [UInt16] {
        fields[index].isEmpty ? [] : fields[index].split(separator: ",").map { UInt16($0, radix: 16) ?? 0xFFFF }
    }

    /// Field `index` as a decimal integer.
    func integer(_ index: Int) -> Int {
        Int(fields[index]) ?? Int.min
    }
}

/// Doubles are equal bit for bit (so -0 differs from 0), and every NaN matches NaN.
func sameNumber(_ actual: Double, _ expected: Double) -> Bool {
    expected.isNaN ? actual.isNaN : actual.bitPattern == expected.bitPattern
}
