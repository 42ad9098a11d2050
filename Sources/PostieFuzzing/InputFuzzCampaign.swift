import Foundation
import PostieHTTPServer
import PostieJSON

/// The kinds of input a run reads, each fuzzed on its own against fixed companions.
public enum FuzzInputKind: String, CaseIterable, Sendable {
    case collection, environment, flow, csv, json
    /// Postman v12 YAML: a request file or the definition of a v3 collection folder, or a YAML environment.
    case yaml
    /// The pre-request and test scripts of a collection, mutated as JavaScript, run in the sandbox.
    case script

    /// The file name a mutant is written under.
    var fileName: String {
        switch self {
        case .collection: return "mutant.postman_collection.json"
        case .environment: return "mutant.postman_environment.json"
        case .flow: return "mutant.flow.json"
        case .csv: return "mutant.csv"
        case .json: return "mutant-data.json"
        case .yaml: return "mutant.yaml"
        case .script: return "mutant-scripts.postman_collection.json"
        }
    }
}

/// Mutates collections, environments, flows and CSV and JSON data files and runs each mutant through
/// the real `postie run` binary against a loopback catch-all server (every request, whatever its
/// host, goes to it as the run's proxy: nothing leaves the machine). Each case must end, within the
/// per-case limit, with exit 0, 1, 64 or 65; what it finds:
///
/// - a **crash**: the process ended by a signal postie did not ask for;
/// - a **hang**: still running at the limit, and still after SIGINT (which must end a run cleanly);
/// - an **internal error**: exit 70;
/// - a **message without a position**: an exit 65 (bad input) whose error names no place
///   (`file:line:column`, `line N`, `row N`, or a JSON path).
public final class InputFuzzCampaign: @unchecked Sendable {
    /// One case that broke a promise.
    public struct Finding: Sendable, CustomStringConvertible {
        public enum Verdict: String, Sendable {
            case crash, hang, internalError = "exit 70", noPosition = "message without a position"
        }
        public var verdict: Verdict
        public var kind: FuzzInputKind
        public var caseSeed: UInt64
        /// What postie printed on standard error (its first lines).
        public var message: String
        /// Where the mutant was kept.
        public var input: String

        public var description: String {
            "\(verdict.rawValue): \(kind.rawValue) case \(caseSeed) (\(input)): \(message)"
        }
    }

    /// What a campaign over one kind saw.
    public struct Summary: Sendable {
        public var kind: FuzzInputKind
        public var cases = 0
        /// Cases by exit status.
        public var exits: [Int32: Int] = [:]
        /// Cases that needed SIGINT to end (and ended by it).
        public var interrupted = 0
        public var findings: [Finding] = []
        public var seconds = 0.0
        /// The slowest case: its seed and how long it took.
        public var slowest: (caseSeed: UInt64, seconds: Double) = (0, 0)

        public var crashes: Int { findings.count { $0.verdict == .crash } }
        public var hangs: Int { findings.count { $0.verdict == .hang } }
        public var internalErrors: Int { findings.count { $0.verdict == .internalError } }
        public var unpositioned: Int { findings.count { $0.verdict == .noPosition } }

        public var line: String {
            let statuses = exits.keys.sorted().map { "exit \($0): \(exits[$0] ?? 0)" }.joined(separator: ", ")
            return "\(kind.rawValue): \(cases) cases in \(String(format: "%.0f", seconds)) s (\(statuses); interrupted at the limit: "
                + "\(interrupted); slowest \(String(format: "%.1f", slowest.seconds)) s, case \(slowest.caseSeed)); \(crashes) crashes, \(hangs) hangs, \(internalErrors) exit 70, \(unpositioned) messages without a position"
        }
    }

    public let executable: URL
    public let directory: URL
    /// A case still running after this long gets SIGINT; one still running `graceSeconds` later is a hang.
    public var perCaseSeconds: Double
    public var graceSeconds: Double = 5
    /// Cases run at once.
    public var parallelism: Int

    private let server: HTTPServer
    private let port: Int

    /// `executable` is the `postie` binary; `directory` holds the cases' files (and findings).
    public init(executable: URL, directory: URL, perCaseSeconds: Double = 10, parallelism: Int = 2) throws {
        self.executable = executable
        self.directory = directory
        self.perCaseSeconds = perCaseSeconds
        self.parallelism = max(1, parallelism)
        let body = Data(#"{"id":"1","status":"done","items":[{"id":1,"name":"a"}],"token":"t"}"#.utf8)
        server = HTTPServer(configuration: .init()) { _ in
            HTTPResponse(status: 200, headers: ["Content-Type": "application/json", "Set-Cookie": "s=1; Path=/"], body: body)
        }
        port = try server.start()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("findings"), withIntermediateDirectories: true)
    }

    deinit { server.stop() }

    /// The catch-all's URL.
    public var base: String { "http://127.0.0.1:\(port)" }

    /// Runs `count` mutants of `kind` from `seed`; `progress` every 500 cases.
    public func run(
        _ kind: FuzzInputKind, count: Int, seed: UInt64, progress: (@Sendable (Summary) -> Void)? = nil
    ) -> Summary {
        let started = Date()
        var random = ProgramMutator.Random(seed: seed ^ kindSalt(kind))
        let caseSeeds = (0..<count).map { _ in random.next() }
        let shared = Shared(Summary(kind: kind))
        let workers = parallelism
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let workDirectory = directory.appendingPathComponent("\(kind.rawValue)-\(worker)")
            try? FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)
            writeCompanions(in: workDirectory)
            var index = worker
            while index < count {
                let caseStarted = Date()
                let result = runCase(kind, caseSeed: caseSeeds[index], in: workDirectory)
                let caseSeconds = Date().timeIntervalSince(caseStarted)
                shared.update { summary in
                    if caseSeconds > summary.slowest.seconds { summary.slowest = (caseSeeds[index], caseSeconds) }
                    summary.cases += 1
                    if let status = result.status { summary.exits[status, default: 0] += 1 }
                    if result.interrupted { summary.interrupted += 1 }
                    if let finding = result.finding { summary.findings.append(finding) }
                    summary.seconds = Date().timeIntervalSince(started)
                    if summary.cases % 500 == 0 { progress?(summary) }
                }
                index += workers
            }
        }
        var summary = shared.value
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    private func kindSalt(_ kind: FuzzInputKind) -> UInt64 {
        UInt64(FuzzInputKind.allCases.firstIndex(of: kind) ?? 0) &* 0x9E37_79B9_7F4A_7C15
    }

    // MARK: One case

    struct CaseResult {
        var status: Int32?
        var interrupted = false
        var finding: InputFuzzCampaign.Finding?
    }

    func runCase(_ kind: FuzzInputKind, caseSeed: UInt64, in workDirectory: URL) -> CaseResult {
        var random = ProgramMutator.Random(seed: caseSeed)
        let seedText = FuzzSeeds.seed(for: kind, random: &random)
        let mutant: [UInt8]
        switch kind {
        case .script:
            mutant = Array(FuzzSeeds.scriptCollection(scripts: FuzzSeeds.scripts.map { ProgramMutator().mutate($0, random: &random) }).utf8)
        case .csv, .yaml:
            mutant = InputMutator().mutate(Array(seedText.utf8), random: &random)
        default:
            // Half the cases keep the JSON well formed and change what it says; the others break its bytes.
            mutant =
                random.chance(50)
                ? InputMutator().mutateStructure(seedText, random: &random)
                : InputMutator().mutate(Array(seedText.utf8), random: &random)
        }
        let input = workDirectory.appendingPathComponent(kind.fileName)
        try? Data(mutant).write(to: input)
        try? FileManager.default.removeItem(at: workDirectory.appendingPathComponent("out"))

        var arguments = ["run"]
        switch kind {
        case .collection: arguments += [input.path, "-e", "env.json", "-d", "data.csv"]
        case .environment: arguments += ["collection.json", "-e", input.path, "--no-scripts"]
        case .flow: arguments += [input.path, "-e", "env.json", "--no-scripts"]
        case .csv, .json: arguments += ["collection.json", "-e", "env.json", "-d", input.path, "-n", "3", "--no-scripts"]
        case .script: arguments += [input.path, "-e", "env.json"]
        case .yaml:
            // The mutant is an environment, or one file of a v3 collection folder whose other file is as seeded.
            switch FuzzSeeds.yamlRole(of: seedText) {
            case .environment:
                let environment = workDirectory.appendingPathComponent("mutant.postman_environment.yaml")
                try? Data(mutant).write(to: environment)
                arguments += ["collection.json", "-e", environment.path, "--no-scripts"]
            case .definition, .request:
                let folder = workDirectory.appendingPathComponent("mutant-v3")
                try? FileManager.default.removeItem(at: folder)
                try? FileManager.default.createDirectory(
                    at: folder.appendingPathComponent(".resources"), withIntermediateDirectories: true)
                let isDefinition = FuzzSeeds.yamlRole(of: seedText) == .definition
                try? Data(isDefinition ? mutant : Array(FuzzSeeds.v3Definition.utf8)).write(
                    to: folder.appendingPathComponent(".resources/definition.yaml"))
                try? Data(isDefinition ? Array(FuzzSeeds.v3Request.utf8) : mutant).write(
                    to: folder.appendingPathComponent("get one.request.yaml"))
                arguments += [folder.path, "-e", "env.json", "--no-scripts"]
            }
        }
        arguments += [
            "--env-var", "base=\(base)", "--timeout-request", "2s", "--timeout-script", "2s", "--output-dir", "out",
            "--color", "off",
        ]

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = workDirectory
        var environment = ProcessInfo.processInfo.environment
        for name in ["http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"] {
            environment[name] = base
        }
        environment["NO_PROXY"] = ""
        environment["no_proxy"] = ""
        environment["NO_COLOR"] = "1"
        environment["TMPDIR"] = workDirectory.path
        process.environment = environment
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        let collected = Shared(Data())
        let reader = DispatchSemaphore(value: 0)
        do {
            try process.run()
        } catch {
            return CaseResult(status: nil)
        }
        Thread.detachNewThread {
            let data = errors.fileHandleForReading.readDataToEndOfFile()
            // Closed here, not left to deallocation: a campaign of 25,000 cases kept 20,000 pipes open
            // until Foundation's Process deadlocked in select() past FD_SETSIZE.
            try? errors.fileHandleForReading.close()
            collected.update { $0 = data }
            reader.signal()
        }
        var result = CaseResult()
        var hung = false
        if ended.wait(timeout: .now() + perCaseSeconds) == .timedOut {
            result.interrupted = true
            kill(process.processIdentifier, SIGINT)
            if ended.wait(timeout: .now() + graceSeconds) == .timedOut {
                hung = true
                kill(process.processIdentifier, SIGKILL)
                ended.wait()
            }
        }
        _ = reader.wait(timeout: .now() + 10)
        let message = String(decoding: collected.value.prefix(4000), as: UTF8.self)
        func finding(_ verdict: Finding.Verdict) -> Finding {
            let kept = directory.appendingPathComponent("findings/\(kind.rawValue)-\(caseSeed)-\(kind.fileName)")
            try? FileManager.default.removeItem(at: kept)
            try? FileManager.default.copyItem(at: input, to: kept)
            return Finding(verdict: verdict, kind: kind, caseSeed: caseSeed, message: message, input: kept.path)
        }
        if hung {
            result.finding = finding(.hang)
            return result
        }
        if process.terminationReason == .uncaughtSignal {
            let signal = process.terminationStatus
            if !(result.interrupted && signal == SIGINT) { result.finding = finding(.crash) }
            return result
        }
        result.status = process.terminationStatus
        if process.terminationStatus == 70 {
            result.finding = finding(.internalError)
        } else if process.terminationStatus == 65, !Self.namesAPosition(message) {
            result.finding = finding(.noPosition)
        }
        return result
    }

    /// Whether an error message says where the problem is: `file:line:column`, `line N`, `row N`, or a
    /// JSON path (`$.steps[2]`, `steps[0].expect`).
    static func namesAPosition(_ message: String) -> Bool {
        for line in message.split(separator: "\n") where line.hasPrefix("error:") {
            let text = String(line)
            // A problem of the whole document ("FILE: not a Postman environment: …") is placed by its file.
            if text.range(of: #"^error: [^ ]+: not (an? )?[a-zA-Z]+ [a-zA-Z]*"#, options: .regularExpression) != nil { continue }
            let patterns = [#":\d+:\d+"#, #"\bline \d+"#, #"\brow \d+"#, #"\$\.|\w\[\d+\]"#, #"\bat byte \d+"#]
            if !patterns.contains(where: { text.range(of: $0, options: .regularExpression) != nil }) { return false }
        }
        return true
    }

    /// The fixed files the mutants run with.
    private func writeCompanions(in workDirectory: URL) {
        func write(_ text: String, _ name: String) {
            try? Data(text.utf8).write(to: workDirectory.appendingPathComponent(name))
        }
        write(FuzzSeeds.collections[0], "collection.json")
        write(FuzzSeeds.environments[0], "env.json")
        write(FuzzSeeds.csvFiles[0], "data.csv")
    }
}

/// A value several threads update under a lock.
final class Shared<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value { lock.withLock { stored } }

    func update(_ change: (inout Value) -> Void) { lock.withLock { change(&stored) } }
}

/// The well-formed inputs mutants start from: small, but touching every part a parser reads.
enum FuzzSeeds {
    static func seed(for kind: FuzzInputKind, random: inout ProgramMutator.Random) -> String {
        let pool: [String]
        switch kind {
        case .collection: pool = collections
        case .environment: pool = environments
        case .flow: pool = flows
        case .csv: pool = csvFiles
        case .json: pool = jsonFiles
        case .yaml: pool = [v3Request, v3Definition, yamlEnvironment]
        case .script: pool = scripts
        }
        return pool[random.below(pool.count)]
    }

    enum YAMLRole { case request, definition, environment }

    static func yamlRole(of seed: String) -> YAMLRole {
        seed == v3Definition ? .definition : seed == yamlEnvironment ? .environment : .request
    }

    static let v3Request = #"""
        $kind: http-request
        name: get one
        method: POST
        url: '{{base}}/items/:id?q={{v}}'
        pathVariables:
          - key: id
            value: '{{v}}'
        queryParams:
          - key: q
            value: '{{v}}'
            disabled: false
        headers:
          Accept: application/json
          X-Multi: "a \u00e9 \"quoted\""
        auth:
          type: basic
          credentials:
            username: u
            password: '{{secret}}'
        body:
          type: json
          content: |-
            {"a": "{{v}}",
             "list": [1, 2.5, null]}
        scripts:
          - type: afterResponse
            language: text/javascript
            code: |-
              pm.test('ok', function () { pm.response.to.have.status(200); });
        settings:
          followRedirects: false
        order: 1000
        examples: &shared
          - name: one
        extra: *shared
        """#

    static let v3Definition = #"""
        $kind: collection
        name: fuzz v3
        description: >-
          Folded
          text
        variables:
          - key: v
            value: 1
          - key: n
            value: ~
        auth:
          type: apikey
          credentials:
            key: X-Key
            value: '{{secret}}'
            in: header
        scripts:
          - type: beforeRequest
            code: pm.variables.set('w', 1)
        """#

    static let yamlEnvironment = #"""
        name: fuzz yaml env
        values:
          - key: v
            value: '2'
          - key: secret
            value: s3cr3t!
            type: secret
          - key: off
            value: x
            enabled: false
        """#

    /// Pre-request and test scripts that touch the sandbox's main surfaces.
    static let scripts = [
        #"""
        pm.variables.set('t', Date.now());
        pm.request.headers.add({key: 'X-T', value: String(pm.variables.get('t'))});
        const body = JSON.parse(pm.request.body && pm.request.body.raw || '{}');
        pm.environment.set('n', (body.list || []).map(x => x * 2).join(','));
        """#,
        #"""
        pm.test('status', () => pm.expect(pm.response.code).to.be.oneOf([200, 201, 404]));
        const data = pm.response.json();
        pm.test('shape', function () { pm.expect(data).to.be.an('object').that.has.property('id'); });
        pm.environment.set('id', data.id);
        for (const [k, v] of Object.entries(data)) { if (typeof v === 'string') pm.variables.set(k, v.slice(0, 10)); }
        setTimeout(() => { pm.test('later', () => pm.expect(pm.variables.get('id')).to.eql(data.id)); }, 5);
        """#,
        #"""
        const _ = require('lodash'); const moment = require('moment');
        pm.test('lib', () => { pm.expect(_.chunk([1, 2, 3], 2)).to.have.lengthOf(2); pm.expect(moment('2020-01-02').year()).to.equal(2020); });
        pm.sendRequest(pm.variables.replaceIn('{{base}}/side'), (err, res) => { pm.test('side', () => pm.expect(err).to.equal(null)); });
        try { JSON.parse('{'); } catch (e) { console.log(e.name, /x+/g.exec('axxb')); }
        """#,
    ]

    /// A collection whose three requests carry `scripts` (pre-request on the first, tests on the
    /// others, the third as a collection-level test too).
    static func scriptCollection(scripts: [String]) -> String {
        func event(_ listen: String, _ source: String) -> String {
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { JSONWriter.quote(String($0)) }
            return #"{"listen": "\#(listen)", "script": {"type": "text/javascript", "exec": [\#(lines.joined(separator: ", "))]}}"#
        }
        return #"""
            {"info": {"name": "fuzz scripts", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "event": [\#(event("test", scripts[2]))],
             "item": [
              {"name": "one", "request": {"method": "POST", "url": "{{base}}/items", "body": {"mode": "raw", "raw": "{\"list\": [1, 2]}"}},
               "event": [\#(event("prerequest", scripts[0]))]},
              {"name": "two", "request": {"url": "{{base}}/items/1"}, "event": [\#(event("test", scripts[1]))]},
              {"name": "three", "request": {"url": "{{base}}/items/2"}, "event": [\#(event("prerequest", scripts[1])), \#(event("test", scripts[0]))]}
             ]}
            """#
    }

    static let collections = [
        #"""
        {"info": {"name": "fuzz", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "variable": [{"key": "v", "value": "1"}, {"key": "n", "value": 2, "type": "number"}],
         "auth": {"type": "apikey", "apikey": [{"key": "key", "value": "X-Key"}, {"key": "value", "value": "{{secret}}"}]},
         "item": [
          {"name": "Folder", "item": [
            {"name": "get one", "request": {"method": "GET",
              "url": {"raw": "{{base}}/items/:id?q={{v}}", "host": ["{{base}}"], "path": ["items", ":id"],
                      "query": [{"key": "q", "value": "{{v}}"}], "variable": [{"key": "id", "value": "{{v}}"}]},
              "header": [{"key": "Accept", "value": "application/json"}]},
             "event": [{"listen": "test", "script": {"exec": ["pm.test('ok', function () { pm.response.to.have.status(200); });"]}}]}]},
          {"name": "post", "request": {"method": "POST", "url": "{{base}}/items",
            "body": {"mode": "raw", "raw": "{\"a\": \"{{v}}\"}", "options": {"raw": {"language": "json"}}}}},
          {"name": "form", "request": {"method": "POST", "url": "{{base}}/form", "auth": {"type": "basic",
            "basic": [{"key": "username", "value": "u"}, {"key": "password", "value": "{{secret}}"}]},
            "body": {"mode": "urlencoded", "urlencoded": [{"key": "k", "value": "{{v}}"}, {"key": "off", "value": "x", "disabled": true}]}}}
         ]}
        """#,
        #"""
        {"info": {"name": "v2.0", "schema": "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"},
         "item": [{"name": "oauth", "request": {"url": "{{base}}/o?x=1", "method": "PUT",
           "auth": {"type": "oauth1", "oauth1": {"consumerKey": "ck", "consumerSecret": "cs", "signatureMethod": "HMAC-SHA1"}},
           "body": {"mode": "formdata", "formdata": [{"key": "f", "value": "v", "type": "text"}]}},
           "protocolProfileBehavior": {"followRedirects": false, "disableBodyPruning": true}}]}
        """#,
    ]

    static let environments = [
        #"""
        {"id": "e1", "name": "fuzz env", "values": [
          {"key": "v", "value": "2", "type": "default", "enabled": true},
          {"key": "secret", "value": "s3cr3t!", "type": "secret", "enabled": true},
          {"key": "off", "value": "x", "enabled": false}],
         "_postman_variable_scope": "environment"}
        """#
    ]

    static let flows = [
        #"""
        {"name": "fuzz flow", "collection": "collection.json", "variables": {"v": "3"},
         "steps": [
          {"name": "first", "request": "Folder/get one", "expect": {"status": 200, "json": {"$.id": {"type": "string"}}},
           "capture": {"id": "$.id", "loc": {"header": "Content-Type"}}},
          {"name": "second", "request": "post", "query": {"x": "{{id}}"}, "headers": {"X-A": "b"},
           "body": {"json": {"a": "{{id}}"}}, "retry": {"count": 1, "delay": "10ms", "on": [500]}},
          {"request": "form", "poll": {"until": {"json": {"$.status": "done"}}, "every": "10ms", "timeout": "1s"},
           "save": "out.json"}
         ]}
        """#
    ]

    static let csvFiles = [
        "v,name,note\n1,a,\"quoted, field\"\n2,b,\"multi\nline\"\n3,c,\"say \"\"hi\"\"\"\n",
        "\u{FEFF}v;other\r\n1;2\r\n",
    ]

    static let jsonFiles = [
        #"[{"v": "1", "n": 2}, {"v": "x", "nested": {"a": [1, 2]}}, {"v": null, "big": 1e308}]"#
    ]
}

/// Byte-level and structural mutations of a text input: cuts, repeats, hostile tokens, flipped bytes,
/// misspelled keys.
struct InputMutator {
    static let tokens: [[UInt8]] = [
        "{{v}}{{v}}{{v}}{{v}}", "{{", "}}", "{{$guid}}", "{{$randomInt}}", "\"", "\\", "\\u0000", "\\ud800", ",", ":", "{", "}",
        "[", "]", "[[[[[[[[[[[[[[[[[[[[", "{\"a\":", "null", "true", "-0", "1e999", "-1e999", "123456789012345678901234567890",
        "0.0000000000000000000000001", "\u{FEFF}", "😀", "\r\n", "\n", "\t", "\"\"", "{}", "[]", "\"steps\"", "\"item\"",
        "\"request\"", "\"url\"", "\"mode\"", "\"type\": \"secret\"", "\"disabled\": true", "\"enabled\": false", "../",
        "/etc/passwd", "http://", "file:///", "%00", "%ff", "\"save\": \"../x\"", "\"$.a[?(@.b)]\"", "$..*", "=", ";", "\"\",",
    ].map { Array($0.utf8) } + [[0xFF], [0xFE, 0xFF], [0xC3], [0xED, 0xA0, 0x80], [0x00]]

    /// Values that are valid JSON but hostile to what reads them.
    static var hostileValues: [Any] { [
        "{{v}}{{v}}{{v}}{{v}}", "{{v}", "{{$randomLoremParagraphs}}", "", " ", "../../etc/passwd", "/", "\u{0}",
        "http://127.0.0.1:1/x", "https://", ":id", "$.a", "$..[?(@.x)]", String(repeating: "a", count: 100_000),
        String(repeating: "{{v}}", count: 2_000), "😀\u{202E}", "secret", "Bearer x", 0, -1, 1.5, 1e308, 9_007_199_254_740_993,
        Int.max, true, false, NSNull(), [String: Any](), [Any](), ["key": "{{v}}", "value": "{{v}}"], [["key": "k"]],
    ] }

    /// `text` parsed as JSON, one to three of its values replaced, removed, renamed, repeated or nested
    /// deep, and written back; the byte mutations when it does not parse.
    func mutateStructure(_ text: String, random: inout ProgramMutator.Random) -> [UInt8] {
        guard var root = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else {
            return mutate(Array(text.utf8), random: &random)
        }
        for _ in 0...random.below(3) { root = mutateNode(root, depth: 0, random: &random) }
        guard let data = try? JSONSerialization.data(withJSONObject: root, options: [.fragmentsAllowed]) else {
            return mutate(Array(text.utf8), random: &random)
        }
        // Mutants stay small enough to write and read at once (repeats of repeats grow fast).
        guard data.count <= Self.maximumMutantBytes else { return mutate(Array(text.utf8), random: &random) }
        var written = String(decoding: data, as: UTF8.self)
        // Deep nesting is written as text (building it as objects would overflow this process's stack),
        // the first marker only; any others stay hostile strings.
        if let marker = written.range(of: "\"" + Self.deepMarker),
            let end = written.range(of: "@@\"", range: marker.upperBound..<written.endIndex),
            let depth = Int(written[marker.upperBound..<end.lowerBound])
        {
            written.replaceSubrange(
                marker.lowerBound..<end.upperBound,
                with: String(repeating: "[", count: depth) + "0" + String(repeating: "]", count: depth))
        }
        return Array(written.utf8)
    }

    static let deepMarker = "@@postie-fuzz-deep-"
    /// The largest well-formed mutant; a larger one is replaced by a byte mutation of the seed.
    static let maximumMutantBytes = 4 << 20

    private func mutateNode(_ node: Any, depth: Int, random: inout ProgramMutator.Random) -> Any {
        // Go down most of the time, so that deep values change too.
        if var object = node as? [String: Any], !object.isEmpty, random.chance(75) {
            let keys = object.keys.sorted()
            let key = keys[random.below(keys.count)]
            switch random.below(8) {
            case 0: object.removeValue(forKey: key)
            case 1:
                var misspelt = Array(key)
                if misspelt.count > 1 { misspelt.swapAt(0, 1) } else { misspelt.append("x") }
                object[String(misspelt)] = object.removeValue(forKey: key)
            default: object[key] = mutateNode(object[key] ?? NSNull(), depth: depth + 1, random: &random)
            }
            return object
        }
        if var array = node as? [Any], !array.isEmpty, random.chance(75) {
            let index = random.below(array.count)
            switch random.below(6) {
            case 0: array.remove(at: index)
            case 1: array += Array(repeating: array[index], count: [2, 50, 3_000][random.below(3)])
            default: array[index] = mutateNode(array[index], depth: depth + 1, random: &random)
            }
            return array
        }
        switch random.below(4) {
        case 0:  // nested deeper than any parser should follow: a marker, spelt out after writing
            return "\(Self.deepMarker)\([10, 600, 5_000][random.below(3)])@@"
        case 1:  // the same value as another type
            if let text = node as? String { return Double(text) ?? [text] }
            return "\(node)"
        default:
            return Self.hostileValues[random.below(Self.hostileValues.count)]
        }
    }

    func mutate(_ input: [UInt8], random: inout ProgramMutator.Random) -> [UInt8] {
        var bytes = input
        for _ in 0...random.below(4) {
            guard !bytes.isEmpty else {
                bytes = Self.tokens[random.below(Self.tokens.count)]
                continue
            }
            let position = random.below(bytes.count + 1)
            switch random.below(10) {
            case 0:  // cut a range
                let end = min(bytes.count, position + 1 + random.below(40))
                if position < end { bytes.removeSubrange(position..<end) }
            case 1:  // repeat a range
                let end = min(bytes.count, position + 1 + random.below(80))
                if position < end {
                    let slice = Array(bytes[position..<end])
                    for _ in 0...random.below(3) { bytes.insert(contentsOf: slice, at: position) }
                }
            case 2, 3:  // a hostile token
                bytes.insert(contentsOf: Self.tokens[random.below(Self.tokens.count)], at: position)
            case 4:  // flip a byte
                if position < bytes.count { bytes[position] ^= UInt8(1 << random.below(8)) }
            case 5:  // truncate
                bytes.removeSubrange(position...)
            case 6:  // misspell a key: swap two letters inside the next quoted word
                if let quote = bytes[position...].firstIndex(of: UInt8(ascii: "\"")), quote + 3 < bytes.count,
                    bytes[quote + 1] != UInt8(ascii: "\""), bytes[quote + 2] != UInt8(ascii: "\"")
                {
                    bytes.swapAt(quote + 1, quote + 2)
                }
            case 7:  // a long run
                let token = Self.tokens[random.below(Self.tokens.count)]
                let count = [10, 100, 1_000, 20_000][random.below(4)]
                var run: [UInt8] = []
                run.reserveCapacity(token.count * count)
                for _ in 0..<count { run += token }
                bytes.insert(contentsOf: run, at: position)
            case 8:  // replace the next string's content with a hostile one
                if let open = bytes[position...].firstIndex(of: UInt8(ascii: "\"")),
                    let close = bytes[(open + 1)...].firstIndex(of: UInt8(ascii: "\""))
                {
                    bytes.replaceSubrange((open + 1)..<close, with: Self.tokens[random.below(Self.tokens.count)])
                }
            default:  // swap two ranges
                let other = random.below(bytes.count)
                let length = 1 + random.below(20)
                let first = min(position, other), second = max(position, other)
                if first + length <= second, second + length <= bytes.count {
                    let a = Array(bytes[first..<(first + length)])
                    let b = Array(bytes[second..<(second + length)])
                    bytes.replaceSubrange(second..<(second + length), with: a)
                    bytes.replaceSubrange(first..<(first + length), with: b)
                }
            }
        }
        return bytes
    }
}
