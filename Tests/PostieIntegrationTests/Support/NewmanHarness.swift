import Foundation
import PostieJSON

/// Runs a Newman integration group the way `npm/test-integration.js` does — collection, environment, globals,
/// data and config together — through the built `postie run`, with every server the collections call
/// pointed at the loopback stand-ins, and reads the JSON report back.
final class NewmanHarness: Sendable {
    let echo: PostmanEchoStandIn
    let rawEcho: RawEchoServer
    let redirect: RedirectServer
    let expired: ExpiredCertificateServer
    let directory: URL

    init() throws {
        echo = try PostmanEchoStandIn()
        rawEcho = try RawEchoServer()
        redirect = try RedirectServer()
        expired = try ExpiredCertificateServer()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("postie-newman-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// What a run gave.
    struct Outcome: CustomStringConvertible {
        var status: Int32
        var assertions = 0
        var passedAssertions = 0
        /// One line per failed assertion, script error or request that could not be sent.
        var failures: [String] = []
        var executions: [String] = []
        var errors = ""

        var passed: Bool { status == 0 && failures.isEmpty }
        /// Whether every failure is one of `NewmanCorpus.clockRaceAssertions`.
        var failsOnlyOnClockRaces: Bool {
            !failures.isEmpty
                && failures.allSatisfy { line in NewmanCorpus.clockRaceAssertions.contains { line.contains($0 + ":") } }
        }
        var description: String {
            "exit \(status), \(passedAssertions)/\(assertions) assertions passed"
                + (failures.isEmpty ? "" : "\n  " + failures.joined(separator: "\n  "))
                + (errors.isEmpty ? "" : "\n  stderr: " + errors.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    /// Runs `group` with `extra` options added.
    func run(_ group: NewmanCorpus.Group, extra: [String] = []) throws -> Outcome {
        let work = directory.appendingPathComponent(group.name + "-" + UUID().uuidString.prefix(8))
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        var arguments = ["run", try rewrite(group.collection, into: work).path]
        if let environment = group.environment { arguments += ["-e", try rewrite(environment, into: work).path] }
        if let globals = group.globals { arguments += ["-g", try rewrite(globals, into: work).path] }
        if let data = group.data { arguments += ["-d", data.path] }
        let report = work.appendingPathComponent("report.json")
        arguments += [
            "-r", "json", "--reporter-json-export", report.path, "--allow-http-errors", "--output-dir",
            work.appendingPathComponent("out").path,
            // File paths in the collections start at Newman's repository root.
            "--working-dir", NewmanCorpus.root.path,
        ]
        arguments += group.options + extra
        // POSTIE_NEWMAN_VERBOSE=1 shows postie's own terminal report of each group, for debugging.
        let verbose = ProcessInfo.processInfo.environment["POSTIE_NEWMAN_VERBOSE"] != nil
        if verbose { arguments[arguments.firstIndex(of: "json")!] = "json,cli" }
        let process = try PostieBinary.run(arguments, in: work)
        if verbose { print("postie \(arguments.joined(separator: " "))\n\(process.output)\(process.errors)") }
        var outcome = Outcome(status: process.status, errors: process.errors)
        guard let data = try? Data(contentsOf: report), let document = try? JSONParser.parse(data) else {
            outcome.failures.append("no JSON report was written")
            return outcome
        }
        for execution in document["run"]?["executions"]?.arrayValue ?? [] {
            let name = execution["item"]?["name"]?.stringValue ?? "?"
            outcome.executions.append(name)
            if let error = execution["requestError"] {
                outcome.failures.append("\(name): request failed: \(error["message"]?.stringValue ?? JSONWriter.compact(error))")
            }
            for assertion in execution["assertions"]?.arrayValue ?? [] {
                outcome.assertions += 1
                if let error = assertion["error"] {
                    let title = assertion["assertion"]?.stringValue ?? "?"
                    outcome.failures.append("\(name) › \(title): \(error["name"]?.stringValue ?? "Error"): \(error["message"]?.stringValue ?? "")")
                } else {
                    outcome.passedAssertions += 1
                }
            }
        }
        if outcome.failures.isEmpty, process.status != 0 {
            for failure in document["run"]?["failures"]?.arrayValue ?? [] {
                outcome.failures.append(JSONWriter.compact(failure["error"] ?? failure))
            }
        }
        return outcome
    }

    // MARK: - Pointing the collections at the stand-ins

    /// Copies `file` into `directory` with every postman-echo (and httpbin, google, github) URL pointed at the
    /// echo stand-in, expired.badssl.com at its own, and `localhost:4041`/`4042` at the raw echo and redirect
    /// servers. JSON files are rewritten
    /// value by value (URL objects too); a leading BOM is kept; files that mention none of them (a UTF-16
    /// environment, say) are copied byte for byte.
    func rewrite(_ file: URL, into directory: URL) throws -> URL {
        let target = directory.appendingPathComponent(file.lastPathComponent)
        var data = try Data(contentsOf: file)
        let text = String(decoding: data, as: UTF8.self)
        let mentions = ["postman-echo", "httpbin", "localhost", "google.com", "github.com", "4041", "4042", "https://{{", "badssl.com"]
        if mentions.contains(where: text.contains) {
            let bom = data.starts(with: [0xEF, 0xBB, 0xBF])
            if let value = try? JSONParser.parse(bom ? data.dropFirst(3) : data) {
                data = Data(JSONWriter.pretty(rewrite(value)).utf8)
                if bom { data = Data([0xEF, 0xBB, 0xBF]) + data }
            }
        }
        try data.write(to: target)
        return target
    }

    func rewrite(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text): return .string(rewrite(text))
        case .array(let values): return .array(values.map(rewrite))
        case .object(let object):
            var result = JSONObject()
            for (key, member) in object.members { result[key] = rewrite(member) }
            // URL objects: `host: ["postman-echo", "com"]`, `port: "4041"`, `protocol: "https"`.
            if let host = object["host"]?.arrayValue?.compactMap(\.stringValue).joined(separator: ".") {
                if ["postman-echo.com", "httpbin.org"].contains(host) {
                    result["host"] = ["127", "0", "0", "1"]
                    result["port"] = .string(String(echo.port))
                    result["protocol"] = "http"
                } else if host == "localhost" {
                    result["host"] = ["127", "0", "0", "1"]
                }
                if case .string(let scheme)? = result["protocol"], scheme == "https", host.contains("{{") {
                    result["protocol"] = "http"
                }
                switch object["port"]?.stringValue {
                case "4041"?: result["port"] = .string(String(rawEcho.port))
                case "4042"?: result["port"] = .string(String(redirect.port))
                default: break
                }
            }
            return .object(result)
        default: return value
        }
    }

    func rewrite(_ text: String) -> String {
        let echoBase = "http://\(echo.authority)"
        var text = text
        for (from, to) in [
            // whatwg-url's "reserved chars in variables" sets the scheme, host and port from its script, one
            // variable each: they are pointed at the stand-in one by one (before the host's general rewrite).
            (#"pm.variables.set("p://", "https")"#, #"pm.variables.set("p://", "http")"#),
            (#"pm.variables.set("host.name", "postman-echo.com")"#, #"pm.variables.set("host.name", "127.0.0.1")"#),
            (#"pm.variables.set(":p", "443")"#, #"pm.variables.set(":p", "\#(echo.port)")"#),
            ("https://postman-echo.com", echoBase), ("http://postman-echo.com", echoBase), ("postman-echo.com", echo.authority),
            ("https://httpbin.org", echoBase), ("http://google.com", echoBase), ("http://github.com", echoBase),
            // (127.0.0.1:4041 before localhost:4041 is made into 127.0.0.1:PORT, which may start with 4041.)
            ("127.0.0.1:4041", "127.0.0.1:\(rawEcho.port)"),
            ("localhost:4041", "127.0.0.1:\(rawEcho.port)"), ("127.1:4041", "127.1:\(rawEcho.port)"),
            ("localhost:4042", "127.0.0.1:\(redirect.port)"),
            // Still https: the stand-in's certificate has expired too, so only `--insecure` gets through.
            ("https://expired.badssl.com", "https://\(expired.authority)"),
            // A host that is a variable (set to postman-echo.com, rewritten above) is plain http here.
            ("https://{{", "http://{{"),
        ] {
            text = text.replacingOccurrences(of: from, with: to)
        }
        return text
    }
}

/// The `postie` binary `swift build` made beside the test bundle, run as a user runs it.
enum PostieBinary {
    struct Outcome {
        var status: Int32
        var output: String
        var errors: String
    }

    static let executable: URL = {
        var candidates: [URL] = []
        if let bundle = Bundle.main.executableURL?.deletingLastPathComponent() {
            candidates.append(bundle.appendingPathComponent("postie"))
            candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("postie"))
        }
        candidates.append(NewmanCorpus.packageRoot.appendingPathComponent(".build/debug/postie"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    static func run(_ arguments: [String], in directory: URL, timeout: TimeInterval = 180) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        for proxy in ["http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"] { environment[proxy] = nil }
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let collected = Collected()
        let group = DispatchGroup()
        for (pipe, isOutput) in [(output, true), (errors, false)] {
            group.enter()
            // Dedicated threads: blocking reads would starve the small global dispatch pool.
            Thread.detachNewThread {
                collected.set(isOutput, pipe.fileHandleForReading.readDataToEndOfFile())
                group.leave()
            }
        }
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            process.waitUntilExit()
            finished.signal()
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            group.wait()
            return Outcome(status: -1, output: "", errors: "postie did not finish within \(Int(timeout))s")
        }
        group.wait()
        return Outcome(
            status: process.terminationStatus, output: String(decoding: collected.output, as: UTF8.self),
            errors: String(decoding: collected.errors, as: UTF8.self))
    }

    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: (Data, Data) = (Data(), Data())
        func set(_ isOutput: Bool, _ data: Data) {
            lock.withLock { if isOutput { storage.0 = data } else { storage.1 = data } }
        }
        var output: Data { lock.withLock { storage.0 } }
        var errors: Data { lock.withLock { storage.1 } }
    }
}
