import Foundation
import PostieCrypto
import PostieJSON
import Testing

@testable import PostieCore

extension ReportsTests {
    @Suite("HTML report")
    struct HTMLReporterTests {
        static func html(_ run: RunResult, bodyLimit: Int = JSONReporter.defaultBodyLimit) throws -> String {
            let reporter = HTMLReporter(
                path: "", redactor: ReportFixtures.redactor(), options: JSONReporter.Options(bodyLimit: bodyLimit))
            reporter.runStarted(
                RunStart(collectionName: run.collectionName, iterationCount: run.iterationCount, requestCount: run.executions.count))
            return reporter.document(for: run)
        }

        @Test("the page opens on the verdict and the first failure, and anchors every request")
        func verdictFirst() throws {
            let run = ReportFixtures.fullRun()
            let page = try Self.html(run)
            let verdict = try #require(page.range(of: "<header class=\"verdict failed\""))
            let firstFailure = try #require(page.range(of: "First failure"))
            let timeline = try #require(page.range(of: "<section id=\"timeline\">"))
            #expect(verdict.lowerBound < firstFailure.lowerBound && firstFailure.lowerBound < timeline.lowerBound)
            for execution in run.executions {
                #expect(page.contains("id=\"r-\(execution.id)\""), "no anchor for \(execution.id)")
                #expect(page.contains("href=\"#r-\(execution.id)\""), "nothing links to \(execution.id)")
            }
            #expect(page.contains("<input type=\"checkbox\" id=\"only-failures\""))
        }

        @Test("the Content-Security-Policy allows the one style sheet by its hash, and no script")
        func contentSecurityPolicy() throws {
            let page = try Self.html(ReportFixtures.smallRun())
            let style = try #require(page.range(of: "<style>")).upperBound
            let end = try #require(page.range(of: "</style>")).lowerBound
            var hasher = SHA256ForTests()
            let digest = hasher.digest(String(page[style..<end]))
            #expect(page.contains("style-src 'sha256-\(digest)'"))
            #expect(page.contains("default-src 'none'"))
            #expect(!page.contains("<script"))
        }

        @Test("a JSON report read back renders the same JSON and the same page")
        func roundTrip() throws {
            for run in [ReportFixtures.smallRun(), ReportFixtures.fullRun(), ReportFixtures.fullRun(interrupted: true)] {
                let json = JSONReporter(path: "", redactor: ReportFixtures.redactor())
                json.runStarted(
                    RunStart(collectionName: run.collectionName, iterationCount: run.iterationCount, requestCount: run.executions.count))
                let document = json.document(for: run)
                let reread = try ReportReader.read(document, file: "report.json")
                let again = JSONReporter(path: "", redactor: SecretRedactor())
                again.runStarted(
                    RunStart(collectionName: run.collectionName, iterationCount: run.iterationCount, requestCount: run.executions.count))
                let first = JSONWriter.pretty(document)
                let second = JSONWriter.pretty(again.document(for: reread))
                if first != second, let directory = ProcessInfo.processInfo.environment["POSTIE_DUMP_DIR"] {
                    try? first.write(toFile: directory + "/a.json", atomically: true, encoding: .utf8)
                    try? second.write(toFile: directory + "/b.json", atomically: true, encoding: .utf8)
                }
                #expect(second == first)
                #expect(HTMLRenderer().render(again.document(for: reread)) == HTMLRenderer().render(document))
            }
        }

        @Test("100 requests with bodies make a page under 200 KB, bodies cut and saying so")
        func small() throws {
            var run = ReportFixtures.smallRun()
            let template = run.executions[0]
            let body = Data(String(repeating: #"{"id":"615d3f0e","status":"Queued","note":"lorem ipsum dolor"},"#, count: 200).utf8)
            run.executions = (0..<100).map { index in
                var execution = template
                execution.id = "0-\(index)"
                execution.startedAt = ReportFixtures.at(Double(index) * 50)
                execution.request?.body = body
                execution.response?.body = .memory(body)
                execution.response?.headers += (0..<8).map { HeaderField(name: "X-Header-\($0)", value: "value \($0)") }
                return execution
            }
            let page = try Self.html(run)
            if let directory = ProcessInfo.processInfo.environment["POSTIE_DUMP_DIR"] {
                try? page.write(toFile: directory + "/100.html", atomically: true, encoding: .utf8)
            }
            #expect(page.utf8.count < 200 * 1024, "\(page.utf8.count) bytes")
            #expect(page.contains("truncated: "))
        }

        @Test("text the page shows is escaped; controls HTML forbids are replaced")
        func escaping() {
            #expect(HTMLBuilder.escape("<a href='x'>&\"\u{0}\u{7}\r\n") == "&lt;a href='x'&gt;&amp;\"\u{FFFD}\u{FFFD}\n\n")
        }
    }
}

/// The SHA-256 in base64 that a CSP hash source holds, computed apart from the renderer.
struct SHA256ForTests {
    mutating func digest(_ text: String) -> String {
        var hasher = PostieCrypto.SHA256()
        hasher.update(Data(text.utf8))
        return Data(hasher.finalize()).base64EncodedString()
    }
}
