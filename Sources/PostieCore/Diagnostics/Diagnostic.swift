/// A problem found while reading or running a collection that does not stop the run: collected,
/// then shown by the reporters (the CLI prints them as `warning: …`).
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Equatable {
        case warning
        case error
    }

    public var severity: Severity
    /// What is wrong, lower-case, naming the file and place or the request.
    public var message: String
    /// The user's own names the message quotes (requests, folders, variables): redaction, which hides
    /// secret values, leaves these alone.
    public var names: [String]

    public init(_ severity: Severity, _ message: String, names: [String] = []) {
        self.severity = severity
        self.message = message
        self.names = names
    }

    /// Two diagnostics are the same when they say the same thing.
    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        lhs.severity == rhs.severity && lhs.message == rhs.message
    }

    public static func warning(_ message: String) -> Diagnostic { Diagnostic(.warning, message) }
    public static func error(_ message: String) -> Diagnostic { Diagnostic(.error, message) }

    public var description: String { "\(severity.rawValue): \(message)" }
}

/// Collects diagnostics, dropping exact repeats so that a problem met once per iteration is shown once.
public struct DiagnosticLog: Sendable, Equatable {
    public private(set) var entries: [Diagnostic] = []

    public init() {}

    public mutating func add(_ diagnostic: Diagnostic) {
        if !entries.contains(diagnostic) { entries.append(diagnostic) }
    }

    public mutating func warn(_ message: String) { add(.warning(message)) }

    public mutating func append(contentsOf other: DiagnosticLog) {
        for entry in other.entries { add(entry) }
    }

    public var warnings: [Diagnostic] { entries.filter { $0.severity == .warning } }
    public var errors: [Diagnostic] { entries.filter { $0.severity == .error } }
}
