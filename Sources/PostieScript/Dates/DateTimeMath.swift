/// The time-value arithmetic of ECMA-262 §21.4.1, on Doubles (milliseconds since the epoch, NaN = invalid).
///
/// Calendar fields are computed with integer arithmetic on the day number, so results are exact over the
/// whole time-value range (±8.64e15 ms, years -271821…275760) and beyond it for local times. Where V8
/// deviates from the letter of the spec (MakeDay's argument limits) V8 is followed, since Node is the oracle.
public enum DateTimeMath {
    /// Milliseconds in a day (§21.4.1.2).
    public static let msPerDay: Double = 86_400_000
    /// Milliseconds in an hour (§21.4.1.2).
    public static let msPerHour: Double = 3_600_000
    /// Milliseconds in a minute (§21.4.1.2).
    public static let msPerMinute: Double = 60_000
    /// Milliseconds in a second (§21.4.1.2).
    public static let msPerSecond: Double = 1_000
    /// The largest magnitude of a time value, 100 000 000 days (§21.4.1.1).
    public static let maxTimeValue: Double = 8.64e15

    /// Largest |t| the calendar functions accept; beyond it they answer NaN instead of trapping on Int conversion.
    static let calendarLimit: Double = 1e17

    // MARK: - Days and years

    /// ECMA-262 §21.4.1.3 Day: `floor(t / msPerDay)`.
    public static func day(_ t: Double) -> Double {
        guard t.isFinite else { return .nan }
        var d = (t / msPerDay).rounded(.down)
        // The quotient is rounded once; nudge it so that d·msPerDay ≤ t < (d+1)·msPerDay holds exactly.
        if abs(d) < 1e11 {
            if d * msPerDay > t { d -= 1 } else if (d + 1) * msPerDay <= t { d += 1 }
        }
        return d
    }

    /// ECMA-262 §21.4.1.4 TimeWithinDay: `t modulo msPerDay`, in [0, msPerDay).
    public static func timeWithinDay(_ t: Double) -> Double {
        guard t.isFinite else { return .nan }
        let r = t - day(t) * msPerDay
        return r == 0 ? 0 : r
    }

    /// ECMA-262 §21.4.1.5 DaysInYear: 365 or 366 for the (integral) year `y`.
    public static func daysInYear(_ y: Double) -> Double {
        guard y.isFinite, y == y.rounded(.towardZero) else { return .nan }
        return isLeapYear(y) ? 366 : 365
    }

    /// ECMA-262 §21.4.1.6 DayFromYear: the day number of January 1 of year `y`.
    public static func dayFromYear(_ y: Double) -> Double {
        guard y.isFinite, y == y.rounded(.towardZero), abs(y) < 1e13 else { return .nan }
        return Double(daysFromCivil(year: Int(y), month: 0, day: 1))
    }

    /// ECMA-262 §21.4.1.7 TimeFromYear: the time value of January 1 of year `y`, 00:00 UTC.
    public static func timeFromYear(_ y: Double) -> Double {
        msPerDay * dayFromYear(y)
    }

    /// ECMA-262 §21.4.1.8 YearFromTime: the (proleptic Gregorian) year containing `t`.
    public static func yearFromTime(_ t: Double) -> Double {
        guard let days = dayNumber(t) else { return .nan }
        return Double(civilFromDays(days).year)
    }

    /// ECMA-262 §21.4.1.9 DayWithinYear: 0-based day of the year.
    public static func dayWithinYear(_ t: Double) -> Double {
        guard let days = dayNumber(t) else { return .nan }
        let year = civilFromDays(days).year
        return Double(days - daysFromCivil(year: year, month: 0, day: 1))
    }

    /// ECMA-262 §21.4.1.10 InLeapYear: whether `t` falls in a year of 366 days (false for NaN).
    public static func inLeapYear(_ t: Double) -> Bool {
        guard let days = dayNumber(t) else { return false }
        return isLeapYear(civilFromDays(days).year)
    }

    /// ECMA-262 §21.4.1.11 MonthFromTime: 0 (January) … 11 (December).
    public static func monthFromTime(_ t: Double) -> Double {
        guard let days = dayNumber(t) else { return .nan }
        return Double(civilFromDays(days).month)
    }

    /// ECMA-262 §21.4.1.12 DateFromTime: the day of the month, 1 … 31.
    public static func dateFromTime(_ t: Double) -> Double {
        guard let days = dayNumber(t) else { return .nan }
        return Double(civilFromDays(days).day)
    }

    /// ECMA-262 §21.4.1.13 WeekDay: 0 (Sunday) … 6 (Saturday).
    public static func weekDay(_ t: Double) -> Double {
        guard let days = dayNumber(t) else { return .nan }
        return Double(weekDay(days: days))
    }

    // MARK: - Time of day

    /// ECMA-262 §21.4.1.14 HourFromTime: 0 … 23.
    public static func hourFromTime(_ t: Double) -> Double {
        guard t.isFinite else { return .nan }
        return (timeWithinDay(t) / msPerHour).rounded(.down)
    }

    /// ECMA-262 §21.4.1.15 MinFromTime: 0 … 59.
    public static func minFromTime(_ t: Double) -> Double {
        guard t.isFinite else { return .nan }
        return (timeWithinDay(t) / msPerMinute).rounded(.down).truncatingRemainder(dividingBy: 60)
    }

    /// ECMA-262 §21.4.1.16 SecFromTime: 0 … 59.
    public static func secFromTime(_ t: Double) -> Double {
        guard t.isFinite else { return .nan }
        return (timeWithinDay(t) / msPerSecond).rounded(.down).truncatingRemainder(dividingBy: 60)
    }

    /// ECMA-262 §21.4.1.17 msFromTime: 0 … 999.
    public static func msFromTime(_ t: Double) -> Double {
        guard t.isFinite else { return .nan }
        return timeWithinDay(t).truncatingRemainder(dividingBy: msPerSecond)
    }

    // MARK: - Composition

    /// ECMA-262 §21.4.1.27 MakeTime: milliseconds from hour, minute, second and millisecond (each truncated).
    public static func makeTime(_ hour: Double, _ min: Double, _ sec: Double, _ ms: Double) -> Double {
        guard hour.isFinite, min.isFinite, sec.isFinite, ms.isFinite else { return .nan }
        let h = hour.rounded(.towardZero)
        let m = min.rounded(.towardZero)
        let s = sec.rounded(.towardZero)
        let milli = ms.rounded(.towardZero)
        return h * msPerHour + m * msPerMinute + s * msPerSecond + milli
    }

    /// V8's bounds on MakeDay's arguments: outside them the day is NaN (the spec would compute it).
    static let makeDayYearLimit: Double = 1_000_000
    static let makeDayMonthLimit: Double = 10_000_000

    /// ECMA-262 §21.4.1.28 MakeDay: the day number of `date` (1-based, may overflow) in `month` (0-based,
    /// may overflow) of `year`; NaN when an argument is not finite or, as in V8, |year| > 1e6 or |month| > 1e7.
    public static func makeDay(_ year: Double, _ month: Double, _ date: Double) -> Double {
        guard year >= -makeDayYearLimit, year <= makeDayYearLimit,
              month >= -makeDayMonthLimit, month <= makeDayMonthLimit,
              date.isFinite else { return .nan }
        var y = Int(year.rounded(.towardZero))
        var m = Int(month.rounded(.towardZero))
        y += m / 12
        m %= 12
        if m < 0 {
            m += 12
            y -= 1
        }
        let firstOfMonth = v8DayFromYear(y) + (isLeapYear(y) ? leapMonthStarts : monthStarts)[m]
        // V8 adds the truncated date to (first day - 1), in that order.
        return Double(firstOfMonth - 1) + date.rounded(.towardZero)
    }

    static let monthStarts = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    static let leapMonthStarts = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335]

    /// The day number of January 1 of `y` as V8's MakeDay counts it: leap days by truncating division of
    /// y + 399999: exact for y ≥ -399999, and often a day late below, which a large date argument brings
    /// back into the time-value range (MakeDay(275760, -8690880, 1e8) counts from January -448480: a day late).
    static func v8DayFromYear(_ y: Int) -> Int {
        let shift = 399_999
        let base = 365 * (1970 + shift) + (1970 + shift) / 4 - (1970 + shift) / 100 + (1970 + shift) / 400
        let shifted = y + shift
        return 365 * shifted + shifted / 4 - shifted / 100 + shifted / 400 - base
    }

    /// ECMA-262 §21.4.1.29 MakeDate: `day × msPerDay + time`, NaN when either is not finite or the result overflows.
    public static func makeDate(_ day: Double, _ time: Double) -> Double {
        guard day.isFinite, time.isFinite else { return .nan }
        let tv = day * msPerDay + time
        return tv.isFinite ? tv : .nan
    }

    /// ECMA-262 §21.4.1.31 TimeClip: NaN outside ±8.64e15, otherwise the value truncated (never -0).
    public static func timeClip(_ time: Double) -> Double {
        guard time.isFinite, abs(time) <= maxTimeValue else { return .nan }
        return time.rounded(.towardZero) + 0
    }

    // MARK: - Fields in one pass

    /// The calendar fields of one time value, as the Date getters and the formatters need them.
    public struct Fields: Sendable, Equatable {
        /// Full (proleptic Gregorian, astronomical) year: 0 is 1 BC, -1 is 2 BC.
        public var year: Int
        /// 0 (January) … 11 (December).
        public var month: Int
        /// Day of the month, 1 … 31.
        public var day: Int
        /// 0 (Sunday) … 6 (Saturday).
        public var weekDay: Int
        /// 0 … 23.
        public var hour: Int
        /// 0 … 59.
        public var minute: Int
        /// 0 … 59.
        public var second: Int
        /// 0 … 999.
        public var millisecond: Int
    }

    /// All calendar fields of `t` (a UTC or a local time value); nil for NaN and infinities.
    public static func fields(_ t: Double) -> Fields? {
        guard let days = dayNumber(t) else { return nil }
        let civil = civilFromDays(days)
        let within = Int(t - Double(days) * msPerDay)
        return Fields(
            year: civil.year, month: civil.month, day: civil.day, weekDay: weekDay(days: days),
            hour: within / 3_600_000, minute: within / 60_000 % 60, second: within / 1_000 % 60,
            millisecond: within % 1_000
        )
    }

    // MARK: - Integer core

    /// Whether the (integral) year has 366 days.
    static func isLeapYear(_ y: Double) -> Bool {
        if y.truncatingRemainder(dividingBy: 4) != 0 { return false }
        if y.truncatingRemainder(dividingBy: 100) != 0 { return true }
        return y.truncatingRemainder(dividingBy: 400) == 0
    }

    /// Whether the year has 366 days.
    static func isLeapYear(_ y: Int) -> Bool {
        y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
    }

    /// Day(t) as an Int, when t is finite and small enough to convert.
    @inline(__always) static func dayNumber(_ t: Double) -> Int? {
        guard t.isFinite, abs(t) < calendarLimit else { return nil }
        return Int(day(t))
    }

    /// 0 (Sunday) … 6 (Saturday) for a day number (day 0, 1970-01-01, was a Thursday).
    @inline(__always) static func weekDay(days: Int) -> Int {
        let w = (days + 4) % 7
        return w < 0 ? w + 7 : w
    }

    /// Floor division for a positive divisor.
    @inline(__always) static func floorDiv(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && a < 0) ? q - 1 : q
    }

    /// Day number of year/month(0-based)/day, proleptic Gregorian, by 400-year eras counted from March.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        // Shift the year to start in March so the leap day is the last day of the shifted year.
        let shiftedYear = month < 2 ? year - 1 : year
        let era = floorDiv(shiftedYear, 400)
        let yearOfEra = shiftedYear - era * 400
        let shiftedMonth = month < 2 ? month + 10 : month - 2
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        // 719468 days from 0000-03-01 to 1970-01-01.
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Year, month (0-based) and day of a day number; inverse of `daysFromCivil`.
    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = floorDiv(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 2 : shiftedMonth - 10
        let year = yearOfEra + era * 400 + (month < 2 ? 1 : 0)
        return (year, month, day)
    }
}
