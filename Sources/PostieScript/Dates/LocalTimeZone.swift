import Foundation

/// The local time zone of a runtime: UTC offsets and display names as V8 (Node 20) derives them from ICU.
///
/// Built once per runtime from the `TZ` environment variable (or the system zone), with Foundation's `TimeZone`
/// supplying the tz database. Offsets of UTC time values are cached per UTC hour, so repeated Date operations
/// cost a lock and an array lookup. The value is immutable and may be shared between threads.
public struct LocalTimeZone: Sendable {
    /// Where the offsets come from.
    enum Offsets: Sendable {
        /// A constant offset in milliseconds (UTC, POSIX `TZ` strings, unknown zones).
        case fixed(Int)
        /// A tz database zone.
        case named(OffsetTable)
    }

    /// The identifier the zone was built from ("America/New_York", "UTC", or the `TZ` text itself).
    public let identifier: String
    let offsets: Offsets
    /// The long name V8 prints in toString outside daylight saving time ("Central European Standard Time").
    let standardName: String
    /// The long name V8 prints in toString during daylight saving time ("Central European Summer Time").
    let daylightName: String

    /// Coordinated Universal Time.
    public static let utc = LocalTimeZone(identifier: "UTC", fixedOffset: 0, name: "Coordinated Universal Time")

    init(identifier: String, offsets: Offsets, standardName: String, daylightName: String) {
        self.identifier = identifier
        self.offsets = offsets
        self.standardName = standardName
        self.daylightName = daylightName
    }

    init(identifier: String, fixedOffset milliseconds: Int, name: String) {
        self.init(identifier: identifier, offsets: .fixed(milliseconds), standardName: name, daylightName: name)
    }

    /// The zone of a tz database identifier, or nil when Foundation does not know it exactly (case matters, as in V8).
    public init?(identifier: String) {
        if Self.utcAliases.contains(identifier) {
            self.init(identifier: identifier, fixedOffset: 0, name: "Coordinated Universal Time")
            return
        }
        // "GMT+5" and the like are POSIX strings (UTC-5) to V8, custom offsets (UTC+5) to Foundation.
        if identifier.hasPrefix("GMT+") || identifier.hasPrefix("GMT-") || identifier.hasPrefix("UTC") {
            return nil
        }
        guard !identifier.isEmpty, let zone = TimeZone(identifier: identifier), zone.identifier == identifier else {
            return nil
        }
        let english = Locale(identifier: "en_US")
        // ICU's name for a zone without one is its offset; V8's spelling of offset zero is "GMT+00:00".
        let name = { (style: NSTimeZone.NameStyle) -> String in
            guard let name = zone.localizedName(for: style, locale: english), name != "GMT" else { return "GMT+00:00" }
            return name
        }
        self.init(
            identifier: identifier, offsets: .named(OffsetTable(zone: zone)),
            standardName: name(.standard), daylightName: name(.daylightSaving)
        )
    }

    /// The zone a runtime uses: `TZ` from `environment` when present (as V8/ICU read it), else the system zone.
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> LocalTimeZone {
        guard let value = environment["TZ"] else { return system() }
        return fromTZVariable(value)
    }

    /// The zone for the text of a `TZ` variable: a tz identifier (optionally after ':'), a simple POSIX
    /// "STDoffset" string, or, failing those, offset 0 with the names V8 prints for them.
    public static func fromTZVariable(_ value: String) -> LocalTimeZone {
        let text = value.hasPrefix(":") ? String(value.dropFirst()) : value
        if let zone = LocalTimeZone(identifier: text) { return zone }
        if text.hasPrefix("/"), let range = text.range(of: "zoneinfo/"),
           let zone = TimeZone(identifier: String(text[range.upperBound...])) {
            // ICU sees only libc's standard offset for a file path: a fixed zone named by its offset.
            let now = Date()
            let seconds = zone.secondsFromGMT(for: now) - Int(zone.daylightSavingTimeOffset(for: now))
            return LocalTimeZone(identifier: value, fixedOffset: seconds * 1000, name: gmtName(offsetSeconds: seconds))
        }
        switch parsePOSIX(text) {
        case .fixed(let seconds):
            return LocalTimeZone(identifier: value, fixedOffset: seconds * 1000, name: gmtName(offsetSeconds: seconds))
        case .withRules:
            return LocalTimeZone(identifier: value, fixedOffset: 0, name: "Coordinated Universal Time")
        case .unrecognized:
            return LocalTimeZone(identifier: value, fixedOffset: 0, name: "GMT+00:00")
        }
    }

    /// The system zone (what /etc/localtime names), as ICU finds it when `TZ` is unset.
    static func system() -> LocalTimeZone {
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/etc/localtime"),
           let range = target.range(of: "zoneinfo/"),
           let zone = LocalTimeZone(identifier: String(target[range.upperBound...])) {
            return zone
        }
        return LocalTimeZone(identifier: TimeZone.current.identifier) ?? .utc
    }

    // MARK: - Offsets

    /// The offset (ms) to add to the UTC time value `t` to get local time: LocalTZA(t, true) (§21.4.1.25).
    public func offset(forUTC t: Double) -> Double {
        switch offsets {
        case .fixed(let ms): return Double(ms)
        case .named(let table):
            guard t.isFinite else { return 0 }
            return Double(table.state(at: t).offset)
        }
    }

    /// The offset (ms) to subtract from the local time value `t` to get UTC: LocalTZA(t, false) (§21.4.1.26).
    ///
    /// As V8 (ICU's UCAL_TZ_LOCAL_FORMER): a local time skipped by a forward transition and a local time
    /// repeated by a backward one are both read with the offset in force before the transition.
    public func offset(forLocal t: Double) -> Double {
        switch offsets {
        case .fixed(let ms): return Double(ms)
        case .named(let table):
            guard t.isFinite else { return 0 }
            // Any candidate UTC instant t - offset lies within 16 hours of t (offsets never exceed ±16 h).
            let window = 16 * DateTimeMath.msPerHour
            let before = table.state(at: t - window).offset
            let after = table.state(at: t + window).offset
            if before == after { return Double(after) }
            // One transition T in the window: the later offset applies from local time T + max(before, after).
            let probe = table.state(at: t - Double(max(before, after))).offset
            return Double(probe == after ? after : before)
        }
    }

    /// Whether ICU counts `t` as daylight saving time (a nonzero DST offset).
    public func isDaylightSavingTime(forUTC t: Double) -> Bool {
        switch offsets {
        case .fixed: return false
        case .named(let table):
            guard t.isFinite else { return false }
            return table.state(at: t).isDaylightSaving
        }
    }

    /// The zone name V8 prints in parentheses in toString for `t`.
    ///
    /// V8 decides standard versus daylight on an equivalent time in 2008–2035 for instants before 1970 or
    /// after 2038-01-19 (so 1800-07-01 in Europe/London says "British Summer Time" while its offset is LMT).
    public func displayName(forUTC t: Double) -> String {
        if case .fixed = offsets { return standardName }
        guard t.isFinite else { return standardName }
        let probe = (t < 0 || t > Self.maxEpochSeconds * 1000) ? Self.equivalentTime(t) : t
        return isDaylightSavingTime(forUTC: probe) ? daylightName : standardName
    }

    /// ECMA-262 §21.4.1.25 LocalTime: `t + offset(forUTC: t)`; NaN stays NaN.
    public func localTime(_ t: Double) -> Double {
        guard t.isFinite else { return .nan }
        return t + offset(forUTC: t)
    }

    /// ECMA-262 §21.4.1.26 UTC: `t - offset(forLocal: t)`; NaN (as in V8) when `t` is more than ten days
    /// outside the time-value range, so no zone lookup is made for absurd values.
    public func utc(_ t: Double) -> Double {
        guard t.isFinite, abs(t) <= Self.maxLocalTimeValue else { return .nan }
        return t - offset(forLocal: t)
    }

    /// Date.prototype.getTimezoneOffset's value as V8 computes it: (t - LocalTime(t)) in whole minutes,
    /// truncated toward zero (so an LMT offset of +0:17:30 gives -17, not -17.5).
    public func timezoneOffsetMinutes(forUTC t: Double) -> Double {
        guard t.isFinite else { return .nan }
        return (-offset(forUTC: t) / DateTimeMath.msPerMinute).rounded(.towardZero) + 0
    }

    // MARK: - V8's conventions

    /// V8's limit of local times it converts: the time-value range plus ten days.
    static let maxLocalTimeValue = DateTimeMath.maxTimeValue + 864_000_000
    /// Seconds at 2038-01-19T03:14:07Z; later instants take their DST flag from an equivalent year.
    static let maxEpochSeconds: Double = 2_147_483_647

    /// Identifiers V8 names "Coordinated Universal Time" (Foundation calls plain "UTC" Greenwich Mean Time).
    static let utcAliases: Set<String> = ["UTC", "Etc/UTC", "UCT", "Etc/UCT", "Universal", "Etc/Universal", "Zulu", "Etc/Zulu"]

    /// The same month, day and time of day in a year of 2008–2035 with the same leap-ness and the same
    /// weekday on January 1 (V8's EquivalentTime, from the former ECMA-262 15.9.1.9).
    static func equivalentTime(_ t: Double) -> Double {
        guard let days = DateTimeMath.dayNumber(t) else { return t }
        let withinDay = t - Double(days) * DateTimeMath.msPerDay
        let civil = DateTimeMath.civilFromDays(days)
        let year = equivalentYear(civil.year)
        let newDays = DateTimeMath.daysFromCivil(year: year, month: civil.month, day: civil.day)
        return Double(newDays) * DateTimeMath.msPerDay + withinDay
    }

    /// A year in 2008–2035 with `year`'s leap-ness and weekday of January 1.
    static func equivalentYear(_ year: Int) -> Int {
        let weekDay = DateTimeMath.weekDay(days: DateTimeMath.daysFromCivil(year: year, month: 0, day: 1))
        // 1967 and 1956 began on a Sunday; each 12 years later in the 28-year cycle moves January 1 by one weekday.
        let recent = (DateTimeMath.isLeapYear(year) ? 1956 : 1967) + (weekDay * 12) % 28
        return 2008 + (recent + 3 * 28 - 2008) % 28
    }

    /// "GMT+05:30" for +19800 seconds: ICU's name for a zone known only by its offset.
    static func gmtName(offsetSeconds: Int) -> String {
        let minutes = abs(offsetSeconds) / 60
        let hours = minutes / 60
        let rest = minutes % 60
        let sign = offsetSeconds < 0 ? "-" : "+"
        return "GMT" + sign + (hours < 10 ? "0" : "") + String(hours) + ":" + (rest < 10 ? "0" : "") + String(rest)
    }

    /// What a non-identifier `TZ` string means to V8.
    enum POSIXZone: Equatable {
        /// "JST-9", "EST5", "GMT+5": a fixed offset (seconds east of UTC; POSIX signs are inverted).
        case fixed(Int)
        /// A string with DST rules, quoted names or minutes ("EST5EDT,M3.2.0,M11.1.0", "XYZ-5:30"): UTC to V8.
        case withRules
        /// Anything else ("Foo/Bar", "", "AB+3"): ICU's unknown zone, offset 0, named "GMT+00:00".
        case unrecognized
    }

    /// Reads the "std offset" head of a POSIX TZ string: at least three letters, an optional sign, 1–2 digits.
    static func parsePOSIX(_ text: String) -> POSIXZone {
        let units = Array(text.utf8)
        if units.first == UInt8(ascii: "<") { return .withRules }
        var index = 0
        while index < units.count, (units[index] | 0x20) >= UInt8(ascii: "a"), (units[index] | 0x20) <= UInt8(ascii: "z") {
            index += 1
        }
        guard index >= 3, index < units.count else { return .unrecognized }
        var sign = 1
        if units[index] == UInt8(ascii: "+") || units[index] == UInt8(ascii: "-") {
            if units[index] == UInt8(ascii: "-") { sign = -1 }
            index += 1
        }
        var hours = 0
        var digits = 0
        while index < units.count, units[index] >= UInt8(ascii: "0"), units[index] <= UInt8(ascii: "9"), digits < 3 {
            hours = hours * 10 + Int(units[index] - UInt8(ascii: "0"))
            digits += 1
            index += 1
        }
        guard digits == 1 || digits == 2, hours <= 23 else { return .unrecognized }
        if index < units.count { return .withRules }
        return .fixed(-sign * hours * 3600)
    }
}

extension LocalTimeZone {
    /// Offsets and DST flags of a tz database zone, looked up through Foundation and cached per UTC hour.
    ///
    /// Each cache entry covers one UTC hour and records at most one transition inside it, located to the second
    /// (tz data has whole-second transitions), so lookups are exact.
    final class OffsetTable: @unchecked Sendable {
        /// The offset in force at an instant.
        struct State: Equatable {
            /// Milliseconds east of UTC.
            var offset: Int
            /// Whether ICU reports a nonzero DST offset.
            var isDaylightSaving: Bool
        }

        /// One cached UTC hour: `first` until `change` (ms since the epoch), `second` from then on.
        struct Entry {
            var hour = Int.min
            var first = State(offset: 0, isDaylightSaving: false)
            var change = Int.max
            var second = State(offset: 0, isDaylightSaving: false)
        }

        let zone: TimeZone
        private let lock = NSLock()
        private var entries: [Entry]
        private static let entryCount = 256
        private static let msPerHour = 3_600_000

        init(zone: TimeZone) {
            self.zone = zone
            entries = Array(repeating: Entry(), count: Self.entryCount)
        }

        /// The state at the (finite) time value `t`; instants far outside the time-value range are clamped.
        func state(at t: Double) -> State {
            guard t.isFinite else { return State(offset: 0, isDaylightSaving: false) }
            let limit = 8.7e15
            let clamped = min(max(t, -limit), limit)
            let ms = Int(clamped.rounded(.down))
            let hour = DateTimeMath.floorDiv(ms, Self.msPerHour)
            let slot = hour & (Self.entryCount - 1)
            lock.lock()
            let cached = entries[slot]
            lock.unlock()
            let entry: Entry
            if cached.hour == hour {
                entry = cached
            } else {
                entry = computeEntry(hour: hour)
                lock.lock()
                entries[slot] = entry
                lock.unlock()
            }
            return ms < entry.change ? entry.first : entry.second
        }

        /// Queries Foundation at the start and the last second of the hour, and bisects if they differ.
        private func computeEntry(hour: Int) -> Entry {
            let startSecond = hour * 3600
            let first = query(second: startSecond)
            let last = query(second: startSecond + 3599)
            var entry = Entry(hour: hour, first: first, change: Int.max, second: first)
            if first != last {
                var low = startSecond
                var high = startSecond + 3599
                while high - low > 1 {
                    let middle = low + (high - low) / 2
                    if query(second: middle) == first { low = middle } else { high = middle }
                }
                entry.change = high * 1000
                entry.second = last
            }
            return entry
        }

        private func query(second: Int) -> State {
            let date = Date(timeIntervalSince1970: Double(second))
            let dst = zone.daylightSavingTimeOffset(for: date)
            return State(offset: zone.secondsFromGMT(for: date) * 1000, isDaylightSaving: dst != 0)
        }
    }
}
