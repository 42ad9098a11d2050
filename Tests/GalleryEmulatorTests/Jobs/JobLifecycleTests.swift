import Foundation
import PostieHTTPServer
import PostieJSON
import Testing

@testable import GalleryEmulator

@Suite("Jobs: queue, run, complete, download")
struct JobLifecycleTests {
    @Test("the queue answer has the Gallery's shape: Queued, None, no outputs")
    func queueAnswer() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock, jobTime: 2)
        let response = emulator.legacy(
            "POST", "v1/workflows/\(Fixture.ids.ecbWorkflow)/jobs/", clock: clock,
            json: "{\r\n  \"questions\": [\r\n    {\r\n      \"name\": \"\",\r\n      \"value\": \"\"\r\n    }\r\n  ],\r\n  \"priority\": 0\r\n}")
        #expect(response.status == 200)
        let job = try json(response)
        #expect(
            job.objectValue?.keys == [
                "id", "appId", "createDate", "status", "disposition", "outputs", "messages", "priority", "workerTag",
                "runWithE2",
            ])
        #expect(job["status"] == "Queued")
        #expect(job["disposition"] == "None")
        #expect(job["outputs"] == [])
        #expect(job["messages"] == [])
        #expect(job["priority"] == 0)
        #expect(job["appId"] == .null)
        #expect(job["workerTag"] == "")
        #expect(job["runWithE2"] == false)
        let id = try #require(job["id"]?.stringValue)
        #expect(ObjectIDGenerator.isObjectID(id))
        // .NET's seven fraction digits, as in the real queue answer.
        #expect(job["createDate"] == "2023-11-14T22:13:20.0000000Z")
    }

    @Test("a job goes Queued → Running → Completed as the clock moves; its output downloads")
    func lifeCycle() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock, jobTime: 10, workers: 1)
        let first = try emulator.queue(Fixture.ids.ecbWorkflow, clock: clock)
        let second = try emulator.queue(Fixture.ids.ecbWorkflow, clock: clock)
        #expect(try emulator.status(first, clock: clock) == "Running")
        #expect(try emulator.status(second, clock: clock) == "Queued")
        #expect(try emulator.job(second, clock: clock)["outputs"] == [])

        clock.advance(by: 10)
        #expect(try emulator.status(first, clock: clock) == "Completed")
        #expect(try emulator.status(second, clock: clock) == "Running")
        #expect(try emulator.job(second, clock: clock)["disposition"] == "None")

        clock.advance(by: 9.5)
        #expect(try emulator.status(second, clock: clock) == "Running")
        clock.advance(by: 0.5)
        let done = try emulator.job(second, clock: clock)
        #expect(done["status"] == "Completed")
        #expect(done["disposition"] == "Success")
        #expect(done["createDate"] == "2023-11-14T22:13:20Z")
        let outputs = try #require(done["outputs"]?.arrayValue)
        #expect(outputs.count == 1)
        #expect(outputs[0]["name"] == "output.yxdb")
        #expect(outputs[0]["formats"] == ["Raw", "Csv"])
        let messages = try #require(done["messages"]?.arrayValue)
        #expect(messages.first == ["status": 1, "text": "1 record was output", "toolId": 6])
        #expect(messages.last == ["status": 9, "text": "output.yxdb|32 records were written to \"output.yxdb\"", "toolId": 8])

        let outputId = try #require(outputs[0]["id"]?.stringValue)
        let csv = emulator.legacy("GET", "v1/jobs/\(second)/output/\(outputId)/?format=Csv", clock: clock)
        #expect(csv.status == 200)
        #expect(csv.headers["Content-Type"] == "text/csv; charset=utf-8")
        #expect(csv.headers["Content-Disposition"] == "inline; filename=\"output.csv\"")
        let lines = text(csv).components(separatedBy: "\r\n")
        #expect(lines.first == "Date,Currency,Rate")
        #expect(lines[1] == "2021-10-06,USD,1.1563")
        #expect(lines.count == 34)  // header, 32 records, and the empty string after the last CRLF

        let raw = emulator.legacy("GET", "v1/jobs/\(second)/output/\(outputId)/?format=Raw&attachment=true", clock: clock)
        #expect(raw.status == 200)
        #expect(raw.headers["Content-Type"] == "application/octet-stream")
        #expect(raw.headers["Content-Disposition"] == "attachment; filename=\"output.yxdb\"")
        #expect(bodyData(raw).starts(with: Data("Alteryx Database File".utf8)))
        #expect(bodyData(raw).count > 64)

        // Without format the legacy API answers Raw.
        let defaultFormat = emulator.legacy("GET", "v1/jobs/\(second)/output/\(outputId)/", clock: clock)
        #expect(bodyData(defaultFormat) == bodyData(raw))
    }

    @Test("output errors: unknown format 400, unknown output 404, not yet completed 404")
    func outputErrors() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock, jobTime: 5)
        let job = try emulator.queue(Fixture.ids.ecbWorkflow, clock: clock)
        let early = emulator.legacy("GET", "v1/jobs/\(job)/output/000000000000000000000000/", clock: clock)
        #expect(early.status == 404)
        #expect(errorMessage(early)?.contains("has not completed yet (status Running)") == true)
        clock.advance(by: 5)
        let outputId = try #require(try emulator.job(job, clock: clock)["outputs"]?[0]?["id"]?.stringValue)
        let xlsx = emulator.legacy("GET", "v1/jobs/\(job)/output/\(outputId)/?format=Xlsx", clock: clock)
        #expect(xlsx.status == 400)
        #expect(errorMessage(xlsx) == "Unknown format \"Xlsx\": this output is available as Raw, Csv.")
        let missing = emulator.legacy("GET", "v1/jobs/\(job)/output/ffffffffffffffffffffffff/", clock: clock)
        #expect(missing.status == 404)
        #expect(errorMessage(missing)?.contains("has no output with id") == true)
    }

    @Test("under /webapi the output's format is required")
    func webapiFormatRequired() throws {
        let emulator = Fixture.emulator()
        let token = try Fixture.token(emulator)
        let path = "/webapi/v1/jobs/\(Fixture.ids.historicalJob)/output/\(Fixture.ids.historicalOutput)/"
        let missing = emulator.handle(Fixture.bearer("GET", path, token: token))
        #expect(missing.status == 400)
        #expect(errorMessage(missing)?.contains("format query parameter is required") == true)
        let csv = emulator.handle(Fixture.bearer("GET", path + "?format=Csv", token: token))
        #expect(csv.status == 200)
        #expect(text(csv).hasPrefix("Date,Currency,Rate\r\n"))
    }

    @Test("the public collection's historical job and output exist")
    func historicalJob() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let job = try emulator.job(Fixture.ids.historicalJob, clock: clock)
        #expect(job["status"] == "Completed")
        #expect(job["disposition"] == "Success")
        #expect(job["createDate"] == "2021-07-29T21:24:01Z")
        #expect(job["outputs"]?[0]?["id"] == .string(Fixture.ids.historicalOutput))
        #expect(job["messages"]?.arrayValue?.count == 6)
        let withoutMessages = emulator.legacy("GET", "v1/jobs/\(Fixture.ids.historicalJob)/?includeMessages=False", clock: clock)
        #expect(try json(withoutMessages)["messages"] == [])
        let output = emulator.legacy(
            "GET", "v1/jobs/\(Fixture.ids.historicalJob)/output/\(Fixture.ids.historicalOutput)/", clock: clock)
        #expect(output.status == 200)
        #expect(output.headers["Content-Disposition"] == "inline; filename=\"output.yxdb\"")
    }

    @Test("a job time of 0 completes the job by the time the queue answer is back")
    func instantJobs() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock, jobTime: 0)
        let id = try emulator.queue(Fixture.ids.slowWorkflow, clock: clock)
        let job = try emulator.job(id, clock: clock)
        #expect(job["status"] == "Completed")
        #expect(job["disposition"] == "Success")
        #expect(job["outputs"]?[0]?["name"] == "monthly-sales.yxdb")
    }

    @Test("the failing workflow ends in Error with error messages and no outputs")
    func failingWorkflow() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let id = try emulator.queue(Fixture.ids.failingWorkflow, clock: clock)
        let job = try emulator.job(id, clock: clock)
        #expect(job["status"] == "Completed")
        #expect(job["disposition"] == "Error")
        #expect(job["outputs"] == [])
        let errors = job["messages"]?.arrayValue?.filter { $0["status"] == 3 } ?? []
        #expect(errors.count == 2)
        #expect(errors.first?["text"]?.stringValue?.hasPrefix("Error: ") == true)
    }

    @Test("the slow workflow takes five job times")
    func slowWorkflow() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock, jobTime: 2)
        let id = try emulator.queue(Fixture.ids.slowWorkflow, clock: clock)
        clock.advance(by: 9.9)
        #expect(try emulator.status(id, clock: clock) == "Running")
        clock.advance(by: 0.1)
        #expect(try emulator.status(id, clock: clock) == "Completed")
    }

    @Test("macros cannot be run, unknown workflows are 404")
    func unrunnable() {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let macro = emulator.legacy("POST", "v1/workflows/\(Fixture.ids.macroWorkflow)/jobs/", clock: clock, json: "{}")
        #expect(macro.status == 400)
        #expect(errorMessage(macro)?.contains("is a Macro") == true)
        let unknown = emulator.legacy("POST", "v1/workflows/0123456789abcdef01234567/jobs/", clock: clock, json: "{}")
        #expect(unknown.status == 404)
        // The studio key's subscription does not hold the artisan's workflow.
        let foreign = emulator.legacy("POST", "v1/workflows/\(Fixture.ids.regionalWorkflow)/jobs/", clock: clock, json: "{}")
        #expect(foreign.status == 404)
    }
}

@Suite("The worker pool")
struct WorkerPoolTests {
    @Test("jobs beyond the worker count wait in the queue", arguments: [1, 2, 3])
    func queueing(workers: Int) throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock, jobTime: 10, workers: workers)
        let ids = try (0..<4).map { _ in try emulator.queue(Fixture.ids.ecbWorkflow, clock: clock) }
        let statuses = try ids.map { try emulator.status($0, clock: clock) }
        #expect(statuses == ids.indices.map { $0 < workers ? "Running" : "Queued" })
        clock.advance(by: 10)
        let next = try ids.map { try emulator.status($0, clock: clock) }
        #expect(next == ids.indices.map { $0 < workers ? "Completed" : ($0 < 2 * workers ? "Running" : "Queued") })
        clock.advance(by: 30)
        #expect(try ids.allSatisfy { try emulator.status($0, clock: clock) == "Completed" })
    }

    @Test("a higher priority job overtakes the queue")
    func priority() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock, jobTime: 10, workers: 1)
        let running = try emulator.queue(Fixture.ids.ecbWorkflow, clock: clock)
        let low = try emulator.queue(Fixture.ids.ecbWorkflow, clock: clock, body: #"{"priority":"Low"}"#)
        let critical = try emulator.queue(Fixture.ids.ecbWorkflow, clock: clock, body: #"{"priority":"Critical"}"#)
        #expect(try emulator.status(running, clock: clock) == "Running")
        clock.advance(by: 10)
        #expect(try emulator.status(critical, clock: clock) == "Running")
        #expect(try emulator.status(low, clock: clock) == "Queued")
        #expect(try emulator.job(critical, clock: clock)["priority"] == "Critical")
    }

    @Test("the scheduler replays the same history for the same clock readings")
    func deterministic() throws {
        func run() throws -> [String] {
            let clock = TestClock()
            let emulator = Fixture.emulator(clock: clock, jobTime: 3, workers: 2)
            var seen: [String] = []
            for step in 0..<6 {
                let id = try emulator.queue(step % 2 == 0 ? Fixture.ids.slowWorkflow : Fixture.ids.ecbWorkflow, clock: clock)
                clock.advance(by: 2)
                seen.append(id + ":" + (try emulator.status(id, clock: clock)))
            }
            clock.advance(by: 100)
            let last = try #require(seen.last?.split(separator: ":").first.map(String.init))
            seen.append(try emulator.job(last, clock: clock)["outputs"]?[0]?["id"]?.stringValue ?? "")
            return seen
        }
        #expect(try run() == (try run()))
    }
}

@Suite("Questions, answers and input files")
struct QuestionTests {
    @Test("questions have the documented shape")
    func questionShape() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let response = emulator.legacy("GET", "v1/workflows/\(Fixture.ids.converterWorkflow)/questions/", clock: clock)
        let questions = try #require(try json(response).arrayValue)
        #expect(questions.map { $0["name"]?.stringValue ?? "" } == ["Currency", "Amount", "AmountsFile"])
        #expect(questions[0].objectValue?.keys == ["name", "type", "description", "value", "items", "multiple"])
        #expect(questions[0]["items"]?[1] == ["key": "GBP", "value": "GBP"])
        let none = emulator.legacy("GET", "v1/workflows/\(Fixture.ids.ecbWorkflow)/questions/", clock: clock)
        #expect(try json(none) == [])
    }

    func convertedCSV(_ emulator: GalleryEmulator, clock: TestClock, body: String) throws -> String {
        let id = try emulator.queue(Fixture.ids.converterWorkflow, clock: clock, body: body)
        let job = try emulator.job(id, clock: clock)
        #expect(job["disposition"] == "Success", "\(job)")
        let output = try #require(job["outputs"]?[0]?["id"]?.stringValue)
        return text(emulator.legacy("GET", "v1/jobs/\(id)/output/\(output)/?format=Csv", clock: clock))
    }

    @Test("answers change the output")
    func answersChangeOutput() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let defaults = try convertedCSV(emulator, clock: clock, body: #"{"questions":[],"priority":0}"#)
        #expect(defaults == "Currency,Rate,AmountEUR,Converted\r\nUSD,1.1563,100.00,115.63\r\n")
        let pounds = try convertedCSV(
            emulator, clock: clock,
            body: #"{"questions":[{"name":"Currency","value":"GBP"},{"name":"Amount","value":200}],"priority":"0"}"#)
        #expect(pounds == "Currency,Rate,AmountEUR,Converted\r\nGBP,0.85020,200.00,170.04\r\n")
    }

    @Test("a bad answer makes the job end in Error")
    func badAnswer() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let id = try emulator.queue(
            Fixture.ids.converterWorkflow, clock: clock, body: #"{"questions":[{"name":"Currency","value":"XYZ"}]}"#)
        let job = try emulator.job(id, clock: clock)
        #expect(job["disposition"] == "Error")
        #expect(job["messages"]?[0]?["text"]?.stringValue?.contains("\"XYZ\" is not one of the list's values") == true)
    }

    @Test("an unknown question name is a 400 that lists the questions")
    func unknownQuestion() {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let response = emulator.legacy(
            "POST", "v1/workflows/\(Fixture.ids.converterWorkflow)/jobs/", clock: clock,
            json: #"{"questions":[{"name":"Colour","value":"red"}]}"#)
        #expect(response.status == 400)
        #expect(errorMessage(response)?.contains("Unknown question \"Colour\"") == true)
        #expect(errorMessage(response)?.contains("\"Currency\", \"Amount\", \"AmountsFile\"") == true)
    }

    @Test("bad bodies and priorities are 400s", arguments: [
        #"[1,2]"#, #"{"questions":"none"}"#, #"{"priority":"Urgent"}"#, #"{"priority":7}"#, #"{"questions":[{"name":5}]}"#,
        "not json",
    ])
    func badBodies(body: String) throws {
        let clock = TestClock()
        let response = Fixture.emulator(clock: clock).legacy(
            "POST", "v1/workflows/\(Fixture.ids.ecbWorkflow)/jobs/", clock: clock, json: body)
        #expect(response.status == 400)
        #expect(try json(response)["exceptionName"] == "ArgumentException")
    }

    @Test("an uploaded input file is a question value", arguments: ["multipart/form-data; boundary=XyZ", "application/json"])
    func inputFile(contentType: String) throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let upload = emulator.legacy(
            "POST", "user/v2/inputfiles/", pair: .user, clock: clock, headers: ["Content-Type": contentType],
            rawBody: multipart(boundary: "XyZ", [("inputFile", "amounts.csv", "Amount\n12.5\n1000")]))
        #expect(upload.status == 200)
        let fileId = try #require(try json(upload).stringValue)
        #expect(ObjectIDGenerator.isObjectID(fileId))
        let response = emulator.legacy(
            "POST", "user/v2/workflows/\(Fixture.ids.converterWorkflow)/jobs/", pair: .user, clock: clock,
            json: #"{"questions":[{"name":"AmountsFile","value":"\#(fileId)"},{"name":"Currency","value":"CHF"}],"priority":"Low","credentialId":""}"#)
        #expect(response.status == 200)
        #expect(try json(response)["priority"] == "Low")
        let id = try #require(try json(response)["id"]?.stringValue)
        let job = try json(emulator.legacy("GET", "v1/jobs/\(id)/", pair: .user, clock: clock))
        let output = try #require(job["outputs"]?[0]?["id"]?.stringValue)
        let csv = text(emulator.legacy("GET", "v1/jobs/\(id)/output/\(output)/?format=csv", pair: .user, clock: clock))
        #expect(csv == "Currency,Rate,AmountEUR,Converted\r\nCHF,1.0744,12.50,13.43\r\nCHF,1.0744,1000.00,1074.40\r\n")
    }

    @Test("a file answer that is no uploaded file is a 400")
    func unknownInputFile() {
        let clock = TestClock()
        let response = Fixture.emulator(clock: clock).legacy(
            "POST", "v1/workflows/\(Fixture.ids.converterWorkflow)/jobs/", clock: clock,
            json: #"{"questions":[{"name":"AmountsFile","value":"nope"}]}"#)
        #expect(response.status == 400)
        #expect(errorMessage(response)?.contains("takes the id of an uploaded input file") == true)
    }

    @Test("a credential id must be one shared with the user")
    func credentials() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let path = "user/v2/workflows/\(Fixture.ids.ecbWorkflow)/jobs/"
        let shared = emulator.legacy(
            "POST", path, pair: .artisan, clock: clock, json: #"{"credentialId":"\#(Fixture.ids.sharedCredential)"}"#)
        #expect(shared.status == 200)
        let notShared = emulator.legacy(
            "POST", path, pair: .artisan, clock: clock, json: #"{"credentialId":"\#(Fixture.ids.curatorCredential)"}"#)
        #expect(notShared.status == 400)
        #expect(errorMessage(notShared)?.contains("No credential with id") == true)
    }

    @Test("App Jobs lists a workflow's jobs as JobList entries")
    func appJobs() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        _ = try emulator.queue(Fixture.ids.ecbWorkflow, clock: clock)
        clock.advance(by: 1)
        _ = try emulator.queue(Fixture.ids.ecbWorkflow, clock: clock, body: #"{"priority":"High"}"#)
        let response = emulator.legacy("GET", "v1/workflows/\(Fixture.ids.ecbWorkflow)/jobs/", clock: clock)
        let jobs = try #require(try json(response).arrayValue)
        #expect(jobs.count == 3)  // the historical one and the two new ones
        #expect(jobs[0]["id"] == .string(Fixture.ids.historicalJob))
        #expect(jobs[0].objectValue?.keys == ["id", "createDate", "status", "disposition", "priority", "workerTag", "runWithE2"])
        let newestFirst = emulator.legacy(
            "GET", "v1/workflows/\(Fixture.ids.ecbWorkflow)/jobs/?sortField=createdate&direction=desc&limit=1", clock: clock)
        #expect(try json(newestFirst).arrayValue?.first?["priority"] == "High")
    }
}

/// Issue 15: completed jobs do not pile up for ever.
@Suite("Jobs: retention")
struct JobRetentionTests {
    @Test("a completed job is removed after the retention; the most recent are kept up to the limit")
    func completedJobsArePruned() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock, jobTime: 0) {
            $0.jobRetention = 60
            $0.maximumCompletedJobs = 2
        }
        let first = try emulator.queue(Fixture.ids.ecbWorkflow, clock: clock)
        let second = try emulator.queue(Fixture.ids.ecbWorkflow, clock: clock)
        let third = try emulator.queue(Fixture.ids.ecbWorkflow, clock: clock)
        #expect(try emulator.status(third, clock: clock) == "Completed")
        #expect(try emulator.status(second, clock: clock) == "Completed")
        #expect(emulator.legacy("GET", "v1/jobs/\(first)/", clock: clock).status == 404)
        clock.advance(by: 61)
        #expect(emulator.legacy("GET", "v1/jobs/\(third)/", clock: clock).status == 404)
    }
}
