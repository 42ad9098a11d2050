import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the terminal reporter writes: standard output or error, or a buffer in tests.
public protocol TextSink: AnyObject, Sendable {
    /// Writes `text` as it is (the caller adds line breaks).
    func write(_ text: String)
    /// Whether the text goes to a terminal, which decides colour under `--color auto`.
    var isTerminal: Bool { get }
}

/// A file descriptor: standard output or standard error.
public final class FileDescriptorSink: TextSink {
    public static let standardOutput = FileDescriptorSink(descriptor: STDOUT_FILENO)
    public static let standardError = FileDescriptorSink(descriptor: STDERR_FILENO)

    public let descriptor: Int32
    public let isTerminal: Bool

    public init(descriptor: Int32) {
        self.descriptor = descriptor
        self.isTerminal = isatty(descriptor) == 1
    }

    public func write(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                #if canImport(Glibc)
                    Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                    Darwin.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
            }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return  // a closed pipe: nothing more can be shown
            }
            offset += written
        }
    }
}

/// Collects what is written, for tests and for callers that show it later.
public final class TextBuffer: TextSink, @unchecked Sendable {
    private let lock = NSLock()
    private var storage = ""
    public let isTerminal: Bool

    /// `isTerminal` pretends the buffer is a terminal, to test `--color auto`.
    public init(isTerminal: Bool = false) { self.isTerminal = isTerminal }

    public func write(_ text: String) {
        lock.lock()
        storage += text
        lock.unlock()
    }

    /// Everything written so far.
    public var text: String {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }

    /// What was written, line by line, without the final empty line.
    public var lines: [String] {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
