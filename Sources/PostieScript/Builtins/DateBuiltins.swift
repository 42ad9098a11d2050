import Foundation
import Synchronization

/// A Date instance (ECMA-262 §21.4.5): an ordinary object with a [[DateValue]] internal slot.
public final class JSDateObject: JSObject {
    /// The time value: milliseconds since 1970-01-01T00:00:00Z, already TimeClipped; NaN for an invalid date.
    public internal(set) var timeValue: Double

    /// A Date object holding `timeValue` (the caller TimeClips it).
    public init(_ rt: ScriptRuntime, timeValue: Double, prototype: JSObject?) {
        self.timeValue = timeValue
        super.init(rt, shape: rt.rootShape, prototype: prototype, kind: .date)
    }
}

extension Realm {
    /// The clock `Date.now()`, `new Date()` and `Date()` read, in milliseconds since the epoch (the system
    /// clock unless set, e.g. by tests or a host that wants reproducible runs). Results are TimeClipped.
    public var dateClock: () -> Double {
        get { (hostState[DateBuiltins.clockKey] as? DateBuiltins.ClockBox)?.now ?? DateBuiltins.systemClock }
        set { hostState[DateBuiltins.clockKey] = DateBuiltins.ClockBox(newValue) }
    }
}

/// `Date` (ECMA-262 §21.4), with V8's (Node 20's) messages and extensions (`getYear`, `setYear`, `toGMTString`).
///
/// The calendar arithmetic, the local time zone, parsing and formatting live in `Dates/`; this file is the
/// JavaScript surface: argument coercion order, NaN handling, receiver checks.
enum DateBuiltins {
    // MARK: - The clock

    /// Where `Realm.dateClock` keeps an injected clock in the realm's host state.
    static let clockKey = "PostieScript.Date.clock"

    /// Holds an injected clock (host state stores objects).
    final class ClockBox {
        let now: () -> Double
        init(_ now: @escaping () -> Double) { self.now = now }
    }

    /// The system clock in whole milliseconds, as V8's Date.now() reports it.
    static func systemClock() -> Double {
        (Date().timeIntervalSince1970 * 1000).rounded(.down)
    }

    /// The current time value of the running realm's clock, TimeClipped.
    static func now(_ rt: ScriptRuntime) -> Double {
        // A clock the host injected, or real waiting: that clock as it is.
        if rt.timersWaitInRealTime || rt.realm.hostState[clockKey] != nil { return DateTimeMath.timeClip(rt.realm.dateClock()) }
        let origin = rt.virtualDateOrigin ?? (rt.realm.dateClock() - rt.timers.now)
        rt.virtualDateOrigin = origin
        return DateTimeMath.timeClip(origin + rt.timers.now)
    }

    // MARK: - Receivers

    /// thisTimeValue for the getters and valueOf, which V8 reports as "this is not a Date object.".
    @inline(__always)
    static func thisDate(_ rt: ScriptRuntime, _ this: JSValue) throws(JSException) -> JSDateObject {
        if case .object(let object) = this, let date = object as? JSDateObject { return date }
        throw rt.makeException(.typeError, "this is not a Date object.")
    }

    /// thisTimeValue for the other methods: "Method Date.prototype.x called on incompatible receiver y".
    @inline(__always)
    static func thisDate(_ rt: ScriptRuntime, _ this: JSValue, method: String) throws(JSException) -> JSDateObject {
        if case .object(let object) = this, let date = object as? JSDateObject { return date }
        throw rt.makeException(
            .typeError, "Method Date.prototype.\(method) called on incompatible receiver \(rt.describeReceiver(this))")
    }

    // MARK: - Constructor

    /// The `Date` constructor with `now`, `parse` and `UTC` (ECMA-262 §21.4.2, §21.4.3).
    static func makeConstructor(_ realm: Realm) -> JSObject {
        let constructor = realm.nativeConstructor(
            "Date", length: 7, prototype: realm.datePrototype,
            call: { rt, _, _ throws(JSException) in
                // ECMA-262 §21.4.2.1 step 1: called as a function, Date ignores its arguments.
                .string(JSString(DateStringFormatter.toString(now(rt), zone: rt.timeZone)))
            },
            construct: { rt, arguments, newTarget throws(JSException) in
                let timeValue = try constructedTimeValue(rt, arguments)
                let prototype = try rt.prototypeForConstruction(newTarget, fallback: rt.realm.datePrototype)
                return .object(JSDateObject(rt, timeValue: timeValue, prototype: prototype))
            })
        constructor.addMethod(realm, "now", length: 0) { rt, _, _ throws(JSException) in
            // ECMA-262 §21.4.3.1 Date.now
            .number(now(rt))
        }
        constructor.addMethod(realm, "parse", length: 1) { rt, _, arguments throws(JSException) in
            // ECMA-262 §21.4.3.2 Date.parse
            let text = try rt.toJSString(arguments[0])
            return .number(DateStringParser.parse(utf16: text.units, zone: rt.timeZone))
        }
        constructor.addMethod(realm, "UTC", length: 7) { rt, _, arguments throws(JSException) in
            // ECMA-262 §21.4.3.4 Date.UTC
            let fields = try CalendarArguments(rt, arguments)
            return .number(DateTimeMath.timeClip(fields.timeValue))
        }
        return constructor
    }

    /// ECMA-262 §21.4.2.1 Date ( ...values ), steps 3–6: the time value of `new Date(...)`.
    static func constructedTimeValue(_ rt: ScriptRuntime, _ arguments: Arguments) throws(JSException) -> Double {
        switch arguments.count {
        case 0:
            return now(rt)
        case 1:
            let value = arguments[0]
            if case .object(let object) = value, let date = object as? JSDateObject {
                return date.timeValue
            }
            let primitive = try rt.toPrimitive(value)
            if case .string(let text) = primitive {
                return DateStringParser.parse(utf16: text.units, zone: rt.timeZone)
            }
            return DateTimeMath.timeClip(try rt.toNumber(primitive))
        default:
            let fields = try CalendarArguments(rt, arguments)
            return DateTimeMath.timeClip(rt.timeZone.utc(fields.timeValue))
        }
    }

    /// The (year, month[, date, hours, minutes, seconds, ms]) arguments of `new Date` and `Date.UTC`,
    /// converted in order, with absent fields defaulted and two-digit years mapped to 1900–1999.
    struct CalendarArguments {
        var year: Double
        var month: Double = 0
        var date: Double = 1
        var hours: Double = 0
        var minutes: Double = 0
        var seconds: Double = 0
        var milliseconds: Double = 0

        init(_ rt: ScriptRuntime, _ arguments: Arguments) throws(JSException) {
            let y = try rt.toNumber(arguments[0])
            let count = arguments.count
            if count > 1 { month = try rt.toNumber(arguments[1]) }
            if count > 2 { date = try rt.toNumber(arguments[2]) }
            if count > 3 { hours = try rt.toNumber(arguments[3]) }
            if count > 4 { minutes = try rt.toNumber(arguments[4]) }
            if count > 5 { seconds = try rt.toNumber(arguments[5]) }
            if count > 6 { milliseconds = try rt.toNumber(arguments[6]) }
            year = DateBuiltins.makeFullYear(y)
        }

        /// MakeDate(MakeDay(yr, m, dt), MakeTime(h, min, s, milli)), before UTC/TimeClip.
        var timeValue: Double {
            DateTimeMath.makeDate(
                DateTimeMath.makeDay(year, month, date),
                DateTimeMath.makeTime(hours, minutes, seconds, milliseconds))
        }
    }

    /// ECMA-262 §21.4.1.30 MakeFullYear (and B.2.3.2 setYear's rule): integral 0…99 means 1900…1999.
    static func makeFullYear(_ year: Double) -> Double {
        guard !year.isNaN else { return .nan }
        let integral = year.isInfinite ? year : year.rounded(.towardZero)
        if integral >= 0 && integral <= 99 { return 1900 + integral }
        return year
    }

    // MARK: - Prototype

    /// Date.prototype (ECMA-262 §21.4.4): an ordinary object, not a Date.
    static func makePrototype(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let prototype = JSObject(rt, prototype: realm.objectPrototype)
        // V8's property order (Object.getOwnPropertyNames(Date.prototype)), except `constructor`, which V8
        // lists first and nativeConstructor adds last, when the constructor is made.
        addStringForm(prototype, realm, "toString") { t, zone in DateStringFormatter.toString(t, zone: zone) }
        addStringForm(prototype, realm, "toDateString") { t, zone in DateStringFormatter.toDateString(t, zone: zone) }
        addStringForm(prototype, realm, "toTimeString") { t, zone in DateStringFormatter.toTimeString(t, zone: zone) }
        prototype.addMethod(realm, "toISOString", length: 0) { rt, this, _ throws(JSException) in
            // ECMA-262 §21.4.4.36 Date.prototype.toISOString
            let date = try thisDate(rt, this, method: "toISOString")
            guard let text = DateStringFormatter.toISOString(date.timeValue) else {
                throw rt.makeException(.rangeError, "Invalid time value")
            }
            return .string(JSString(text))
        }
        let toUTCString = addStringForm(prototype, realm, "toUTCString") { t, _ in DateStringFormatter.toUTCString(t) }
        // B.2.3.3 Date.prototype.toGMTString is the same function object as toUTCString.
        prototype.defineNew(rt.propertyKey("toGMTString"), .object(toUTCString), flags: .hidden)

        addComponentMethods(prototype, realm, utc: false)
        prototype.addMethod(realm, "getTime", length: 0) { rt, this, _ throws(JSException) in
            // ECMA-262 §21.4.4.10 Date.prototype.getTime
            .number(try thisDate(rt, this).timeValue)
        }
        prototype.addMethod(realm, "setTime", length: 1) { rt, this, arguments throws(JSException) in
            // ECMA-262 §21.4.4.27 Date.prototype.setTime
            let date = try thisDate(rt, this, method: "setTime")
            let value = DateTimeMath.timeClip(try rt.toNumber(arguments[0]))
            date.timeValue = value
            return .number(value)
        }
        prototype.addMethod(realm, "getTimezoneOffset", length: 0) { rt, this, _ throws(JSException) in
            // ECMA-262 §21.4.4.11 Date.prototype.getTimezoneOffset
            .number(rt.timeZone.timezoneOffsetMinutes(forUTC: try thisDate(rt, this).timeValue))
        }
        addComponentMethods(prototype, realm, utc: true)
        prototype.addMethod(realm, "valueOf", length: 0) { rt, this, _ throws(JSException) in
            // ECMA-262 §21.4.4.44 Date.prototype.valueOf
            .number(try thisDate(rt, this).timeValue)
        }
        addLegacyYearMethods(prototype, realm)
        prototype.addMethod(realm, "toJSON", length: 1) { rt, this, _ throws(JSException) in
            try toJSON(rt, this)
        }
        addLocaleForm(prototype, realm, "toLocaleString") { t, zone in DateStringFormatter.toLocaleString(t, zone: zone) }
        addLocaleForm(prototype, realm, "toLocaleDateString") { t, zone in DateStringFormatter.toLocaleDateString(t, zone: zone) }
        addLocaleForm(prototype, realm, "toLocaleTimeString") { t, zone in DateStringFormatter.toLocaleTimeString(t, zone: zone) }
        prototype.addMethod(
            realm, symbol: rt.symbols.toPrimitive, name: "[Symbol.toPrimitive]", length: 1, flags: [.configurable]
        ) { rt, this, arguments throws(JSException) in
            try toPrimitive(rt, this, hint: arguments[0])
        }
        return prototype
    }

    /// A method returning one of the string forms of the receiver's time value (ECMA-262 §21.4.4.35, 41–43).
    @discardableResult
    private static func addStringForm(
        _ prototype: JSObject, _ realm: Realm, _ name: String, _ format: @escaping (Double, LocalTimeZone) -> String
    ) -> JSFunction {
        prototype.addMethod(realm, name, length: 0) { rt, this, _ throws(JSException) in
            let date = try thisDate(rt, this, method: name)
            return .string(JSString(format(date.timeValue, rt.timeZone)))
        }
    }

    // MARK: - Getters and setters

    /// The field getters and setters of local time (`getDate`…`setSeconds`) or UTC (`getUTCDate`…), in V8's order.
    private static func addComponentMethods(_ prototype: JSObject, _ realm: Realm, utc: Bool) {
        let prefix = utc ? "UTC" : ""
        func getter(_ field: String, _ read: @escaping (Double) -> Double) {
            prototype.addMethod(realm, "get" + prefix + field, length: 0) { rt, this, _ throws(JSException) in
                // ECMA-262 §21.4.4.2–§21.4.4.9 and §21.4.4.12–§21.4.4.19: NaN for an invalid date.
                let t = try thisDate(rt, this).timeValue
                if t.isNaN { return .number(.nan) }
                return .number(read(utc ? t : rt.timeZone.localTime(t)))
            }
        }
        func setter(_ field: String, length: Int, invalidAsZero: Bool = false, _ compose: @escaping (Double, SetterArguments) -> Double) {
            let name = "set" + prefix + field
            prototype.addMethod(realm, name, length: length) { rt, this, arguments throws(JSException) in
                try setComponents(rt, this, arguments, method: name, length: length, utc: utc, invalidAsZero: invalidAsZero, compose)
            }
        }
        typealias M = DateTimeMath
        // ECMA-262 §21.4.4.20 setDate / §21.4.4.28 setUTCDate
        getter("Date", M.dateFromTime)
        setter("Date", length: 1) { t, a in
            M.makeDate(M.makeDay(M.yearFromTime(t), M.monthFromTime(t), a.values.0), M.timeWithinDay(t))
        }
        getter("Day", M.weekDay)
        // ECMA-262 §21.4.4.21 setFullYear / §21.4.4.29 setUTCFullYear: an invalid date counts as +0.
        getter("FullYear", M.yearFromTime)
        setter("FullYear", length: 3, invalidAsZero: true) { t, a in
            let month = a[1] ?? M.monthFromTime(t)
            let day = a[2] ?? M.dateFromTime(t)
            return M.makeDate(M.makeDay(a.values.0, month, day), M.timeWithinDay(t))
        }
        // ECMA-262 §21.4.4.22 setHours / §21.4.4.30 setUTCHours
        getter("Hours", M.hourFromTime)
        setter("Hours", length: 4) { t, a in
            let time = M.makeTime(a.values.0, a[1] ?? M.minFromTime(t), a[2] ?? M.secFromTime(t), a[3] ?? M.msFromTime(t))
            return M.makeDate(M.day(t), time)
        }
        // ECMA-262 §21.4.4.23 setMilliseconds / §21.4.4.31 setUTCMilliseconds
        getter("Milliseconds", M.msFromTime)
        setter("Milliseconds", length: 1) { t, a in
            M.makeDate(M.day(t), M.makeTime(M.hourFromTime(t), M.minFromTime(t), M.secFromTime(t), a.values.0))
        }
        // ECMA-262 §21.4.4.24 setMinutes / §21.4.4.32 setUTCMinutes
        getter("Minutes", M.minFromTime)
        setter("Minutes", length: 3) { t, a in
            let time = M.makeTime(M.hourFromTime(t), a.values.0, a[1] ?? M.secFromTime(t), a[2] ?? M.msFromTime(t))
            return M.makeDate(M.day(t), time)
        }
        // ECMA-262 §21.4.4.25 setMonth / §21.4.4.33 setUTCMonth
        getter("Month", M.monthFromTime)
        setter("Month", length: 2) { t, a in
            M.makeDate(M.makeDay(M.yearFromTime(t), a.values.0, a[1] ?? M.dateFromTime(t)), M.timeWithinDay(t))
        }
        // ECMA-262 §21.4.4.26 setSeconds / §21.4.4.34 setUTCSeconds
        getter("Seconds", M.secFromTime)
        setter("Seconds", length: 2) { t, a in
            let time = M.makeTime(M.hourFromTime(t), M.minFromTime(t), a.values.0, a[1] ?? M.msFromTime(t))
            return M.makeDate(M.day(t), time)
        }
    }

    /// A setter's numeric arguments: the first always (ToNumber(undefined) is NaN), the rest when passed.
    struct SetterArguments {
        var values: (Double, Double, Double, Double) = (.nan, .nan, .nan, .nan)
        var count = 1

        /// The argument at `index` (1…3), nil when it was not passed.
        subscript(index: Int) -> Double? {
            guard index < count else { return nil }
            switch index {
            case 1: return values.1
            case 2: return values.2
            default: return values.3
            }
        }
    }

    /// The common steps of the field setters (ECMA-262 §21.4.4.20–§21.4.4.34): check the receiver, convert
    /// the passed arguments in order, return NaN for an invalid date after converting only the first (as V8;
    /// setFullYear reads an invalid date as +0), compose the new time from the local (or UTC) fields, then UTC and TimeClip.
    private static func setComponents(
        _ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments, method: String, length: Int, utc: Bool,
        invalidAsZero: Bool, _ compose: (Double, SetterArguments) -> Double
    ) throws(JSException) -> JSValue {
        let date = try thisDate(rt, this, method: method)
        var values = SetterArguments()
        values.values.0 = try rt.toNumber(arguments[0])
        var t = date.timeValue
        if t.isNaN {
            // V8 converts only the first argument of a setter called on an invalid date.
            guard invalidAsZero else { return .number(.nan) }
            t = 0
        } else if !utc {
            t = rt.timeZone.localTime(t)
        }
        values.count = max(1, min(arguments.count, length))
        if values.count > 1 { values.values.1 = try rt.toNumber(arguments[1]) }
        if values.count > 2 { values.values.2 = try rt.toNumber(arguments[2]) }
        if values.count > 3 { values.values.3 = try rt.toNumber(arguments[3]) }
        let composed = compose(t, values)
        let result = DateTimeMath.timeClip(utc ? composed : rt.timeZone.utc(composed))
        date.timeValue = result
        return .number(result)
    }

    /// B.2.3.1 getYear and B.2.3.2 setYear.
    private static func addLegacyYearMethods(_ prototype: JSObject, _ realm: Realm) {
        prototype.addMethod(realm, "getYear", length: 0) { rt, this, _ throws(JSException) in
            let t = try thisDate(rt, this, method: "getYear").timeValue
            if t.isNaN { return .number(.nan) }
            return .number(DateTimeMath.yearFromTime(rt.timeZone.localTime(t)) - 1900)
        }
        prototype.addMethod(realm, "setYear", length: 1) { rt, this, arguments throws(JSException) in
            let date = try thisDate(rt, this, method: "setYear")
            let year = try rt.toNumber(arguments[0])
            if year.isNaN {
                date.timeValue = .nan
                return .number(.nan)
            }
            let t = date.timeValue.isNaN ? 0 : rt.timeZone.localTime(date.timeValue)
            let day = DateTimeMath.makeDay(makeFullYear(year), DateTimeMath.monthFromTime(t), DateTimeMath.dateFromTime(t))
            let result = DateTimeMath.timeClip(rt.timeZone.utc(DateTimeMath.makeDate(day, DateTimeMath.timeWithinDay(t))))
            date.timeValue = result
            return .number(result)
        }
    }

    // MARK: - Conversions

    /// ECMA-262 §21.4.4.37 Date.prototype.toJSON: works on any object with a `toISOString` method.
    static func toJSON(_ rt: ScriptRuntime, _ this: JSValue) throws(JSException) -> JSValue {
        let object = try rt.toObject(this)
        let timeValue = try rt.toPrimitive(.object(object), hint: .number)
        if case .number(let number) = timeValue, !number.isFinite { return .null }
        let method = try object.get(rt.propertyKey("toISOString"), rt)
        guard method.isCallable else { throw rt.makeException(.typeError, "toISOString is not a function") }
        return try rt.call(method, this: .object(object), arguments: [])
    }

    /// ECMA-262 §21.4.4.45 Date.prototype [ @@toPrimitive ] ( hint ): "default" is read as "string".
    static func toPrimitive(_ rt: ScriptRuntime, _ this: JSValue, hint: JSValue) throws(JSException) -> JSValue {
        guard case .object(let object) = this else {
            throw rt.makeException(
                .typeError, "Method Date.prototype [ @@toPrimitive ] called on incompatible receiver \(rt.describeReceiver(this))")
        }
        if case .string(let text) = hint {
            switch text.string {
            case "string", "default": return try rt.ordinaryToPrimitive(object, hint: .string)
            case "number": return try rt.ordinaryToPrimitive(object, hint: .number)
            default: break
            }
        }
        throw rt.makeException(.typeError, "Invalid hint: \(rt.describeReceiver(hint))")
    }

    // MARK: - Locale forms

    /// `toLocaleString`, `toLocaleDateString`, `toLocaleTimeString` (ECMA-402 §20.4.1–§20.4.3).
    ///
    /// Only en-US with default options is formatted: the `locales` argument and every option except
    /// `timeZone` are ignored (other locales, `hour12`, `year: 'numeric'`… print as en-US defaults).
    /// `timeZone` selects the zone (tz identifiers, case-insensitively; RangeError for unknown ones).
    private static func addLocaleForm(
        _ prototype: JSObject, _ realm: Realm, _ name: String, _ format: @escaping (Double, LocalTimeZone) -> String
    ) {
        prototype.addMethod(realm, name, length: 0) { rt, this, arguments throws(JSException) in
            let date = try thisDate(rt, this, method: name)
            // V8 answers "Invalid Date" before it looks at the locales and options.
            guard date.timeValue.isFinite else { return .string(JSString(DateStringFormatter.invalidDate)) }
            let zone = try optionsTimeZone(rt, arguments[1])
            return .string(JSString(format(date.timeValue, zone)))
        }
    }

    /// The zone an Intl options argument names with `timeZone`, or the runtime's zone.
    static func optionsTimeZone(_ rt: ScriptRuntime, _ options: JSValue) throws(JSException) -> LocalTimeZone {
        if options.isUndefined { return rt.timeZone }
        let object = try rt.toObject(options)
        let value = try object.get(rt.propertyKey("timeZone"), rt)
        if value.isUndefined { return rt.timeZone }
        let name = try rt.toSwiftString(value)
        guard let zone = namedZone(name) else {
            throw rt.makeException(.rangeError, "Invalid time zone specified: \(name)")
        }
        return zone
    }

    /// Zones already built for `timeZone` options, by the name the script gave (bounded).
    private static let zoneCache = Mutex<[String: LocalTimeZone]>([:])
    private static let zoneCacheLimit = 64

    /// Lower-cased tz identifiers to their spelling, for ICU's case-insensitive `timeZone` matching.
    private static let identifiersByLowercasedName: [String: String] = {
        var table: [String: String] = [:]
        for identifier in zoneDirectoryNames() { table[identifier.lowercased()] = identifier }
        for identifier in TimeZone.knownTimeZoneIdentifiers { table[identifier.lowercased()] = identifier }
        for alias in LocalTimeZone.utcAliases { table[alias.lowercased()] = alias }
        return table
    }()

    /// The names in the tz database directory Foundation reads on Linux (`TZDIR`, else /usr/share/zoneinfo),
    /// which lists zones such as Asia/Kolkata and Etc/GMT+5 that `knownTimeZoneIdentifiers` leaves out.
    private static func zoneDirectoryNames() -> [String] {
        let root = ProcessInfo.processInfo.environment["TZDIR"] ?? "/usr/share/zoneinfo"
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var names: [String] = []
        var visited = 0
        while let path = walker.nextObject() as? String, visited < 10_000 {
            visited += 1
            if path == "posix" || path == "right" {
                walker.skipDescendants()
                continue
            }
            guard let first = path.utf8.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z"),
                  !path.contains(".") else { continue }
            names.append(path)
        }
        return names
    }

    /// The tz zone called `name` (case-insensitively), nil when there is none.
    static func namedZone(_ name: String) -> LocalTimeZone? {
        if let cached = zoneCache.withLock({ $0[name] }) { return cached }
        var zone = LocalTimeZone(identifier: name)
        if zone == nil, let spelled = identifiersByLowercasedName[name.lowercased()] {
            zone = LocalTimeZone(identifier: spelled)
        }
        if let zone {
            zoneCache.withLock { cache in
                if cache.count < zoneCacheLimit { cache[name] = zone }
            }
        }
        return zone
    }
}
