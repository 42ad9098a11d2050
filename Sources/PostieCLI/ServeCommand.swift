import Foundation
import GalleryEmulator
import PostieCore
import PostieJSON

/// `postie serve`: the embedded Alteryx Gallery emulator, until Ctrl-C.
struct ServeCommand: Command {
    let console: Console

    static let options: [OptionSpec] = [
        OptionSpec(names: ["--host"], valueName: "ADDRESS", help: "address to bind (default 127.0.0.1)"),
        OptionSpec(names: ["-p", "--port"], valueName: "PORT", help: "port to bind (default 8080; 0 picks a free one)"),
        OptionSpec(names: ["--studio-key"], valueName: "KEY", help: "private studio API key (Subscription API)"),
        OptionSpec(names: ["--studio-secret"], valueName: "SECRET", help: "private studio API secret"),
        OptionSpec(names: ["--user-key"], valueName: "KEY", help: "curator's API access key (every API)"),
        OptionSpec(names: ["--user-secret"], valueName: "SECRET", help: "curator's API access secret"),
        OptionSpec(names: ["--artisan-key"], valueName: "KEY", help: "non-curator's API access key (no Admin API)"),
        OptionSpec(names: ["--artisan-secret"], valueName: "SECRET", help: "non-curator's API access secret"),
        OptionSpec(names: ["--job-time"], valueName: "DURATION", help: "how long a job runs: 500ms, 2s (default 2s; 0 = instant)"),
        OptionSpec(names: ["--workers"], valueName: "N", help: "jobs that run at once; more wait in the queue (default 2)"),
        OptionSpec(names: ["--token-lifetime"], valueName: "DURATION", help: "OAuth 2 access token lifetime (default 1h)"),
        OptionSpec(names: ["--timestamp-window"], valueName: "DURATION", help: "accepted oauth_timestamp skew, either way (default 5m)"),
        OptionSpec(names: ["--max-body"], valueName: "BYTES", help: "largest request body accepted; 413 beyond (default 64 MiB)"),
        OptionSpec(names: ["--latency"], valueName: "MS", help: "add this delay before every API answer"),
        OptionSpec(names: ["--error-rate"], valueName: "R", help: "answer this share of API requests 503 (0 to 1)"),
        OptionSpec(names: ["--drop-rate"], valueName: "R", help: "cut this share of API answers mid-body (0 to 1)"),
        OptionSpec(names: ["--seed"], valueName: "N", help: "seed for --error-rate and --drop-rate (same seed, same faults)"),
        OptionSpec(names: ["--write-environment"], valueName: "FILE", help: "write a Postman environment for this server"),
        OptionSpec(names: ["--overwrite"], valueName: nil, help: "let --write-environment replace an existing file"),
        OptionSpec(names: ["--verbose"], valueName: nil, help: "log a line per request (secrets never shown)"),
        OptionSpec(names: ["-h", "--help"], valueName: nil, help: "show this help"),
    ]

    static let parser = ArgumentParser(command: "serve", options: options)

    static var help: String {
        """
        usage: postie serve [options]

        Starts an Alteryx Server Gallery emulator: the legacy API under /gallery/api/ (OAuth 1.0a) and the
        current one under /webapi/ (OAuth 2 client credentials), with seeded workflows whose jobs run
        through Queued, Running and Completed. It prints the gallery URL and the credentials it accepts,
        and runs until Ctrl-C.

        Options:
        \(parser.optionsHelp())

        """
    }

    func run(_ parsed: ParsedArguments) throws -> ExitCode {
        guard parsed.operands.isEmpty else {
            throw UsageError("postie serve takes no file, got \(parsed.operands.joined(separator: " "))")
        }
        var configuration = try Self.configuration(from: parsed)
        configuration.port = try parsed.value("--port").map { try Self.integer($0, option: "--port", range: 0...65535) } ?? 8080
        if parsed.flag("--verbose") {
            let errors = console.errors
            configuration.logger = { line in errors.write(line + "\n") }
        }
        let emulator = GalleryEmulator(configuration: configuration)
        do {
            _ = try emulator.start()
        } catch {
            console.error("cannot start the emulator: \(error)")
            return .usage
        }
        let stopped = DispatchSemaphore(value: 0)
        let interrupt = InterruptHandler { stopped.signal() }
        if let path = parsed.value("--write-environment") {
            do {
                try Self.writeEnvironment(emulator, to: path, overwrite: parsed.flag("--overwrite"))
                console.note("wrote \(path)")
            } catch {
                emulator.stop()
                interrupt.stop()
                console.error("\(error)")
                return .cannotCreate
            }
        }
        console.output.write(emulator.bannerText + "\n")
        console.line("Press Ctrl-C to stop.")
        stopped.wait()
        interrupt.stop()
        console.note("stopping…")
        emulator.stop()
        return .success
    }

    /// The emulator settings from the command line (all but port and logging).
    static func configuration(from parsed: ParsedArguments) throws -> GalleryEmulator.Configuration {
        var configuration = GalleryEmulator.Configuration()
        if let host = parsed.value("--host") { configuration.host = host }
        if let value = parsed.value("--studio-key") { configuration.studioKey = value }
        if let value = parsed.value("--studio-secret") { configuration.studioSecret = value }
        if let value = parsed.value("--user-key") { configuration.userKey = value }
        if let value = parsed.value("--user-secret") { configuration.userSecret = value }
        if let value = parsed.value("--artisan-key") { configuration.artisanKey = value }
        if let value = parsed.value("--artisan-secret") { configuration.artisanSecret = value }
        if let value = parsed.value("--job-time") { configuration.jobTime = try seconds(value, option: "--job-time") }
        if let value = parsed.value("--token-lifetime") { configuration.tokenLifetime = try seconds(value, option: "--token-lifetime") }
        if let value = parsed.value("--timestamp-window") {
            configuration.timestampWindow = try seconds(value, option: "--timestamp-window")
        }
        if let value = parsed.value("--workers") { configuration.workers = try integer(value, option: "--workers", range: 1...1024) }
        if let value = parsed.value("--max-body") {
            configuration.maxBodyBytes = try integer(value, option: "--max-body", range: 1...Int(Int32.max))
        }
        if let value = parsed.value("--latency") {
            configuration.latencyMilliseconds = try integer(value, option: "--latency", range: 0...600_000)
        }
        if let value = parsed.value("--error-rate") { configuration.errorRate = try rate(value, option: "--error-rate") }
        if let value = parsed.value("--drop-rate") { configuration.dropRate = try rate(value, option: "--drop-rate") }
        if let value = parsed.value("--seed") {
            guard let seed = UInt64(value) else { throw UsageError("--seed takes a whole number, not \"\(value)\"") }
            configuration.seed = seed
        }
        return configuration
    }

    static func writeEnvironment(_ emulator: GalleryEmulator, to path: String, overwrite: Bool) throws {
        if !overwrite, FileManager.default.fileExists(atPath: path) {
            throw ReportError.cannotWrite(path: path, reason: "the file exists; pass --overwrite to replace it")
        }
        try writeFileAtomically(JSONWriter.prettyData(emulator.environmentFile(name: "postie serve")), to: path)
    }

    /// A duration (`500ms`, `2s`, `5m`) or a bare number of seconds.
    static func seconds(_ text: String, option: String) throws -> TimeInterval {
        if let number = Double(text), number >= 0 { return number }
        guard let duration = try? FlowDuration(text) else {
            throw UsageError("\(option) takes a duration such as 500ms, 2s or 5m, or a number of seconds, not \"\(text)\"")
        }
        return duration.timeInterval
    }

    static func integer(_ text: String, option: String, range: ClosedRange<Int>) throws -> Int {
        guard let value = Int(text), range.contains(value) else {
            throw UsageError("\(option) takes a whole number from \(range.lowerBound) to \(range.upperBound), not \"\(text)\"")
        }
        return value
    }

    static func rate(_ text: String, option: String) throws -> Double {
        guard let value = Double(text), (0...1).contains(value) else {
            throw UsageError("\(option) takes a number from 0 to 1, not \"\(text)\"")
        }
        return value
    }
}
