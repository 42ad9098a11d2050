import Foundation
import PostieJSON

/// A length of time written in a flow: `"500ms"`, `"1s"`, `"1.5s"`, `"5m"`, `"1h"`, `"1m30s"`,
/// or a bare number of milliseconds (`500` or `"500"`).
///
/// Units go from the largest to the smallest, each at most once; any part may have a fraction.
public struct FlowDuration: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The length in milliseconds.
    public var milliseconds: Double

    public init(milliseconds: Double) { self.milliseconds = milliseconds }

    /// `seconds` seconds.
    public static func seconds(_ seconds: Double) -> FlowDuration { FlowDuration(milliseconds: seconds * 1000) }

    /// Parses the text of a duration; throws `DefinitionProblem.invalidDuration` with the text.
    public init(_ text: String) throws {
        guard let milliseconds = Self.parse(text) else {
            throw DefinitionProblem.invalidDuration(text, context: "")
        }
        self.milliseconds = milliseconds
    }

    /// The length in seconds.
    public var timeInterval: TimeInterval { milliseconds / 1000 }

    /// The length as a standard-library `Duration`, for `Task.sleep(for:)` and clocks
    /// (negative lengths as zero, lengths past 292 years as the longest `Duration` of nanoseconds).
    public var duration: Duration {
        let nanoseconds = (milliseconds * 1_000_000).rounded()
        guard nanoseconds > 0 else { return .zero }
        guard nanoseconds < 9.2e18 else { return .nanoseconds(Int64.max) }
        return .nanoseconds(Int64(nanoseconds))
    }

    /// The shortest spelling: `500ms`, `1.5s`, `1m30s`, `2h`.
    public var description: String {
        let total = (milliseconds * 1000).rounded() / 1000
        if total < 1000 { return "\(Self.format(total))ms" }
        let hours = (total / 3_600_000).rounded(.down)
        let minutes = ((total - hours * 3_600_000) / 60_000).rounded(.down)
        let seconds = (total - hours * 3_600_000 - minutes * 60_000) / 1000
        var text = ""
        if hours > 0 { text += "\(Self.format(hours))h" }
        if minutes > 0 { text += "\(Self.format(minutes))m" }
        if seconds > 0 { text += "\(Self.format(seconds))s" }
        return text
    }

    public static func < (lhs: FlowDuration, rhs: FlowDuration) -> Bool { lhs.milliseconds < rhs.milliseconds }

    private static func format(_ number: Double) -> String {
        JSONWriter.format(number: (number * 1000).rounded() / 1000)
    }

    /// Milliseconds, or nil when `text` is no duration.
    static func parse(_ text: String) -> Double? {
        let trimmed = CheckText.trimmed(text)
        if let bare = CheckComparison.numericString(trimmed) {
            return bare >= 0 && !trimmed.hasPrefix("+") ? bare : nil
        }
        let units: [(name: String, milliseconds: Double)] = [("h", 3_600_000), ("m", 60_000), ("s", 1000), ("ms", 1)]
        let scalars = Array(trimmed.unicodeScalars)
        var index = 0
        var total = 0.0
        var nextUnit = 0
        while index < scalars.count {
            let numberStart = index
            while index < scalars.count, ("0"..."9").contains(scalars[index]) || scalars[index] == "." { index += 1 }
            let unitStart = index
            while index < scalars.count, scalars[index].properties.isAlphabetic { index += 1 }
            let number = String(String.UnicodeScalarView(scalars[numberStart..<unitStart]))
            let unit = String(String.UnicodeScalarView(scalars[unitStart..<index]))
            guard !number.isEmpty, !number.hasPrefix("."), !number.hasSuffix("."), let value = Double(number),
                let position = units.firstIndex(where: { $0.name == unit }), position >= nextUnit
            else { return nil }
            total += value * units[position].milliseconds
            nextUnit = position + 1
        }
        return nextUnit > 0 && total.isFinite ? total : nil
    }
}
