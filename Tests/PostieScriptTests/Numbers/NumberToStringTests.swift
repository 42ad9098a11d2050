import PostieScript
import Testing

@Suite("Number to string (ECMA-262 §6.1.6.1.20, §21.1.3.6)")
struct NumberToStringTests {
    @Test("Number::toString matches Node", arguments: NumberFixtureRow.rows(NumberFixtures.toString))
    func shortestRoundTrip(row: NumberFixtureRow) {
        let value = row.double(0)
        #expect(NumberConversion.toString(value) == row.fields[1])
        #expect(NumberConversion.toUTF16(value) == Array(row.fields[1].utf16))
    }

    @Test("Number.prototype.toString(radix) matches Node", arguments: NumberFixtureRow.rows(NumberFixtures.radix))
    func radix(row: NumberFixtureRow) {
        #expect(NumberConversion.toString(row.double(0), radix: row.integer(1)) == row.fields[2])
    }

    @Test(
        "Cases from the brief, as Node prints them",
        arguments: [
            (0.1 * 3, "0.30000000000000004"), (1e21, "1e+21"), (1e-7, "1e-7"), (-0.0, "0"), (123e-20, "1.23e-18"),
            (Double.nan, "NaN"), (-Double.infinity, "-Infinity"), (9_007_199_254_740_992, "9007199254740992"),
            (999_999_999_999_999_868_928, "999999999999999900000"), (0.000001, "0.000001"), (Double.leastNonzeroMagnitude, "5e-324"),
        ] as [(Double, String)]
    )
    func briefExamples(value: Double, expected: String) {
        #expect(NumberConversion.toString(value) == expected)
    }

    @Test(
        "Radix cases from the brief",
        arguments: [
            (0.5, 2, "0.1"), (0.1, 3, "0.0022002200220022002200220022002201"), (255.5, 16, "ff.8"),
            (-1e21, 36, "-5v1j4f4ds7c000"), (-255, 16, "-ff"), (0.1 * 3, 10, "0.30000000000000004"),
        ] as [(Double, Int, String)]
    )
    func briefRadixExamples(value: Double, radix: Int, expected: String) {
        #expect(NumberConversion.toString(value, radix: radix) == expected)
    }

    @Test("1e300 in base 2 has 997 digits, a one and zeros")
    func largeBinary() {
        let text = NumberConversion.toString(1e300, radix: 2)
        #expect(text.count == 997)
        #expect(text.hasPrefix("1"))
    }

    @Test("Integers up to 2^53 print all their digits", arguments: [0, 1, -1, 9, 10, 99, 100, 12345, -987_654_321, 4_294_967_296])
    func integers(value: Int) {
        #expect(NumberConversion.toString(Double(value)) == String(value))
    }
}
