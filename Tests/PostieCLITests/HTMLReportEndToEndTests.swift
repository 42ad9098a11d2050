import Foundation
import GalleryEmulator
import PostieCrypto
import PostieJSON
import Testing

/// The HTML report (issue 12, item 1) and `postie report` (item 2), from the real binary against the
/// embedded emulator: parsed strictly, searched for secrets, and rendered by headless Chromium.
@Suite("HTML report, end to end")
struct HTMLReportEndToEndTests {
    /// A secret given on the command line, under a name that says so.
    static let commandLineToken = "tok-cli-0123456789abcdef"

    /// A flow with every kind of step the page draws: a check that fails, a poll, retries, a binary body
    /// (the workflow's package, a ZIP), a saved file, a capture, a step not sent.
    static func troubledFlow(_ server: RunningEmulator) throws -> String {
        try server.write(
            """
            {"name": "Troubled flow",
             "collection": "\(RunningEmulator.collection("alteryx-gallery.postman_collection.json"))",
             "variables": {"appId": "60c2886ec05c2320e8d88fd0"},
             "steps": [
               {"name": "Subscription, checked wrong", "request": "Subscription/Subscription",
                "expect": {"status": 201, "json": {"$[0].id": "not-this-id"}}},
               {"name": "Queue the job", "request": "Subscription/Queue Job",
                "expect": {"status": 200}, "capture": {"jobId": "$.id"}},
               {"name": "Wait for the job", "request": "Subscription/Jobs",
                "poll": {"until": {"json": {"$.status": "Completed"}}, "every": "50ms", "timeout": "1m"},
                "capture": {"outputId": "$.outputs[0].id"}},
               {"name": "Package, retried", "request": "Subscription/Package",
                "retry": {"count": 2, "delay": "10ms", "on": [200]}, "expect": {"status": 200}},
               {"name": "Raw output", "request": "Subscription/Output", "expect": {"status": 200}, "save": "output.yxdb"},
               {"name": "Missing capture", "request": "Subscription/Jobs", "variables": {},
                "capture": {"nothing": "$.no.such.path"}},
               {"name": "Needs the missing capture", "request": "Subscription/Jobs", "variables": {"jobId": "{{nothing}}"}}
             ]}
            """, to: "troubled.flow.json")
    }

    /// The secrets the emulator's environment and the command line hold: none may be in any page.
    static let secrets = [
        GalleryEmulator.DemoCredentials.studioSecret, GalleryEmulator.DemoCredentials.userSecret,
        GalleryEmulator.DemoCredentials.artisanSecret, commandLineToken,
    ]

    /// Checks what every page must be: well formed, self-contained, secret-free, allowed by its own CSP.
    static func checkPage(_ html: String, executions: Int, name: String) throws {
        let page = HTMLChecker(html)
        #expect(page.problems.isEmpty, "\(name): \(page.problems.prefix(10))")
        for secret in secrets { #expect(!html.contains(secret), "\(name) holds a secret") }
        let policy = try #require(page.contentSecurityPolicy, "\(name) has no Content-Security-Policy")
        #expect(policy.contains("default-src 'none'"))
        #expect(!policy.contains("unsafe-inline"))
        #expect(page.styles.count == 1)
        var hasher = SHA256()
        hasher.update(Data((page.styles.first ?? "").utf8))
        #expect(policy.contains("style-src 'sha256-\(Data(hasher.finalize()).base64EncodedString())'"), "\(name): \(policy)")
        let anchors = page.ids.filter { $0.hasPrefix("r-") }
        #expect(anchors.count == executions, "\(name): \(anchors.count) request anchors for \(executions) executions")
        #expect(Set(page.ids).count == page.ids.count, "\(name): an id twice")
        #expect(html.utf8.count < 200 * 1024, "\(name): \(html.utf8.count) bytes")
    }

    static func executions(inReport path: String) throws -> [JSONValue] {
        try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: path)))["run"]?["executions"]?.arrayValue ?? []
    }

    @Test func theDemoWritesAnHTMLReportThatIsWellFormedAndSelfContained() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("postie-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try PostieProcess.run(
            ["demo", "--collections", PostieProcess.packageRoot.appendingPathComponent("collections").path, "--job-time", "200ms"],
            in: directory)
        #expect(outcome.status == 0, "\(outcome.everything)")
        let html = try String(contentsOf: directory.appendingPathComponent("postie-output/demo-report.html"), encoding: .utf8)
        let executions = try Self.executions(inReport: directory.appendingPathComponent("postie-output/demo-report.json").path)
        try Self.checkPage(html, executions: executions.count, name: "demo")
        #expect(html.contains("✓ all passed: 4 requests, 11 checks"))
        #expect(html.contains("class=\"mark\""), "the poll's attempts are marked on the timeline")
    }

    @Test(.enabled(if: Chromium.executable != nil, "chromium is not installed (apt-get install chromium; .ci/run installs it)"))
    func chromiumRendersTheDemoPageWithItsVerdictAndEveryRequest() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("postie-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try PostieProcess.run(
            ["demo", "--collections", PostieProcess.packageRoot.appendingPathComponent("collections").path, "--job-time", "200ms"],
            in: directory)
        #expect(outcome.status == 0, "\(outcome.everything)")
        let html = try String(contentsOf: directory.appendingPathComponent("postie-output/demo-report.html"), encoding: .utf8)
        let executions = try Self.executions(inReport: directory.appendingPathComponent("postie-output/demo-report.json").path)
        try Chromium.check(html: html, expecting: ["all passed"] + executions.compactMap { $0["step"]?.stringValue }, in: directory)
    }

    @Test(.enabled(if: Chromium.executable != nil, "chromium is not installed (apt-get install chromium; .ci/run installs it)"))
    func chromiumRendersAFailedRunWithItsVerdictFailuresAndEveryRequest() throws {
        let server = try RunningEmulator()
        let outcome = try PostieProcess.run(
            ["run", try Self.troubledFlow(server), "-e", server.environmentPath, "-r", "json,html", "--output-dir", server.path("out")],
            in: server.directory)
        #expect(outcome.status == 1, "\(outcome.everything)")
        let html = try String(contentsOfFile: server.path("out/postie-report.html"), encoding: .utf8)
        let executions = try Self.executions(inReport: server.path("out/postie-report.json"))
        try Chromium.check(
            html: html,
            expecting: ["failed", "First failure", "Failures (", "status eq 201: expected 201, got 200"]
                + executions.compactMap { $0["step"]?.stringValue },
            in: server.directory)
    }

    @Test func aRunWithFailuresPollsRetriesBinaryBodiesAndSecretsMakesAPageThatShowsThemAndNoSecret() throws {
        let server = try RunningEmulator()
        let flow = try Self.troubledFlow(server)
        let outcome = try PostieProcess.run(
            [
                "run", flow, "-e", server.environmentPath, "--env-var", "apiToken=\(Self.commandLineToken)", "-r", "json,html",
                "--output-dir", server.path("out"),
            ], in: server.directory)
        #expect(outcome.status == 1, "\(outcome.everything)")
        let html = try String(contentsOfFile: server.path("out/postie-report.html"), encoding: .utf8)
        let executions = try Self.executions(inReport: server.path("out/postie-report.json"))
        #expect(executions.count == 7)
        try Self.checkPage(html, executions: executions.count, name: "troubled run")
        #expect(html.contains("<header class=\"verdict failed\""))
        let firstFailure = try #require(html.range(of: "First failure"))
        #expect(html[firstFailure.upperBound...].prefix(400).contains("Subscription, checked wrong"))
        #expect(html.contains("not-this-id"), "the expected value")
        #expect(html.contains("binary body"))
        #expect(html.contains("output.yxdb (1.2 KB)"), "the saved file")
        #expect(html.contains("Attempts (3)"), "the retried package")
        #expect(html.contains("class=\"mark\""))
        #expect(html.contains("not sent: "))
        #expect(html.contains("apiToken=[redacted]"))
        #expect(html.contains("<details open>"), "a failed request is open")

        // Item 2: the same reports again from the JSON report, byte for byte.
        let again = try PostieProcess.run(
            [
                "report", server.path("out/postie-report.json"), "-r", "html,json,junit", "--output-dir", server.path("again"),
            ], in: server.directory)
        #expect(again.status == 1, "the reported run failed: \(again.everything)")
        #expect(try String(contentsOfFile: server.path("again/postie-report.html"), encoding: .utf8) == html)
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: server.path("again/postie-report.json")))
                == Data(contentsOf: URL(fileURLWithPath: server.path("out/postie-report.json"))))
        let junit = try String(contentsOfFile: server.path("again/postie-report.xml"), encoding: .utf8)
        #expect(junit.contains("<testsuites name=\"Troubled flow\" tests="))
        for secret in Self.secrets { #expect(!junit.contains(secret)) }
    }

    @Test func aHundredRequestRunMakesAPageUnderTwoHundredKilobytes() throws {
        let server = try RunningEmulator { $0.jobTime = 0 }
        let rows = (1...25).map { "{\"row\": \($0)}" }.joined(separator: ",")
        let data = try server.write("[\(rows)]", to: "rows.json")
        // The smoke flow without its save (a file is saved once per run).
        let smoke = try String(contentsOfFile: RunningEmulator.collection("alteryx-gallery.smoke.flow.json"), encoding: .utf8)
        let flow = try server.write(
            smoke.replacingOccurrences(of: ",\n      \"save\": \"ecb-rates.csv\"", with: "")
                .replacingOccurrences(of: "\"alteryx-gallery.postman_collection.json\"", with: "\"\(RunningEmulator.collection("alteryx-gallery.postman_collection.json"))\""),
            to: "hundred.flow.json")
        let outcome = try PostieProcess.run(
            [
                "run", flow, "-e", server.environmentPath, "-d", data,
                "-r", "json,html", "--output-dir", server.path("out"),
            ], in: server.directory)
        #expect(outcome.status == 0, "\(outcome.everything)")
        let html = try String(contentsOfFile: server.path("out/postie-report.html"), encoding: .utf8)
        let executions = try Self.executions(inReport: server.path("out/postie-report.json"))
        #expect(executions.count == 100)
        try Self.checkPage(html, executions: 100, name: "100 requests")
        #expect(html.contains("Iteration 25 of 25"))
        print("postie HTML report: \(html.utf8.count) bytes for 100 requests (JSON report \(try Data(contentsOf: URL(fileURLWithPath: server.path("out/postie-report.json"))).count) bytes)")
    }

    @Test func reportRefusesWhatIsNotAJSONReportAndWritesOverNoInput() throws {
        let server = try RunningEmulator()
        let collection = RunningEmulator.collection("alteryx-gallery.postman_collection.json")
        let notReport = try PostieProcess.run(["report", collection, "--output-dir", server.path("out")], in: server.directory)
        #expect(notReport.status == 65, "\(notReport.everything)")
        #expect(notReport.errors.contains("is not a postie JSON report"), "\(notReport.errors)")
        let none = try PostieProcess.run(["report"], in: server.directory)
        #expect(none.status == 64)
        let report = try server.write(#"{"run": {"executions": []}}"#, to: "empty.json")
        let over = try PostieProcess.run(["report", report, "--reporter-json-export", report], in: server.directory)
        #expect(over.status == 64, "\(over.everything)")
        #expect(over.errors.contains("input file"), "\(over.errors)")
    }
}

/// Headless Chromium, when it is installed (`.ci/run` installs it from Debian).
enum Chromium {
    static let executable: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Renders `html` (written beside the test's files), takes a screenshot and dumps the DOM; the DOM must
    /// hold every text of `expecting`.
    static func check(html: String, expecting texts: [String], in directory: URL) throws {
        let executable = try #require(executable)
        let page = directory.appendingPathComponent("chromium-page.html")
        try Data(html.utf8).write(to: page)
        let screenshot = directory.appendingPathComponent("chromium-shot.png")
        let common = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--user-data-dir=\(directory.appendingPathComponent("chromium-profile").path)", "--window-size=1200,2000",
        ]
        let dump = try run(executable, common + ["--dump-dom", page.absoluteString])
        #expect(dump.status == 0, "chromium --dump-dom: \(dump.errors.suffix(500))")
        for text in texts { #expect(dump.output.contains(text), "the DOM does not show \(text)") }
        #expect(dump.output.contains("id=\"verdict\""))
        let shot = try run(executable, common + ["--screenshot=\(screenshot.path)", page.absoluteString])
        #expect(shot.status == 0, "chromium --screenshot: \(shot.errors.suffix(500))")
        let png = try Data(contentsOf: screenshot)
        #expect(png.count > 10_000 && png.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]), "\(png.count) bytes")
    }

    private static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let collected = PostieProcess.Collected()
        let group = DispatchGroup()
        for (pipe, keyPath) in [(output, \PostieProcess.Collected.output), (errors, \PostieProcess.Collected.errors)] {
            group.enter()
            Thread.detachNewThread {
                collected.set(keyPath, pipe.fileHandleForReading.readDataToEndOfFile())
                group.leave()
            }
        }
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            process.waitUntilExit()
            finished.signal()
        }
        if finished.wait(timeout: .now() + 90) == .timedOut {
            process.terminate()
            throw PostieProcess.TimedOut(arguments: arguments)
        }
        group.wait()
        return (
            process.terminationStatus, String(decoding: collected.output, as: UTF8.self),
            String(decoding: collected.errors, as: UTF8.self)
        )
    }
}
