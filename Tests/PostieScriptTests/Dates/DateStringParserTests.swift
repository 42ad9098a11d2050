import Testing
@testable import PostieScript

@Suite("DateStringParser")
struct DateStringParserTests {
    /// Every fixture string, in every zone, parses to Node's Date.parse value.
    @Test(arguments: DateFixture.zoneNames)
    func parseMatchesNode(_ name: String) throws {
        let cases = try #require(DateFixture.zone(name))
        let zone = try #require(LocalTimeZone(identifier: name))
        #expect(cases.parse.count >= 150)
        for row in cases.parse {
            let text = try #require(row[0].string)
            let value = DateStringParser.parse(text, zone: zone)
            #expect(DateFixture.sameTimeValue(value, row[1].double), "Date.parse(\(text.debugDescription)) in \(name)")
        }
    }

    /// A few of the fixture's cases spelled out (Node 20, TZ=America/New_York).
    static let readableCases: [(text: String, iso: String?)] = [
        ("2026-12-01", "2026-12-01T00:00:00.000Z"),  // date-only ISO: UTC
        ("2026-12-01T10:00", "2026-12-01T15:00:00.000Z"),  // date-time ISO without offset: local
        ("2026-12-01 10:00", "2026-12-01T15:00:00.000Z"),  // legacy: local
        ("+275760-09-13T00:00:00.000Z", "+275760-09-13T00:00:00.000Z"),
        ("-000000-01-01T00:00:00Z", nil),
        ("2026-12-01T24:00", "2026-12-02T05:00:00.000Z"),
        ("Tue Dec 01 2026 12:19:14 GMT+0100 (Central European Standard Time)", "2026-12-01T11:19:14.000Z"),
        ("Tue, 01 Dec 2026 12:19:14 GMT", "2026-12-01T12:19:14.000Z"),
        ("December 1, 2026", "2026-12-01T05:00:00.000Z"),
        ("12/1/2026 3:45 PM", "2026-12-01T20:45:00.000Z"),
        ("12/1/2026 3:45PM", nil),
        ("Dec 25", "2001-12-25T05:00:00.000Z"),
        ("1/2/49", "2049-01-02T05:00:00.000Z"),
        ("1/2/50", "1950-01-02T05:00:00.000Z"),
        ("2024-1-5", "2024-01-05T05:00:00.000Z"),
        ("Thu, 01 Jan 1970 00:00:00 GMT-0500", "1970-01-01T05:00:00.000Z"),
        ("2021-03-14T02:30", "2021-03-14T07:30:00.000Z"),  // in the spring-forward gap: EST
        ("noon", nil),
    ]

    @Test(arguments: readableCases)
    func readableExamples(_ c: (text: String, iso: String?)) throws {
        let zone = try #require(LocalTimeZone(identifier: "America/New_York"))
        #expect(DateStringFormatter.toISOString(DateStringParser.parse(c.text, zone: zone)) == c.iso)
    }

    /// toString, toUTCString and toISOString output parse back to the same instant (to the second where the
    /// form has no milliseconds), for years 0…9999 where the legacy grammar can read them.
    @Test(arguments: DateFixture.zoneNames)
    func ownOutputRoundTrips(_ name: String) throws {
        let zone = try #require(LocalTimeZone(identifier: name))
        var t = -2_000_000_000_000.0
        while t < 4_000_000_000_000 {
            let seconds = (t / 1000).rounded(.down) * 1000
            #expect(DateStringParser.parse(DateStringFormatter.toString(t, zone: zone), zone: zone) == seconds)
            #expect(DateStringParser.parse(DateStringFormatter.toUTCString(t), zone: zone) == seconds)
            #expect(DateStringParser.parse(DateStringFormatter.toISOString(t) ?? "", zone: zone) == t)
            t += 86_399_999_937
        }
    }

    @Test func parsedFieldsOfTheLegacyGrammar() {
        let units = Array("Tue Dec 01 2026 12:19:14.5 GMT+0530 (x)".utf16)
        let fields = units.withUnsafeBufferPointer { DateStringParser.parseFields($0) }
        #expect(fields == DateStringParser.ParsedFields(
            year: 2026, month: 11, day: 1, hour: 12, minute: 19, second: 14, millisecond: 500, utcOffset: 19800
        ))
    }

    /// Inputs built to stress the scanner end without crashing or hanging.
    static let hostileInputs: [[UInt16]] = [
        Array(String(repeating: "(", count: 10_000).utf16), Array(String(repeating: "9", count: 10_000).utf16),
        Array(String(repeating: "Dec ", count: 5_000).utf16), Array(String(repeating: ":", count: 10_000).utf16),
        [0xD800, 0xDC00, 0xD800, 0x31], Array(String(repeating: "1:", count: 3_000).utf16),
        Array((String(repeating: "+", count: 1_000) + "x").utf16), [],
    ]

    @Test(arguments: hostileInputs)
    func hostileInputsAreNaN(_ units: [UInt16]) {
        #expect(DateStringParser.parse(utf16: units, zone: .utc).isNaN)
    }

    @Test func utf16EntryPointsAgree() {
        let text = "Dec 1, 2026 10:00:00"
        let units = Array(text.utf16)
        #expect(DateStringParser.parse(utf16: units, zone: .utc) == DateStringParser.parse(text, zone: .utc))
    }
}
