import Foundation
import PostieCore
import PostieJSON

/// `postie run COLLECTION|FLOW [options]`.
struct RunCommand: Command {
    let environment: [String: String]
    let console: Console

    static let options: [OptionSpec] = [
        OptionSpec(names: ["-e", "--environment"], valueName: "FILE", help: "Postman environment file"),
        OptionSpec(names: ["-g", "--globals"], valueName: "FILE", help: "Postman globals file"),
        OptionSpec(names: ["--env-var"], valueName: "KEY=VALUE", help: "set an environment variable (repeatable)", repeatable: true),
        OptionSpec(names: ["--global-var"], valueName: "KEY=VALUE", help: "set a global variable (repeatable)", repeatable: true),
        OptionSpec(names: ["--flow"], valueName: "FILE", help: "run this flow's steps against the collection"),
        OptionSpec(names: ["--folder"], valueName: "NAME", help: "run only this folder or request (repeatable)", repeatable: true),
        OptionSpec(names: ["-n", "--iteration-count"], valueName: "N", help: "iterations (default: one per data row, else 1)"),
        OptionSpec(names: ["-d", "--iteration-data"], valueName: "FILE", help: "iteration data: CSV with a header row, or a JSON array of objects"),
        OptionSpec(names: ["--delay-request"], valueName: "MS", help: "wait between requests"),
        OptionSpec(names: ["--timeout-request"], valueName: "MS", help: "give up on a request after this long (default: no limit)"),
        OptionSpec(names: ["--bail"], valueName: nil, help: "stop at the first failed request or check"),
        OptionSpec(names: ["-k", "--insecure"], valueName: nil, help: "do not verify TLS certificates"),
        OptionSpec(names: ["--ignore-redirects"], valueName: nil, help: "return 3xx answers instead of following them"),
        OptionSpec(names: ["-r", "--reporters"], valueName: "LIST", help: "reporters, comma-separated: cli, json, junit (default: cli)"),
        OptionSpec(names: ["--reporter-json-export"], valueName: "FILE", help: "JSON report path (default: postie-output/postie-report.json)"),
        OptionSpec(names: ["--reporter-junit-export"], valueName: "FILE", help: "JUnit XML report path (default: postie-output/postie-report.xml)"),
        OptionSpec(names: ["--reporter-cli-export"], valueName: "FILE", help: "also save the terminal report, without colour, to FILE"),
        OptionSpec(names: ["--export-environment"], valueName: "FILE", help: "write the environment with values set during the run"),
        OptionSpec(names: ["--output-dir"], valueName: "DIR", help: "where flow steps save responses (default: postie-output)"),
        OptionSpec(names: ["--overwrite"], valueName: nil, help: "let saved responses and exports replace existing files"),
        OptionSpec(names: ["--working-dir"], valueName: "DIR", help: "where relative file paths in the collection start (default: .)"),
        OptionSpec(names: ["--strict"], valueName: nil, help: "an undefined {{variable}} is an error before anything is sent"),
        OptionSpec(names: ["--color"], valueName: "WHEN", help: "auto (default: on a terminal, not with NO_COLOR), on, off"),
        OptionSpec(names: ["--silent"], valueName: nil, help: "no terminal output (reports and exit status only)"),
        OptionSpec(names: ["--verbose"], valueName: nil, help: "show request and response headers and bodies (secrets redacted)"),
        OptionSpec(names: ["-h", "--help"], valueName: nil, help: "show this help"),
    ]

    static let parser = ArgumentParser(command: "run", options: options)

    static var help: String {
        """
        usage: postie run COLLECTION.json [options]
               postie run FLOW.json [options]              (the flow names its collection)
               postie run COLLECTION.json --flow FLOW.json [options]

        Runs every request of a Postman collection (v2.1 or v2.0) in order, signed as Postman signs
        them, or the steps of a flow: requests chained with captures, checks, polling and saved outputs.

        Options:
        \(parser.optionsHelp())

        \(ExitCode.helpText)

        """
    }

    func run(_ parsed: ParsedArguments) throws -> ExitCode {
        try RunJob(parsed: parsed, environment: environment).run(console: console)
    }
}

/// One `postie run`, from parsed arguments to exit status.
struct RunJob {
    var collectionPath: String
    var flow: FlowDocument?
    var flowPath: String?
    var environmentPath: String?
    var parsed: ParsedArguments
    var processEnvironment: [String: String]

    init(parsed: ParsedArguments, environment: [String: String]) throws {
        self.parsed = parsed
        self.processEnvironment = environment
        guard parsed.operands.count == 1, let file = parsed.operands.first else {
            throw UsageError(
                parsed.operands.isEmpty
                    ? "postie run needs a collection or flow file; see `postie run --help`"
                    : "postie run takes one file, got \(parsed.operands.count): \(parsed.operands.joined(separator: " "))")
        }
        environmentPath = parsed.value("--environment")
        if let flowFile = parsed.value("--flow") {
            flowPath = flowFile
            flow = try FlowParser.parse(contentsOf: URL(fileURLWithPath: flowFile), file: flowFile)
            collectionPath = file
        } else if Self.looksLikeFlow(file) {
            flowPath = file
            let document = try FlowParser.parse(contentsOf: URL(fileURLWithPath: file), file: file)
            flow = document
            guard let collection = document.collection else {
                throw UsageError(
                    "\(file) is a flow but names no `collection`; give one: postie run COLLECTION.json --flow \(file)")
            }
            collectionPath = Self.relative(collection, to: file)
        } else {
            collectionPath = file
        }
        if environmentPath == nil, let flow, let flowPath, let named = flow.environment {
            environmentPath = Self.relative(named, to: flowPath)
        }
        if flow != nil, !parsed.all("--folder").isEmpty {
            throw UsageError("--folder selects requests of a collection run; a flow already names its steps")
        }
    }

    /// A flow is a JSON object with `steps`; anything else is treated as a collection.
    static func looksLikeFlow(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path), let root = try? JSONParser.parse(data) else { return false }
        return root["steps"] != nil && root["item"] == nil
    }

    /// `path` as written in a flow, relative to the flow file's directory.
    static func relative(_ path: String, to flowFile: String) -> String {
        if path.hasPrefix("/") { return path }
        let directory = (flowFile as NSString).deletingLastPathComponent
        return directory.isEmpty ? path : (directory as NSString).appendingPathComponent(path)
    }

    func run(console: Console) throws -> ExitCode {
        let workingDirectory = parsed.value("--working-dir") ?? FileManager.default.currentDirectoryPath
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: workingDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UsageError("--working-dir \(workingDirectory): no such directory")
        }
        let colorText = parsed.value("--color") ?? "auto"
        guard let color = ColorMode(rawValue: colorText) else {
            throw UsageError("--color takes auto, on or off, not \"\(colorText)\"")
        }
        let iterationCount = try parsed.value("--iteration-count").map { try Self.count($0, option: "--iteration-count", minimum: 1) }
        let delay = try parsed.value("--delay-request").map { try Self.count($0, option: "--delay-request", minimum: 0) } ?? 0
        let timeout = try parsed.value("--timeout-request").map { try Self.count($0, option: "--timeout-request", minimum: 0) }
        let environmentOverrides = try parsed.all("--env-var").map { try Self.pair($0, option: "--env-var") }
        let globalOverrides = try parsed.all("--global-var").map { try Self.pair($0, option: "--global-var") }

        // Inputs: a missing file is a usage error (64), a malformed one bad data (65).
        let collection = try CollectionParser.load(path: collectionPath)
        let environmentFile = try environmentPath.map { try EnvironmentParser.load(path: $0) }
        let globalsFile = try parsed.value("--globals").map {
            try EnvironmentParser.load(path: $0, kind: "a Postman globals file")
        }
        let data = try parsed.value("--iteration-data").map { try IterationData.load(path: $0) }
        let plan = try flow.map { try RunPlan.flow($0, collection: collection) }
            ?? RunPlan.collection(collection, folders: parsed.all("--folder"))

        // Reporters.
        let redactor = SecretRedactor()
        let transcript = parsed.value("--reporter-cli-export").map { _ in TranscriptSink(console.output) }
        var reporterNames = (parsed.value("--reporters") ?? "cli").split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        if parsed.flag("--silent") { reporterNames.removeAll { $0 == "cli" } }
        let reporterOptions = ReporterOptions(
            redactor: redactor, jsonExportPath: parsed.value("--reporter-json-export"),
            junitExportPath: parsed.value("--reporter-junit-export"),
            terminal: TerminalReporter.Options(color: color, verbose: parsed.flag("--verbose"), environment: processEnvironment),
            output: transcript ?? console.output, errors: console.errors)
        let reporters = try ReporterRegistry.reporters(named: reporterNames, options: reporterOptions)

        if parsed.flag("--insecure") {
            console.warning(
                "--insecure: TLS certificate checks cannot be turned off on Linux with this toolchain's HTTPS stack "
                    + "(FoundationNetworking); certificates are still verified. Add a private CA to the system trust store.")
        }

        // Pipeline.
        // http:// over postie's own HTTP/1.1 client, https:// through FoundationNetworking.
        let transport = RoutingTransport(
            options: TransportOptions(
                timeoutMilliseconds: timeout, followRedirects: !parsed.flag("--ignore-redirects"),
                insecure: parsed.flag("--insecure")))
        let executor = RequestExecutor(
            builder: RequestBuilder(workingDirectory: workingDirectory, userAgent: "postie/\(Postie.version)"),
            signer: RequestSigner(tokenProvider: OAuth2TokenProvider(transport: transport)), transport: transport,
            redactor: redactor)
        let runner = CollectionRunner(
            inputs: RunInputs(
                collection: collection, environment: environmentFile, globals: globalsFile,
                environmentOverrides: environmentOverrides, globalOverrides: globalOverrides, iterationData: data),
            plan: plan,
            options: RunOptions(
                iterationCount: iterationCount, delayMilliseconds: delay, bail: parsed.flag("--bail"),
                strict: parsed.flag("--strict"), outputDirectory: parsed.value("--output-dir") ?? "postie-output",
                overwrite: parsed.flag("--overwrite"), workingDirectory: FileManager.default.currentDirectoryPath),
            executor: executor, reporters: reporters)

        let interrupt = InterruptHandler { runner.cancel() }
        defer { interrupt.stop() }
        let result = try runner.run()
        var writeFailure: Error?
        do { try runner.finish(result) } catch { writeFailure = error }

        if let path = parsed.value("--reporter-cli-export"), let transcript {
            do { try writeFileAtomically(Data(transcript.plainText.utf8), to: path) } catch { writeFailure = writeFailure ?? error }
        }
        if let path = parsed.value("--export-environment") {
            // The environment file itself may be replaced with --overwrite (secrets are written as
            // [redacted]); the collection, globals, data and flow files never.
            let neverReplaced = [collectionPath, parsed.value("--globals"), parsed.value("--iteration-data"), flowPath]
            let exporter = EnvironmentExporter(redactor: redactor)
            do {
                try exporter.write(
                    final: result.finalEnvironment, input: environmentFile, to: path,
                    protectedPaths: neverReplaced.compactMap { $0 } + (parsed.flag("--overwrite") ? [] : [environmentPath].compactMap { $0 }),
                    allowOverwrite: false)
            } catch {
                writeFailure = writeFailure ?? error
            }
        }
        if let writeFailure { return RunCommand.exitCode(for: writeFailure, console: console) }
        if result.interrupted { return .interrupted }
        return result.failed ? .failure : .success
    }

    static func count(_ text: String, option: String, minimum: Int) throws -> Int {
        guard let value = Int(text), value >= minimum else {
            throw UsageError("\(option) takes a whole number\(minimum > 0 ? " of at least \(minimum)" : " (0 or more)"), not \"\(text)\"")
        }
        return value
    }

    static func pair(_ text: String, option: String) throws -> (key: String, value: String) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
            throw UsageError("\(option) takes KEY=VALUE, not \"\(text)\"")
        }
        return (String(text[..<equals]), String(text[text.index(after: equals)...]))
    }
}

/// Turns SIGINT and SIGTERM into a call to `handler` (once per signal), instead of killing the process,
/// so that the run stops cleanly and its reports are written.
///
/// A plain `sigaction` handler writes one byte to a pipe (async-signal-safe); a thread reading the pipe
/// calls `handler`. (libdispatch's signal sources rely on signalfd, which misses signals in a
/// multi-threaded process unless every thread blocks them.)
final class InterruptHandler: @unchecked Sendable {
    private let readEnd: Int32
    private let writeEnd: Int32
    private let thread: Thread

    init(_ handler: @escaping @Sendable () -> Void) {
        var descriptors: [Int32] = [-1, -1]
        if pipe(&descriptors) != 0 { descriptors = [-1, -1] }
        readEnd = descriptors[0]
        writeEnd = descriptors[1]
        interruptPipeWriteEnd = writeEnd
        let readEnd = readEnd
        thread = Thread {
            var byte: UInt8 = 0
            while true {
                let count = read(readEnd, &byte, 1)
                if count == 1 {
                    if byte == 0 { return }  // stop()
                    handler()
                } else if count < 0, errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
        thread.start()
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        sigaddset(&unblock, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            var byte: UInt8 = 1
            _ = write(interruptPipeWriteEnd, &byte, 1)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(SIGINT, &action, nil)
        sigaction(SIGTERM, &action, nil)
    }

    /// Restores the default signal behaviour and ends the reading thread.
    func stop() {
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
        var byte: UInt8 = 0
        _ = write(writeEnd, &byte, 1)
    }
}

/// The pipe the signal handler writes to; a C signal handler cannot capture context.
nonisolated(unsafe) private var interruptPipeWriteEnd: Int32 = -1
