import Foundation

/// A regular expression used by `matches`, `=~` filters and regex captures.
///
/// Built on `NSRegularExpression` rather than the standard library's `Regex`: its ICU syntax is the
/// closest to the JavaScript regexes people copy from Postman tests (lookbehind, named groups, `\d`),
/// it works on any pattern known only at run time, and it is `Sendable`, which `Regex<AnyRegexOutput>`
/// is not in Swift 6.3. Matching searches anywhere in the text, as JavaScript's `RegExp.test` does:
/// anchor with `^…$` to match the whole text.
public struct TextPattern: Sendable, Equatable, CustomStringConvertible {
    /// The pattern as written.
    public let pattern: String
    /// JavaScript-style flags: `i` (ignore case), `m` (`^`/`$` at line breaks), `s` (`.` matches line breaks);
    /// `g`, `u` and `y` are accepted and change nothing.
    public let flags: String
    let regex: NSRegularExpression

    /// Compiles `pattern`; nil when it is not a valid regular expression.
    public init?(_ pattern: String, flags: String = "") {
        var options: NSRegularExpression.Options = []
        for flag in flags {
            switch flag {
            case "i": options.insert(.caseInsensitive)
            case "m": options.insert(.anchorsMatchLines)
            case "s": options.insert(.dotMatchesLineSeparators)
            case "g", "u", "y": break
            default: return nil
            }
        }
        guard let regex = try? NSRegularExpression(pattern: pattern, options: options) else { return nil }
        self.pattern = pattern
        self.flags = flags
        self.regex = regex
    }

    /// The number of capture groups.
    public var groupCount: Int { regex.numberOfCaptureGroups }

    /// Whether the pattern matches somewhere in `text`.
    public func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The first match in `text`: the whole match and each group (nil for a group that took no part).
    public func firstMatch(in text: String) -> [String?]? {
        guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (0..<match.numberOfRanges).map { group in
            Range(match.range(at: group), in: text).map { String(text[$0]) }
        }
    }

    /// The text of the group named `name` in the first match, nil when nothing matched or the group took no part.
    public func firstMatch(in text: String, group name: String) -> String? {
        guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return Range(match.range(withName: name), in: text).map { String(text[$0]) }
    }

    /// `/pattern/flags`.
    public var description: String { "/\(pattern)/\(flags)" }

    public static func == (lhs: TextPattern, rhs: TextPattern) -> Bool {
        lhs.pattern == rhs.pattern && lhs.flags == rhs.flags
    }
}
