import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Dates as the Gallery writes them (`2021-10-06T12:58:43Z`, or with seven fraction digits as .NET does)
/// and as clients send them in query parameters (`2021-10-06`, `2021-10-06T12:00:00Z`).
enum GalleryDate {
    /// Broken-down UTC time.
    struct Parts: Equatable {
        var year: Int
        var month: Int
        var day: Int
        var hour: Int = 0
        var minute: Int = 0
        var second: Int = 0
        /// 0 = Sunday … 6 = Saturday.
        var weekday: Int = 0
    }

    /// `yyyy-MM-ddTHH:mm:ssZ`, or `yyyy-MM-ddTHH:mm:ss.fffffffZ` with `fractionDigits` digits.
    static func format(_ date: Date, fractionDigits: Int = 0) -> String {
        let seconds = date.timeIntervalSince1970
        let whole = seconds.rounded(.down)
        let parts = self.parts(of: date)
        if fractionDigits == 0, (0...9999).contains(parts.year) {
            // The common case, in bytes: one string made, no padding strings.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(20)
            func digits(_ value: Int, _ width: Int) {
                var divisor = 1
                for _ in 1..<width { divisor *= 10 }
                while divisor > 0 {
                    bytes.append(UInt8(ascii: "0") + UInt8((value / divisor) % 10))
                    divisor /= 10
                }
            }
            digits(parts.year, 4)
            bytes.append(UInt8(ascii: "-"))
            digits(parts.month, 2)
            bytes.append(UInt8(ascii: "-"))
            digits(parts.day, 2)
            bytes.append(UInt8(ascii: "T"))
            digits(parts.hour, 2)
            bytes.append(UInt8(ascii: ":"))
            digits(parts.minute, 2)
            bytes.append(UInt8(ascii: ":"))
            digits(parts.second, 2)
            bytes.append(UInt8(ascii: "Z"))
            return String(decoding: bytes, as: UTF8.self)
        }
        var text =
            "\(pad(parts.year, 4))-\(pad(parts.month, 2))-\(pad(parts.day, 2))T"
            + "\(pad(parts.hour, 2)):\(pad(parts.minute, 2)):\(pad(parts.second, 2))"
        if fractionDigits > 0 {
            var scale = 1.0
            for _ in 0..<fractionDigits { scale *= 10 }
            let fraction = min(Int(((seconds - whole) * scale).rounded(.down)), Int(scale) - 1)
            text += "." + pad(fraction, fractionDigits)
        }
        return text + "Z"
    }

    /// `yyyy-MM-dd`.
    static func formatDay(_ date: Date) -> String {
        let parts = self.parts(of: date)
        return "\(pad(parts.year, 4))-\(pad(parts.month, 2))-\(pad(parts.day, 2))"
    }

    /// The UTC parts of `date`.
    static func parts(of date: Date) -> Parts {
        var time = time_t(date.timeIntervalSince1970.rounded(.down))
        var broken = tm()
        gmtime_r(&time, &broken)
        return Parts(
            year: Int(broken.tm_year) + 1900, month: Int(broken.tm_mon) + 1, day: Int(broken.tm_mday),
            hour: Int(broken.tm_hour), minute: Int(broken.tm_min), second: Int(broken.tm_sec),
            weekday: Int(broken.tm_wday))
    }

    /// The instant of the given UTC parts (weekday ignored).
    static func date(_ parts: Parts) -> Date {
        var broken = tm()
        broken.tm_year = Int32(parts.year - 1900)
        broken.tm_mon = Int32(parts.month - 1)
        broken.tm_mday = Int32(parts.day)
        broken.tm_hour = Int32(parts.hour)
        broken.tm_min = Int32(parts.minute)
        broken.tm_sec = Int32(parts.second)
        return Date(timeIntervalSince1970: TimeInterval(timegm(&broken)))
    }

    /// The instant of a UTC date and time.
    static func date(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0)
        -> Date
    {
        date(Parts(year: year, month: month, day: day, hour: hour, minute: minute, second: second))
    }

    /// Parses `yyyy-MM-dd`, `yyyy-MM-ddTHH:mm[:ss[.fff…]]` with an optional `Z` or `±hh:mm` offset
    /// (no offset means UTC). Nil when the text is none of these.
    static func parse(_ text: String) -> Date? {
        let scalars = Array(text.trimmingCharacters(in: .whitespaces).utf8)
        var index = 0
        func number(_ digits: Int) -> Int? {
            guard index + digits <= scalars.count else { return nil }
            var value = 0
            for offset in 0..<digits {
                let byte = scalars[index + offset]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += digits
            return value
        }
        func expect(_ character: UInt8) -> Bool {
            guard index < scalars.count, scalars[index] == character else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect(45), let month = number(2), expect(45), let day = number(2),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var parts = Parts(year: year, month: month, day: day)
        var fraction = 0.0
        if index < scalars.count, scalars[index] == 84 || scalars[index] == 32 {  // 'T' or ' '
            index += 1
            guard let hour = number(2), expect(58), let minute = number(2), hour < 24, minute < 60 else { return nil }
            parts.hour = hour
            parts.minute = minute
            if expect(58) {
                guard let second = number(2), second < 61 else { return nil }
                parts.second = second
                if expect(46) {
                    var scale = 0.1
                    var sawDigit = false
                    while index < scalars.count, scalars[index] >= 48, scalars[index] <= 57 {
                        fraction += Double(scalars[index] - 48) * scale
                        scale /= 10
                        index += 1
                        sawDigit = true
                    }
                    guard sawDigit else { return nil }
                }
            }
        }
        var offset = 0
        if index < scalars.count {
            if expect(90) {  // 'Z'
            } else if scalars[index] == 43 || scalars[index] == 45 {  // '+' or '-'
                let sign = scalars[index] == 43 ? 1 : -1
                index += 1
                guard let hours = number(2) else { return nil }
                _ = expect(58)
                guard let minutes = number(2) else { return nil }
                offset = sign * (hours * 3600 + minutes * 60)
            }
        }
        guard index == scalars.count else { return nil }
        return date(parts).addingTimeInterval(fraction - TimeInterval(offset))
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
