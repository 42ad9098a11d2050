import Foundation
import PostieJSON
import Testing

@testable import PostieCore

extension ReportsTests {
    @Suite("JSON reporter")
    struct JSONReporterTests {
        /// Runs the reporter through `run`, then reads its file back: the parsed report and its text.
        static func report(
            _ run: RunResult, bodyLimit: Int = JSONReporter.defaultBodyLimit, requestCount: Int? = nil
        ) throws -> (json: JSONValue, text: String) {
            let directory = try TestFixtures.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let path = directory.appendingPathComponent("nested/report.json").path
            let reporter = JSONReporter(
                path: path, redactor: ReportFixtures.redactor(), options: JSONReporter.Options(bodyLimit: bodyLimit))
            try ReportFixtures.drive(reporter, with: run, requestCount: requestCount)
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("nested").path) == ["report.json"])
            return (try JSONParser.parse(data), String(decoding: data, as: UTF8.self))
        }

        static func executions(_ json: JSONValue) throws -> [JSONValue] {
            try #require(json["run"]?["executions"]?.arrayValue)
        }

        @Test("the file is streamed one execution at a time, and reads exactly as the whole document would")
        func streamedFileEqualsTheWholeDocument() throws {
            for run in [ReportFixtures.smallRun(), ReportFixtures.fullRun(), ReportFixtures.fullRun(interrupted: true)] {
                let directory = try TestFixtures.temporaryDirectory()
                defer { try? FileManager.default.removeItem(at: directory) }
                let path = directory.appendingPathComponent("report.json").path
                let reporter = JSONReporter(path: path, redactor: ReportFixtures.redactor())
                try ReportFixtures.drive(reporter, with: run)
                let streamed = try String(contentsOfFile: path, encoding: .utf8)
                #expect(streamed == JSONWriter.pretty(reporter.document(for: run)))
            }
            var empty = ReportFixtures.smallRun()
            empty.executions = []
            let directory = try TestFixtures.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let reporter = JSONReporter(path: directory.appendingPathComponent("empty.json").path, redactor: ReportFixtures.redactor())
            try ReportFixtures.drive(reporter, with: empty)
            let text = try String(contentsOfFile: directory.appendingPathComponent("empty.json").path, encoding: .utf8)
            #expect(text == JSONWriter.pretty(reporter.document(for: empty)))
        }

        @Test("Newman's top-level shape")
        func shape() throws {
            let (json, _) = try Self.report(ReportFixtures.fullRun())
            #expect(json.objectValue?.keys == ["collection", "environment", "globals", "run"])
            #expect(
                json["run"]?.objectValue?.keys
                    == ["stats", "timings", "executions", "transfers", "failures", "error", "interrupted", "bailed", "diagnostics"])
            #expect(json["collection"]?["info"]?["_postman_id"] == "c0ffee")
            #expect(json["collection"]?["info"]?["name"] == "Gallery & Co")
            #expect(json["collection"]?["info"]?["schema"] == .string(JSONReporter.collectionSchema))
            // The items that ran, nested in their folders, each once.
            let items = try #require(json["collection"]?["item"]?.arrayValue)
            #expect(items.map { $0["name"] } == ["Subscription", "Files", "Hawk <&> \"quoted\""])
            #expect(items[0]["item"]?[0] == ["id": "item-queue", "name": "Queue Job"])
            #expect(items[0]["item"]?[2]?["item"]?[0]?["id"] == "item-output")
            #expect(json["environment"]?["name"] == "local")
            #expect(json["run"]?["error"] == .null)
            #expect(json["run"]?["transfers"]?["responseTotal"]?.numberValue == Double(ReportFixtures.fullRun().responseBytes))
        }

        @Test("stats and timings")
        func statsAndTimings() throws {
            let (json, _) = try Self.report(ReportFixtures.fullRun())
            let stats = try #require(json["run"]?["stats"])
            #expect(stats["iterations"] == ["total": 2, "pending": 0, "failed": 2])
            #expect(stats["requests"] == ["total": 8, "pending": 0, "failed": 2])
            #expect(stats["items"] == ["total": 8, "pending": 0, "failed": 3])
            #expect(stats["assertions"] == ["total": 5, "pending": 0, "failed": 2])
            #expect(stats["testScripts"] == ["total": 0, "pending": 0, "failed": 0])
            #expect(stats["prerequestScripts"]?["total"] == 0)
            let timings = try #require(json["run"]?["timings"])
            #expect(timings["started"] == 1_700_000_000_000)
            #expect(timings["completed"] == 1_700_000_002_500)
            #expect(timings["responseMin"] == 9)
            #expect(timings["responseMax"] == 900)
            let average = try #require(timings["responseAverage"]?.numberValue)
            #expect(abs(average - (41.6 + 9 + 15 + 20 + 300 + 900) / 6) < 0.001)
        }

        @Test("an execution: cursor, item, request and response as sent and received, redacted")
        func execution() throws {
            let executions = try Self.executions(try Self.report(ReportFixtures.fullRun()).json)
            #expect(executions.count == 8)
            let queue = executions[0]
            #expect(queue["cursor"] == ["position": 0, "iteration": 0, "length": 6, "cycles": 2, "ref": "e1"])
            #expect(executions[6]["cursor"]?["iteration"] == 1)
            #expect(executions[6]["cursor"]?["position"] == 0)
            #expect(queue["item"] == ["id": "item-queue", "name": "Queue Job", "path": ["Subscription", "Queue Job"]])
            let request = try #require(queue["request"])
            #expect(request["method"] == "POST")
            #expect(request["url"] == "https://gallery.example/api/v1/workflows/w1/jobs/?token=[redacted]&sig=[redacted]")
            #expect(request["header"]?[0] == ["key": "Authorization", "value": "[redacted]"])
            #expect(request["header"]?[3] == ["key": "User-Agent", "value": "postie/0.1", "system": true])
            #expect(
                request["body"] == [
                    "mode": "raw", "raw": #"{"client_secret":"[redacted]","password":"[redacted]"}"#, "encoding": "utf8",
                    "truncated": false, "size": 74,
                ])
            let response = try #require(queue["response"])
            #expect(response["status"] == "OK")
            #expect(response["code"] == 200)
            #expect(response["body"] == #"{"id":"615d3f0e","access_token":"[redacted]","status":"Queued"}"#)
            #expect(response["encoding"] == "utf8")
            #expect(response["truncated"] == false)
            #expect(response["responseTime"] == 41.6)
            #expect(response["responseSize"] == 93)
            #expect(response["header"]?[1] == ["key": "Set-Cookie", "value": "[redacted]"])
            #expect(response["header"]?[2] == ["key": "X-Echo", "value": "[redacted]"])
        }

        @Test("a binary body is base64 with a flag, its secrets removed before encoding")
        func binaryBody() throws {
            let executions = try Self.executions(try Self.report(ReportFixtures.fullRun()).json)
            let response = try #require(executions[3]["response"])
            #expect(response["encoding"] == "base64")
            #expect(response["truncated"] == false)
            let base64 = try #require(response["body"]?.stringValue)
            let decoded = try #require(Data(base64Encoded: base64))
            #expect(decoded.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            #expect(String(decoding: decoded, as: UTF8.self).contains("[redacted]"))
            #expect(!String(decoding: decoded, as: UTF8.self).contains(ReportFixtures.bearerToken))
        }

        @Test("a large body is cut at the limit with its full size, never cutting a secret in two")
        func largeBody() throws {
            let executions = try Self.executions(try Self.report(ReportFixtures.fullRun()).json)
            let response = try #require(executions[4]["response"])
            let body = try #require(response["body"]?.stringValue)
            #expect(response["truncated"] == true)
            #expect(response["responseSize"]?.numberValue == Double(300 * 1024))
            #expect(body.utf8.count <= JSONReporter.defaultBodyLimit)
            #expect(body.utf8.count > JSONReporter.defaultBodyLimit - 100)
            #expect(body.hasPrefix("date,rate\n2024-01-02,1.10\n"))
            #expect(!body.contains("eyJhbGci"))
            #expect(body.hasSuffix("[redacted]"))
        }

        @Test("a spooled body keeps its prefix, marked truncated")
        func spooledBody() throws {
            let executions = try Self.executions(try Self.report(ReportFixtures.fullRun()).json)
            let response = try #require(executions[5]["response"])
            #expect(response["body"] == "date,rate\n2024-01-02,1.10\n")
            #expect(response["truncated"] == true)
            #expect(response["responseSize"] == 20_000_000)
        }

        @Test("a small limit cuts text at a character boundary")
        func smallLimit() throws {
            let run = ReportRuns.withBody(Data("héllo wörld ✓✓✓".utf8), contentType: "text/plain")
            let executions = try Self.executions(try Self.report(run, bodyLimit: 3).json)
            #expect(executions[0]["response"]?["body"] == "hé")
            #expect(executions[0]["response"]?["truncated"] == true)
        }

        @Test("checks: every assertion named, failed ones with Newman's error plus expected and actual")
        func assertions() throws {
            let executions = try Self.executions(try Self.report(ReportFixtures.fullRun()).json)
            #expect(executions[0]["assertions"]?[0] == ["assertion": "status eq 200", "skipped": false])
            #expect(
                executions[2]["assertions"]?[0] == [
                    "assertion": "status eq 200", "skipped": false,
                    "error": [
                        "name": "AssertionError", "index": 0, "test": "status eq 200",
                        "message": "status eq 200: expected 200, got 401", "expected": "200", "actual": "401",
                    ],
                ])
            #expect(executions[2]["assertions"]?[1]?["error"]?["actual"] == "\"[redacted]\"")
        }

        @Test("failures in Newman's shape: error, at, source, parent, cursor")
        func failures() throws {
            let (json, _) = try Self.report(ReportFixtures.fullRun())
            let failures = try #require(json["run"]?["failures"]?.arrayValue)
            #expect(failures.count == 4)
            #expect(failures[0]["error"]?["name"] == "AssertionError")
            #expect(failures[0]["at"] == "assertion:0 in checks")
            #expect(failures[0]["source"] == ["id": "item-output", "name": "Output"])
            #expect(failures[0]["parent"] == ["name": "Outputs"])
            #expect(failures[0]["cursor"]?["ref"] == "e3")
            #expect(failures[1]["at"] == "assertion:1 in checks")
            #expect(failures[2]["error"]?["name"] == "RequestError")
            #expect(failures[2]["at"] == "request")
            #expect(failures[2]["cursor"]?["iteration"] == 1)
            #expect(failures[3]["parent"] == ["id": "c0ffee", "name": "Gallery & Co"])
            #expect(failures[3]["execution"] == "e8")
        }

        @Test("postie's own fields: attempts, captures, saved file, request error, warnings")
        func postieFields() throws {
            let executions = try Self.executions(try Self.report(ReportFixtures.fullRun()).json)
            #expect(
                executions[1]["attempts"] == [
                    ["number": 1, "code": 200, "responseTime": 12, "note": "$.status is \"Running\""],
                    ["number": 2, "code": 503, "responseTime": 7, "note": "retry after 503; key [redacted]"],
                    ["number": 3, "code": 200, "responseTime": 9],
                ])
            #expect(
                executions[0]["captures"] == [
                    ["name": "jobId", "value": "615d3f0e"], ["name": "accessToken", "value": "[redacted]"],
                    ["name": "sessionToken", "value": "[redacted]"],
                ])
            #expect(executions[3]["savedFile"] == ["path": "postie-output/logo.png", "bytes": 57])
            #expect(executions[2]["warnings"] == ["a script was not run ([redacted])"])
            #expect(executions[7]["requestError"]?["name"] == "RequestError")
            #expect(executions[7]["request"] == nil)
            #expect(executions[7]["response"] == nil)
            #expect(
                executions[6]["requestError"]?["message"]
                    == "cannot connect to gallery.example: connection refused (https://gallery.example/api/v1/workflows/w1/jobs/?token=[redacted]&sig=[redacted])"
            )
        }

        @Test("an interrupted run says so, and counts what did not run as pending")
        func interrupted() throws {
            let (json, _) = try Self.report(ReportFixtures.fullRun(interrupted: true), requestCount: 6)
            #expect(json["run"]?["interrupted"] == true)
            #expect(json["run"]?["error"]?["name"] == "Interrupted")
            #expect(json["run"]?["stats"]?["requests"]?["pending"] == 4)
            #expect(try Self.executions(json).count == 8)
        }

        @Test("bodies are never Newman's byte arrays")
        func noByteArrays() throws {
            let (_, text) = try Self.report(ReportFixtures.fullRun())
            #expect(!text.contains("Buffer"))
            #expect(!text.contains("\"data\": ["))
        }

        @Test("an item without an id is listed once, however many iterations ran it; each execution says its iteration's length")
        func itemsWithoutAnIDAreListedOnce() throws {
            let executions = (0..<3).flatMap { iteration in
                [("Login", ["Auth"]), ("Status", [])].enumerated().map { position, request in
                    RequestExecution(
                        id: "\(iteration)-\(position)", iteration: iteration, itemID: nil, name: request.0, folderPath: request.1,
                        startedAt: ReportFixtures.start,
                        response: TransportResponse(status: 200, body: .memory(Data("{}".utf8)), durationMilliseconds: Double(position + 1)))
                }
            }
            let run = RunResult(
                collectionName: "C", startedAt: ReportFixtures.start, finishedAt: ReportFixtures.at(10), iterationCount: 3,
                executions: executions)
            let (json, text) = try Self.report(run)
            #expect(
                json["collection"]?["item"]
                    == [["name": "Auth", "item": [["id": "0-0", "name": "Login"]]], ["id": "0-1", "name": "Status"]])
            #expect(try Self.executions(json).map { $0["cursor"]?["length"] } == Array(repeating: .number(2), count: 6))
            #expect(text == JSONWriter.pretty(JSONReporter(path: "", redactor: ReportFixtures.redactor()).document(for: run)))
        }

        @Test("a report that cannot be written is a clear error")
        func unwritable() throws {
            let directory = try TestFixtures.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let reporter = JSONReporter(path: directory.path, redactor: SecretRedactor())
            #expect(throws: ReportError.self) { try reporter.runFinished(ReportFixtures.smallRun()) }
        }
    }
}

extension ReportRuns {
    /// One request whose response has `body`.
    static func withBody(_ body: Data, contentType: String) -> RunResult {
        RunResult(
            collectionName: "C", startedAt: ReportFixtures.start, finishedAt: ReportFixtures.at(10), iterationCount: 1,
            executions: [
                RequestExecution(
                    id: "b", iteration: 0, itemID: nil, name: "Body", folderPath: [], startedAt: ReportFixtures.start,
                    request: SentRequest(method: "GET", url: "http://localhost/body"),
                    response: TransportResponse(
                        status: 200, headers: [HeaderField(name: "Content-Type", value: contentType)], body: .memory(body),
                        durationMilliseconds: 1))
            ])
    }
}
