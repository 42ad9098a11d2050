/// `--color auto|on|off`.
///
/// - `auto` (the default): colour when the output is a terminal, `NO_COLOR` is unset or empty, and `TERM`
///   is not `dumb`.
/// - `on`: colour, even into a pipe or a file, and even with `NO_COLOR` set: https://no-color.org asks that
///   "per-instance command-line arguments" override the variable, and `--color on` is one.
/// - `off`: never.
public enum ColorMode: String, Sendable, Equatable, CaseIterable {
    case auto
    case on
    case off

    /// Whether output to a sink that is (or is not) a terminal is coloured under this mode.
    public func allowsColor(isTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .on: return true
        case .off: return false
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if environment["TERM"] == "dumb" { return false }
            return isTerminal
        }
    }
}

/// How terminal output looks: ANSI colour or not, Unicode symbols or ASCII.
public struct TerminalStyle: Sendable, Equatable {
    public var color: Bool
    public var unicode: Bool

    public init(color: Bool, unicode: Bool) {
        self.color = color
        self.unicode = unicode
    }

    /// Whether the locale's character set is UTF-8: the first of `LC_ALL`, `LC_CTYPE`, `LANG` that is set
    /// decides, as in POSIX; with none set the locale is `C`, which is ASCII.
    public static func localeIsUTF8(environment: [String: String]) -> Bool {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            let folded = value.lowercased()
            return folded.contains("utf-8") || folded.contains("utf8")
        }
        return false
    }

    /// ANSI SGR attributes (ECMA-48 §8.3.117).
    enum Paint: String {
        case bold = "1"
        case dim = "2"
        case underline = "4"
        case red = "31"
        case green = "32"
        case yellow = "33"
        case cyan = "36"
    }

    /// `text` wrapped in the attributes when colour is on, else as it is.
    func paint(_ text: String, _ paints: Paint...) -> String {
        guard color, !paints.isEmpty, !text.isEmpty else { return text }
        return "\u{1B}[" + paints.map(\.rawValue).joined(separator: ";") + "m" + text + "\u{1B}[0m"
    }

    /// A passed request or check: `✓`, or `ok  ` in ASCII (padded to the width of `FAIL`).
    var passMark: String { unicode ? "✓" : "ok  " }
    var failMark: String { unicode ? "✗" : "FAIL" }
    /// A request that ran and that nothing checked: no claim either way.
    var uncheckedMark: String { unicode ? "•" : "-   " }
    /// A step that was not sent.
    var skipMark: String { unicode ? "○" : "skip" }
    var attemptMark: String { unicode ? "↻" : "~" }
    var captureMark: String { unicode ? "→" : "->" }
    var separator: String { unicode ? " · " : " - " }
    var dash: String { unicode ? " — " : " - " }

    /// A request's display name with ASCII separators when Unicode is off.
    func name(_ displayName: String) -> String {
        unicode ? displayName : displayName.replacingOccurrences(of: " › ", with: " > ")
    }

    /// Table borders: corners, joints and lines.
    struct Borders {
        var horizontal: String
        var vertical: String
        var topLeft, topJoint, topRight: String
        var middleLeft, middleJoint, middleRight: String
        var closingLeft, closingJoint, closingRight: String
        var bottomLeft, bottomRight: String
    }

    var borders: Borders {
        unicode
            ? Borders(
                horizontal: "─", vertical: "│", topLeft: "┌", topJoint: "┬", topRight: "┐", middleLeft: "├",
                middleJoint: "┼", middleRight: "┤", closingLeft: "├", closingJoint: "┴", closingRight: "┤",
                bottomLeft: "└", bottomRight: "┘")
            : Borders(
                horizontal: "-", vertical: "|", topLeft: "+", topJoint: "+", topRight: "+", middleLeft: "+",
                middleJoint: "+", middleRight: "+", closingLeft: "+", closingJoint: "+", closingRight: "+",
                bottomLeft: "+", bottomRight: "+")
    }
}
