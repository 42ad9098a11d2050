import Foundation
import PostieCore

/// What a run of several collections changes in each member's run (`RunJob.member`).
struct MemberSettings {
    /// The member's own reporters: the terminal one when the set shows it, and `json` for its report.
    var reporterNames: [String]
    /// Where the member's JSON report goes; the set's reports are made from these.
    var jsonReportPath: String
    /// The member's own folder under the set's output directory, for the responses it saves.
    var outputDirectory: String
    /// Where the member registers how to stop it, so one interrupt stops the whole set.
    var interrupts: InterruptList
}

/// `postie run A B C`: several collections or flows, each run as `postie run A` would run it (its own
/// variables, cookies and saved responses, from the same options), one after the other or `--parallel N`
/// at a time, then one set of reports for them all.
///
/// - Every member's input is read before anything is sent: a bad file stops the set with its error.
/// - The terminal shows each member's run whole, in command-line order (with `--parallel`, a member that
///   finishes early waits for those before it), then one line per member.
/// - The JSON, JUnit and HTML reports hold every member's requests, each under a first folder named after
///   its collection, so requests of different collections never merge.
/// - Each member saves responses under `OUTPUT-DIR/NAME/`, NAME from its file name.
/// - `--bail` stops the set after the member that failed: later ones are not started.
/// - Options that belong to one collection are refused: `--flow`, `--collection`, `--shard`,
///   `--export-environment`, `--export-globals` and `--export-cookie-jar`.
struct MultiRunJob {
    let parsed: ParsedArguments
    let processEnvironment: [String: String]

    /// Options that name something of one collection, and why they do not fit a set.
    static let singleCollectionOptions: [(option: String, reason: String)] = [
        ("--flow", "runs one flow against one collection"),
        ("--collection", "picks one collection of a postman/ folder"),
        ("--shard", "splits one run"), ("--shard-by", "splits one run"), ("--shard-timings", "splits one run"),
        ("--export-environment", "writes one run's variables"), ("--export-globals", "writes one run's variables"),
        ("--export-cookie-jar", "writes one run's cookies"),
    ]

    init(parsed: ParsedArguments, environment: [String: String]) throws {
        self.parsed = parsed
        self.processEnvironment = environment
        for (option, reason) in Self.singleCollectionOptions where parsed.value(option) != nil || parsed.flag(option) {
            throw UsageError(
                "\(option) \(reason); with several collections (\(parsed.operands.count) given) run that one alone: "
                    + "postie run FILE \(option) …")
        }
    }

    func run(console: Console) throws -> ExitCode {
        let files = parsed.operands
        let parallel = try parsed.value("--parallel").map { try OptionValue.count($0, option: "--parallel", minimum: 1) } ?? 1
        let outputDirectory = parsed.value("--output-dir") ?? ReporterRegistry.defaultOutputDirectory
        let silent = parsed.flag("--silent")
        let transcript = parsed.value("--reporter-cli-export").map { _ in TranscriptSink(silent ? nil : console.output) }
        let shown = Console(output: transcript ?? console.output, errors: silent ? DiscardingSink() : console.errors)

        // Every member read first: a missing or malformed file stops the set before anything is sent.
        let interrupts = InterruptList()
        let reportsDirectory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "postie-set-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(
            at: reportsDirectory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: reportsDirectory) }
        var jobs: [RunJob] = []
        let folders = Self.memberFolderNames(files)
        for (index, file) in files.enumerated() {
            var job = try RunJob(file: file, parsed: parsed, environment: processEnvironment)
            job.preloadedCollection = try job.loadCollection()
            let showsTerminal = job.reporterNames().contains("cli")
            job.member = MemberSettings(
                reporterNames: (showsTerminal ? ["cli"] : []) + ["json"],
                jsonReportPath: reportsDirectory.appendingPathComponent("member-\(index + 1).json").path,
                outputDirectory: (outputDirectory as NSString).appendingPathComponent(folders[index]),
                interrupts: interrupts)
            jobs.append(job)
        }

        // The set's own reports, checked before anything is sent.
        let fileReports = ReportOptions.reporterNames(parsed, default: "cli").filter { $0 != "cli" }
        let color = ColorMode(rawValue: parsed.value("--color") ?? "auto") ?? .auto
        let reporterOptions = ReporterOptions(
            redactor: SecretRedactor(), jsonExportPath: parsed.value("--reporter-json-export"),
            junitExportPath: parsed.value("--reporter-junit-export"), htmlExportPath: parsed.value("--reporter-html-export"),
            outputDirectory: outputDirectory,
            terminal: TerminalReporter.Options(color: color, environment: processEnvironment),
            output: shown.output, errors: shown.errors)
        let reporters = try ReporterRegistry.reporters(named: fileReports, options: reporterOptions)
        let inputs = try jobs.flatMap { try $0.inputFiles(directory: FileManager.default.currentDirectoryPath) }
        let policy = OutputFilePolicy(
            outputDirectory: outputDirectory, overwrite: parsed.flag("--overwrite"), inputs: inputs,
            workingDirectory: FileManager.default.currentDirectoryPath)
        try ReportOptions.checkPaths(of: fileReports, options: reporterOptions, policy: policy)
        if let path = parsed.value("--reporter-cli-export") { try policy.check(path, what: "the terminal report") }

        let handler = InterruptHandler { interrupts.stopAll() }
        defer { handler.stop() }
        let outcomes = MemberOutcomes(count: jobs.count)
        let ordered = OrderedOutput(count: jobs.count, console: shown, holdsBack: parallel > 1)
        let queue = MemberQueue(count: jobs.count)
        let group = DispatchGroup()
        let members = jobs
        let bails = parsed.flag("--bail")
        for _ in 0..<min(parallel, members.count) {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                while !interrupts.stopped, !outcomes.bailed, let index = queue.next() {
                    let memberConsole = ordered.console(of: index)
                    if index > 0, parallel == 1 { memberConsole.line() }
                    var status: ExitCode
                    do {
                        status = try members[index].run(console: memberConsole)
                    } catch {
                        status = RunCommand.exitCode(for: error, console: memberConsole)
                    }
                    let report = members[index].member!.jsonReportPath
                    let result = (try? Data(contentsOf: URL(fileURLWithPath: report))).flatMap {
                        try? ReportReader.read(data: $0, file: report)
                    }
                    outcomes.store(index, status: status, result: result, bails: bails)
                    ordered.finished(index)
                }
            }
        }
        group.wait()

        var summaries: [RunSetMember] = []
        var results: [RunResult] = []
        for (index, file) in files.enumerated() {
            let outcome = outcomes.outcome(index)
            var note: String?
            let stoppedWithError = outcome.status != nil && outcome.result == nil
            if let status = outcome.status, outcome.result == nil {
                note = "stopped with exit status \(status.rawValue) before its report was written"
            } else if outcome.status == nil {
                note = interrupts.stopped ? "not run: interrupted" : "not run: an earlier one stopped the set (--bail)"
            }
            summaries.append(RunSetMember(file: file, result: outcome.result, note: note, stoppedWithError: stoppedWithError))
            if let result = outcome.result { results.append(result) }
        }
        var combined = ReportCombiner.combine(Self.underCollectionFolders(results))
        combined.collectionName = results.map(\.collectionName).joined(separator: ", ")
        combined.interrupted = combined.interrupted || interrupts.stopped
        combined.options =
            files.map { RunOptionRecord(name: "collection", value: $0) } + (results.first?.options.filter { $0.name != "collection" && $0.name != "flow" } ?? [])

        var status = outcomes.worstStatus
        if interrupts.stopped, status.rank < ExitCode.interrupted.rank { status = .interrupted }
        if !summaries.isEmpty, ReportOptions.reporterNames(parsed, default: "cli").contains("cli") || transcript != nil {
            shown.line()
            let summary = TerminalReporter(
                output: shown.output, errors: shown.errors, redactor: SecretRedactor(),
                options: TerminalReporter.Options(color: color, environment: processEnvironment))
            for line in summary.runSetSummaryLines(summaries) { shown.line(line) }
        }
        do {
            try ReportOptions.write(combined, to: reporters)
            for name in fileReports {
                if let path = ReporterRegistry.reportPath(of: name, options: reporterOptions), !silent { shown.note("wrote \(path)") }
            }
            if let path = parsed.value("--reporter-cli-export"), let transcript {
                try writeFileAtomically(Data(transcript.plainText.utf8), to: path)
            }
        } catch {
            let failure = RunCommand.exitCode(for: error, console: console)
            if failure.rank > status.rank { status = failure }
        }
        return status
    }

    /// Each member's folder under the output directory: its file name without `.json`,
    /// `.postman_collection` or `.flow`, numbered when two would share one.
    static func memberFolderNames(_ files: [String]) -> [String] {
        var used: [String: Int] = [:]
        return files.map { file in
            var name = URL(fileURLWithPath: file).lastPathComponent
            for suffix in [".json", ".yaml", ".yml", ".postman_collection", ".flow"] where name.lowercased().hasSuffix(suffix) {
                name = String(name.dropLast(suffix.count))
            }
            if name.isEmpty || name == "." || name == ".." { name = "collection" }
            let count = (used[name] ?? 0) + 1
            used[name] = count
            return count == 1 ? name : "\(name)-\(count)"
        }
    }

    /// Every member's requests under a first folder named after its collection (numbered when two members
    /// run collections of the same name), so that reports keep the collections apart.
    static func underCollectionFolders(_ results: [RunResult]) -> [RunResult] {
        var used: [String: Int] = [:]
        return results.map { result in
            let count = (used[result.collectionName] ?? 0) + 1
            used[result.collectionName] = count
            let folder = count == 1 ? result.collectionName : "\(result.collectionName) (\(count))"
            var result = result
            result.executions = result.executions.map { execution in
                var execution = execution
                execution.folderPath.insert(folder, at: 0)
                return execution
            }
            return result
        }
    }
}

/// How to stop every member of a set: an interrupt stops those running and starts no more.
final class InterruptList: @unchecked Sendable {
    private let lock = NSLock()
    private var stops: [@Sendable () -> Void] = []
    private var isStopped = false

    var stopped: Bool { lock.withLock { isStopped } }

    /// Registers a running member's stop; called at once when the set is already stopping.
    func add(_ stop: @escaping @Sendable () -> Void) {
        let late = lock.withLock {
            stops.append(stop)
            return isStopped
        }
        if late { stop() }
    }

    func stopAll() {
        let all = lock.withLock {
            isStopped = true
            return stops
        }
        for stop in all { stop() }
    }
}

/// The members still to start, handed out in command-line order.
private final class MemberQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private let count: Int

    init(count: Int) { self.count = count }

    func next() -> Int? {
        lock.withLock {
            guard nextIndex < count else { return nil }
            defer { nextIndex += 1 }
            return nextIndex
        }
    }
}

/// Each member's exit status and report, as they finish.
private final class MemberOutcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var statuses: [ExitCode?]
    private var results: [RunResult?]
    private var stoppedByBail = false

    init(count: Int) {
        statuses = Array(repeating: nil, count: count)
        results = Array(repeating: nil, count: count)
    }

    var bailed: Bool { lock.withLock { stoppedByBail } }

    func store(_ index: Int, status: ExitCode, result: RunResult?, bails: Bool) {
        lock.withLock {
            statuses[index] = status
            results[index] = result
            if bails, status != .success { stoppedByBail = true }
        }
    }

    func outcome(_ index: Int) -> (status: ExitCode?, result: RunResult?) { lock.withLock { (statuses[index], results[index]) } }

    /// The status of the set: the gravest of its members'.
    var worstStatus: ExitCode {
        lock.withLock { statuses.compactMap { $0 }.max { $0.rank < $1.rank } ?? .success }
    }
}

/// The terminal output of members running side by side, kept in command-line order: the earliest
/// unfinished member's output shows as it comes, a later member's is held until every member before it
/// has finished. Without `holdsBack`, everything passes straight through.
private final class OrderedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private let console: Console
    private let holdsBack: Bool
    private var current = 0
    private var held: [[(toErrors: Bool, text: String)]]
    private var done: Set<Int> = []

    init(count: Int, console: Console, holdsBack: Bool) {
        self.console = console
        self.holdsBack = holdsBack
        held = Array(repeating: [], count: count)
    }

    func console(of member: Int) -> Console {
        guard holdsBack else { return console }
        return Console(
            output: MemberSink(member: member, toErrors: false, owner: self, isTerminal: console.output.isTerminal),
            errors: MemberSink(member: member, toErrors: true, owner: self, isTerminal: console.errors.isTerminal))
    }

    fileprivate func write(_ text: String, member: Int, toErrors: Bool) {
        lock.withLock {
            if member == current {
                (toErrors ? console.errors : console.output).write(text)
            } else {
                held[member].append((toErrors, text))
            }
        }
    }

    func finished(_ member: Int) {
        lock.withLock {
            done.insert(member)
            while done.contains(current) {
                current += 1
                guard current < held.count else { return }
                console.output.write("\n")
                for (toErrors, text) in held[current] { (toErrors ? console.errors : console.output).write(text) }
                held[current] = []
            }
        }
    }
}

/// One member's standard output or error under `OrderedOutput`.
private final class MemberSink: TextSink, @unchecked Sendable {
    let member: Int
    let toErrors: Bool
    unowned let owner: OrderedOutput
    let isTerminal: Bool

    init(member: Int, toErrors: Bool, owner: OrderedOutput, isTerminal: Bool) {
        self.member = member
        self.toErrors = toErrors
        self.owner = owner
        self.isTerminal = isTerminal
    }

    func write(_ text: String) { owner.write(text, member: member, toErrors: toErrors) }
}

extension ExitCode {
    /// How grave a status is when several runs end in one: an error in postie or in the input over
    /// a report that could not be written, over an interrupt, over failed checks, over success.
    var rank: Int {
        switch self {
        case .success: return 0
        case .failure: return 1
        case .interrupted: return 2
        case .cannotCreate: return 3
        case .dataError: return 4
        case .usage: return 5
        case .unavailable: return 6
        case .internalError: return 7
        }
    }
}
