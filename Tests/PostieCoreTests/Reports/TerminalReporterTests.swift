import Foundation
import Testing

@testable import PostieCore

extension ReportsTests {
    @Suite("Terminal reporter")
    struct TerminalReporterTests {
        static let escape = "\u{1B}["

        @Test("a small run, line by line, with Unicode marks")
        func smallRunUnicode() throws {
            let terminal = ReportFixtures.terminal(unicode: true)
            try ReportFixtures.drive(terminal.reporter, with: ReportFixtures.smallRun())
            #expect(
                terminal.output.lines == [
                    "postie · Gallery · environment: local · 1 iteration",
                    "",
                    "  ✓ POST Subscription › Queue Job · 200 OK · 41 ms · 35 B",
                    "      ✓ status eq 200",
                    "      → jobId = 615d3f0e",
                    "  ✗ GET Subscription › Jobs · 401 Unauthorized · 1.2 s · 2.1 KB",
                    // The server's reason for an error answer, cut at a sensible length.
                    "      server: " + String(repeating: "A", count: ServerReason.limit) + "…",
                    "      ✗ status eq 200: expected 200, got 401",
                    "  ✗ GET Output · no response: cannot connect to gallery.test: connection refused",
                    "",
                    "┌──────────────────────────────┬────────────┬────────────┐",
                    "│                              │   executed │     failed │",
                    "├──────────────────────────────┼────────────┼────────────┤",
                    "│                   iterations │          1 │          1 │",
                    "│                     requests │          3 │          1 │",
                    "│                   assertions │          2 │          1 │",
                    "├──────────────────────────────┴────────────┴────────────┤",
                    "│ total run duration: 1.5 s                              │",
                    "│ total data received: 2.1 KB                            │",
                    "│ average response time: 638 ms [min: 41 ms, max: 1.2 s] │",
                    "└────────────────────────────────────────────────────────┘",
                    "",
                    "2 failures",
                    "  1. Subscription › Jobs — status eq 200: expected 200, got 401",
                    "  2. Output — no response: cannot connect to gallery.test: connection refused",
                    "",
                    "✗ failed: 1 of 2 assertions failed, 1 request error (3 requests, 1.5 s)",
                ])
            #expect(terminal.errors.lines == ["warning: the request Output has a test script that was not run"])
        }

        @Test("without a UTF-8 locale the marks and borders are ASCII")
        func smallRunASCII() throws {
            let terminal = ReportFixtures.terminal(unicode: nil, environment: ["LANG": "C"])
            try ReportFixtures.drive(terminal.reporter, with: ReportFixtures.smallRun())
            let lines = terminal.output.lines
            #expect(lines[0] == "postie - Gallery - environment: local - 1 iteration")
            #expect(lines[2] == "  ok   POST Subscription > Queue Job - 200 OK - 41 ms - 35 B")
            #expect(lines[3] == "      ok   status eq 200")
            #expect(lines[4] == "      -> jobId = 615d3f0e")
            #expect(lines[5] == "  FAIL GET Subscription > Jobs - 401 Unauthorized - 1.2 s - 2.1 KB")
            #expect(lines[10] == "+------------------------------+------------+------------+")
            #expect(lines.last == "failed: 1 of 2 assertions failed, 1 request error (3 requests, 1.5 s)")
            #expect(terminal.output.text.unicodeScalars.allSatisfy { $0.isASCII })
        }

        @Test(
            "the locale decides Unicode: LC_ALL, then LC_CTYPE, then LANG",
            arguments: [
                (["LANG": "en_US.UTF-8"], true), (["LANG": "C.utf8"], true), ([:], false), (["LANG": "C"], false),
                (["LC_ALL": "C", "LANG": "en_US.UTF-8"], false), (["LC_CTYPE": "de_DE.UTF-8", "LANG": "C"], true),
                (["LC_ALL": "", "LANG": "en_GB.UTF-8"], true),
            ])
        func localeDecidesUnicode(environment: [String: String], unicode: Bool) {
            #expect(TerminalStyle.localeIsUTF8(environment: environment) == unicode)
        }

        @Test(
            "colour: auto on a terminal unless NO_COLOR or TERM=dumb; on always; off never",
            arguments: [
                (ColorMode.auto, true, [String: String](), true),
                (.auto, false, [:], false),
                (.auto, true, ["NO_COLOR": "1"], false),
                (.auto, true, ["NO_COLOR": ""], true),
                (.auto, true, ["TERM": "dumb"], false),
                (.on, false, [:], true),
                (.on, true, ["NO_COLOR": "1"], true),
                (.off, true, [:], false),
            ])
        func colourDecision(mode: ColorMode, isTerminal: Bool, environment: [String: String], coloured: Bool) throws {
            #expect(mode.allowsColor(isTerminal: isTerminal, environment: environment) == coloured)
            let terminal = ReportFixtures.terminal(color: mode, environment: environment, isTerminal: isTerminal)
            try ReportFixtures.drive(terminal.reporter, with: ReportFixtures.smallRun())
            #expect(terminal.output.text.contains(Self.escape) == coloured)
            #expect(terminal.errors.text.contains(Self.escape) == coloured)
        }

        @Test("never colour with NO_COLOR set, even on a terminal, unless --color on is given")
        func noColorWins() throws {
            for value in ["1", "true", "0", "anything"] {
                let terminal = ReportFixtures.terminal(color: .auto, environment: ["NO_COLOR": value], isTerminal: true)
                try ReportFixtures.drive(terminal.reporter, with: ReportRuns.everything)
                #expect(!terminal.output.text.contains(Self.escape))
                #expect(!terminal.errors.text.contains(Self.escape))
            }
        }

        @Test("coloured output says the same as plain output once the codes are removed")
        func colourOnlyAddsCodes() throws {
            let plain = ReportFixtures.terminal(color: .off)
            let coloured = ReportFixtures.terminal(color: .on)
            try ReportFixtures.drive(plain.reporter, with: ReportFixtures.smallRun())
            try ReportFixtures.drive(coloured.reporter, with: ReportFixtures.smallRun())
            let stripped = coloured.output.text.replacingOccurrences(
                of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            #expect(stripped == plain.output.text)
            #expect(coloured.output.text.contains("\u{1B}[32m✓\u{1B}[0m"))
            #expect(coloured.output.text.contains("\u{1B}[31;1m✗\u{1B}[0m"))
        }

        @Test("attempts of a poll are shown as they happen, under the request's name")
        func liveAttempts() throws {
            let terminal = ReportFixtures.terminal()
            let run = ReportFixtures.fullRun()
            try ReportFixtures.drive(terminal.reporter, with: run)
            let lines = terminal.output.lines
            let header = try #require(lines.firstIndex(of: "  Subscription › Jobs"))
            #expect(lines[header + 1] == "      ↻ attempt 1 · 200 · 12 ms · $.status is \"Running\"")
            #expect(lines[header + 2] == "      ↻ attempt 2 · 503 · 7 ms · retry after 503; key [redacted]")
            #expect(lines[header + 3] == "  ✓ GET Subscription › Jobs · 200 OK · 9 ms · 46 B · 3 attempts")
            #expect(lines[header + 4] == "      ✓ $.disposition eq \"Success\"")
        }

        @Test("attempts the runner did not report live are listed after the request")
        func attemptsAfterTheRequest() throws {
            let terminal = ReportFixtures.terminal()
            let poll = ReportFixtures.fullRun().executions[1]
            terminal.reporter.executionFinished(poll)
            #expect(
                terminal.output.lines == [
                    "  ✓ GET Subscription › Jobs · 200 OK · 9 ms · 46 B · 3 attempts",
                    "      ✓ $.disposition eq \"Success\"",
                    "      ↻ attempt 1 · 200 · 12 ms · $.status is \"Running\"",
                    "      ↻ attempt 2 · 503 · 7 ms · retry after 503; key [redacted]",
                ])
        }

        @Test("iterations get headings, captures and saved files their lines, warnings go to stderr")
        func fullRun() throws {
            let terminal = ReportFixtures.terminal()
            try ReportFixtures.drive(terminal.reporter, with: ReportFixtures.fullRun())
            let lines = terminal.output.lines
            #expect(lines.filter { $0.hasPrefix("Iteration ") } == ["Iteration 1/2", "Iteration 2/2"])
            #expect(lines.contains("      → accessToken = [redacted]"))
            #expect(lines.contains("      → sessionToken = [redacted]"))
            #expect(lines.contains("      saved postie-output/logo.png (57 B)"))
            // Control characters from a message never reach the terminal.
            #expect(lines.contains("  ✗ Hawk <&> \"quoted\" · not sent: unsupported auth type \"hawk\"\u{FFFD}\u{FFFD} for [redacted]"))
            // Nothing checked these: their status is shown without a check mark.
            #expect(lines.contains("  • GET Files › Download · 200 OK · 20 ms · 57 B"))
            // The server's reason for an error answer, once.
            #expect(lines.filter { $0 == "      server: bad signature for [redacted]" }.count == 1)
            #expect(lines.contains("  1. Subscription › Outputs › Output (iteration 1) — status eq 200: expected 200, got 401"))
            #expect(lines.contains { $0.hasPrefix("  4. Hawk <&> \"quoted\" (iteration 2) — not sent: unsupported auth type") })
            #expect(
                terminal.errors.lines == [
                    "warning: Subscription › Outputs › Output: a script was not run ([redacted])",
                    "warning: unresolved {{x}} near [redacted]",
                ])
        }

        @Test("a diagnostic raised during the run is not repeated at the end")
        func diagnosticsOnce() throws {
            let terminal = ReportFixtures.terminal()
            let run = ReportFixtures.smallRun()
            terminal.reporter.diagnosticRaised(run.diagnostics[0])
            terminal.reporter.diagnosticRaised(.error("the data file has an empty row"))
            try ReportFixtures.drive(terminal.reporter, with: run)
            #expect(
                terminal.errors.lines == [
                    "warning: the request Output has a test script that was not run",
                    "error: the data file has an empty row",
                ])
        }

        @Test("--verbose shows headers (secret ones redacted) and the start of bodies, binary ones by size")
        func verbose() throws {
            let terminal = ReportFixtures.terminal(verbose: true)
            try ReportFixtures.drive(terminal.reporter, with: ReportFixtures.fullRun())
            let lines = terminal.output.lines
            #expect(lines.contains("      > POST https://gallery.example/api/v1/workflows/w1/jobs/?token=[redacted]&sig=[redacted]"))
            #expect(lines.contains("      > Authorization: [redacted]"))
            #expect(lines.contains("      > {\"client_secret\":\"[redacted]\",\"password\":\"[redacted]\"}"))
            #expect(lines.contains("      < Set-Cookie: [redacted]"))
            #expect(lines.contains("      < <binary, 57 B>"))
            #expect(lines.contains("      < … (2.0 KB of 300.0 KB shown)"))
            #expect(lines.contains("      < … (26 B of 19.1 MB shown)"))
            #expect(!lines.contains { $0.hasSuffix(" ") })
        }

        @Test(
            "the verdict says what happened",
            arguments: [
                ("passed", "✓ all passed: 1 request, 1 assertion (2.0 s)"),
                ("interrupted", "✗ interrupted after 1 request (2.0 s)"),
                ("bailed", "✗ stopped at the first failure (--bail): 1 of 1 assertion failed (1 request, 2.0 s)"),
            ])
        func verdicts(run: String, verdict: String) throws {
            let terminal = ReportFixtures.terminal()
            let runs = ["passed": ReportRuns.passed, "interrupted": ReportRuns.interrupted, "bailed": ReportRuns.bailed]
            try ReportFixtures.drive(terminal.reporter, with: try #require(runs[run]))
            #expect(terminal.output.lines.last == verdict)
        }
    }
}

/// Small runs for single behaviours.
enum ReportRuns {
    static func one(passed: Bool, interrupted: Bool = false, bailed: Bool = false) -> RunResult {
        RunResult(
            collectionName: "C", startedAt: ReportFixtures.start, finishedAt: ReportFixtures.at(2000), iterationCount: 1,
            executions: [
                RequestExecution(
                    id: "x", iteration: 0, itemID: nil, name: "Ping", folderPath: [], startedAt: ReportFixtures.start,
                    request: SentRequest(method: "GET", url: "http://localhost/ping"),
                    response: TransportResponse(status: passed ? 200 : 500, durationMilliseconds: 3),
                    assertions: interrupted
                        ? [] : [AssertionOutcome(name: "status eq 200", passed: passed, expected: "200", actual: "500")])
            ], interrupted: interrupted, bailed: bailed)
    }

    static let passed = one(passed: true)
    static let interrupted = one(passed: true, interrupted: true)
    static let bailed = one(passed: false, bailed: true)
    static let everything = ReportFixtures.fullRun(interrupted: true)
}
