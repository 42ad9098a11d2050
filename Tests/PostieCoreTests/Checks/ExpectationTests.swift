import PostieJSON
import Testing

@testable import PostieCore

@Suite("Expectations")
struct ExpectationTests {
    static let completed = CheckedResponse(
        status: 200, headers: [(name: "Content-Type", value: "text/csv; charset=utf-8")],
        bodyText: #"""
            {"id": "j-1", "status": "Completed", "disposition": "Success", "count": "12",
             "outputs": [{"id": "o1", "name": "output.csv"}], "jobs": [{"status": "Completed"}], "tags": ["a", "b"]}
            """#,
        responseTimeMilliseconds: 2345.67)

    /// One row: the `expect` object, then each assertion's message against `completed`, passing ones first
    /// marked with `+`.
    @Test(arguments: [
        (#"{"status": 200}"#, ["+status eq 200"]),
        (#"{"status": 201}"#, ["-status eq 201: expected 201, got 200"]),
        (#"{"status": [200, 201]}"#, ["+status in [200,201]"]),
        (#"{"status": [201, 202]}"#, ["-status in [201,202]: expected one of [201,202], got 200"]),
        (#"{"status": {"gte": 200, "lt": 300}}"#, ["+status gte 200", "+status lt 300"]),
        (#"{"json": {"$.status": "Completed"}}"#, [#"+$.status eq "Completed""#]),
        (#"{"json": {"$.status": "Running"}}"#, [#"-$.status eq "Running": expected "Running", got "Completed""#]),
        (
            #"{"json": {"$.count": {"gt": 10, "lt": 12}}}"#,
            [#"+$.count gt 10"#, #"-$.count lt 12: expected < 12, got "12""#]
        ),
        (#"{"json": {"$.count": 12}}"#, ["+$.count eq 12"]),
        (#"{"json": {"$.status": {"gt": 5}}}"#, [#"-$.status gt 5: expected > 5, got "Completed" (not a number)"#]),
        (#"{"json": {"$.missing": "x"}}"#, [#"-$.missing eq "x": expected "x", got missing"#]),
        (#"{"json": {"$.missing": {"exists": false}}}"#, ["+$.missing exists false"]),
        (#"{"json": {"$.id": {"exists": false}}}"#, [#"-$.id exists false: expected absent, got "j-1""#]),
        (#"{"json": {"$.outputs": {"minCount": 1}}}"#, ["+$.outputs minCount 1"]),
        (
            #"{"json": {"$.outputs": {"minCount": 2}}}"#,
            [#"-$.outputs minCount 2: expected at least 2, got 1 element: [{"id":"o1","name":"output.csv"}]"#]
        ),
        // Non-singular paths: one match is the value, several are the array, counts count the matches.
        (#"{"json": {"$.outputs[*].id": "o1"}}"#, [#"+$.outputs[*].id eq "o1""#]),
        (#"{"json": {"$.tags[*]": ["a", "b"]}}"#, [#"+$.tags[*] eq ["a","b"]"#]),
        (#"{"json": {"$.tags[*]": {"contains": "b"}}}"#, [#"+$.tags[*] contains "b""#]),
        (
            #"{"json": {"$.jobs[?(@.status=='Error')]": {"maxCount": 0}}}"#,
            [#"+$.jobs[?(@.status=='Error')] maxCount 0"#]
        ),
        (
            #"{"json": {"$.jobs[?(@.status=='Completed')]": {"maxCount": 0}}}"#,
            [
                #"-$.jobs[?(@.status=='Completed')] maxCount 0: expected at most 0, got 1 element: [{"status":"Completed"}]"#
            ]
        ),
        (
            #"{"json": {"$.jobs[?(@.status=='Error')]": {"exists": false}}}"#,
            [#"+$.jobs[?(@.status=='Error')] exists false"#]
        ),
        (#"{"json": {"$..name": "output.csv"}}"#, [#"+$..name eq "output.csv""#]),
        // Headers: names in any case; a missing header is missing.
        (#"{"headers": {"content-type": {"matches": "text/csv"}}}"#, [#"+header content-type matches "text/csv""#]),
        (
            #"{"headers": {"Content-Type": "text/csv"}}"#,
            [#"-header Content-Type eq "text/csv": expected "text/csv", got "text/csv; charset=utf-8""#]
        ),
        (
            #"{"headers": {"Location": {"exists": true}}}"#,
            ["-header Location exists true: expected present, got missing"]
        ),
        // Response time and body.
        (#"{"maxTime": 5000}"#, ["+response time lte 5000"]),
        (#"{"maxTime": 2000}"#, ["-response time lte 2000: expected <= 2000ms, got 2345.7ms"]),
        (#"{"maxTime": "2s"}"#, ["-response time lte 2000: expected <= 2000ms, got 2345.7ms"]),
        (
            #"{"body": {"contains": "Success", "matches": "\"id\": \"j-\\d+\""}}"#,
            [#"+body contains "Success""#, #"+body matches "\"id\": \"j-\\d+\"""#]
        ),
        // Several keys: in the order written.
        (
            #"{"json": {"$.disposition": "Success"}, "status": 200}"#,
            [#"+$.disposition eq "Success""#, "+status eq 200"]
        ),
    ])
    func evaluatesNamedAssertions(source: String, messages: [String]) throws {
        let expectation = try Expectation(parsing: try JSONParser.parse(source))
        let results = expectation.evaluate(Self.completed)
        #expect(results.map { ($0.passed ? "+" : "-") + $0.message } == messages)
        #expect(expectation.isSatisfied(by: Self.completed) == messages.allSatisfy { $0.hasPrefix("+") })
    }

    @Test func reportsExpectedAndActualSeparately() throws {
        let expectation = try Expectation(parsing: ["json": ["$.outputs": ["minCount": 2]]])
        let result = try #require(expectation.evaluate(Self.completed).first)
        #expect(result.name == "$.outputs minCount 2")
        #expect(!result.passed)
        #expect(result.expected == "at least 2")
        #expect(result.actual == #"1 element: [{"id":"o1","name":"output.csv"}]"#)
    }

    @Test func showsTheBodyAsAString() throws {
        let response = CheckedResponse(status: 500, bodyText: "Internal error\n")
        let results = try Expectation(parsing: ["body": ["contains": "ok"]]).evaluate(response)
        #expect(results.map(\.message) == [#"body contains "ok": expected containing "ok", got "Internal error\n""#])
    }

    @Test func failsJSONChecksOnABodyThatIsNotJSON() throws {
        let html = CheckedResponse(status: 502, bodyText: "<html><body>Bad gateway</body></html>")
        let expectation = try Expectation(
            parsing: ["json": ["$.status": "Completed", "$.error": ["exists": false]]])
        #expect(
            expectation.evaluate(html).map(\.message) == [
                #"$.status eq "Completed": expected "Completed", got body <html><body>Bad gateway</body></html> (the response body is not JSON)"#,
                "$.error exists false: expected absent, got body <html><body>Bad gateway</body></html> (the response body is not JSON)",
            ])
        let empty = CheckedResponse(status: 204, bodyText: "")
        #expect(
            expectation.evaluate(empty).first?.message
                == #"$.status eq "Completed": expected "Completed", got an empty body (the response body is not JSON)"#)
    }

    @Test(arguments: [
        (
            #"{"stauts": 200}"#, JSONNodePath([.member("stauts")]), true, 0,
            #"unknown key "stauts" in expect: did you mean "status"?"#
        ),
        (
            #"{"json": {"$.outputs[?(@.name=='x']": 1}}"#,
            JSONNodePath([.member("json"), .member("$.outputs[?(@.name=='x']")]),
            true, 24,
            #"invalid JSONPath: unexpected ']' at position 24 in "$.outputs[?(@.name=='x']": expected ')' to close '(' at position 12"#
        ),
        (
            #"{"json": {"status": "Queued"}}"#, JSONNodePath([.member("json"), .member("status")]), true, 1,
            #"invalid JSONPath: unexpected 's' at position 1 in "status": a JSONPath starts with '$'; did you mean "$.status"?"#
        ),
        (
            #"{"status": "200"}"#, JSONNodePath([.member("status")]), false, 0,
            #"status must be a status code such as 200, a list such as [200, 201], or an operator object, found the string "200""#
        ),
        (
            #"{"status": 700}"#, JSONNodePath([.member("status")]), false, 0,
            "status: 700 is out of range: use a number between 100 and 599"
        ),
        (
            #"{"status": [200, "x"]}"#, JSONNodePath([.member("status"), .element(1)]), false, 0,
            #"status must be a whole number, found the string "x""#
        ),
        (#"{"status": []}"#, JSONNodePath([.member("status")]), false, 0, "status: the list is empty"),
        (
            #"{"maxTime": "2 seconds"}"#, JSONNodePath([.member("maxTime")]), false, 0,
            #"invalid duration "2 seconds" for maxTime"#
        ),
        (
            #"{"json": ["$.a"]}"#, JSONNodePath([.member("json")]), false, 0,
            "json must be an object of JSONPath → expected value"
        ),
        (
            #"{"headers": {"X": {"matchs": "y"}}}"#,
            JSONNodePath([.member("headers"), .member("X"), .member("matchs")]), true, 0,
            #"unknown operator "matchs": did you mean "matches"?"#
        ),
        (
            "[]", JSONNodePath(), false, 0,
            "expect must be an object with status, json, headers, maxTime or body, found a list"
        ),
    ])
    func rejectsBlocksThatCannotWork(
        source: String, path: JSONNodePath, inMemberName: Bool, position: Int, message: String
    ) throws {
        do {
            _ = try Expectation(parsing: try JSONParser.parse(source))
            Issue.record("\(source) parsed")
        } catch let error as CheckDefinitionError {
            #expect(error.path == path)
            #expect(error.inMemberName == inMemberName)
            #expect(error.position == position)
            #expect("\(error.problem)".hasPrefix(message), "\(error.problem)")
        }
    }
}
