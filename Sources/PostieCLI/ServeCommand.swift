import Foundation
import GalleryEmulator
import PostieCore
import PostieHTTPServer
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
        OptionSpec(
            names: ["--user"], valueName: "ROLE:KEY:SECRET",
            help: "add a user with this key pair; ROLE is curator, artisan, viewer or none (no API access); repeatable",
            repeatable: true),
        OptionSpec(
            names: ["--job-time"], valueName: "DURATION",
            help: "how long a job runs: 500ms, 2s; a bare number is milliseconds (default 2s; 0 = instant)"),
        OptionSpec(names: ["--workers"], valueName: "N", help: "jobs that run at once; more wait in the queue (default 2)"),
        OptionSpec(names: ["--token-lifetime"], valueName: "DURATION", help: "OAuth 2 access token lifetime (default 1h)"),
        OptionSpec(names: ["--timestamp-window"], valueName: "DURATION", help: "accepted oauth_timestamp skew, either way (default 5m)"),
        OptionSpec(names: ["--max-body"], valueName: "BYTES", help: "largest request body accepted; 413 beyond (default 64 MiB)"),
        OptionSpec(names: ["--latency"], valueName: "DURATION", help: "add this delay before every API answer: 50ms, 1s"),
        OptionSpec(names: ["--error-rate"], valueName: "R", help: "answer this share of API requests 503 (0 to 1)"),
        OptionSpec(names: ["--drop-rate"], valueName: "R", help: "cut this share of API answers mid-body (0 to 1)"),
        OptionSpec(names: ["--seed"], valueName: "N", help: "seed for --error-rate and --drop-rate (same seed, same faults)"),
        OptionSpec(
            names: ["--server"], valueName: "NAME",
            help: "start a named server with its own store, port and keys; repeatable (--server dev --server prod)",
            repeatable: true),
        OptionSpec(
            names: ["--write-environment"], valueName: "FILE",
            help: "write a Postman environment for this server; with --server a directory: NAME.postman_environment.json each"),
        OptionSpec(names: ["--overwrite"], valueName: nil, help: "let --write-environment replace an existing file"),
        OptionSpec(names: ["--verbose"], valueName: nil, help: "log a line per request (secrets never shown)"),
        OptionSpec(names: ["-h", "--help"], valueName: nil, help: "show this help"),
    ]

    static let parser = ArgumentParser(command: "serve", options: options)

    static var help: String {
        """
        usage: postie serve [options]

        Starts an Alteryx Server Gallery emulator: the legacy API under /gallery/api/
        (OAuth 1.0a) and the current one under /webapi/ (OAuth 2 client credentials),
        with seeded workflows whose jobs run through Queued, Running and Completed (v3:
        Initializing, Complete). Curator, Artisan, Viewer and no-API-access users each
        have a key pair; --user adds more. It prints the gallery URL and the
        credentials it accepts, and runs until Ctrl-C.
        Durations take a unit (500ms, 2s, 5m); a bare number is milliseconds.
        --server NAME (repeatable) starts one emulator per name, each with its own
        workflows and jobs, its own key pairs (derived from the name) and its own
        port: --port for the first, the next ones after it (with --port 0, free ones).

        Options:
        \(parser.optionsHelp())

        Exit status: 0 after Ctrl-C; 64 for a bad option or address; 69 when the port
        is in use or not one this user may listen on; 73 when --write-environment
        cannot be written.

        """
    }

    func run(_ parsed: ParsedArguments) throws -> ExitCode {
        guard parsed.operands.isEmpty else {
            throw UsageError("postie serve takes no file, got \(parsed.operands.joined(separator: " "))")
        }
        let servers = parsed.all("--server")
        if !servers.isEmpty { return try runServers(named: servers, parsed) }
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
            return Self.exitCode(forStartFailure: error)
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

    /// `--server NAME…`: one emulator per name, on consecutive ports, until Ctrl-C.
    func runServers(named names: [String], _ parsed: ParsedArguments) throws -> ExitCode {
        for (index, name) in names.enumerated() {
            guard let first = name.unicodeScalars.first, CharacterSet.alphanumerics.contains(first),
                name.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0) }),
                name.unicodeScalars.allSatisfy(\.isASCII)
            else {
                throw UsageError("--server takes a name of letters, digits, '.', '_' and '-' (it names a file), not \"\(name)\"")
            }
            if names[..<index].contains(name) { throw UsageError("--server \(name) is given twice; name each server once") }
        }
        var port = try parsed.value("--port").map { try Self.integer($0, option: "--port", range: 0...65535) } ?? 8080
        var emulators: [GalleryEmulator] = []
        func stopAll() { for emulator in emulators { emulator.stop() } }
        for name in names {
            var configuration = try Self.configuration(from: parsed, base: GalleryEmulator.Configuration(server: name))
            configuration.port = port
            if parsed.flag("--verbose") {
                let errors = console.errors
                configuration.logger = { line in errors.write("[\(name)] " + line + "\n") }
            }
            let emulator = GalleryEmulator(configuration: configuration)
            do {
                let started = try emulator.start()
                if port != 0 { port = started + 1 }
            } catch {
                stopAll()
                console.error("cannot start server \(name) on port \(port): \(error)")
                return Self.exitCode(forStartFailure: error)
            }
            emulators.append(emulator)
        }
        let stopped = DispatchSemaphore(value: 0)
        let interrupt = InterruptHandler { stopped.signal() }
        if let directory = parsed.value("--write-environment") {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                for (name, emulator) in zip(names, emulators) {
                    let path = (directory as NSString).appendingPathComponent("\(name).postman_environment.json")
                    try Self.writeEnvironment(emulator, to: path, overwrite: parsed.flag("--overwrite"), name: "postie serve \(name)")
                    console.note("wrote \(path)")
                }
            } catch {
                stopAll()
                interrupt.stop()
                console.error("\(error)")
                return .cannotCreate
            }
        }
        for emulator in emulators { console.output.write(emulator.bannerText + "\n\n") }
        console.line("\(emulators.count) servers, each with its own workflows, jobs and keys. Press Ctrl-C to stop.")
        stopped.wait()
        interrupt.stop()
        console.note("stopping…")
        stopAll()
        return .success
    }

    /// 69 when the port is taken or not allowed, 64 for an address or port that is wrong, 70 otherwise.
    static func exitCode(forStartFailure error: Error) -> ExitCode {
        guard let error = error as? HTTPServerError else { return .internalError }
        switch error {
        case .addressInUse: return .unavailable
        case .bindFailed(_, _, let code) where code == EACCES || code == EADDRNOTAVAIL: return .unavailable
        case .invalidHost, .invalidPort, .bindFailed: return .usage
        default: return .internalError
        }
    }

    /// The emulator settings from the command line (all but port and logging).
    static func configuration(
        from parsed: ParsedArguments, base: GalleryEmulator.Configuration = GalleryEmulator.Configuration()
    ) throws -> GalleryEmulator.Configuration {
        var configuration = base
        if let host = parsed.value("--host") { configuration.host = host }
        if let value = parsed.value("--studio-key") { configuration.studioKey = value }
        if let value = parsed.value("--studio-secret") { configuration.studioSecret = value }
        if let value = parsed.value("--user-key") { configuration.userKey = value }
        if let value = parsed.value("--user-secret") { configuration.userSecret = value }
        if let value = parsed.value("--artisan-key") { configuration.artisanKey = value }
        if let value = parsed.value("--artisan-secret") { configuration.artisanSecret = value }
        for text in parsed.all("--user") {
            guard let extra = GalleryEmulator.ExtraUser(parsing: text) else {
                throw UsageError(
                    "--user takes ROLE:KEY:SECRET with ROLE curator, artisan, viewer or none, not \"\(text)\"")
            }
            configuration.extraUsers.append(extra)
        }
        if let value = parsed.value("--job-time") { configuration.jobTime = try OptionValue.seconds(value, option: "--job-time") }
        if let value = parsed.value("--token-lifetime") {
            configuration.tokenLifetime = try OptionValue.seconds(value, option: "--token-lifetime")
        }
        if let value = parsed.value("--timestamp-window") {
            configuration.timestampWindow = try OptionValue.seconds(value, option: "--timestamp-window")
        }
        if let value = parsed.value("--workers") { configuration.workers = try integer(value, option: "--workers", range: 1...1024) }
        if let value = parsed.value("--max-body") {
            configuration.maxBodyBytes = try integer(value, option: "--max-body", range: 1...Int(Int32.max))
        }
        if let value = parsed.value("--latency") {
            let milliseconds = try OptionValue.milliseconds(value, option: "--latency")
            guard milliseconds <= 600_000 else { throw UsageError("--latency takes at most 10m, not \"\(value)\"") }
            configuration.latencyMilliseconds = milliseconds
        }
        if let value = parsed.value("--error-rate") { configuration.errorRate = try rate(value, option: "--error-rate") }
        if let value = parsed.value("--drop-rate") { configuration.dropRate = try rate(value, option: "--drop-rate") }
        if let value = parsed.value("--seed") {
            guard let seed = UInt64(value) else { throw UsageError("--seed takes a whole number, not \"\(value)\"") }
            configuration.seed = seed
        }
        return configuration
    }

    static func writeEnvironment(_ emulator: GalleryEmulator, to path: String, overwrite: Bool, name: String = "postie serve") throws {
        if !overwrite, FileManager.default.fileExists(atPath: path) {
            throw ReportError.cannotWrite(path: path, reason: "the file exists; pass --overwrite to replace it")
        }
        try writeFileAtomically(JSONWriter.prettyData(emulator.environmentFile(name: name)), to: path)
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
