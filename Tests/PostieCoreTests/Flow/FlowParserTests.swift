import Foundation
import PostieJSON
import Testing

@testable import PostieCore

@Suite("Flow parser")
struct FlowParserTests {
    /// The example flow of issue 4, as written there.
    static let issueExample = """
        {
          "name": "Gallery smoke test",
          "collection": "alteryx-gallery.postman_collection.json",
          "variables": { "appId": "…" },
          "steps": [
            { "request": "Subscription/Queue Job",
              "expect": { "status": 200, "json": { "$.status": "Queued" } },
              "capture": { "jobId": "$.id" } },
            { "request": "Subscription/Jobs",
              "poll": { "until": { "json": { "$.status": "Completed" } }, "every": "1s", "timeout": "5m" },
              "expect": { "json": { "$.disposition": "Success", "$.outputs": { "minCount": 1 } } },
              "capture": { "outputId": "$.outputs[0].id" } },
            { "request": "Subscription/Output",
              "query": { "format": "Csv" },
              "expect": { "status": 200, "headers": { "Content-Type": { "matches": "text/csv" } } },
              "save": "ecb-rates.csv" }
          ]
        }
        """

    @Test func readsTheExampleOfTheIssue() throws {
        var document = try FlowParser.parse(Data(Self.issueExample.utf8), file: "smoke.flow.json")
        #expect(document.steps.map { $0.requestLocation?.description } == ["6:18", "9:18", "13:18"])
        for index in document.steps.indices { document.steps[index].requestLocation = nil }

        let expected = FlowDocument(
            file: "smoke.flow.json", name: "Gallery smoke test", collection: "alteryx-gallery.postman_collection.json",
            variables: [FlowVariable(name: "appId", value: "…")],
            steps: [
                FlowStep(
                    request: "Subscription/Queue Job",
                    expect: Expectation([
                        Assertion(.status, try Matcher(.eq, 200)),
                        Assertion(.json(try JSONPath("$.status")), try Matcher(.eq, "Queued")),
                    ]),
                    captures: [Capture(variable: "jobId", source: .jsonPath(try JSONPath("$.id")))]),
                FlowStep(
                    request: "Subscription/Jobs",
                    poll: PollPolicy(
                        until: Expectation([Assertion(.json(try JSONPath("$.status")), try Matcher(.eq, "Completed"))]),
                        every: .seconds(1), timeout: .seconds(300)),
                    expect: Expectation([
                        Assertion(.json(try JSONPath("$.disposition")), try Matcher(.eq, "Success")),
                        Assertion(.json(try JSONPath("$.outputs")), try Matcher(.minCount, 1)),
                    ]),
                    captures: [Capture(variable: "outputId", source: .jsonPath(try JSONPath("$.outputs[0].id")))]),
                FlowStep(
                    request: "Subscription/Output",
                    query: [FlowOverride(name: "format", value: "Csv")],
                    expect: Expectation([
                        Assertion(.status, try Matcher(.eq, 200)),
                        Assertion(.header("Content-Type"), try Matcher(.matches, "text/csv")),
                    ]),
                    save: .path("ecb-rates.csv")),
            ])
        #expect(document == expected)
        #expect(document.capturedVariableNames == ["jobId", "outputId"])
        #expect(
            document.collectionURL(relativeTo: URL(fileURLWithPath: "/work/collections/smoke.flow.json"))?.path
                == "/work/collections/alteryx-gallery.postman_collection.json")
        #expect(document.environmentURL(relativeTo: URL(fileURLWithPath: "/work/smoke.flow.json")) == nil)
    }

    @Test func readsEveryKeyOfTheFormat() throws {
        let text = """
            {
              "name": "Everything",
              "description": "all keys",
              "collection": "../c.json",
              "environment": "/abs/env.json",
              "variables": { "n": 3, "flag": true, "s": "x" },
              "steps": [
                { "request": "a1b2c3", "name": "By id", "skip": true,
                  "variables": { "local": 1.5 },
                  "query": { "format": "Csv", "drop": null, "n": 2 },
                  "headers": { "X-Trace": "on", "Accept": null },
                  "body": { "questions": [{ "name": "q", "value": "1" }] },
                  "retry": { "count": 2, "delay": "250ms", "on": [503, "4xx", "transport"] },
                  "poll": { "until": { "status": 200 }, "failIf": { "json": { "$.status": "Error" } },
                            "every": 500, "maxAttempts": 10, "backoff": 1.5, "maxEvery": "2s" },
                  "capture": { "loc": { "header": "Location" } },
                  "save": true },
                { "request": "F/R", "body": "raw text", "retry": 3, "save": { "path": "out/r.csv" } },
                { "request": "F/S", "body": null, "retry": 0, "save": false, "poll": { "until": { "status": 200 } } }
              ]
            }
            """
        let document = try FlowParser.parse(Data(text.utf8), file: "flows/everything.json")
        #expect(document.name == "Everything")
        #expect(document.details == "all keys")
        #expect(
            document.collectionURL(relativeTo: URL(fileURLWithPath: "/work/flows/everything.json"))?.path
                == "/work/c.json")
        #expect(
            document.environmentURL(relativeTo: URL(fileURLWithPath: "/work/flows/everything.json"))?.path
                == "/abs/env.json")
        #expect(
            document.variables == [
                FlowVariable(name: "n", value: "3"), FlowVariable(name: "flag", value: "true"),
                FlowVariable(name: "s", value: "x"),
            ])

        let first = document.steps[0]
        #expect(first.request == "a1b2c3")
        #expect(first.displayName == "By id")
        #expect(first.skip)
        #expect(first.variables == [FlowVariable(name: "local", value: "1.5")])
        #expect(
            first.query == [
                FlowOverride(name: "format", value: "Csv"), FlowOverride(name: "drop", value: nil),
                FlowOverride(name: "n", value: "2"),
            ])
        #expect(
            first.headers == [FlowOverride(name: "X-Trace", value: "on"), FlowOverride(name: "Accept", value: nil)])
        #expect(first.body == .json(["questions": [["name": "q", "value": "1"]]]))
        #expect(
            first.retry
                == RetryPolicy(
                    count: 2, delay: FlowDuration(milliseconds: 250),
                    conditions: [.status(503), .statusClass(4), .transport]))
        #expect(
            first.poll
                == PollPolicy(
                    until: Expectation([Assertion(.status, try Matcher(.eq, 200))]),
                    failIf: Expectation([Assertion(.json(try JSONPath("$.status")), try Matcher(.eq, "Error"))]),
                    every: FlowDuration(milliseconds: 500), timeout: nil, maxAttempts: 10, backoff: 1.5,
                    maxEvery: .seconds(2)))
        #expect(first.captures == [Capture(variable: "loc", source: .header("Location"))])
        #expect(first.save == .serverFileName)
        #expect(first.expect == nil)

        let second = document.steps[1]
        #expect(second.displayName == "F/R")
        #expect(second.body == .text("raw text"))
        #expect(second.retry == RetryPolicy(count: 3, delay: .seconds(1), conditions: [.transport, .statusClass(5)]))
        #expect(second.save == .path("out/r.csv"))

        let third = document.steps[2]
        #expect(third.body == .removed)
        #expect(third.retry == nil)
        #expect(third.save == nil)
        #expect(third.poll?.timeout == PollPolicy.defaultTimeout)
        #expect(third.poll?.every == PollPolicy.defaultEvery)
        #expect(!third.skip)
    }

    @Test func namesTheFlowAfterItsFileWhenItHasNoName() throws {
        let document = try FlowParser.parse(Data(#"{"steps": [{"request": "A"}]}"#.utf8), file: "flows/smoke.flow.json")
        #expect(document.name == "smoke.flow")
        #expect(document.collection == nil)
        #expect(
            document.steps == [
                FlowStep(request: "A", requestLocation: JSONSourceLocation(line: 1, column: 24, offset: 23))
            ])
    }

    /// One row: a flow, then the error, exactly as `postie` prints it.
    @Test(arguments: [
        (
            // A syntax error.
            """
            {
              "name": "x",
              "steps": [
                { "request": "A" }
                { "request": "B" }
              ]
            }
            """,
            "smoke.flow.json:5:5: unexpected character '{': expected ',' or ']' after an array element "
                + "(the flow file is not valid JSON)"
        ),
        (
            // An unknown key in a step points at the key.
            """
            {
              "steps": [
                { "request": "Subscription/Queue Job",
                  "expcet": { "status": 200 } }
              ]
            }
            """,
            #"smoke.flow.json:4:7: unknown key "expcet" in step 1 (Subscription/Queue Job): did you mean "expect"?"#
        ),
        (
            // A bad duration points at the value.
            """
            {
              "steps": [
                { "request": "Jobs",
                  "poll": { "until": { "status": 200 }, "every": "5 minutes" } }
              ]
            }
            """,
            #"smoke.flow.json:4:54: invalid duration "5 minutes" for poll.every: write a number and a unit, such as 500ms, 1s, 1.5s, 5m, 1h or 1m30s (a bare number means milliseconds)"#
        ),
        (
            // A bad JSONPath written as a key points at the very character.
            """
            {
              "steps": [
                { "request": "Jobs",
                  "expect": { "json": { "$.outputs[?(@.name=='x']": 1 } } }
              ]
            }
            """,
            #"smoke.flow.json:4:53: invalid JSONPath: unexpected ']' at position 24 in "$.outputs[?(@.name=='x']": expected ')' to close '(' at position 12"#
        ),
        (
            // A bad JSONPath written as a value, too.
            """
            {
              "steps": [
                { "request": "Jobs",
                  "capture": { "jobId": "$.id[" } }
              ]
            }
            """,
            #"smoke.flow.json:4:35: invalid JSONPath: unexpected end of expression at position 6 in "$.id[": expected a quoted name, an index, a slice, '*' or a filter '?(…)'"#
        ),
        (
            // A misspelt operator.
            """
            {
              "steps": [
                { "request": "Jobs",
                  "expect": { "json": { "$.outputs": { "minCont": 1 } } } }
              ]
            }
            """,
            #"smoke.flow.json:4:44: unknown operator "minCont": did you mean "minCount"? known operators: eq, ne, in, exists, matches, contains, lt, lte, gt, gte, minCount, maxCount, type (to compare with an object literally, write {"eq": {…}})"#
        ),
        (
            "[]",
            #"smoke.flow.json:1:1: a flow file must be an object with "steps", "name" and "collection", found a list"#
        ),
        (#"{"name": "x"}"#, #"smoke.flow.json:1:1: the flow needs "steps""#),
        (#"{"steps": []}"#, "smoke.flow.json:1:11: steps: the list is empty: add at least one step"),
        (#"{"steps": {}}"#, "smoke.flow.json:1:11: steps must be a list of steps, found an object"),
        (
            #"{"variables": {"a": [1]}, "steps": [{"request": "A"}]}"#,
            #"smoke.flow.json:1:21: variable "a" must be a string, number or Boolean, found a list"#
        ),
        (
            #"{"steps": [{"request": "A", "query": {"q": {"x": 1}}}]}"#,
            #"smoke.flow.json:1:44: query "q" must be a string, or null to remove it, found an object"#
        ),
        (#"{"steps": [{"request": ""}]}"#, "smoke.flow.json:1:24: request: the string is empty"),
        (
            #"{"steps": ["A"]}"#,
            #"smoke.flow.json:1:12: step 1 must be an object with "request" and optionally expect, capture, poll, save, …, found the string "A""#
        ),
        (
            #"{"steps": [{"request": "A", "poll": {"until": {}}}]}"#,
            #"smoke.flow.json:1:47: poll.until: add at least one check, such as {"json": {"$.status": "Completed"}}"#
        ),
        (
            #"{"steps": [{"request": "A", "poll": {"until": {"status": 200}, "failIf": {"json": {}}}}]}"#,
            #"smoke.flow.json:1:74: poll.failIf: add at least one check, such as {"json": {"$.status": "Completed"}}"#
        ),
        (
            #"{"variables": {"": 1}, "steps": [{"request": "A"}]}"#,
            "smoke.flow.json:1:16: variables: a variable name is empty"
        ),
        (
            #"{"steps": [{"request": "A", "poll": {"until": {"status": 200}, "every": "2s", "maxEvery": "1s"}}]}"#,
            "smoke.flow.json:1:91: poll.maxEvery: 1s is shorter than every (2s)"
        ),
        (
            #"{"steps": [{"request": "A", "poll": {"until": {"status": 200}, "backoff": 0.5}}]}"#,
            "smoke.flow.json:1:75: poll.backoff: 0.5 would shorten the waits: use 1 or more"
        ),
        (
            #"{"steps": [{"request": "A", "poll": {"until": {"status": 200}, "maxAttempts": 0}}]}"#,
            "smoke.flow.json:1:79: poll.maxAttempts: 0 is out of range: use a number at least 1"
        ),
        (
            #"{"steps": [{"request": "A", "retry": "3"}]}"#,
            #"smoke.flow.json:1:38: retry must be a number of retries, or an object such as {"count": 3, "delay": "1s"}, found the string "3""#
        ),
        (#"{"steps": [{"request": "A", "retry": {"delay": "1s"}}]}"#, #"smoke.flow.json:1:38: retry needs "count""#),
        (
            #"{"steps": [{"request": "A", "save": "/tmp/x.csv"}]}"#,
            #"smoke.flow.json:1:37: save "/tmp/x.csv": an absolute path would write outside the output directory; write a relative path"#
        ),
        (
            #"{"steps": [{"request": "A", "save": 1}]}"#,
            #"smoke.flow.json:1:37: save must be a file name, {"path": "…"}, or true for the name the server sends, found the number 1"#
        ),
        (
            #"{"steps": [{"request": "A", "skip": "yes"}]}"#,
            #"smoke.flow.json:1:37: skip must be true or false, found the string "yes""#
        ),
    ])
    func reportsErrorsWithLineAndColumn(source: String, message: String) {
        do {
            _ = try FlowParser.parse(Data(source.utf8), file: "smoke.flow.json")
            Issue.record("parsed: \(source)")
        } catch {
            #expect("\(error)" == message)
        }
    }

    @Test func collectsSeveralErrorsInDocumentOrder() throws {
        let text = """
            {
              "name": "x",
              "colection": "c.json",
              "steps": [
                { "request": "A", "retry": { "count": 2, "on": ["6xx"] } },
                { "name": "no request" },
                { "request": "C", "save": "../escape.csv", "poll": { "every": "1s" } }
              ]
            }
            """
        do {
            _ = try FlowParser.parse(Data(text.utf8), file: "x.json")
            Issue.record("parsed")
        } catch let error as FlowError {
            #expect(error.errors.count == 5)
            #expect(error.location?.description == "3:3")
            #expect(
                error.description == """
                    x.json:3:3: unknown key "colection" in the flow: did you mean "collection"?
                    x.json:5:53: retry on: "6xx" is no condition: use a status such as 503, a class such as "5xx", or "transport"
                    x.json:6:5: step 2 needs "request"
                    x.json:7:31: save "../escape.csv": '..' would leave the output directory
                    x.json:7:56: poll needs "until"
                    """)
        }
    }

    @Test func pointsAtTheKeyEvenWhenItIsEscaped() throws {
        let text = #"{"steps": [{"request": "A", "expect": {"json": {"$['a\"b'][": 1}}}]}"#
        do {
            _ = try FlowParser.parse(Data(text.utf8), file: "x.json")
            Issue.record("parsed")
        } catch let error as FlowError {
            // The escape makes columns and JSONPath positions disagree, so the error points at the key's quote.
            #expect(error.location?.description == "1:49")
            #expect(
                "\(error)".hasPrefix(#"x.json:1:49: invalid JSONPath: unexpected end of expression at position 10"#))
        }
    }

    @Test func reportsAFileItCannotRead() {
        let url = URL(fileURLWithPath: "/nonexistent/postie/flow.json")
        do {
            _ = try FlowParser.parse(contentsOf: url)
            Issue.record("read a file that does not exist")
        } catch let error as FlowError {
            guard case .unreadable(let file, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(file == "/nonexistent/postie/flow.json")
            #expect("\(error)".hasPrefix("/nonexistent/postie/flow.json: cannot read the flow file: "))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
