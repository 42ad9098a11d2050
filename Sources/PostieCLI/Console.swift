import Foundation
import PostieCore

/// Where the CLI writes: standard output and error, or buffers in tests.
public struct Console: Sendable {
    public var output: any TextSink
    public var errors: any TextSink

    public init(output: any TextSink, errors: any TextSink) {
        self.output = output
        self.errors = errors
    }

    /// The process's own standard output and error.
    public static var standard: Console {
        Console(output: FileDescriptorSink.standardOutput, errors: FileDescriptorSink.standardError)
    }

    func line(_ text: String = "") { output.write(text + "\n") }
    func error(_ text: String) { errors.write("error: \(text)\n") }
    func warning(_ text: String) { errors.write("warning: \(text)\n") }
    func note(_ text: String) { errors.write(text + "\n") }
}

/// Passes text through to another sink (none under `--silent`) and keeps a copy, so the terminal report
/// can also be saved as a file (`--reporter-cli-export`).
final class TranscriptSink: TextSink, @unchecked Sendable {
    private let inner: (any TextSink)?
    private let lock = NSLock()
    private var copy = ""

    init(_ inner: (any TextSink)?) { self.inner = inner }

    var isTerminal: Bool { inner?.isTerminal ?? false }

    func write(_ text: String) {
        inner?.write(text)
        lock.lock()
        copy += text
        lock.unlock()
    }

    /// Everything written, without colour codes.
    var plainText: String {
        lock.lock()
        defer { lock.unlock() }
        return copy.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }
}

/// A sink that drops what it is given: the terminal under `--silent`.
final class DiscardingSink: TextSink, @unchecked Sendable {
    var isTerminal: Bool { false }
    func write(_ text: String) {}
}
