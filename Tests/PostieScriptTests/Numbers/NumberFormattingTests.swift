import PostieScript
import Testing

@Suite("Number formatting (ECMA-262 §21.1.3.2, §21.1.3.3, §21.1.3.5)")
struct NumberFormattingTests {
    @Test("toFixed matches Node", arguments: NumberFixtureRow.rows(NumberFixtures.toFixed))
    func toFixed(row: NumberFixtureRow) {
        #expect(NumberConversion.toFixed(row.double(0), fractionDigits: row.integer(1)) == row.fields[2])
    }

    @Test("toExponential matches Node", arguments: NumberFixtureRow.rows(NumberFixtures.toExponential))
    func toExponential(row: NumberFixtureRow) {
        let digits = row.fields[1] == "u" ? nil : row.integer(1)
        #expect(NumberConversion.toExponential(row.double(0), fractionDigits: digits) == row.fields[2])
    }

    @Test("toPrecision matches Node", arguments: NumberFixtureRow.rows(NumberFixtures.toPrecision))
    func toPrecision(row: NumberFixtureRow) {
        #expect(NumberConversion.toPrecision(row.double(0), precision: row.integer(1)) == row.fields[2])
    }

    @Test(
        "Rounding on the exact binary value, halves up (cases from the brief)",
        arguments: [
            (1.005, 2, "1.00"), (1.45, 1, "1.4"), (0.5, 0, "1"), (2.5, 0, "3"), (1e21, 2, "1e+21"),
            (-1.5e-7, 10, "-0.0000001500"), (-1e-7, 2, "-0.00"), (-0.0, 2, "0.00"),
        ] as [(Double, Int, String)]
    )
    func fixedExamples(value: Double, digits: Int, expected: String) {
        #expect(NumberConversion.toFixed(value, fractionDigits: digits) == expected)
    }

    @Test("toPrecision and toExponential cases from the brief")
    func precisionExamples() {
        #expect(NumberConversion.toPrecision(1.255, precision: 3) == "1.25")
        #expect(NumberConversion.toExponential(123.456, fractionDigits: 2) == "1.23e+2")
        #expect(NumberConversion.toExponential(0, fractionDigits: nil) == "0e+0")
    }

    @Test("Digit counts outside the spec's range are clamped, not trapped")
    func outOfRangeDigits() {
        #expect(NumberConversion.toFixed(1.5, fractionDigits: -3) == "2")
        #expect(NumberConversion.toFixed(1.5, fractionDigits: 1000) == NumberConversion.toFixed(1.5, fractionDigits: 100))
        #expect(NumberConversion.toPrecision(1.5, precision: 0) == "2")
        #expect(NumberConversion.toExponential(1.5, fractionDigits: 500).count == 105)  // Node: (1.5).toExponential(100)
    }
}
