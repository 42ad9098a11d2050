import Foundation
import GalleryEmulator
import PostieJSON

/// Runs the built `postie` executable, as a user would, and collects what it printed.
struct PostieProcess {
    struct Outcome {
        var status: Int32
        var output: String
        var errors: String
        /// Both streams, for "never printed anywhere" checks.
        var everything: String { output + errors }
    }

    /// The package root, from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The `postie` binary `swift test` built beside the test bundle.
    static let executable: URL = {
        var candidates: [URL] = []
        if let bundle = Bundle.main.executableURL?.deletingLastPathComponent() {
            candidates.append(bundle.appendingPathComponent("postie"))
            candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("postie"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/postie"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    /// Runs `postie arguments…` in `directory`; SIGINT is sent after `interruptAfter` seconds, or as soon
    /// as `interruptWhen` holds (asked every 10 ms), when given.
    static func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        interruptAfter: TimeInterval? = nil, interruptWhen: (@Sendable () -> Bool)? = nil, timeout: TimeInterval = 120
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let collected = Collected()
        let group = DispatchGroup()
        for (pipe, keyPath) in [(output, \Collected.output), (errors, \Collected.errors)] {
            group.enter()
            // Dedicated threads: blocking reads would starve the small global dispatch pool.
            Thread.detachNewThread {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                collected.set(keyPath, data)
                group.leave()
            }
        }
        if let interruptAfter {
            let pid = process.processIdentifier
            Thread.detachNewThread {
                Thread.sleep(forTimeInterval: interruptAfter)
                kill(pid, SIGINT)
            }
        }
        if let interruptWhen {
            let pid = process.processIdentifier
            let running = process
            Thread.detachNewThread {
                while running.isRunning, !interruptWhen() { Thread.sleep(forTimeInterval: 0.01) }
                if running.isRunning { kill(pid, SIGINT) }
            }
        }
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            process.waitUntilExit()
            finished.signal()
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            throw TimedOut(arguments: arguments)
        }
        group.wait()
        return Outcome(
            status: process.terminationStatus, output: String(decoding: collected.output, as: UTF8.self),
            errors: String(decoding: collected.errors, as: UTF8.self))
    }

    struct TimedOut: Error, CustomStringConvertible {
        var arguments: [String]
        var description: String { "postie \(arguments.joined(separator: " ")) did not finish" }
    }

    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        var output = Data()
        var errors = Data()

        func set(_ keyPath: ReferenceWritableKeyPath<Collected, Data>, _ data: Data) {
            lock.lock()
            self[keyPath: keyPath] = data
            lock.unlock()
        }
    }
}

/// An emulator on a free port for one test, with its environment written to a file.
final class RunningEmulator {
    let emulator: GalleryEmulator
    let directory: URL
    let environmentPath: String
    /// Every request the emulator answered, as its log line (`GET /gallery/api/… 401 1ms`).
    let log = CountingServer.RequestLog()

    init(configure: (inout GalleryEmulator.Configuration) -> Void = { _ in }) throws {
        var configuration = GalleryEmulator.Configuration()
        configuration.port = 0
        configuration.jobTime = 0.2
        let log = log
        configuration.logger = { line in log.record(line) }
        configure(&configuration)
        emulator = GalleryEmulator(configuration: configuration)
        _ = try emulator.start()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("postie-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        environmentPath = directory.appendingPathComponent("emulator.postman_environment.json").path
        try JSONWriter.prettyData(emulator.environmentFile(name: "test emulator")).write(to: URL(fileURLWithPath: environmentPath))
    }

    deinit {
        emulator.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    /// The emulator's log lines so far: one per request answered.
    var requests: [String] { log.paths }

    /// A path inside this test's scratch directory.
    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// Writes `text` to `name` in the scratch directory and returns its path.
    func write(_ text: String, to name: String) throws -> String {
        let path = path(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func collection(_ name: String) -> String {
        PostieProcess.packageRoot.appendingPathComponent("collections/\(name)").path
    }
}
