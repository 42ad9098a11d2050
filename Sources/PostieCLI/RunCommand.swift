import Foundation
import PostieCore
import PostieSandbox
import PostieJSON

/// `postie run COLLECTION|FLOW [options]`.
struct RunCommand: Command {
    let environment: [String: String]
    let console: Console

    static let options: [OptionSpec] = [
        OptionSpec(names: ["-e", "--environment"], valueName: "FILE", help: "Postman environment file or http(s) URL"),
        OptionSpec(names: ["-g", "--globals"], valueName: "FILE", help: "Postman globals file or http(s) URL"),
        OptionSpec(names: ["--env-var"], valueName: "KEY=VALUE", help: "set an environment variable (repeatable)", repeatable: true),
        OptionSpec(names: ["--global-var"], valueName: "KEY=VALUE", help: "set a global variable (repeatable)", repeatable: true),
        OptionSpec(names: ["--flow"], valueName: "FILE", help: "run this flow's steps against the collection"),
        OptionSpec(
            names: ["--flow-environment"], valueName: "NAME=FILE",
            help: "read the flow's environment NAME (a step's \"environment\") from FILE (repeatable)", repeatable: true),
        OptionSpec(
            names: ["--collection"], valueName: "NAME",
            help: "with a postman/ folder: the collection of postman/collections/ to run"),
        OptionSpec(
            names: ["--folder"], valueName: "NAME",
            help: "run only this folder or request: a name, a path (A/B or A › B) or an id (repeatable)", repeatable: true),
        OptionSpec(names: ["-n", "--iteration-count"], valueName: "N", help: "iterations (default: one per data row, else 1)"),
        OptionSpec(
            names: ["-d", "--iteration-data"], valueName: "FILE",
            help: "iteration data: CSV with a header row, or a JSON array of objects"),
        OptionSpec(
            names: ["--delay-request"], valueName: "DURATION",
            help: "wait between requests: 500ms, 2s; a bare number is milliseconds"),
        OptionSpec(
            names: ["--timeout-request"], valueName: "DURATION",
            help: "give up on a request (and on fetching a URL input) after this long (default: no limit; URLs 30s)"),
        OptionSpec(
            names: ["--timeout-script"], valueName: "DURATION",
            help: "end a script (with its timers) that runs longer than this (default: no limit)"),
        OptionSpec(
            names: ["--max-resolved-size"], valueName: "SIZE",
            help: "the most a text may grow to by resolving {{variables}}, and a captured value may hold: 64KiB, 4MiB (default: 1MiB)"),
        OptionSpec(names: ["--no-scripts"], valueName: nil, help: "run no pre-request or test scripts"),
        OptionSpec(names: ["--bail"], valueName: nil, help: "stop at the first failed request or check"),
        OptionSpec(
            names: ["--allow-http-errors"], valueName: nil,
            help: "a 4xx or 5xx answer that nothing checks does not fail the run (as in Newman)"),
        OptionSpec(
            names: ["-x", "--suppress-exit-code"], valueName: nil,
            help: "exit 0 even when requests or checks failed (as in Newman)"),
        OptionSpec(
            names: ["-k", "--insecure"], valueName: nil,
            help: "do not verify TLS certificates (a request's protocolProfileBehavior.strictSSL wins)"),
        OptionSpec(
            names: ["--ssl-extra-ca-certs"], valueName: "FILE",
            help: "also trust the CA certificates of this PEM file for https"),
        OptionSpec(names: ["--ssl-client-cert"], valueName: "FILE", help: "a PEM client certificate for every https request"),
        OptionSpec(names: ["--ssl-client-key"], valueName: "FILE", help: "the PEM private key of --ssl-client-cert"),
        OptionSpec(names: ["--ssl-client-passphrase"], valueName: "TEXT", help: "the passphrase of --ssl-client-key"),
        OptionSpec(
            names: ["--ssl-client-cert-list"], valueName: "FILE",
            help: "client certificates by URL pattern (Newman's JSON list); before --ssl-client-cert"),
        OptionSpec(names: ["--ignore-redirects"], valueName: nil, help: "return 3xx answers instead of following them"),
        OptionSpec(
            names: ["-r", "--reporters"], valueName: "LIST", help: "reporters, comma-separated: cli, json, junit, html (default: cli)"),
    ] + ReportOptions.fileExportSpecs + [
        OptionSpec(
            names: ["--reporter-cli-export"], valueName: "FILE",
            help: "also save the terminal report, without colour, to FILE; implies -r cli"),
        OptionSpec(
            names: ["--export-environment"], valueName: "FILE",
            help: "write the environment with the values set during the run (secrets [redacted], unless over the file it came from)"),
        OptionSpec(
            names: ["--export-globals"], valueName: "FILE",
            help: "write the globals with the values set during the run (secrets as for --export-environment)"),
        OptionSpec(
            names: ["--export-secrets"], valueName: nil,
            help: "write secret values into --export-environment as they are"),
        OptionSpec(
            names: ["--cookie-jar"], valueName: "FILE",
            help: "start with the cookies of this jar file (tough-cookie JSON, as Newman writes it)"),
        OptionSpec(
            names: ["--export-cookie-jar"], valueName: "FILE",
            help: "write the run's cookies to FILE at the end (tough-cookie JSON; cookie values as they are)"),
        OptionSpec(
            names: ["--output-dir"], valueName: "DIR",
            help: "postie's own folder: saved responses and default reports, replaced by the next run (default: postie-output)"),
        OptionSpec(
            names: ["--overwrite"], valueName: nil,
            help: "let reports and exports outside the output directory replace existing files"),
        OptionSpec(names: ["--working-dir"], valueName: "DIR", help: "where relative file paths in the collection start (default: .)"),
        OptionSpec(
            names: ["--strict"], valueName: nil,
            help: "an undefined {{variable}} or a request that cannot be built is an error before anything is sent"),
        OptionSpec(
            names: ["--parallel"], valueName: "N",
            help: "run N iterations at a time, each with its own copy of the variables; with several files, N files (default 1)"),
        OptionSpec(
            names: ["--shard"], valueName: "I/N",
            help: "run share I of N (1-based) of the work, as N CI jobs do; merge with postie merge-reports"),
        OptionSpec(
            names: ["--shard-by"], valueName: "UNIT",
            help: "iteration, folder or request (default: iteration with several data rows, else folder, else request)"),
        OptionSpec(
            names: ["--shard-timings"], valueName: "REPORT",
            help: "balance shards by the durations in this earlier JSON report"),
        OptionSpec(names: ["--color"], valueName: "WHEN", help: "auto (default: on a terminal, not with NO_COLOR), on, off"),
        OptionSpec(names: ["--silent"], valueName: nil, help: "no terminal output (reports and exit status only)"),
        OptionSpec(names: ["--verbose"], valueName: nil, help: "show request and response headers and bodies (secrets redacted)"),
        OptionSpec(names: ["-h", "--help"], valueName: nil, help: "show this help"),
    ]

    static let parser = ArgumentParser(command: "run", options: options)

    static var help: String {
        """
        usage: postie run COLLECTION.json [options]
               postie run COLLECTION-FOLDER [options]  (a v3 collection, Postman v12)
               postie run postman/ [--collection NAME] [-e NAME] [options]
               postie run FLOW.json [options]          (the flow names its collection)
               postie run COLLECTION.json --flow FLOW.json [options]
               postie run https://example.com/collection.json -e https://…/env.json
               postie run A.json B.json FLOW.json [options] (one set of reports)

        Runs every request of a Postman collection (v2.1 or v2.0 JSON, or a v3 folder
        of YAML files) in order, signed as Postman signs them, or the steps of a flow:
        requests chained with captures, checks, polling and saved outputs. An answer
        with a 4xx or 5xx status fails the run unless something checks it (a flow's
        expect) or --allow-http-errors is given; Newman lets such answers pass. A
        postman/ folder holds collections/ and environments/: --collection NAME picks
        the collection, -e NAME an environment by its name. Several files run one
        after the other (--parallel N: N at a time), each with its own variables,
        into one set of reports.

        Options:
        \(parser.optionsHelp())

        \(ExitCode.helpText)

        """
    }

    func run(_ parsed: ParsedArguments) throws -> ExitCode {
        guard let file = parsed.operands.first else {
            throw UsageError("postie run needs a collection or flow file; see `postie run --help`")
        }
        let status =
            parsed.operands.count > 1
            ? try MultiRunJob(parsed: parsed, environment: environment).run(console: console)
            : try RunJob(file: file, parsed: parsed, environment: environment).run(console: console)
        // -x as in Newman: failed requests and checks are reported, the exit status is 0; usage errors,
        // bad input and unwritable reports keep theirs.
        if parsed.flag("--suppress-exit-code"), status == .failure { return .success }
        return status
    }
}

/// One `postie run`, from parsed arguments to exit status.
struct RunJob {
    /// The collection's path or URL.
    var collectionPath: String
    var flow: FlowDocument?
    var flowPath: String?
    var environmentPath: String?
    var parsed: ParsedArguments
    var processEnvironment: [String: String]
    /// Reads paths and fetches URLs.
    var loader: InputLoader
    /// `--timeout-request`, in milliseconds.
    var timeout: Int?
    /// The collection's bytes, when the operand was read to tell a flow from a collection.
    private var collectionData: Data?
    /// `collectionData` parsed, when it is JSON.
    private var collectionRoot: JSONValue?

    /// Set when this run is one of several (`postie run A B C`): what the set changes in it.
    var member: MemberSettings?
    /// The collection, when it was loaded before the run (a set loads every member's first).
    var preloadedCollection: PostmanCollection?

    /// `file`: the collection, collection folder, `postman/` folder or flow to run.
    init(file: String, parsed: ParsedArguments, environment: [String: String]) throws {
        self.parsed = parsed
        self.processEnvironment = environment
        timeout = try parsed.value("--timeout-request").map { try OptionValue.milliseconds($0, option: "--timeout-request") }
        loader = InputLoader(timeoutMilliseconds: timeout, userAgent: "postie/\(Postie.version)")
        environmentPath = parsed.value("--environment")
        if !InputLoader.isURL(file), let folder = try Self.collectionFolder(file, named: parsed.value("--collection")) {
            collectionPath = folder.collection
            environmentsDirectory = folder.environments
            if let flowFile = parsed.value("--flow") {
                flowPath = flowFile
                flow = try FlowParser.parse(loader.data(at: flowFile), file: flowFile)
            }
        } else if let flowFile = parsed.value("--flow") {
            flowPath = flowFile
            flow = try FlowParser.parse(loader.data(at: flowFile), file: flowFile)
            collectionPath = file
        } else {
            let data = try loader.data(at: file)
            // Parsed once: to tell a flow from a collection, then read as the one it is.
            let root = try? JSONParser.parse(TextDecoding.utf8(from: data))
            if let root, Self.looksLikeFlow(root) {
                flowPath = file
                let document = try FlowParser.parse(data, root: root, file: file)
                flow = document
                guard let collection = document.collection else {
                    throw UsageError(
                        "\(file) is a flow but names no `collection`; give one: postie run COLLECTION.json --flow \(file)")
                }
                collectionPath = InputLoader.resolve(collection, relativeTo: file)
                try Self.checkFlowCollection(collectionPath, named: collection, flowFile: file, flowData: data)
            } else {
                collectionPath = file
                collectionData = data
                collectionRoot = root
            }
        }
        if environmentPath == nil, let flow, let flowPath, let named = flow.environment {
            if named.contains("\u{0}") {
                let data = try loader.data(at: flowPath)
                throw FlowError.invalid(
                    file: flowPath, location: JSONParser.location(of: JSONNodePath([.member("environment")]), in: data),
                    problem: .invalidValue(context: "environment", message: "a file name cannot hold a NUL character"))
            }
            environmentPath = InputLoader.resolve(named, relativeTo: flowPath)
        }
        if parsed.value("--collection") != nil, environmentsDirectory == nil, collectionData != nil || flow != nil {
            throw UsageError("--collection picks a collection of a postman/ folder; \(file) is a file")
        }
        if environmentsDirectory == nil, !InputLoader.isURL(collectionPath) {
            environmentsDirectory = Self.environmentsDirectory(besideCollection: collectionPath)
        }
        // `-e NAME`: an environment of postman/environments/ by name, when no such file exists.
        if let named = environmentPath, !InputLoader.isURL(named), !FileManager.default.fileExists(atPath: named),
            let directory = environmentsDirectory
        {
            let found = V3Environment.find(named: named, in: directory)
            guard let path = found.path else {
                throw UsageError(
                    "-e \(named): no such file, and no environment of that name in \(directory)"
                        + (found.available.isEmpty ? "" : " (it has: \(found.available.joined(separator: ", ")))"))
            }
            environmentPath = path
        }
        if flow != nil, !parsed.all("--folder").isEmpty {
            throw UsageError("--folder selects requests of a collection run; a flow already names its steps")
        }
    }

    /// The collection a flow names, checked before it is read: missing, it is a usage error (64), and a
    /// folder that holds no v3 collection is bad input (65), both at the flow's `collection` line.
    static func checkFlowCollection(_ path: String, named name: String, flowFile: String, flowData: Data) throws {
        guard !InputLoader.isURL(path) else { return }
        let location = JSONParser.location(of: JSONNodePath([.member("collection")]), in: flowData)
        let place = location.map { "\(flowFile):\($0.line):\($0.column)" } ?? flowFile
        if name.contains("\u{0}") {
            // The file system would read the name only up to the NUL: another file, or the flow's folder.
            throw FlowError.invalid(
                file: flowFile, location: location,
                problem: .invalidValue(context: "collection", message: "a file name cannot hold a NUL character"))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw UsageError("\(place): collection \"\(name)\": no such file" + (path == name ? "" : " (\(path))"))
        }
        if isDirectory.boolValue, !V3CollectionReader.isCollectionRoot(path) {
            throw FlowError.invalid(
                file: flowFile, location: location,
                problem: .invalidValue(
                    context: "collection \"\(name)\"",
                    message: "\(path) is a folder but not a v3 collection (no .resources/definition.yaml, no *.request.yaml)"))
        }
    }

    /// `postman/environments/` of the repository a collection folder or file sits in, when there is one.
    var environmentsDirectory: String?

    /// The v3 collection a directory operand stands for: the folder itself when it is a collection root;
    /// else, for a `postman/` folder (or a repository holding one), the collection of `collections/` named
    /// `name` (or the only one). Nil when `path` is not a directory.
    static func collectionFolder(_ path: String, named name: String?) throws -> (collection: String, environments: String?)? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        if V3CollectionReader.isCollectionRoot(path), !FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("collections")) {
            if name != nil { throw UsageError("--collection picks a collection of a postman/ folder; \(path) is a collection folder itself") }
            return (path, environmentsDirectory(besideCollection: path))
        }
        for postman in [path, (path as NSString).appendingPathComponent("postman")] {
            let collections = (postman as NSString).appendingPathComponent("collections")
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: collections) else { continue }
            let environments = (postman as NSString).appendingPathComponent("environments")
            let environmentsPath = FileManager.default.fileExists(atPath: environments) ? environments : nil
            var available: [(folder: String, name: String)] = []
            for entry in entries.sorted() where !entry.hasPrefix(".") {
                let folder = (collections as NSString).appendingPathComponent(entry)
                guard V3CollectionReader.isCollectionRoot(folder) else { continue }
                let declared = (try? V3CollectionReader.document(at: folder))?.document["info"]?["name"]?.stringValue
                available.append((folder, declared ?? entry))
                if let name, entry.lowercased() == name.lowercased() || declared?.lowercased() == name.lowercased() {
                    return (folder, environmentsPath)
                }
            }
            let names = available.map(\.name).joined(separator: ", ")
            if let name {
                let candidates = available.map(\.name) + available.map { ($0.folder as NSString).lastPathComponent }
                let hint = Suggestion.closest(to: name, among: candidates).map { "; did you mean \"\($0)\"?" } ?? ""
                throw UsageError("--collection \(name): \(collections) has no such collection (it has: \(names.isEmpty ? "none" : names))\(hint)")
            }
            if available.count == 1 { return (available[0].folder, environmentsPath) }
            if available.isEmpty { throw UsageError("\(collections) holds no v3 collection folder") }
            throw UsageError("\(collections) holds \(available.count) collections (\(names)): pick one with --collection NAME")
        }
        throw UsageError(
            "\(path) is a folder but not a v3 collection (no .resources/definition.yaml, no *.request.yaml) "
                + "nor a postman/ folder with collections/")
    }

    /// `…/postman/environments` when the collection is `…/postman/collections/NAME`.
    static func environmentsDirectory(besideCollection path: String) -> String? {
        // URL, not NSString: this Foundation's deletingLastPathComponent traps on a one-component path.
        let parent = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent()
        guard parent.lastPathComponent == "collections" else { return nil }
        let environments = parent.deletingLastPathComponent().appendingPathComponent("environments").path
        return FileManager.default.fileExists(atPath: environments) ? environments : nil
    }

    /// Whether the collection is a v3 folder rather than a file or URL.
    var collectionIsFolder: Bool {
        var isDirectory: ObjCBool = false
        return !InputLoader.isURL(collectionPath) && FileManager.default.fileExists(atPath: collectionPath, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

    /// A flow is a JSON object with `steps`, or one that names its `collection` and has no `item` or
    /// `info` (a flow whose `steps` key is misspelled is reported as a flow, not as "not a collection");
    /// anything else is treated as a collection.
    static func looksLikeFlow(_ root: JSONValue) -> Bool {
        if root["item"] != nil { return false }
        return root["steps"] != nil || (root["info"] == nil && root["collection"]?.stringValue != nil)
    }

    func loadCollection() throws -> PostmanCollection {
        if collectionIsFolder { return try V3CollectionReader.load(path: collectionPath) }
        if let collectionData { return try CollectionParser.parse(data: collectionData, root: collectionRoot, file: collectionPath) }
        return try CollectionParser.parse(data: loader.data(at: collectionPath), file: collectionPath)
    }

    /// An environment or globals file: v3 YAML by its extension, else Postman's JSON.
    func loadVariables(_ path: String, kind: String) throws -> EnvironmentFile {
        if V3Environment.isYAMLPath(path) { return try V3Environment.parse(data: loader.data(at: path), file: path) }
        return try EnvironmentParser.parse(data: loader.data(at: path), file: path, kind: kind)
    }

    /// The flow's named environments, read: each file of its `environments` (relative to the flow),
    /// or the one `--flow-environment NAME=FILE` gives instead. A file that is missing is a usage error
    /// at the flow's line and column.
    func loadFlowEnvironments() throws -> [String: EnvironmentFile] {
        let replaced = try parsed.all("--flow-environment").map { try OptionValue.pair($0, option: "--flow-environment") }
        guard let flow else {
            if !replaced.isEmpty { throw UsageError("--flow-environment goes with a flow; this run is a collection") }
            return [:]
        }
        let names = flow.environments.map(\.name)
        for (name, _) in replaced where !names.contains(name) {
            throw UsageError(
                "--flow-environment \(name): the flow has no environment of that name"
                    + (names.isEmpty ? " (it has no \"environments\")" : " (it has: \(names.joined(separator: ", ")))"))
        }
        var files: [String: EnvironmentFile] = [:]
        for (environment, path) in zip(flow.environments, flowEnvironmentPaths()) {
            let given = replaced.last { $0.key == environment.name }?.value
            if !InputLoader.isURL(path), !FileManager.default.fileExists(atPath: path) {
                let place =
                    given != nil
                    ? "--flow-environment \(environment.name)"
                    : environment.location.map { "\(flow.file):\($0.line):\($0.column)" } ?? flow.file
                throw UsageError("\(place): environment \"\(environment.name)\": no such file (\(path))")
            }
            files[environment.name] = try loadVariables(path, kind: "a Postman environment")
        }
        return files
    }

    /// The file of each of the flow's named environments, in the flow's order (`--flow-environment` first).
    func flowEnvironmentPaths() -> [String] {
        let replaced = parsed.all("--flow-environment").compactMap { try? OptionValue.pair($0, option: "--flow-environment") }
        return (flow?.environments ?? []).map { environment in
            replaced.last { $0.key == environment.name }?.value
                ?? InputLoader.resolve(environment.path, relativeTo: flowPath ?? environment.path)
        }
    }

    func loadEnvironment() throws -> EnvironmentFile? {
        try environmentPath.map { try loadVariables($0, kind: "a Postman environment") }
    }

    func loadGlobals() throws -> EnvironmentFile? {
        try parsed.value("--globals").map { try loadVariables($0, kind: "a Postman globals file") }
    }

    func loadCookies() throws -> [Cookie] {
        try parsed.value("--cookie-jar").map { try CookieJarFile.parse(data: loader.data(at: $0), file: $0) } ?? []
    }

    /// The files these options name, each checked to exist (a usage error otherwise).
    func tlsFiles(_ options: [String]) throws -> [String] {
        try options.compactMap { option in
            guard let path = parsed.value(option) else { return nil }
            guard FileManager.default.isReadableFile(atPath: path) else { throw UsageError("\(option) \(path): no such file") }
            return path
        }
    }

    /// `--ssl-client-cert-list`, then `--ssl-client-cert` with its key for every URL, as Newman orders them.
    func clientCertificates(directory: String) throws -> [ClientCertificateRule] {
        var rules: [ClientCertificateRule] = []
        if let list = parsed.value("--ssl-client-cert-list") {
            rules = try ClientCertificateRule.parseList(data: loader.data(at: list), file: list, directory: directory)
        }
        if let certificate = try tlsFiles(["--ssl-client-cert"]).first {
            guard let key = try tlsFiles(["--ssl-client-key"]).first else {
                throw UsageError("--ssl-client-cert needs its private key: give --ssl-client-key FILE")
            }
            rules.append(
                ClientCertificateRule(
                    name: "client-cert", matches: ["<all_urls>"], certificateFile: certificate, keyFile: key,
                    passphrase: parsed.value("--ssl-client-passphrase")))
        }
        return rules
    }

    /// `--max-resolved-size`.
    func resolutionLimits() throws -> ResolutionLimits {
        guard let text = parsed.value("--max-resolved-size") else { return ResolutionLimits() }
        guard let bytes = ResolutionLimits.bytes(text) else {
            throw UsageError("--max-resolved-size takes a size such as 65536, 64KiB or 4MiB, not \"\(text)\"")
        }
        return ResolutionLimits(maximumBytes: bytes)
    }

    /// Every file the run reads, which nothing it writes may replace: collection, environment, globals,
    /// data, flow, cookie jar, and the TLS files (those a client certificate list names too).
    func inputFiles(directory: String) throws -> [String] {
        var files = [
            collectionPath, environmentPath, parsed.value("--globals"), parsed.value("--iteration-data"), flowPath,
            parsed.value("--cookie-jar"), parsed.value("--ssl-extra-ca-certs"), parsed.value("--ssl-client-cert"),
            parsed.value("--ssl-client-key"), parsed.value("--ssl-client-cert-list"),
        ].compactMap { $0 } + flowEnvironmentPaths()
        if parsed.value("--ssl-client-cert-list") != nil {
            for rule in (try? clientCertificates(directory: directory)) ?? [] {
                files += [rule.certificateFile, rule.keyFile]
            }
        }
        return files
    }

    func loadIterationData() throws -> IterationData? {
        try parsed.value("--iteration-data").map { try IterationData.parse(data: loader.data(at: $0), file: $0) }
    }

    /// `-r` with the reporters the export options imply, `cli` by default, without `cli` under `--silent`
    /// (unless `--reporter-cli-export` saves it).
    func reporterNames() -> [String] {
        var names = ReportOptions.reporterNames(parsed, default: "cli")
        // --silent keeps the terminal report out of the terminal; --reporter-cli-export still saves it.
        if parsed.flag("--silent"), parsed.value("--reporter-cli-export") == nil { names.removeAll { $0 == "cli" } }
        return names
    }

    /// The command line as reports list it: the operand, then each option given, in `--help` order.
    func reportedOptions() -> [RunOptionRecord] {
        var records = [RunOptionRecord(name: flowPath == nil ? "collection" : "flow", value: flowPath ?? collectionPath)]
        if flowPath != nil, parsed.value("--flow") != nil { records.append(RunOptionRecord(name: "collection", value: collectionPath)) }
        for spec in RunCommand.options where spec.canonicalName != "--help" {
            let name = spec.canonicalName
            if spec.takesValue {
                for value in parsed.all(name) { records.append(RunOptionRecord(name: name, value: value)) }
            } else if parsed.flag(name) {
                records.append(RunOptionRecord(name: name))
            }
        }
        return records
    }

    /// `--shard I/N`: the plan cut to this shard's steps (by folder or request), and the iterations it
    /// runs (by iteration); nil without `--shard`.
    func shard(of plan: inout RunPlan, iterations: Int) throws -> (record: ShardRecord, iterations: Set<Int>?)? {
        let kindText = parsed.value("--shard-by")
        guard let text = parsed.value("--shard") else {
            if kindText != nil || parsed.value("--shard-timings") != nil {
                throw UsageError("--shard-by and --shard-timings go with --shard I/N")
            }
            return nil
        }
        guard let spec = ShardSpec(text) else {
            throw UsageError("--shard takes I/N, this job's share I (1 to N) of N shards, such as 2/5; not \"\(text)\"")
        }
        let kind: ShardUnitKind
        if let kindText {
            guard let chosen = ShardUnitKind(rawValue: kindText.lowercased()) else {
                throw UsageError("--shard-by takes iteration, folder or request, not \"\(kindText)\"")
            }
            kind = chosen
        } else if iterations > 1 || flow != nil {
            kind = .iteration
        } else {
            kind = plan.steps.contains { !$0.request.folderPath.isEmpty } ? .folder : .request
        }
        if flow != nil, kind != .iteration {
            throw UsageError(
                "--shard-by \(kind.rawValue): a flow's steps depend on each other (captures); shard a flow by iteration")
        }
        var timings: [String: Double] = [:]
        if let file = parsed.value("--shard-timings") {
            let report = try ReportReader.document(data: loader.data(at: file), file: file)
            timings = ShardPlan.timings(fromReport: report, kind: kind)
        }
        let split = ShardPlan(plan: plan, iterations: iterations, kind: kind, count: spec.count, timings: timings)
        let applied = split.apply(spec, to: plan)
        plan = applied.plan
        return (applied.record, applied.iterations)
    }

    func run(console: Console) throws -> ExitCode {
        let currentDirectory = FileManager.default.currentDirectoryPath
        let workingDirectory = parsed.value("--working-dir") ?? currentDirectory
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: workingDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UsageError("--working-dir \(workingDirectory): no such directory")
        }
        let colorText = parsed.value("--color") ?? "auto"
        guard let color = ColorMode(rawValue: colorText) else {
            throw UsageError("--color takes auto, on or off, not \"\(colorText)\"")
        }
        let iterationCount = try parsed.value("--iteration-count").map { try OptionValue.count($0, option: "--iteration-count", minimum: 1) }
        let delay = try parsed.value("--delay-request").map { try OptionValue.milliseconds($0, option: "--delay-request") } ?? 0
        let environmentOverrides = try parsed.all("--env-var").map { try OptionValue.pair($0, option: "--env-var") }
        let globalOverrides = try parsed.all("--global-var").map { try OptionValue.pair($0, option: "--global-var") }
        let outputDirectory = member?.outputDirectory ?? parsed.value("--output-dir") ?? ReporterRegistry.defaultOutputDirectory

        // Inputs: a missing file or URL is a usage error (64), a malformed one bad data (65).
        let collection = try preloadedCollection ?? loadCollection()
        let environmentFile = try loadEnvironment()
        let globalsFile = try loadGlobals()
        if !parsed.flag("--silent") {
            let warnings = (flow?.warnings ?? []) + collection.warnings + (environmentFile?.warnings ?? []) + (globalsFile?.warnings ?? [])
            for warning in warnings { console.warning(warning) }
        }
        let data = try loadIterationData()
        let cookieJar = CookieJar(cookies: try loadCookies())
        let flowEnvironments = try loadFlowEnvironments()
        var plan = try flow.map { try RunPlan.flow($0, collection: collection, environments: flowEnvironments) }
            ?? RunPlan.collection(collection, folders: parsed.all("--folder"))
        let inputs = RunInputs(
            collection: collection, environment: environmentFile, globals: globalsFile,
            environmentOverrides: environmentOverrides, globalOverrides: globalOverrides, iterationData: data)
        let shard = try shard(of: &plan, iterations: inputs.iterationCount(requested: iterationCount))

        // Reporters, and every file the run will write, checked before anything is sent.
        let redactor = SecretRedactor()
        for file in flowEnvironments.values { redactor.register(file.enabledValues.filter(\.isSecret).map(\.value)) }
        let silent = parsed.flag("--silent")
        let transcript =
            member != nil ? nil : parsed.value("--reporter-cli-export").map { _ in TranscriptSink(silent ? nil : console.output) }
        let reporterNames = member?.reporterNames ?? reporterNames()
        let reporterOptions = ReporterOptions(
            redactor: redactor, jsonExportPath: member?.jsonReportPath ?? parsed.value("--reporter-json-export"),
            junitExportPath: member == nil ? parsed.value("--reporter-junit-export") : nil,
            htmlExportPath: member == nil ? parsed.value("--reporter-html-export") : nil,
            outputDirectory: outputDirectory,
            terminal: TerminalReporter.Options(color: color, verbose: parsed.flag("--verbose"), environment: processEnvironment),
            output: transcript ?? console.output, errors: silent ? DiscardingSink() : console.errors)
        let reporters = try ReporterRegistry.reporters(named: reporterNames, options: reporterOptions)
        let policy = OutputFilePolicy(
            outputDirectory: outputDirectory, overwrite: parsed.flag("--overwrite"),
            inputs: try inputFiles(directory: currentDirectory), workingDirectory: currentDirectory)
        try ReportOptions.checkPaths(of: reporterNames, options: reporterOptions, policy: policy)
        if member == nil, let path = parsed.value("--reporter-cli-export") { try policy.check(path, what: "the terminal report") }
        for step in flow?.steps ?? [] {
            if case .path(let name) = step.save, SaveTarget.refusal(forPath: name) == nil {
                try policy.checkNotInput(
                    (outputDirectory as NSString).appendingPathComponent(name),
                    what: "the response step \"\(step.name ?? step.request)\" saves")
            }
        }
        if let path = parsed.value("--export-cookie-jar") { try policy.check(path, what: "the cookie jar export") }
        var exportsOverInput = false
        if let path = parsed.value("--export-environment") {
            exportsOverInput = try policy.checkEnvironmentExport(path, environment: environmentPath)
        }
        var globalsExportOverInput = false
        if let path = parsed.value("--export-globals") {
            globalsExportOverInput = try policy.checkEnvironmentExport(path, environment: parsed.value("--globals"))
        }

        // Pipeline: http:// and https:// (TLS through the platform's OpenSSL) over postie's own HTTP/1.1 client.
        var transportOptions = TransportOptions(
            timeoutMilliseconds: timeout, followRedirects: !parsed.flag("--ignore-redirects"),
            insecure: parsed.flag("--insecure"), cookieJar: cookieJar)
        // Bodies too large for memory are spooled in a directory of this run's own, removed with
        // everything left in it when the run ends, whatever the path (error and interrupt included).
        let spoolDirectory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "postie-run-\(getpid())-\(UUID().uuidString.prefix(8))")
        if (try? FileManager.default.createDirectory(
            at: spoolDirectory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])) != nil
        {
            transportOptions.spoolDirectory = spoolDirectory
        }
        defer { try? FileManager.default.removeItem(at: spoolDirectory) }
        transportOptions.extraCAFiles = try tlsFiles(["--ssl-extra-ca-certs"])
        transportOptions.clientCertificates = try clientCertificates(directory: currentDirectory)
        for rule in transportOptions.clientCertificates { if let passphrase = rule.passphrase { redactor.register(passphrase) } }
        let transport = RoutingTransport(options: transportOptions)
        var builder = RequestBuilder(workingDirectory: workingDirectory, userAgent: "postie/\(Postie.version)")
        builder.resolutionLimits = try resolutionLimits()
        let executor = RequestExecutor(
            builder: builder,
            signer: RequestSigner(tokenProvider: OAuth2TokenProvider(transport: transport)), transport: transport,
            redactor: redactor)
        // Scripts run in PostieScript, Postman's sandbox rebuilt (unless --no-scripts).
        var sandbox: PostmanSandbox?
        if !parsed.flag("--no-scripts") {
            let scriptTimeout = try parsed.value("--timeout-script").map { try OptionValue.milliseconds($0, option: "--timeout-script") }
            sandbox = PostmanSandbox(options: PostmanSandbox.Options(timeout: scriptTimeout.map { .milliseconds($0) }))
        }
        var runOptions = RunOptions(
            iterationCount: iterationCount, delayMilliseconds: delay, bail: parsed.flag("--bail"),
            strict: parsed.flag("--strict"), outputDirectory: outputDirectory,
            allowHTTPErrors: parsed.flag("--allow-http-errors"), workingDirectory: currentDirectory)
        runOptions.cookieJar = cookieJar
        runOptions.parallel =
            try member.map { _ in 1 }
            ?? parsed.value("--parallel").map { try OptionValue.count($0, option: "--parallel", minimum: 1) } ?? 1
        runOptions.shard = shard?.record
        runOptions.iterationSelection = shard?.iterations
        runOptions.reportedOptions = reportedOptions()
        runOptions.protectedPaths = policy.inputs
        // Each execution goes to the reporters as it finishes and is let go: memory stays flat however long the run.
        runOptions.keepsExecutions = false
        let runner = CollectionRunner(
            inputs: inputs, plan: plan,
            options: runOptions, executor: executor, reporters: reporters, scriptHost: sandbox)

        let scriptHost = sandbox
        let stop: @Sendable () -> Void = {
            scriptHost?.interrupt()
            runner.cancel()
        }
        // One of a set: the set's interrupt handler stops every member.
        let interrupt = member == nil ? InterruptHandler(stop) : nil
        member?.interrupts.add(stop)
        defer { interrupt?.stop() }
        let result = try runner.run()
        var writeFailure: Error?
        do { try runner.finish(result) } catch { writeFailure = error }

        if let path = parsed.value("--reporter-cli-export"), let transcript {
            do { try writeFileAtomically(Data(transcript.plainText.utf8), to: path) } catch { writeFailure = writeFailure ?? error }
        }
        if let path = parsed.value("--export-environment") {
            // Over the file it came from, secrets keep the values that file held, so it runs again; elsewhere
            // they are [redacted], unless --export-secrets.
            let secrets: EnvironmentExporter.Secrets =
                parsed.flag("--export-secrets") ? .written : exportsOverInput ? .keptFromInput : .redacted
            let exporter = EnvironmentExporter(redactor: redactor, secrets: secrets)
            do {
                try exporter.write(final: result.finalEnvironment, input: environmentFile, to: path, protectedPaths: [], allowOverwrite: true)
            } catch {
                writeFailure = writeFailure ?? error
            }
        }
        if let path = parsed.value("--export-globals") {
            let secrets: EnvironmentExporter.Secrets =
                parsed.flag("--export-secrets") ? .written : globalsExportOverInput ? .keptFromInput : .redacted
            let exporter = EnvironmentExporter(redactor: redactor, secrets: secrets)
            let input = globalsFile ?? EnvironmentFile(name: "postie globals", values: [], scope: "globals")
            do {
                try exporter.write(final: result.finalGlobals, input: input, to: path, protectedPaths: [], allowOverwrite: true)
            } catch {
                writeFailure = writeFailure ?? error
            }
        }
        if let path = parsed.value("--export-cookie-jar") {
            do {
                try writeFileAtomically(
                    Data(JSONWriter.pretty(CookieJarFile.document(of: cookieJar.cookies)).utf8), to: path)
            } catch {
                writeFailure = writeFailure ?? error
            }
        }
        if let writeFailure { return RunCommand.exitCode(for: writeFailure, console: console) }
        if result.interrupted { return .interrupted }
        return result.failed ? .failure : .success
    }
}

/// Option values as `postie` reads them, with usage errors that name the option.
enum OptionValue {
    /// A whole number of at least `minimum`.
    static func count(_ text: String, option: String, minimum: Int) throws -> Int {
        guard let value = Int(text), value >= minimum else {
            throw UsageError("\(option) takes a whole number\(minimum > 0 ? " of at least \(minimum)" : " (0 or more)"), not \"\(text)\"")
        }
        return value
    }

    /// `KEY=VALUE`.
    static func pair(_ text: String, option: String) throws -> (key: String, value: String) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
            throw UsageError("\(option) takes KEY=VALUE, not \"\(text)\"")
        }
        return (String(text[..<equals]), String(text[text.index(after: equals)...]))
    }

    /// A duration (`500ms`, `2s`, `5m`, `1h`, `1m30s`); a bare number is milliseconds, as in Newman and in flows.
    static func duration(_ text: String, option: String) throws -> FlowDuration {
        guard let duration = try? FlowDuration(text) else {
            throw UsageError(
                "\(option) takes a duration such as 500ms, 2s or 5m (a bare number is milliseconds), not \"\(text)\"")
        }
        return duration
    }

    /// A duration in whole milliseconds (rounded up, so that 0.5ms is not "no limit").
    static func milliseconds(_ text: String, option: String) throws -> Int {
        let value = try duration(text, option: option).milliseconds.rounded(.up)
        guard value < Double(Int32.max) else { throw UsageError("\(option) \(text) is too long") }
        return Int(value)
    }

    /// A duration in seconds.
    static func seconds(_ text: String, option: String) throws -> Double {
        try duration(text, option: option).timeInterval
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
