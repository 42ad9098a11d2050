import Foundation

/// Where the CLI writes: standard output and standard error, or buffers in tests.
public struct Console: Sendable {
    public var writeOut: @Sendable (String) -> Void
    public var writeError: @Sendable (String) -> Void
    /// Whether standard output is a terminal (for colour in `auto` mode).
    public var outputIsTerminal: Bool

    public init(
        writeOut: @escaping @Sendable (String) -> Void, writeError: @escaping @Sendable (String) -> Void,
        outputIsTerminal: Bool = false
    ) {
        self.writeOut = writeOut
        self.writeError = writeError
        self.outputIsTerminal = outputIsTerminal
    }

    /// The process's own standard output and error, unbuffered.
    public static let standard = Console(
        writeOut: { FileHandle.standardOutput.write(Data($0.utf8)) },
        writeError: { FileHandle.standardError.write(Data($0.utf8)) },
        outputIsTerminal: isatty(STDOUT_FILENO) == 1)

    func line(_ text: String = "") { writeOut(text + "\n") }
    func error(_ text: String) { writeError("error: \(text)\n") }
    func warning(_ text: String) { writeError("warning: \(text)\n") }
}
