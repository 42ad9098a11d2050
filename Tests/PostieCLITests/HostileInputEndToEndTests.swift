import Foundation
import PostieHTTPServer
import PostieJSON
import Testing

/// Issue 15: the README's promises held against hostile input and hostile servers, end to end.
@Suite("Hostile input and hostile servers, end to end")
struct HostileInputEndToEndTests {
    // MARK: H3: one rule for every output path

    /// An input of the run, and how a run names it.
    enum Input: String, CaseIterable, Sendable {
        case collection, environment, globals, data, flow, cookieJar, caCertificate, clientCertificate, clientKey
    }

    /// A file the run writes.
    enum Output: String, CaseIterable, Sendable {
        case jsonReport, junitReport, cliReport, cookieJarExport, flowSave
    }

    /// How the output path names the input: as written, through `..`, through a link.
    enum Spelling: String, CaseIterable, Sendable {
        case same, dotDot, link
    }

    @Test("no report, export or save lands on an input of the run; nothing is sent", arguments: Output.allCases, Input.allCases)
    func outputsNeverReplaceInputs(output: Output, input: Input) throws {
        for spelling in Spelling.allCases {
            let server = try CountingServer()
            try server.write(#"{"info": {"name": "c"}, "item": [{"name": "one", "request": {"url": "\#(server.base)/ok/"}}]}"#, to: "c.json")
            try server.write(#"{"name": "e", "values": []}"#, to: "e.json")
            try server.write(#"{"name": "g", "values": [], "_postman_variable_scope": "globals"}"#, to: "g.json")
            try server.write("a,b\n1,2\n", to: "d.csv")
            try server.write(#"{"collection": "c.json", "steps": [{"request": "one", "save": "SAVE"}]}"#, to: "f.json")
            try server.write(#"{"version": "tough-cookie@4.1.3", "cookies": []}"#, to: "jar.json")
            for pem in ["ca.pem", "client.pem", "client.key"] { try server.write("-----BEGIN X-----\n", to: pem) }
            let inputFile: String
            switch input {
            case .collection: inputFile = "c.json"
            case .environment: inputFile = "e.json"
            case .globals: inputFile = "g.json"
            case .data: inputFile = "d.csv"
            case .flow: inputFile = "f.json"
            case .cookieJar: inputFile = "jar.json"
            case .caCertificate: inputFile = "ca.pem"
            case .clientCertificate: inputFile = "client.pem"
            case .clientKey: inputFile = "client.key"
            }
            let before = try server.read(inputFile)
            let target: String
            switch spelling {
            case .same: target = inputFile
            case .dotDot:
                try FileManager.default.createDirectory(atPath: server.path("sub"), withIntermediateDirectories: true)
                target = "sub/../" + inputFile
            case .link:
                try FileManager.default.createSymbolicLink(atPath: server.path("link-" + inputFile), withDestinationPath: inputFile)
                target = "link-" + inputFile
            }
            var arguments = [
                "run", output == .flowSave ? "f.json" : "c.json", "-e", "e.json", "-g", "g.json", "-d", "d.csv",
                "--cookie-jar", "jar.json", "--ssl-extra-ca-certs", "ca.pem", "--ssl-client-cert", "client.pem",
                "--ssl-client-key", "client.key", "--overwrite", "--output-dir", ".",
            ]
            if output != .flowSave, input == .flow { arguments += ["--flow", "f.json"] }
            switch output {
            case .jsonReport: arguments += ["--reporter-json-export", target]
            case .junitReport: arguments += ["--reporter-junit-export", target]
            case .cliReport: arguments += ["--reporter-cli-export", target]
            case .cookieJarExport: arguments += ["--export-cookie-jar", target]
            case .flowSave:
                try server.write(
                    #"{"collection": "c.json", "steps": [{"request": "one", "save": "\#(target)"}]}"#, to: "f.json")
            }
            let flowBefore = try server.read("f.json")
            let outcome = try PostieProcess.run(arguments, in: server.directory)
            let context = "\(output) over \(input) as \(target): \(outcome.everything)"
            if output == .flowSave, spelling == .dotDot {
                // The flow itself is refused: a save path never has a `..`.
                #expect(outcome.status == 65, "\(context)")
                #expect(outcome.errors.contains("'..' would leave the output directory"), "\(context)")
            } else {
                #expect(outcome.status == 64, "\(context)")
                #expect(outcome.errors.contains("refusing to write"), "\(context)")
            }
            #expect(try server.read(inputFile) == (input == .flow ? flowBefore : before), "\(context)")
            #expect(server.received.isEmpty, "\(context)")
        }
    }

    // MARK: H2: bounded resolution

    @Test("a variable that grows itself fails its request, naming the variable; the others run")
    func exponentialVariable() throws {
        let server = try CountingServer()
        let collection = try server.write(
            """
            {"info": {"name": "c"}, "variable": [{"key": "a", "value": "{{a}}{{a}}{{a}}{{a}}"}],
             "item": [{"name": "bomb", "request": {"url": "\(server.base)/bomb/?q={{a}}"}},
                      {"name": "fine", "request": {"url": "\(server.base)/fine/"}}]}
            """, to: "c.json")
        let started = Date()
        let outcome = try PostieProcess.run(["run", collection], in: server.directory)
        #expect(Date().timeIntervalSince(started) < 60)
        #expect(outcome.status == 1, "\(outcome.everything)")
        #expect(outcome.everything.contains("{{a}}"), "\(outcome.everything)")
        #expect(outcome.everything.contains("1 MiB"), "\(outcome.everything)")
        #expect(server.received == ["/fine/"])
    }

    @Test("a hostile answer captured into a variable cannot grow it past the limit in the next steps")
    func capturedExpansion() throws {
        let server = try CountingServer(routes: [
            "/grow/": { _ in
                HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Data(#"{"id":"{{x}}{{x}}{{x}}{{x}}"}"#.utf8))
            }
        ])
        try server.write(
            """
            {"info": {"name": "c"}, "item": [{"name": "grow", "request": {"method": "POST", "url": "\(server.base)/grow/",
              "body": {"mode": "raw", "raw": "{{x}}"}}}]}
            """, to: "c.json")
        let step = #"{"request": "grow", "capture": {"x": "$.id"}}"#
        let flow = try server.write(
            #"{"collection": "c.json", "variables": {"x": "seed"}, "steps": [\#(Array(repeating: step, count: 6).joined(separator: ","))]}"#,
            to: "f.json")
        let started = Date()
        let outcome = try PostieProcess.run(["run", flow, "--max-resolved-size", "64KiB"], in: server.directory)
        #expect(Date().timeIntervalSince(started) < 60)
        #expect(outcome.status == 1, "\(outcome.everything)")
        #expect(outcome.everything.contains("{{x}}"), "\(outcome.everything)")
        #expect(outcome.everything.contains("64 KiB"), "\(outcome.everything)")
    }

    @Test("--max-resolved-size takes a size; anything else is a usage error")
    func maxResolvedSizeOption() throws {
        let server = try CountingServer()
        let collection = try server.write(
            #"{"info": {"name": "c"}, "item": [{"name": "one", "request": {"url": "\#(server.base)/ok/?{{long}}"}}]}"#, to: "c.json")
        let bad = try PostieProcess.run(["run", collection, "--max-resolved-size", "lots"], in: server.directory)
        #expect(bad.status == 64, "\(bad.everything)")
        #expect(bad.errors.contains("--max-resolved-size"), "\(bad.errors)")
        let small = try PostieProcess.run(
            ["run", collection, "--max-resolved-size", "100", "--env-var", "long=" + String(repeating: "y", count: 200)],
            in: server.directory)
        #expect(small.status == 1, "\(small.everything)")
        #expect(small.everything.contains("{{long}}"), "\(small.everything)")
        #expect(server.received.isEmpty)
    }

    // MARK: H1: redaction by meaning

    /// Each password carries the marker `Zebra`, which survives every percent-, form-, JSON- and
    /// XML-encoding: a report holding it holds (part of) the secret.
    static let passwords = ["Zebra 2024!", "p@ss:w/rd$(Zebra)*", "Zebra\"q\\b'<&>", "caf\u{e9}Zebra+,;=~"]

    /// Where a request puts the secret `{{sec}}`: the JSON of an item's `request`.
    static let placements: [(name: String, request: String)] = [
        ("query", #""url": "BASE/echo/?api_key={{sec}}""#),
        ("path", #""url": "BASE/echo/{{sec}}/x""#),
        ("header", #""url": "BASE/echo/", "header": [{"key": "X-Custom", "value": "{{sec}}"}]"#),
        ("form", #""method": "POST", "url": "BASE/echo/", "body": {"mode": "urlencoded", "urlencoded": [{"key": "password", "value": "{{sec}}"}]}"#),
        ("json body", #""method": "POST", "url": "BASE/echo/", "body": {"mode": "raw", "raw": "{\"password\": \"{{sec}}\"}", "options": {"raw": {"language": "json"}}}"#),
        ("basic", #""url": "BASE/echo/", "auth": {"type": "basic", "basic": [{"key": "username", "value": "someone"}, {"key": "password", "value": "{{sec}}"}]}"#),
        ("oauth1 plaintext", #""url": "BASE/echo/", "auth": {"type": "oauth1", "oauth1": [{"key": "consumerKey", "value": "ck"}, {"key": "consumerSecret", "value": "{{sec}}"}, {"key": "signatureMethod", "value": "PLAINTEXT"}, {"key": "addParamsToHeader", "value": false}]}"#),
    ]

    /// Answers with everything it received, JSON-escaped as servers do (`\/`, `\"`).
    static func echo(_ request: HTTPRequest) -> HTTPResponse {
        var headers: [String: String] = [:]
        for (name, value) in request.headers { headers[name] = value }
        let object: [String: Any] = [
            "target": request.target, "headers": headers, "body": String(decoding: request.body, as: UTF8.self),
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
        return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: data)
    }

    @Test(
        "a secret never reaches the JSON, JUnit or terminal report (--verbose), whatever its placement and encoding",
        arguments: passwords, placements.indices)
    func secretMatrix(password: String, placement: Int) throws {
        let (name, request) = Self.placements[placement]
        let server = try CountingServer(routes: [:], fallback: Self.echo)
        let collection = try server.write(
            #"{"info": {"name": "c"}, "item": [{"name": "leak?", "request": {\#(request.replacingOccurrences(of: "BASE", with: server.base))}}]}"#,
            to: "c.json")
        let environment = try server.write(
            String(
                decoding: try JSONSerialization.data(withJSONObject: [
                    "name": "e", "values": [["key": "sec", "value": password, "type": "secret", "enabled": true]],
                ]), as: UTF8.self), to: "e.json")
        let outcome = try PostieProcess.run(
            [
                "run", collection, "-e", environment, "--verbose", "-r", "cli,json,junit", "--reporter-json-export", "r.json",
                "--reporter-junit-export", "r.xml", "--reporter-cli-export", "r.txt",
            ], in: server.directory)
        #expect(outcome.status == 0, "\(name): \(outcome.everything)")
        #expect(server.received.count == 1)
        let basic = Data("someone:\(password)".utf8).base64EncodedString()
        for (report, text) in [
            ("terminal", outcome.everything), ("JSON", try server.read("r.json")), ("JUnit", try server.read("r.xml")),
            ("cli export", try server.read("r.txt")),
        ] {
            #expect(!text.contains("Zebra"), "\(name) in the \(report) report: \(text)")
            #expect(!text.contains(basic), "\(name) in the \(report) report")
        }
        #expect(outcome.output.contains("[redacted]"), "\(name): \(outcome.output)")
    }

    // MARK: M2: temporary files

    @Test("answers spooled to disk leave nothing in TMPDIR: after success, after a save, after an error")
    func spoolFilesRemoved() throws {
        let big = Data(repeating: UInt8(ascii: "z"), count: 9 << 20)
        let server = try CountingServer(routes: [
            "/big/": { _ in HTTPResponse(status: 200, headers: ["Content-Type": "application/octet-stream"], body: big) },
            "/bigerror/": { _ in HTTPResponse(status: 500, headers: ["Content-Type": "text/plain"], body: big) },
        ])
        try server.write(
            """
            {"info": {"name": "c"}, "item": [{"name": "big", "request": {"url": "\(server.base)/big/"}},
              {"name": "bigerror", "request": {"url": "\(server.base)/bigerror/"}}]}
            """, to: "c.json")
        let flow = try server.write(
            #"{"collection": "c.json", "steps": [{"request": "big", "save": "big.bin"}, {"request": "big"}, {"request": "bigerror"}]}"#,
            to: "f.json")
        let temporary = server.directory.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let outcome = try PostieProcess.run(
            ["run", flow, "--output-dir", "out"], in: server.directory, environment: ["TMPDIR": temporary.path])
        #expect(outcome.status == 1, "\(outcome.everything)")
        #expect(try Data(contentsOf: server.directory.appendingPathComponent("out/big.bin")).count == big.count)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [])
    }

    @Test("an interrupted download leaves nothing in TMPDIR")
    func spoolFilesRemovedOnInterrupt() throws {
        let server = try CountingServer(routes: [
            "/slow/": { _ in
                HTTPResponse(
                    status: 200, headers: ["Content-Type": "application/octet-stream"],
                    streaming: .stream(length: nil) { write in
                        let chunk = Data(repeating: 1, count: 1 << 20)
                        for _ in 0..<600 {
                            guard write(chunk) else { return }
                            usleep(20_000)
                        }
                    })
            }
        ])
        let collection = try server.write(
            #"{"info": {"name": "c"}, "item": [{"name": "slow", "request": {"url": "\#(server.base)/slow/"}}]}"#, to: "c.json")
        let temporary = server.directory.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let outcome = try PostieProcess.run(
            ["run", collection], in: server.directory, environment: ["TMPDIR": temporary.path], interruptAfter: 2)
        #expect(outcome.status != 0, "\(outcome.everything)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [])
    }

    // MARK: Low findings, end to end

    @Test("a report that cannot be written whole (a full disk) leaves no temporary file beside it")
    func fullDiskLeavesNoTemporaryFile() throws {
        let server = try CountingServer()
        let names = (0..<40).map { #"{"name": "request number \#($0) with a long name", "request": {"url": "\#(server.base)/ok/"}}"# }
        try server.write(#"{"info": {"name": "c"}, "item": [\#(names.joined(separator: ","))]}"#, to: "c.json")
        try FileManager.default.createDirectory(atPath: server.path("reports"), withIntermediateDirectories: true)
        // ulimit -f stands in for a full disk: a write past 2 KB fails with EFBIG (SIGXFSZ ignored).
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.currentDirectoryURL = server.directory
        shell.arguments = [
            "-c",
            "trap '' XFSZ; ulimit -f 4; exec \"$0\" run c.json -r cli,junit --reporter-junit-export reports/r.xml "
                + "--reporter-cli-export reports/r.txt --silent",
            PostieProcess.executable.path,
        ]
        shell.standardOutput = FileHandle.nullDevice
        shell.standardError = FileHandle.nullDevice
        try shell.run()
        shell.waitUntilExit()
        #expect(shell.terminationStatus != 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: server.path("reports"))
        #expect(!left.contains { $0.hasSuffix(".tmp") }, "\(left)")
    }

    @Test("--silent --reporter-cli-export saves the whole terminal report")
    func silentTranscript() throws {
        let server = try CountingServer()
        let collection = try server.write(
            #"{"info": {"name": "c"}, "item": [{"name": "one", "request": {"url": "\#(server.base)/ok/"}}]}"#, to: "c.json")
        let outcome = try PostieProcess.run(["run", collection, "--silent", "--reporter-cli-export", "t.txt"], in: server.directory)
        #expect(outcome.status == 0, "\(outcome.everything)")
        #expect(outcome.output.isEmpty)
        #expect(try server.read("t.txt").contains("one"))
    }

    @Test("a flow whose steps key is misspelled is reported as a flow, with the key's position")
    func misspelledSteps() throws {
        let server = try CountingServer()
        try server.write(#"{"info": {"name": "c"}, "item": [{"name": "one", "request": {"url": "\#(server.base)/ok/"}}]}"#, to: "c.json")
        let flow = try server.write(#"{"collection": "c.json", "stpes": [{"request": "one"}]}"#, to: "f.json")
        let outcome = try PostieProcess.run(["run", flow], in: server.directory)
        #expect(outcome.status == 65, "\(outcome.everything)")
        #expect(!outcome.errors.contains("not a Postman collection"), "\(outcome.errors)")
        #expect(outcome.errors.contains(#"did you mean "steps""#), "\(outcome.errors)")
    }

    /// Found by `postie-fuzz inputs`: `"collection": "/"` read the whole file system as a v3 collection
    /// folder, and a missing collection was named without the flow's position.
    @Test("a flow's collection that is missing, or a folder with no collection, is named at its line and column")
    func flowCollectionNotACollection() throws {
        let server = try CountingServer()
        let root = try server.write("{\"name\": \"f\",\n \"collection\": \"/\",\n \"steps\": [{\"request\": \"one\"}]}", to: "root.json")
        for command in ["run", "validate"] {
            let outcome = try PostieProcess.run([command, root], in: server.directory, timeout: 30)
            #expect(outcome.status == 65, "\(outcome.everything.prefix(500))")
            #expect(outcome.errors.contains("root.json:2:16: collection \"/\": / is a folder but not a v3 collection"), "\(outcome.errors.prefix(500))")
        }
        // Found by `postie-fuzz inputs`: "\u0000" named the flow's own folder to the file system.
        let nul = try server.write("{\"name\": \"f\",\n \"collection\": \"\\u0000\",\n \"steps\": [{\"request\": \"one\"}]}", to: "nul.json")
        let nulOutcome = try PostieProcess.run(["run", nul], in: server.directory, timeout: 30)
        #expect(nulOutcome.status == 65, "\(nulOutcome.everything)")
        #expect(nulOutcome.errors.contains("nul.json:2:16: collection: a file name cannot hold a NUL character"), "\(nulOutcome.errors)")
        let nulEnvironment = try server.write(
            "{\"name\": \"f\", \"collection\": \"c.json\",\n \"environment\": \"e\\u0000\",\n \"steps\": [{\"request\": \"one\"}]}",
            to: "nul-env.json")
        try server.write(#"{"info": {"name": "c"}, "item": [{"name": "one", "request": {"url": "\#(server.base)/ok/"}}]}"#, to: "c.json")
        let nulEnvironmentOutcome = try PostieProcess.run(["run", nulEnvironment], in: server.directory, timeout: 30)
        #expect(nulEnvironmentOutcome.status == 65, "\(nulEnvironmentOutcome.everything)")
        #expect(
            nulEnvironmentOutcome.errors.contains("nul-env.json:2:17: environment: a file name cannot hold a NUL character"),
            "\(nulEnvironmentOutcome.errors)")
        let missing = try server.write("{\"name\": \"f\",\n \"collection\": \"gone.json\",\n \"steps\": [{\"request\": \"one\"}]}", to: "missing.json")
        let outcome = try PostieProcess.run(["run", missing], in: server.directory, timeout: 30)
        #expect(outcome.status == 64, "\(outcome.everything)")
        #expect(outcome.errors.contains("missing.json:2:16: collection \"gone.json\": no such file"), "\(outcome.errors)")
        #expect(server.received.isEmpty)
    }

    /// Found while fixing the one above: Foundation's `deletingLastPathComponent` traps on a path of one
    /// character, so `postie validate f` crashed (signal 4) for a flow file named `f`.
    @Test("a flow file with a one-character name runs and validates")
    func oneCharacterFlowName() throws {
        let server = try CountingServer()
        try server.write(#"{"info": {"name": "c"}, "item": [{"name": "one", "request": {"url": "\#(server.base)/ok/"}}]}"#, to: "c.json")
        _ = try server.write(#"{"collection": "c.json", "steps": [{"request": "one"}]}"#, to: "f")
        for command in [["validate", "f"], ["run", "f", "--allow-http-errors"]] {
            let outcome = try PostieProcess.run(command, in: server.directory, timeout: 30)
            #expect(outcome.status == 0, "\(command): \(outcome.everything.prefix(800))")
        }
        #expect(server.received.count == 1)
    }

    @Test("a 3 MB unknown request name is refused at once, quoted short")
    func hugeRequestName() throws {
        let server = try CountingServer()
        try server.write(#"{"info": {"name": "c"}, "item": [{"name": "one", "request": {"url": "\#(server.base)/ok/"}}]}"#, to: "c.json")
        let flow = try server.write(
            #"{"collection": "c.json", "steps": [{"request": "\#(String(repeating: "n", count: 3 << 20))"}]}"#, to: "f.json")
        let started = Date()
        let outcome = try PostieProcess.run(["validate", flow], in: server.directory)
        #expect(Date().timeIntervalSince(started) < 15)
        #expect(outcome.status == 65, "\(outcome.everything.prefix(500))")
        #expect(outcome.everything.utf8.count < 10_000)
    }

    /// Found by `postie-fuzz inputs`: a request with thousands of test scripts ran all of them after
    /// SIGINT (55 s), since an interrupt stopped only the script running.
    @Test("an interrupt ends an event of many scripts at once, not after the last of them")
    func interruptStopsTheRemainingScripts() throws {
        let server = try CountingServer()
        let busy = #"{"listen": "test", "script": {"exec": ["var t = Date.now(); while (Date.now() - t < 20) {}"]}}"#
        let collection = try server.write(
            #"{"info": {"name": "c"}, "item": [{"name": "many", "request": {"url": "\#(server.base)/ok/"}, "event": [\#(Array(repeating: busy, count: 1_500).joined(separator: ","))]}]}"#,
            to: "c.json")
        let started = Date()
        let outcome = try PostieProcess.run(["run", collection], in: server.directory, interruptAfter: 3)
        let seconds = Date().timeIntervalSince(started)
        #expect(outcome.status == 130, "\(outcome.everything.suffix(500))")
        // 1,500 scripts of 20 ms take 30 s; interrupted after 3 s the run ends well before.
        #expect(seconds < 20, "took \(seconds) s")
    }

    /// Found by `postie-fuzz inputs`: 3,000 requests were all built before an interrupt was heard.
    @Test("an interrupt during the preflight ends the run at once")
    func interruptDuringPreflight() throws {
        let server = try CountingServer()
        let item = #"{"name": "r", "request": {"url": "\#(server.base)/ok/?q={{v}}&w={{$guid}}"}}"#
        let collection = try server.write(
            #"{"info": {"name": "c"}, "item": [\#(Array(repeating: item, count: 4_000).joined(separator: ","))]}"#, to: "c.json")
        // 80 data rows: the preflight checks 320,000 requests, far more than it gets through in the 2 s
        // before the interrupt (with 8 rows a faster preflight was done, and the run sending, by then).
        try server.write("v\n" + (1...80).map(String.init).joined(separator: "\n") + "\n", to: "d.csv")
        let started = Date()
        let outcome = try PostieProcess.run(["run", collection, "-d", "d.csv"], in: server.directory, interruptAfter: 2)
        let seconds = Date().timeIntervalSince(started)
        #expect(outcome.status == 130, "\(outcome.everything.suffix(300))")
        #expect(server.received.count < 100, "\(server.received.count) requests sent")
        #expect(seconds < 15, "took \(seconds) s")
    }

    // MARK: M3: credentials across redirects

    @Test("a redirect to another port carries no credential: no Authorization, apikey header, Proxy-Authorization, Cookie, nor the api key in the Referer")
    func redirectToAnotherOrigin() throws {
        let seen = CountingServer.RequestLog()
        let headersSeen = HeaderLog()
        let other = try CountingServer(fallback: { request in
            seen.record(request.path)
            headersSeen.record(request.headers.map { "\($0.name): \($0.value)" })
            return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Data("{}".utf8))
        })
        let target = other.base + "/landing"
        let server = try CountingServer(routes: [
            "/start": { _ in HTTPResponse(status: 302, headers: ["Location": target, "Set-Cookie": "sid=from-a; Path=/"]) }
        ])
        let collection = try server.write(
            """
            {"info": {"name": "c"}, "item": [{"name": "start", "request": {"url": "\(server.base)/start?api_key=k-in-query",
              "header": [{"key": "Proxy-Authorization", "value": "Basic cHJveHk6c2VjcmV0"}, {"key": "Cookie", "value": "own=c1"}],
              "auth": {"type": "apikey", "apikey": [{"key": "key", "value": "X-Api-Token"}, {"key": "value", "value": "hdr-secret"}]}}},
             {"name": "bearer", "request": {"url": "\(server.base)/start",
              "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "bearer-secret"}]}}}]}
            """, to: "c.json")
        let outcome = try PostieProcess.run(["run", collection], in: server.directory)
        #expect(outcome.status == 0, "\(outcome.everything)")
        #expect(seen.paths == ["/landing", "/landing"])
        let all = headersSeen.all.joined(separator: "\n")
        // (The jar's `sid` may go: cookies are scoped by domain, not port, RFC 6265 §8.5.)
        for leaked in ["hdr-secret", "bearer-secret", "cHJveHk6c2VjcmV0", "own=c1", "k-in-query"] {
            #expect(!all.contains(leaked), "\(leaked) reached the other origin:\n\(all)")
        }
        #expect(all.contains("Referer: \(server.base)/"), "\(all)")
    }
}

/// Header lines a server saw, request by request.
final class HeaderLog: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func record(_ headers: [String]) { lock.withLock { lines += headers } }
    var all: [String] { lock.withLock { lines } }
}
