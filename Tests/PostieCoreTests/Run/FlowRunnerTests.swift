import Foundation
import Testing

@testable import PostieCore

/// Flows end to end against a scripted stand-in for the Gallery (the emulator has its own tests).
@Suite("Flow runs")
struct FlowRunnerTests {
    static let collectionText = """
        {"info": {"name": "Jobs API"},
         "variable": [{"key": "jobId", "value": "placeholder"}, {"key": "outputId", "value": "placeholder"}],
         "item": [{"name": "Subscription", "item": [
           {"name": "Queue Job", "request": {"method": "POST", "url": "{{base}}/jobs/",
              "body": {"mode": "raw", "raw": "{\\"questions\\": []}", "options": {"raw": {"language": "json"}}}}},
           {"name": "Jobs", "request": {"url": {"raw": "{{base}}/jobs/:jobId/", "host": ["{{base}}"], "path": ["jobs", ":jobId", ""],
              "variable": [{"key": "jobId", "value": "{{jobId}}"}]}}},
           {"name": "Output", "request": {"url": {"raw": "{{base}}/jobs/:jobId/output/:outputId/", "host": ["{{base}}"],
              "path": ["jobs", ":jobId", "output", ":outputId", ""],
              "variable": [{"key": "jobId", "value": "{{jobId}}"}, {"key": "outputId", "value": "{{outputId}}"}]}}}
         ]}]}
        """

    /// A job that is Running for `runningPolls` polls, then Completed with `disposition`.
    static func gallery(runningPolls: Int = 2, disposition: String = "Success", failFirstQueues: Int = 0,
        contentDisposition: String = "attachment; filename=\"rates.csv\"") -> StubTransport
    {
        let polls = Counter()
        let queues = Counter()
        return StubTransport { request, _ in
            func json(_ status: Int, _ text: String, headers: [HeaderField] = []) -> Result<TransportResponse, TransportError> {
                .success(
                    TransportResponse(
                        status: status, headers: [HeaderField(name: "Content-Type", value: "application/json")] + headers,
                        body: .memory(Data(text.utf8)), durationMilliseconds: 3))
            }
            if request.method == "POST" {
                if queues.next() < failFirstQueues { return json(503, #"{"message":"busy"}"#) }
                return json(200, #"{"id":"job-\#(queues.value)","status":"Queued","disposition":"None","outputs":[]}"#)
            }
            if request.url.contains("/output/") {
                guard request.url.hasSuffix("/jobs/job-1/output/out-2/?format=Csv") else { return json(404, #"{"message":"no"}"#) }
                return .success(
                    TransportResponse(
                        status: 200,
                        headers: [
                            HeaderField(name: "Content-Type", value: "text/csv"),
                            HeaderField(name: "Content-Disposition", value: contentDisposition),
                        ], body: .memory(Data("currency,rate\nUSD,1.1563\n".utf8)), durationMilliseconds: 2))
            }
            if polls.next() < runningPolls { return json(200, #"{"id":"job-1","status":"Running","disposition":"None","outputs":[]}"#) }
            return json(
                200,
                #"{"id":"job-1","status":"Completed","disposition":"\#(disposition)","outputs":[{"id":"out-1","name":"log.txt","formats":["Raw"]},{"id":"out-2","name":"output.yxdb","formats":["Raw","Csv"]}],"messages":[{"status":3,"text":"Error: the database is gone","toolId":4}]}"#)
        }
    }

    static func flowText(poll: String = #"{"until": {"json": {"$.status": "Completed"}}, "every": "10ms", "timeout": "5s"}"#,
        save: String = #""ecb-rates.csv""#, queueRetry: String = "0") -> String
    {
        """
        {"name": "Gallery smoke test",
         "variables": {"base": "http://gallery.test/api"},
         "steps": [
           {"request": "Subscription/Queue Job", "retry": {"count": \(queueRetry), "delay": "5ms"},
            "expect": {"status": 200, "json": {"$.status": "Queued"}},
            "capture": {"jobId": "$.id"}},
           {"request": "Subscription/Jobs", "poll": \(poll),
            "expect": {"json": {"$.disposition": "Success", "$.outputs": {"minCount": 1}}},
            "capture": {"outputId": "$.outputs[?(@.name=='output.yxdb')].id"}},
           {"request": "Subscription/Output", "query": {"format": "Csv"},
            "expect": {"status": 200, "headers": {"Content-Type": {"matches": "text/csv"}}},
            "save": \(save)}
         ]}
        """
    }

    static func run(
        flow: String, transport: StubTransport, outputDirectory: URL? = nil,
        data: IterationData? = nil, allowHTTPErrors: Bool = false, reporter: RecordingReporter = RecordingReporter()
    ) throws -> RunResult {
        let collection = try CollectionParser.parse(data: Data(collectionText.utf8), file: "jobs.json")
        let document = try FlowParser.parse(Data(flow.utf8), file: "smoke.flow.json")
        let runner = CollectionRunner(
            inputs: RunInputs(collection: collection, iterationData: data), plan: try RunPlan.flow(document, collection: collection),
            options: RunOptions(outputDirectory: outputDirectory?.path, allowHTTPErrors: allowHTTPErrors),
            executor: RequestExecutor(
                builder: RequestBuilder(userAgent: "postie/test"), signer: RequestSigner(), transport: transport,
                redactor: SecretRedactor()),
            reporters: [reporter])
        return try runner.run()
    }

    @Test func queuesPollsCapturesAndSaves() throws {
        let output = try TestFixtures.temporaryDirectory()
        let transport = Self.gallery(runningPolls: 2)
        let reporter = RecordingReporter()
        let result = try Self.run(flow: Self.flowText(), transport: transport, outputDirectory: output, reporter: reporter)
        #expect(!result.failed, "\(result.executions.map(\.assertions))")
        #expect(transport.requests.map { "\($0.method) \($0.url)" } == [
            "POST http://gallery.test/api/jobs/",
            "GET http://gallery.test/api/jobs/job-1/", "GET http://gallery.test/api/jobs/job-1/", "GET http://gallery.test/api/jobs/job-1/",
            "GET http://gallery.test/api/jobs/job-1/output/out-2/?format=Csv",
        ])
        let poll = result.executions[1]
        #expect(poll.attempts.map(\.number) == [1, 2, 3])
        #expect(poll.attempts[0].note == #"poll: $.status still "Running"; next in 10ms"#)
        #expect(poll.captures.map(\.value) == ["out-2"])
        #expect(poll.assertions.map(\.name) == [
            #"poll until $.status eq "Completed""#, #"$.disposition eq "Success""#, "$.outputs minCount 1",
        ])
        #expect(result.executions[0].captures.map { "\($0.name)=\($0.value)" } == ["jobId=job-1"])
        let saved = try #require(result.executions[2].savedFile)
        #expect(saved.bytes == 25)
        #expect(try String(contentsOf: output.appendingPathComponent("ecb-rates.csv"), encoding: .utf8) == "currency,rate\nUSD,1.1563\n")
        #expect(result.finalEnvironment["jobId"]?.value == "job-1")
        #expect(result.finalEnvironment["outputId"]?.value == "out-2")
        // Attempts before the last are reported live.
        #expect(reporter.executions.count == 3)
    }

    @Test func aPollThatRunsOutSaysWhatItLastSaw() throws {
        let poll = #"{"until": {"json": {"$.status": "Completed"}}, "every": "5ms", "maxAttempts": 3}"#
        let result = try Self.run(flow: Self.flowText(poll: poll), transport: Self.gallery(runningPolls: 10))
        let failure = try #require(result.executions[1].assertions.first { !$0.passed })
        #expect(failure.message?.hasPrefix(#"$.status still "Running" after "#) == true)
        #expect(failure.message?.hasSuffix(", 3 attempts") == true)
        #expect(result.executions[1].attempts.count == 3)
        #expect(result.failed)
    }

    @Test func failIfStopsAtOnceAndAJobInErrorFailsTheFlowWithItsMessages() throws {
        let poll = #"{"until": {"json": {"$.status": "Completed"}}, "failIf": {"json": {"$.disposition": "Error"}}, "every": "5ms"}"#
        let result = try Self.run(flow: Self.flowText(poll: poll), transport: Self.gallery(runningPolls: 1, disposition: "Error"))
        let step = result.executions[1]
        #expect(step.attempts.count == 2)
        #expect(step.assertions.first?.message == #"poll stopped at attempt 2: $.disposition is "Error""#)
        let body = String(decoding: step.response?.body.inMemoryBytes ?? Data(), as: UTF8.self)
        #expect(body.contains("Error: the database is gone"))
        // Without failIf, the expectation on disposition names what came back.
        let plain = try Self.run(flow: Self.flowText(), transport: Self.gallery(runningPolls: 0, disposition: "Error"))
        let disposition = try #require(plain.executions[1].assertions.first { !$0.passed })
        #expect(disposition.name == #"$.disposition eq "Success""#)
        #expect(disposition.actual == #""Error""#)
    }

    @Test func retriesAfterServerErrorsAndRecordsEachTry() throws {
        let result = try Self.run(flow: Self.flowText(queueRetry: "3"), transport: Self.gallery(runningPolls: 0, failFirstQueues: 2))
        let queue = result.executions[0]
        #expect(!queue.failed)
        #expect(queue.attempts.map(\.status) == [503, 503, 200])
        #expect(queue.attempts[0].note == "retry 1/3 in 5ms after status 503")
        let exhausted = try Self.run(flow: Self.flowText(queueRetry: "1"), transport: Self.gallery(runningPolls: 0, failFirstQueues: 5))
        #expect(exhausted.executions[0].assertions.first { !$0.passed }?.name == "status eq 200")
    }

    @Test func refusesToSaveOutsideTheOutputDirectoryAndReplacesItsOwnFiles() throws {
        let root = try TestFixtures.temporaryDirectory()
        let output = root.appendingPathComponent("out")
        let escaping = try Self.run(
            flow: Self.flowText(save: "true"), transport: Self.gallery(runningPolls: 0, contentDisposition: "attachment; filename=\"../evil.csv\""),
            outputDirectory: output)
        #expect(escaping.executions[2].assertions.last?.message == #"refused to save "../evil.csv": a server-sent name must not contain a path"#)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("evil.csv").path))

        let serverNamed = try Self.run(flow: Self.flowText(save: "true"), transport: Self.gallery(runningPolls: 0), outputDirectory: output)
        #expect(serverNamed.executions[2].savedFile?.path.hasSuffix("out/rates.csv") == true)

        // The output directory is postie's own: a file an earlier run saved is replaced…
        try Data("from an earlier run".utf8).write(to: output.appendingPathComponent("ecb-rates.csv"))
        let replaced = try Self.run(flow: Self.flowText(), transport: Self.gallery(runningPolls: 0), outputDirectory: output)
        #expect(!replaced.failed)
        #expect(try String(contentsOf: output.appendingPathComponent("ecb-rates.csv"), encoding: .utf8) == "currency,rate\nUSD,1.1563\n")
        // …but not one saved earlier in the same run (two steps, or iterations, saving under one name).
        let twice = try Self.run(
            flow: """
                {"variables": {"base": "http://gallery.test/api", "jobId": "job-1", "outputId": "out-2"},
                 "steps": [
                   {"request": "Subscription/Output", "query": {"format": "Csv"}, "expect": {"status": 200}, "save": "same.csv"},
                   {"request": "Subscription/Output", "query": {"format": "Csv"}, "expect": {"status": 200}, "save": "same.csv"}]}
                """, transport: Self.gallery(runningPolls: 0), outputDirectory: output)
        #expect(twice.executions[0].savedFile != nil)
        #expect(
            twice.executions[1].assertions.last?.message
                == "postie-output-test/same.csv was already saved earlier in this run; give each step or iteration its own file name"
                || twice.executions[1].assertions.last?.message?.hasSuffix(
                    "same.csv was already saved earlier in this run; give each step or iteration its own file name") == true,
            "\(twice.executions.map(\.assertions))")
    }

    static func answering(_ status: Int, to method: String, message: String = "nope") -> StubTransport {
        let gallery = gallery(runningPolls: 0)
        return StubTransport { request, position in
            guard request.method == method else { return gallery.send(request) }
            return .success(
                TransportResponse(
                    status: status, headers: [HeaderField(name: "Content-Type", value: "application/json")],
                    body: .memory(Data(#"{"message":"\#(message)"}"#.utf8))))
        }
    }

    @Test func aStepThatNeedsAVariableWhoseCaptureFailedIsSkippedAndNoPlaceholderIsSent() throws {
        let transport = Self.answering(401, to: "POST", message: "the key is not known")
        let result = try Self.run(flow: Self.flowText(), transport: transport)
        // Only the queue request went out: the collection's placeholder jobId was never polled.
        #expect(transport.requests.map(\.method) == ["POST"])
        #expect(result.failed)
        #expect(result.executions[1].skipped == #"needs {{jobId}}, which "Subscription › Queue Job" did not capture"#)
        #expect(result.executions[1].failed == false)
        #expect(
            result.executions[2].skipped
                == #"needs {{jobId}}, which "Subscription › Queue Job" did not capture, and {{outputId}}, which "Subscription › Jobs" did not capture"#)
        #expect(result.skippedCount == 2)
    }

    @Test(arguments: [404, 401, 500])
    func aPollStopsAtTheFirstAnswerThatCannotTurnIntoSuccess(status: Int) throws {
        let transport = Self.answering(status, to: "GET")
        let poll = #"{"until": {"json": {"$.status": "Completed"}}, "every": "5ms", "maxAttempts": 50}"#
        let result = try Self.run(flow: Self.flowText(poll: poll), transport: transport)
        #expect(transport.requests.count == 2)
        let stop = try #require(result.executions[1].assertions.first)
        #expect(stop.passed == false)
        #expect(stop.message?.hasPrefix("poll stopped at attempt 1: the answer is \(ReportText.statusLine(status))") == true)
    }

    @Test func aPollWhoseUntilAcceptsTheErrorStatusSucceeds() throws {
        let transport = Self.answering(404, to: "GET")
        let poll = #"{"until": {"status": 404}, "every": "5ms", "maxAttempts": 5}"#
        let flow = """
            {"variables": {"base": "http://gallery.test/api", "jobId": "gone"},
             "steps": [{"request": "Subscription/Jobs", "poll": \(poll)}]}
            """
        let result = try Self.run(flow: flow, transport: transport)
        #expect(!result.failed, "\(result.executions.map(\.assertions))")
    }

    @Test(arguments: [false, true])
    func anErrorAnswerNothingChecksFailsTheStepUnlessAllowed(allowed: Bool) throws {
        let flow = """
            {"variables": {"base": "http://gallery.test/api", "jobId": "j"},
             "steps": [{"request": "Subscription/Jobs"}]}
            """
        let result = try Self.run(flow: flow, transport: Self.answering(500, to: "GET"), allowHTTPErrors: allowed)
        #expect(result.failed == !allowed)
        #expect((result.executions[0].httpError != nil) == !allowed)
        #expect(result.executions[0].isChecked == false)
    }

    @Test func aCaptureThatFindsNothingFailsTheStepAndSaysWhere() throws {
        let flow = """
            {"variables": {"base": "http://gallery.test/api"},
             "steps": [{"request": "Subscription/Queue Job", "capture": {"jobId": "$.job.id"}}]}
            """
        let result = try Self.run(flow: flow, transport: Self.gallery())
        let failure = try #require(result.executions[0].assertions.first)
        #expect(failure.passed == false)
        #expect(failure.message?.contains("$.job.id found nothing in the response of Subscription › Queue Job") == true)
    }

    @Test func unknownRequestsAreReportedBeforeAnythingRunsWithTheClosestNames() throws {
        let collection = try CollectionParser.parse(data: Data(Self.collectionText.utf8), file: "jobs.json")
        let document = try FlowParser.parse(
            Data(#"{"steps": [{"request": "Subscription/Queue Jobs"}, {"request": "Nothing/Like/This"}]}"#.utf8),
            file: "f.json")
        do {
            _ = try RunPlan.flow(document, collection: collection)
            Issue.record("no error")
        } catch {
            #expect(
                "\(error)" == """
                    f.json:1:24: no request "Subscription/Queue Jobs" in the collection; closest: "Subscription/Queue Job", "Subscription/Jobs"
                    f.json:1:64: no request "Nothing/Like/This" in the collection
                    """)
        }
    }

    @Test func eachIterationKeepsItsOwnCaptures() throws {
        let flow = """
            {"variables": {"base": "http://gallery.test/api"},
             "steps": [{"request": "Subscription/Queue Job", "query": {"row": "{{row}}"}, "capture": {"jobId": "$.id"}},
                       {"request": "Subscription/Jobs"}]}
            """
        let transport = Self.gallery(runningPolls: 0)
        _ = try Self.run(flow: flow, transport: transport, data: IterationData(rows: [[("row", "a")], [("row", "b")]]))
        #expect(transport.requests.map(\.url) == [
            "http://gallery.test/api/jobs/?row=a", "http://gallery.test/api/jobs/job-1/",
            "http://gallery.test/api/jobs/?row=b", "http://gallery.test/api/jobs/job-2/",
        ])
    }
}

/// A thread-safe counter for scripted transports.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    /// The current count, then adds one.
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        count += 1
        return count - 1
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
