/// The string forms of Date.prototype (ECMA-262 §21.4.4.35–§21.4.4.43), byte for byte as V8 (Node 20) prints them.
///
/// All functions take a time value (UTC milliseconds); the NaN time value gives "Invalid Date", except
/// toISOString, which gives nil so the caller can throw RangeError "Invalid time value". The locale forms
/// are those of the default en-US locale with no options (ICU's "M/d/y, h:mm:ss a", proleptic Gregorian,
/// year of era, so year 0 prints as 1 and -1 as 2, with an ASCII space before AM/PM as in Node 20).
public enum DateStringFormatter {
    /// What the string functions print for the NaN time value.
    public static let invalidDate = "Invalid Date"

    static let weekDayNames: [StaticString] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let monthNames: [StaticString] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// ECMA-262 §21.4.4.41 Date.prototype.toString: "Tue Dec 01 2026 13:19:14 GMT+0100 (Central European Standard Time)".
    public static func toString(_ t: Double, zone: LocalTimeZone) -> String {
        guard let local = LocalFields(t, zone: zone) else { return invalidDate }
        var out = TextBuffer()
        appendDate(local.fields, to: &out)
        out.append(UInt8(ascii: " "))
        appendTime(local.fields, to: &out)
        appendZone(local, to: &out)
        return out.string
    }

    /// ECMA-262 §21.4.4.35 Date.prototype.toDateString: "Tue Dec 01 2026".
    public static func toDateString(_ t: Double, zone: LocalTimeZone) -> String {
        guard let local = LocalFields(t, zone: zone) else { return invalidDate }
        var out = TextBuffer()
        appendDate(local.fields, to: &out)
        return out.string
    }

    /// ECMA-262 §21.4.4.42 Date.prototype.toTimeString: "13:19:14 GMT+0100 (Central European Standard Time)".
    public static func toTimeString(_ t: Double, zone: LocalTimeZone) -> String {
        guard let local = LocalFields(t, zone: zone) else { return invalidDate }
        var out = TextBuffer()
        appendTime(local.fields, to: &out)
        appendZone(local, to: &out)
        return out.string
    }

    /// ECMA-262 §21.4.4.43 Date.prototype.toUTCString (and toGMTString): "Tue, 01 Dec 2026 12:19:14 GMT".
    public static func toUTCString(_ t: Double) -> String {
        guard let f = DateTimeMath.fields(t) else { return invalidDate }
        var out = TextBuffer()
        out.append(weekDayNames[f.weekDay])
        out.append(UInt8(ascii: ","))
        out.append(UInt8(ascii: " "))
        out.appendPadded(f.day, width: 2)
        out.append(UInt8(ascii: " "))
        out.append(monthNames[f.month])
        out.append(UInt8(ascii: " "))
        appendYear(f.year, to: &out)
        out.append(UInt8(ascii: " "))
        appendClock(f, to: &out)
        out.append(" GMT")
        return out.string
    }

    /// ECMA-262 §21.4.4.36 Date.prototype.toISOString: "2026-12-01T12:19:14.000Z", years outside
    /// 0…9999 as "+275760"/"-000001"; nil for NaN (the caller throws RangeError "Invalid time value").
    /// Date.prototype.toJSON (§21.4.4.37) prints the same for finite time values.
    public static func toISOString(_ t: Double) -> String? {
        guard let f = DateTimeMath.fields(t) else { return nil }
        var out = TextBuffer()
        if f.year < 0 {
            out.append(UInt8(ascii: "-"))
            out.appendPadded(-f.year, width: 6)
        } else if f.year > 9999 {
            out.append(UInt8(ascii: "+"))
            out.appendPadded(f.year, width: 6)
        } else {
            out.appendPadded(f.year, width: 4)
        }
        out.append(UInt8(ascii: "-"))
        out.appendPadded(f.month + 1, width: 2)
        out.append(UInt8(ascii: "-"))
        out.appendPadded(f.day, width: 2)
        out.append(UInt8(ascii: "T"))
        appendClock(f, to: &out)
        out.append(UInt8(ascii: "."))
        out.appendPadded(f.millisecond, width: 3)
        out.append(UInt8(ascii: "Z"))
        return out.string
    }

    /// ECMA-402 Date.prototype.toLocaleString for en-US, no options: "12/1/2026, 1:19:14 PM".
    public static func toLocaleString(_ t: Double, zone: LocalTimeZone) -> String {
        guard let local = LocalFields(t, zone: zone) else { return invalidDate }
        var out = TextBuffer()
        appendLocaleDate(local.fields, to: &out)
        out.append(", ")
        appendLocaleTime(local.fields, to: &out)
        return out.string
    }

    /// ECMA-402 Date.prototype.toLocaleDateString for en-US, no options: "12/1/2026".
    public static func toLocaleDateString(_ t: Double, zone: LocalTimeZone) -> String {
        guard let local = LocalFields(t, zone: zone) else { return invalidDate }
        var out = TextBuffer()
        appendLocaleDate(local.fields, to: &out)
        return out.string
    }

    /// ECMA-402 Date.prototype.toLocaleTimeString for en-US, no options: "1:19:14 PM".
    public static func toLocaleTimeString(_ t: Double, zone: LocalTimeZone) -> String {
        guard let local = LocalFields(t, zone: zone) else { return invalidDate }
        var out = TextBuffer()
        appendLocaleTime(local.fields, to: &out)
        return out.string
    }

    // MARK: - Pieces

    /// Local calendar fields of a time value, with the offset that produced them.
    struct LocalFields {
        var t: Double
        var offset: Double
        var fields: DateTimeMath.Fields
        var zone: LocalTimeZone

        init?(_ t: Double, zone: LocalTimeZone) {
            guard t.isFinite else { return nil }
            let offset = zone.offset(forUTC: t)
            guard let fields = DateTimeMath.fields(t + offset) else { return nil }
            self.t = t
            self.offset = offset
            self.fields = fields
            self.zone = zone
        }
    }

    /// ECMA-262 §21.4.4.41.2 DateString: "Tue Dec 01 2026".
    static func appendDate(_ f: DateTimeMath.Fields, to out: inout TextBuffer) {
        out.append(weekDayNames[f.weekDay])
        out.append(UInt8(ascii: " "))
        out.append(monthNames[f.month])
        out.append(UInt8(ascii: " "))
        out.appendPadded(f.day, width: 2)
        out.append(UInt8(ascii: " "))
        appendYear(f.year, to: &out)
    }

    /// ECMA-262 §21.4.4.41.1 TimeString without its " GMT": "13:19:14".
    static func appendTime(_ f: DateTimeMath.Fields, to out: inout TextBuffer) {
        appendClock(f, to: &out)
    }

    /// ECMA-262 §21.4.4.41.3 TimeZoneString: " GMT+0100 (Central European Standard Time)", the offset in
    /// whole minutes truncated toward zero as V8 does for LMT offsets with seconds.
    static func appendZone(_ local: LocalFields, to out: inout TextBuffer) {
        let minutes = Int(local.offset / DateTimeMath.msPerMinute)
        out.append(" GMT")
        out.append(UInt8(ascii: minutes < 0 ? "-" : "+"))
        out.appendPadded(abs(minutes) / 60, width: 2)
        out.appendPadded(abs(minutes) % 60, width: 2)
        out.append(" (")
        out.append(local.zone.displayName(forUTC: local.t))
        out.append(UInt8(ascii: ")"))
    }

    /// V8's year: at least four digits, negative years as "-" and four digits ("-0001", "-271821").
    static func appendYear(_ year: Int, to out: inout TextBuffer) {
        if year < 0 {
            out.append(UInt8(ascii: "-"))
            out.appendPadded(-year, width: 4)
        } else {
            out.appendPadded(year, width: 4)
        }
    }

    /// "HH:mm:ss".
    static func appendClock(_ f: DateTimeMath.Fields, to out: inout TextBuffer) {
        out.appendPadded(f.hour, width: 2)
        out.append(UInt8(ascii: ":"))
        out.appendPadded(f.minute, width: 2)
        out.append(UInt8(ascii: ":"))
        out.appendPadded(f.second, width: 2)
    }

    /// "M/d/y" with the year of era (1 BC = 1).
    static func appendLocaleDate(_ f: DateTimeMath.Fields, to out: inout TextBuffer) {
        out.appendPadded(f.month + 1, width: 1)
        out.append(UInt8(ascii: "/"))
        out.appendPadded(f.day, width: 1)
        out.append(UInt8(ascii: "/"))
        out.appendPadded(f.year > 0 ? f.year : 1 - f.year, width: 1)
    }

    /// "h:mm:ss AM".
    static func appendLocaleTime(_ f: DateTimeMath.Fields, to out: inout TextBuffer) {
        let hour12 = f.hour % 12 == 0 ? 12 : f.hour % 12
        out.appendPadded(hour12, width: 1)
        out.append(UInt8(ascii: ":"))
        out.appendPadded(f.minute, width: 2)
        out.append(UInt8(ascii: ":"))
        out.appendPadded(f.second, width: 2)
        out.append(f.hour < 12 ? " AM" : " PM")
    }
}

extension DateStringFormatter {
    /// ASCII text being assembled, turned into a String once.
    struct TextBuffer {
        private(set) var bytes: [UInt8] = []

        init() {
            bytes.reserveCapacity(72)
        }

        mutating func append(_ byte: UInt8) {
            bytes.append(byte)
        }

        mutating func append(_ text: StaticString) {
            text.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        mutating func append(_ text: String) {
            bytes.append(contentsOf: text.utf8)
        }

        /// The decimal digits of `value`'s magnitude, zero-padded to `width`.
        mutating func appendPadded(_ value: Int, width: Int) {
            var rest = value.magnitude
            var divisor: UInt = 1
            var count = 1
            while rest / divisor >= 10 {
                divisor *= 10
                count += 1
            }
            if width > count {
                for _ in count..<width { bytes.append(UInt8(ascii: "0")) }
            }
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
                rest %= divisor
                divisor /= 10
            }
        }

        var string: String {
            String(decoding: bytes, as: UTF8.self)
        }
    }
}
