import Testing
@testable import PostieScript

@Suite("DateStringFormatter")
struct DateStringFormatterTests {
    /// toString, toDateString, toTimeString and the en-US locale forms, per zone, as Node prints them.
    @Test(arguments: DateFixture.zoneNames)
    func localFormsMatchNode(_ name: String) throws {
        let cases = try #require(DateFixture.zone(name))
        let zone = try #require(LocalTimeZone(identifier: name))
        #expect(cases.format.count >= 100)
        for row in cases.format {
            let t = row[0].double
            #expect(DateStringFormatter.toString(t, zone: zone) == row[1].string, "toString \(t) in \(name)")
            #expect(DateStringFormatter.toDateString(t, zone: zone) == row[2].string, "toDateString \(t) in \(name)")
            #expect(DateStringFormatter.toTimeString(t, zone: zone) == row[3].string, "toTimeString \(t) in \(name)")
            #expect(DateStringFormatter.toLocaleString(t, zone: zone) == row[4].string, "toLocaleString \(t) in \(name)")
            #expect(DateStringFormatter.toLocaleDateString(t, zone: zone) == row[5].string, "toLocaleDateString \(t) in \(name)")
            #expect(DateStringFormatter.toLocaleTimeString(t, zone: zone) == row[6].string, "toLocaleTimeString \(t) in \(name)")
        }
    }

    @Test func utcFormsMatchNode() throws {
        let rows = try #require(DateFixture.shared).math.utcStrings
        #expect(rows.count > 300)
        for row in rows {
            let t = row[0].double
            #expect(DateStringFormatter.toUTCString(t) == row[1].string, "toUTCString \(t)")
            #expect(DateStringFormatter.toUTCString(t) == row[2].string, "toGMTString \(t)")
            #expect(DateStringFormatter.toISOString(t) == row[3].string, "toISOString \(t)")
            let json = DateStringFormatter.toISOString(t).map { "\"" + $0 + "\"" } ?? "null"
            #expect(json == row[4].string, "JSON.stringify \(t)")
        }
    }

    static let readableCases: [(t: Double, zone: String, text: String)] = [
        (1_796_127_554_000, "Europe/Amsterdam", "Tue Dec 01 2026 13:19:14 GMT+0100 (Central European Standard Time)"),
        (1_782_908_354_000, "Europe/Amsterdam", "Wed Jul 01 2026 14:19:14 GMT+0200 (Central European Summer Time)"),
        (1_796_127_554_000, "Europe/London", "Tue Dec 01 2026 12:19:14 GMT+0000 (Greenwich Mean Time)"),
        (1_782_908_354_000, "Europe/London", "Wed Jul 01 2026 13:19:14 GMT+0100 (British Summer Time)"),
        (1_782_908_354_000, "America/New_York", "Wed Jul 01 2026 08:19:14 GMT-0400 (Eastern Daylight Time)"),
        (-62_198_755_200_000, "UTC", "Fri Jan 01 -0001 00:00:00 GMT+0000 (Coordinated Universal Time)"),
        (-59_042_995_200_000, "UTC", "Thu Jan 01 0099 00:00:00 GMT+0000 (Coordinated Universal Time)"),
        (-8.64e15, "Europe/Amsterdam", "Tue Apr 20 -271821 00:17:30 GMT+0017 (Central European Summer Time)"),
        (.nan, "UTC", "Invalid Date"),
    ]

    @Test(arguments: readableCases)
    func readableToStringExamples(_ c: (t: Double, zone: String, text: String)) throws {
        let zone = try #require(LocalTimeZone(identifier: c.zone))
        #expect(DateStringFormatter.toString(c.t, zone: zone) == c.text)
    }

    @Test func isoAndLocaleExamples() throws {
        let zone = try #require(LocalTimeZone(identifier: "Europe/Amsterdam"))
        let t = 1_796_127_554_000.0
        #expect(DateStringFormatter.toISOString(t) == "2026-12-01T12:19:14.000Z")
        #expect(DateStringFormatter.toISOString(8.64e15) == "+275760-09-13T00:00:00.000Z")
        #expect(DateStringFormatter.toISOString(-62_198_755_200_000) == "-000001-01-01T00:00:00.000Z")
        #expect(DateStringFormatter.toISOString(.nan) == nil)
        #expect(DateStringFormatter.toUTCString(t) == "Tue, 01 Dec 2026 12:19:14 GMT")
        #expect(DateStringFormatter.toLocaleString(t, zone: zone) == "12/1/2026, 1:19:14 PM")
        #expect(DateStringFormatter.toLocaleDateString(t, zone: zone) == "12/1/2026")
        #expect(DateStringFormatter.toLocaleTimeString(t, zone: zone) == "1:19:14 PM")
        #expect(DateStringFormatter.toTimeString(t, zone: zone) == "13:19:14 GMT+0100 (Central European Standard Time)")
        #expect(DateStringFormatter.toDateString(t, zone: zone) == "Tue Dec 01 2026")
    }
}
