import Foundation
@testable import PostieScript

/// Expected values recorded by running Node 20 under several `TZ` values (/work/scratch/dates/gen/make-fixtures.sh,
/// kept outside the repository): Fixtures/node20-dates.json.
struct DateFixture: Decodable {
    /// One JSON cell: a number, a string, or null (NaN); "NaN", "Infinity", "-Infinity", "-0" stand for themselves.
    enum Value: Decodable, Sendable, CustomStringConvertible {
        case number(Double)
        case text(String)
        case null

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else {
                self = .text(try container.decode(String.self))
            }
        }

        /// The cell as a number; null is NaN.
        var double: Double {
            switch self {
            case .number(let value): return value
            case .null: return .nan
            case .text(let text):
                switch text {
                case "Infinity": return .infinity
                case "-Infinity": return -.infinity
                case "-0": return -0.0
                default: return .nan
                }
            }
        }

        /// The cell as a string; nil for null and numbers.
        var string: String? {
            if case .text(let text) = self { return text }
            return nil
        }

        var description: String {
            switch self {
            case .number(let value): return String(value)
            case .text(let text): return text.debugDescription
            case .null: return "null"
            }
        }
    }

    typealias Row = [Value]

    struct MathCases: Decodable {
        /// [year, month, date, setUTCFullYear on the epoch].
        var makeDay: [Row]
        /// [hour, min, sec, ms, setUTCHours on the epoch].
        var makeTime: [Row]
        /// [year, month, date, hours, minutes, seconds, ms, Date.UTC].
        var dateUTC: [Row]
        /// [t, year, month, date, weekday, hours, minutes, seconds, ms] from the getUTC… methods.
        var fields: [Row]
        /// [t, toUTCString, toGMTString, toISOString or null, JSON.stringify].
        var utcStrings: [Row]
    }

    struct ZoneCases: Decodable {
        var zone: String
        /// [text, Date.parse or null].
        var parse: [Row]
        /// [t, toString, toDateString, toTimeString, toLocaleString, toLocaleDateString, toLocaleTimeString,
        ///  offset in ms, getTimezoneOffset].
        var format: [Row]
        /// [local time value, new Date(its fields) or null].
        var local: [Row]
    }

    var node: String
    var math: MathCases
    /// [TZ text, toString at 2026-12-01T12Z, 2026-07-01T12Z, 1800-07-01T12Z].
    var tzVariables: [Row]
    var zones: [ZoneCases]

    /// The fixture, read once; nil (and failing tests) when the file is missing or malformed.
    static let shared: DateFixture? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/node20-dates.json")
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(DateFixture.self, from: data)
    }()

    /// The zones the fixture covers.
    static let zoneNames = ["UTC", "America/New_York", "Asia/Kolkata", "Europe/Amsterdam", "Australia/Lord_Howe", "Europe/London"]

    static func zone(_ name: String) -> ZoneCases? {
        shared?.zones.first { $0.zone == name }
    }

    /// Equality of time values where NaN equals NaN.
    static func sameTimeValue(_ a: Double, _ b: Double) -> Bool {
        (a.isNaN && b.isNaN) || a == b
    }
}

