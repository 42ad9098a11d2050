import Foundation
import Testing
@testable import PostieScript

@Suite("LocalTimeZone")
struct LocalTimeZoneTests {
    @Test(arguments: DateFixture.zoneNames)
    func offsetsOfUTCTimesMatchNode(_ name: String) throws {
        let cases = try #require(DateFixture.zone(name))
        let zone = try #require(LocalTimeZone(identifier: name))
        #expect(cases.format.count >= 100)
        for row in cases.format where row[0].double.isFinite {
            let t = row[0].double
            #expect(zone.offset(forUTC: t) == row[7].double, "offset at \(t) in \(name)")
            #expect(zone.timezoneOffsetMinutes(forUTC: t) == row[8].double, "getTimezoneOffset at \(t) in \(name)")
            #expect(zone.localTime(t) == t + row[7].double)
        }
    }

    /// new Date(y, m, d, h, mi, s, ms) around transitions: gaps and overlaps take the offset from before.
    @Test(arguments: DateFixture.zoneNames)
    func localTimesConvertAsNode(_ name: String) throws {
        let cases = try #require(DateFixture.zone(name))
        let zone = try #require(LocalTimeZone(identifier: name))
        for row in cases.local {
            let local = row[0].double
            let utc = DateTimeMath.timeClip(zone.utc(local))
            #expect(DateFixture.sameTimeValue(utc, row[1].double), "UTC(\(local)) in \(name)")
        }
    }

    static let gapAndOverlapCases: [(zone: String, local: String, utc: String)] = [
        // Node: TZ=America/New_York new Date(2021, 2, 14, 2, 30) prints 03:30 EDT.
        ("America/New_York", "2021-03-14T02:30:00.000Z", "2021-03-14T07:30:00.000Z"),
        ("America/New_York", "2021-11-07T01:30:00.000Z", "2021-11-07T05:30:00.000Z"),
        ("Europe/Amsterdam", "2026-03-29T02:30:00.000Z", "2026-03-29T01:30:00.000Z"),
        ("Europe/Amsterdam", "2026-10-25T02:30:00.000Z", "2026-10-25T00:30:00.000Z"),
        ("Australia/Lord_Howe", "2026-10-04T02:15:00.000Z", "2026-10-03T15:45:00.000Z"),
        ("Australia/Lord_Howe", "2026-04-05T01:45:00.000Z", "2026-04-04T14:45:00.000Z"),
    ]

    @Test(arguments: gapAndOverlapCases)
    func gapsAndOverlaps(_ c: (zone: String, local: String, utc: String)) throws {
        let zone = try #require(LocalTimeZone(identifier: c.zone))
        let local = DateStringParser.parse(c.local, zone: .utc)
        #expect(DateStringFormatter.toISOString(zone.utc(local)) == c.utc)
    }

    /// What V8 prints for a `TZ` value: identifiers, POSIX strings, and the fallbacks for the rest.
    @Test func tzVariablesAsNodeReadsThem() throws {
        let rows = try #require(DateFixture.shared).tzVariables
        #expect(rows.count > 40)
        let instants = [
            DateTimeMath.makeDate(DateTimeMath.makeDay(2026, 11, 1), 43_200_000),
            DateTimeMath.makeDate(DateTimeMath.makeDay(2026, 6, 1), 43_200_000),
            DateTimeMath.makeDate(DateTimeMath.makeDay(1800, 6, 1), 43_200_000),
        ]
        for row in rows {
            let text = try #require(row[0].string)
            let zone = LocalTimeZone.current(environment: ["TZ": text])
            for (index, t) in instants.enumerated() {
                #expect(DateStringFormatter.toString(t, zone: zone) == row[index + 1].string, "TZ=\(text.debugDescription)")
            }
        }
    }

    @Test func systemZoneWhenTZIsUnset() {
        let zone = LocalTimeZone.current(environment: [:])
        #expect(!zone.identifier.isEmpty)
        #expect(!zone.displayName(forUTC: 0).isEmpty)
    }

    static let unknownIdentifiers = ["", "Foo/Bar", "asia/kolkata", "America/Kolkata", "GMT+5", "UTC+2", "Asia/Tokyo "]

    @Test(arguments: unknownIdentifiers)
    func identifiersFoundationDoesNotKnowExactly(_ identifier: String) {
        #expect(LocalTimeZone(identifier: identifier) == nil)
    }

    /// V8's equivalent year keeps leap-ness and the weekday of January 1, and lies in 2008…2035.
    @Test func equivalentYearKeepsCalendarStructure() {
        for year in stride(from: -3000, through: 3000, by: 1) {
            let equivalent = LocalTimeZone.equivalentYear(year)
            #expect((2008...2035).contains(equivalent))
            #expect(DateTimeMath.isLeapYear(equivalent) == DateTimeMath.isLeapYear(year))
            let weekDay = { (y: Int) in DateTimeMath.weekDay(days: DateTimeMath.daysFromCivil(year: y, month: 0, day: 1)) }
            #expect(weekDay(equivalent) == weekDay(year), "year \(year)")
        }
    }

    @Test func nonFiniteTimesHaveNoOffset() throws {
        let zone = try #require(LocalTimeZone(identifier: "Europe/Amsterdam"))
        #expect(zone.offset(forUTC: .nan) == 0)
        #expect(zone.offset(forLocal: .infinity) == 0)
        #expect(zone.utc(.nan).isNaN)
        #expect(zone.utc(8.64e15 + 864_000_001).isNaN)
        #expect(zone.localTime(.nan).isNaN)
        #expect(zone.timezoneOffsetMinutes(forUTC: .nan).isNaN)
        // Far outside the time-value range the offset is still answered (clamped), never a crash.
        #expect(zone.offset(forUTC: 1e300) == zone.offset(forUTC: 8.7e15))
    }
}
