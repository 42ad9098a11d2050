import PostieScript
import Testing

@Suite("String to number (ECMA-262 §7.1.4.1.1, §19.2.4, §19.2.5)")
struct StringToNumberTests {
    @Test("StringToNumber matches Node", arguments: NumberFixtureRow.rows(NumberFixtures.stringToNumber))
    func stringToNumber(row: NumberFixtureRow) {
        #expect(sameNumber(NumberConversion.stringToNumber(row.units(0)), row.double(1)))
    }

    @Test("parseFloat matches Node", arguments: NumberFixtureRow.rows(NumberFixtures.parseFloat))
    func parseFloat(row: NumberFixtureRow) {
        #expect(sameNumber(NumberConversion.parseFloat(row.units(0)), row.double(1)))
    }

    @Test("parseInt matches Node", arguments: NumberFixtureRow.rows(NumberFixtures.parseInt))
    func parseInt(row: NumberFixtureRow) {
        let radix = Int32(row.integer(1))
        #expect(sameNumber(NumberConversion.parseInt(row.units(0), radix: radix), row.double(2)))
    }

    @Test(
        "Cases from the brief",
        arguments: [
            ("0x1F", 31), (" 12 ", 12), ("1_000", .nan), ("-0x10", .nan), ("", 0), (".5", 0.5), ("5.", 5),
            ("0o17", 15), ("0b11", 3), ("+Infinity", .infinity), ("1e1000", .infinity), ("0x", .nan),
            ("\u{FEFF}\u{00A0}\u{1680}\u{2000}\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}7\u{3000}", 7),
        ] as [(String, Double)]
    )
    func briefExamples(text: String, expected: Double) {
        #expect(sameNumber(NumberConversion.stringToNumber(Array(text.utf16)), expected))
    }

    @Test("Large parseInt values round as V8's")
    func largeParseInt() {
        let digits = Array("123456789012345678901234567890".utf16)
        #expect(NumberConversion.parseInt(digits, radix: 0) == 1.2345678901234568e+29)
        #expect(NumberConversion.parseInt(digits, radix: 16) == 9.452287968736547e+34)
        #expect(NumberConversion.parseInt(digits, radix: 36) == 1.4362876794323633e+45)
        #expect(sameNumber(NumberConversion.parseInt(Array("-0".utf16), radix: 0), -0.0))
    }

    @Test("Any collection of code units works, contiguous or not")
    func collections() {
        let text = "  -12.5e1x"
        #expect(NumberConversion.parseFloat(text.utf16) == -125)
        #expect(NumberConversion.parseFloat(Array(text.utf16)[2...]) == -125)
        #expect(NumberConversion.stringToNumber("0x1f".utf16) == 31)
        #expect(NumberConversion.parseInt("ff".utf16.lazy.map { $0 }, radix: 16) == 255)
    }

    @Test("Very long inputs stay linear and correct")
    func longInputs() {
        let ones = [UInt16](repeating: 0x31, count: 200_000)
        #expect(NumberConversion.stringToNumber(ones) == .infinity)
        let tiny = Array("0.".utf16) + [UInt16](repeating: 0x30, count: 200_000) + [0x31]
        #expect(NumberConversion.stringToNumber(tiny) == 0)
        #expect(NumberConversion.parseInt(ones, radix: 7) == .infinity)
    }
}
