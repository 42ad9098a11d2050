import PostieScript
import Testing

@Suite("Integer conversions and array indices (ECMA-262 §7.1.5–§7.1.7, §6.1.7)")
struct NumberConversionTests {
    @Test("ToInt32, ToUint32 and ToIntegerOrInfinity match Node", arguments: NumberFixtureRow.rows(NumberFixtures.integerConversions))
    func integerConversions(row: NumberFixtureRow) {
        let value = row.double(0)
        #expect(Int(NumberConversion.toInt32(value)) == row.integer(1))
        #expect(Int(NumberConversion.toUint32(value)) == row.integer(2))
        #expect(sameNumber(NumberConversion.toIntegerOrInfinity(value), row.double(3)))
    }

    @Test("Canonical array indices", arguments: NumberFixtureRow.rows(NumberFixtures.arrayIndex))
    func arrayIndex(row: NumberFixtureRow) {
        let expected = row.fields[1] == "nil" ? nil : UInt32(row.fields[1])
        #expect(NumberConversion.canonicalArrayIndex(row.units(0)) == expected)
    }
}
