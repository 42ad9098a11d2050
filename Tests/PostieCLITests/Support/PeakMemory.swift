import Foundation

/// Runs a `postie` binary with its output discarded and reads back how much memory it took at most: its
/// peak resident set (`ru_maxrss`), which no sampling can miss.
///
/// The child is started by GNU `time`, a small process that forks it and reads its `wait4` usage: Linux
/// carries the peak of the address space a process is exec'd from into its `ru_maxrss`, and a child the
/// test process spawned directly (vfork) would report the test process's own peak.
enum PeakMemory {
    struct Outcome {
        var status: Int32
        /// Peak resident memory, in KiB.
        var peakKiB: Int
        var peakMiB: Double { Double(peakKiB) / 1024 }
    }

    /// GNU time, when installed.
    static let time: String? = ["/usr/bin/time", "/bin/time"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The binary the memory tests run: `POSTIE_RELEASE_BINARY` (`.ci/run` builds one first and names it),
    /// else the debug `postie` beside the tests. Never a `.build/release/postie` found lying about: it may
    /// be older than the code under test.
    static let executable: (url: URL, isRelease: Bool) = {
        if let path = ProcessInfo.processInfo.environment["POSTIE_RELEASE_BINARY"],
            FileManager.default.isExecutableFile(atPath: path)
        {
            return (URL(fileURLWithPath: path), true)
        }
        return (PostieProcess.executable, false)
    }()

    /// Runs `postie arguments…`; give it absolute paths.
    static func run(_ arguments: [String]) throws -> Outcome {
        guard let time else { throw SpawnError(reason: "GNU time is not installed") }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("postie-peak-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: report) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([time, "-f", "%M", "-o", report, executable.url.path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in envp { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, time, &actions, nil, argv, envp)
        guard spawned == 0 else { throw SpawnError(reason: String(cString: strerror(spawned))) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw SpawnError(reason: String(cString: strerror(errno))) }
        }
        let exited = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        // GNU time writes "Command exited with non-zero status N" first when the command failed.
        let written = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
        guard let peak = written.split(separator: "\n").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
            throw SpawnError(reason: "GNU time wrote no peak: \(written)")
        }
        return Outcome(status: exited, peakKiB: peak)
    }

    struct SpawnError: Error, CustomStringConvertible {
        var reason: String
        var description: String { "cannot measure postie: \(reason)" }
    }
}
