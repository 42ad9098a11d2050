import Testing
@testable import PostieScript

@Suite("DateTimeMath")
struct DateTimeMathTests {
    @Test func makeDayMatchesNode() throws {
        let rows = try #require(DateFixture.shared).math.makeDay
        #expect(rows.count > 1000)
        for row in rows {
            let result = DateTimeMath.timeClip(DateTimeMath.makeDate(DateTimeMath.makeDay(row[0].double, row[1].double, row[2].double), 0))
            #expect(DateFixture.sameTimeValue(result, row[3].double), "MakeDay(\(row[0]), \(row[1]), \(row[2]))")
        }
    }

    @Test func makeTimeMatchesNode() throws {
        let rows = try #require(DateFixture.shared).math.makeTime
        for row in rows {
            let time = DateTimeMath.makeTime(row[0].double, row[1].double, row[2].double, row[3].double)
            let result = DateTimeMath.timeClip(DateTimeMath.makeDate(0, time))
            #expect(DateFixture.sameTimeValue(result, row[4].double), "MakeTime(\(row[0]), \(row[1]), \(row[2]), \(row[3]))")
        }
    }

    /// Date.UTC's composition, with its 0…99 → 1900s year rule applied as the engine will.
    @Test func dateUTCMatchesNode() throws {
        let rows = try #require(DateFixture.shared).math.dateUTC
        for row in rows {
            var year = row[0].double
            let integral = year.rounded(.towardZero)
            if integral >= 0 && integral <= 99 { year = 1900 + integral }
            let day = DateTimeMath.makeDay(year, row[1].double, row[2].double)
            let time = DateTimeMath.makeTime(row[3].double, row[4].double, row[5].double, row[6].double)
            let result = DateTimeMath.timeClip(DateTimeMath.makeDate(day, time))
            #expect(DateFixture.sameTimeValue(result, row[7].double), "Date.UTC\(row.prefix(7))")
        }
    }

    @Test func calendarFieldsMatchNode() throws {
        let rows = try #require(DateFixture.shared).math.fields
        #expect(rows.count > 300)
        for row in rows {
            let t = row[0].double
            let expected = row.dropFirst().map { Int($0.double) }
            let functions = [
                DateTimeMath.yearFromTime(t), DateTimeMath.monthFromTime(t), DateTimeMath.dateFromTime(t),
                DateTimeMath.weekDay(t), DateTimeMath.hourFromTime(t), DateTimeMath.minFromTime(t),
                DateTimeMath.secFromTime(t), DateTimeMath.msFromTime(t),
            ].map { Int($0) }
            #expect(functions == expected, "fields of \(t)")
            let f = try #require(DateTimeMath.fields(t))
            #expect([f.year, f.month, f.day, f.weekDay, f.hour, f.minute, f.second, f.millisecond] == expected, "fields(\(t))")
            // Day and TimeWithinDay recompose t; the year's first day and length bracket it.
            #expect(DateTimeMath.day(t) * DateTimeMath.msPerDay + DateTimeMath.timeWithinDay(t) == t)
            let year = DateTimeMath.yearFromTime(t)
            #expect(DateTimeMath.timeFromYear(year) <= t && t < DateTimeMath.timeFromYear(year + 1))
            #expect(DateTimeMath.daysInYear(year) == DateTimeMath.dayFromYear(year + 1) - DateTimeMath.dayFromYear(year))
            #expect(DateTimeMath.inLeapYear(t) == (DateTimeMath.daysInYear(year) == 366))
            #expect(DateTimeMath.dayWithinYear(t) == DateTimeMath.day(t) - DateTimeMath.dayFromYear(year))
        }
    }

    static let dayCases: [(t: Double, day: Double, within: Double)] = [
        (0, 0, 0), (-1, -1, 86_399_999), (86_399_999, 0, 86_399_999), (86_400_000, 1, 0), (-86_400_000, -1, 0),
        (-86_400_001, -2, 86_399_999), (8.64e15, 100_000_000, 0), (-8.64e15, -100_000_000, 0),
        (8.64e15 - 1, 99_999_999, 86_399_999), (-8.64e15 + 1, -100_000_000, 1), (.nan, .nan, .nan), (.infinity, .nan, .nan),
    ]

    @Test(arguments: dayCases)
    func dayAndTimeWithinDay(_ c: (t: Double, day: Double, within: Double)) {
        #expect(DateFixture.sameTimeValue(DateTimeMath.day(c.t), c.day))
        #expect(DateFixture.sameTimeValue(DateTimeMath.timeWithinDay(c.t), c.within))
    }

    static let yearCases: [(year: Double, days: Double, firstDay: Double)] = [
        (1970, 365, 0), (1972, 366, 730), (2000, 366, 10957), (1900, 365, -25567), (2100, 365, 47482), (0, 366, -719528),
        (-1, 365, -719893), (-4, 366, -720989), (-100, 365, -756052), (-400, 366, -865625), (275760, 366, 99_999_744),
        (-271821, 365, -100_000_109),
    ]

    @Test(arguments: yearCases)
    func daysInYearAndDayFromYear(_ c: (year: Double, days: Double, firstDay: Double)) {
        #expect(DateTimeMath.daysInYear(c.year) == c.days)
        #expect(DateTimeMath.dayFromYear(c.year) == c.firstDay)
        #expect(DateTimeMath.yearFromTime(DateTimeMath.timeFromYear(c.year)) == c.year)
        #expect(DateTimeMath.yearFromTime(DateTimeMath.timeFromYear(c.year) - 1) == c.year - 1)
    }

    static let clipCases: [(input: Double, clipped: Double)] = [
        (0, 0), (-0.0, 0), (-0.5, 0), (0.9, 0), (-1.9, -1), (8.64e15, 8.64e15), (-8.64e15, -8.64e15),
        (8.64e15 + 1, .nan), (-8.64e15 - 1, .nan), (.infinity, .nan), (-.infinity, .nan), (.nan, .nan), (1e300, .nan),
    ]

    @Test(arguments: clipCases)
    func timeClip(_ c: (input: Double, clipped: Double)) {
        let result = DateTimeMath.timeClip(c.input)
        #expect(DateFixture.sameTimeValue(result, c.clipped))
        if result == 0 { #expect(result.sign == .plus, "TimeClip never answers -0") }
    }

    static let makeDateCases: [(day: Double, time: Double, date: Double)] = [
        (0, 0, 0), (1, -1, 86_399_999), (-1, 0, -86_400_000), (.nan, 0, .nan), (0, .infinity, .nan), (1e300, 0, 1e300 * 86_400_000), (1e305, 0, .nan),
        (100_000_000, 0, 8.64e15), (100_000_000, 1, 8.64e15 + 1),
    ]

    @Test(arguments: makeDateCases)
    func makeDate(_ c: (day: Double, time: Double, date: Double)) {
        #expect(DateFixture.sameTimeValue(DateTimeMath.makeDate(c.day, c.time), c.date))
    }

    /// V8 limits: |year| ≤ 1e6 and |month| ≤ 1e7, or MakeDay is NaN even when the result would be in range.
    static let makeDayLimitCases: [(year: Double, month: Double, date: Double, day: Double)] = [
        (1_000_000, -8_690_880, 1, DateTimeMath.dayFromYear(275_760)), (1_000_001, -8_690_892, 1, .nan),
        (-830_000, 10_000_000, 1, DateTimeMath.dayFromYear(3_333) + 120), (-830_000, 10_000_001, 1, .nan),
        (2026, 0, .infinity, .nan), (.nan, 0, 1, .nan), (2026, .infinity, 1, .nan), (1970, 0, 1.9, 0), (1970, 0, -0.9, -1),
        (1970, 1.9, 1, 31), (1970, -0.9, 1, 0), (1970, -1, 1, -31), (1970, 12, 1, 365), (1970, 0, 1e8 + 1, 1e8),
    ]

    @Test(arguments: makeDayLimitCases)
    func makeDayLimits(_ c: (year: Double, month: Double, date: Double, day: Double)) {
        #expect(DateFixture.sameTimeValue(DateTimeMath.makeDay(c.year, c.month, c.date), c.day))
    }

    static let makeTimeCases: [(h: Double, m: Double, s: Double, ms: Double, time: Double)] = [
        (0, 0, 0, 0, 0), (1, 1, 1, 1, 3_661_001), (24, 0, 0, 0, 86_400_000), (-1, 0, 0, 0, -3_600_000),
        (1.9, 1.9, 1.9, 1.9, 3_661_001), (-1.9, 0, 0, -0.9, -3_600_000), (0, 0, 0, .nan, .nan), (.infinity, 0, 0, 0, .nan),
        (0, -.infinity, 0, 0, .nan), (1e300, 0, 0, 0, 3.6e306),
    ]

    @Test(arguments: makeTimeCases)
    func makeTime(_ c: (h: Double, m: Double, s: Double, ms: Double, time: Double)) {
        #expect(DateFixture.sameTimeValue(DateTimeMath.makeTime(c.h, c.m, c.s, c.ms), c.time))
    }
}
