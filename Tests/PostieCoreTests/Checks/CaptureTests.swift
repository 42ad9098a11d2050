import Foundation
import PostieJSON
import Testing

@testable import PostieCore

@Suite("Captures")
struct CaptureTests {
    static let queued = CheckedResponse(
        status: 200,
        headers: [(name: "Content-Type", value: "application/json"), (name: "location", value: "/jobs/j-1")],
        bodyText: #"""
            {"id": "j-1", "count": 3, "ok": true, "obj": {"a": 1}, "nothing": null,
             "outputs": [{"id": "o1", "name": "output.yxdb"}, {"id": "o2", "name": "output.csv"}]}
            """#)

    @Test(arguments: [
        (#""$.id""#, "j-1", nil),
        (#""$.count""#, "3", nil),
        (#""$.ok""#, "true", nil),
        (#""$.obj""#, #"{"a":1}"#, nil),
        (#""$.outputs[?(@.name=='output.csv')].id""#, "o2", nil),
        (#""$.outputs[-1].name""#, "output.csv", nil),
        (#""$.outputs[*].id""#, "o1", "$.outputs[*].id matched 2 values; captured the first"),
        (#"{"jsonpath": "$..name"}"#, "output.yxdb", "$..name matched 2 values; captured the first"),
        (#"{"header": "Location"}"#, "/jobs/j-1", nil),
        (#"{"header": "content-type"}"#, "application/json", nil),
        (#"{"status": true}"#, "200", nil),
        (#"{"regex": "\"id\": \"([^\"]+)\""}"#, "j-1", nil),
        (#"{"regex": "o\\d"}"#, "o1", nil),
        (#"{"regex": "\"(name)\": \"(output\\.\\w+)\"", "group": 2}"#, "output.yxdb", nil),
        (#"{"regex": "\"count\": (?<count>\\d+)", "group": "count"}"#, "3", nil),
        (#"{"regex": "\"count\": (\\d+)", "group": 0}"#, #""count": 3"#, nil),
    ])
    func capturesEachKindOfSource(source: String, value: String, note: String?) throws {
        let capture = try Capture(variable: "v", parsing: try JSONParser.parse(source))
        #expect(
            capture.evaluate(Self.queued, requestName: "Subscription › Queue Job")
                == .captured(variable: "v", value: value, note: note))
    }

    /// A body of 1 MiB or more answers singular paths without building the document: the answers,
    /// and the failures, are those of a small body.
    @Test func aLargeBodyAnswersAsASmallOneDoes() throws {
        let padding = "[" + Array(repeating: #"{"x": "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"}"#, count: 30_000).joined(separator: ",") + "]"
        func body(_ members: String) -> Data { Data("{\"padding\": \(padding), \(members)}".utf8) }
        let large = CheckedResponse(status: 200, body: body(#""id": "j-1", "outputs": [{"id": "o1"}, {"id": "o2", "n": null}], "id": "j-2""#))
        #expect(try JSONParser.parse(Data(large.bodyText.utf8)).objectValue?.count == 3)
        #expect(large.bodyText.utf8.count > 1 << 20)
        let cases: [(String, CaptureResult)] = [
            (#""$.id""#, .captured(variable: "v", value: "j-2", note: nil)),
            (#""$.outputs[1].id""#, .captured(variable: "v", value: "o2", note: nil)),
            (#""$.outputs[-1].id""#, .captured(variable: "v", value: "o2", note: nil)),
            (#""$.outputs[*].id""#, .captured(variable: "v", value: "o1", note: "$.outputs[*].id matched 2 values; captured the first")),
        ]
        for (source, expected) in cases {
            let capture = try Capture(variable: "v", parsing: try JSONParser.parse(source))
            #expect(capture.evaluate(large, requestName: "big") == expected, "\(source)")
        }
        let missing = try Capture(variable: "v", parsing: "$.outputs[1].n").evaluate(large, requestName: "big")
        #expect(missing.failureMessage?.contains("$.outputs[1].n is null in the response of big") == true, "\(missing)")
        let expectation = try Expectation(parsing: ["json": ["$.outputs[0].id": "o1", "$.nope": ["exists": false]]])
        let results = expectation.evaluate(large)
        #expect(results.count == 2 && results.allSatisfy(\.passed), "\(results)")

        // Broken past the value: not JSON, as a whole parse says.
        let broken = CheckedResponse(status: 200, body: body(#""id": "j-1", "tail": [1,,2]"#))
        let result = try Capture(variable: "v", parsing: "$.id").evaluate(broken, requestName: "big")
        #expect(result.failureMessage?.contains("whose body is not JSON") == true, "\(result)")
        // Nested past what checks read: said so.
        let deep = CheckedResponse(
            status: 200, body: body(#""id": "j-1", "deep": "# + String(repeating: "[", count: 600) + String(repeating: "]", count: 600)))
        let deepResult = try Capture(variable: "v", parsing: "$.id").evaluate(deep, requestName: "big")
        #expect(deepResult.failureMessage?.contains("is JSON whose nesting is deeper than") == true, "\(deepResult)")
        #expect(deep.jsonProblem?.contains("nesting is deeper") == true)
    }

    @Test func readsACaptureObjectInOrder() throws {
        let captures = try Capture.captures(
            parsing: try JSONParser.parse(
                #"{"jobId": "$.id", "where": {"header": "Location"}, "code": {"status": true}, "n": {"regex": "(\\d+)"}}"#
            ))
        #expect(captures.map(\.variable) == ["jobId", "where", "code", "n"])
        #expect(captures[0].source == .jsonPath(try JSONPath("$.id")))
        #expect(captures[1].source == .header("Location"))
        #expect(captures[2].source == .status)
        #expect(captures[3].source == .regex(TextPattern("(\\d+)")!, group: .number(1)))
        #expect(captures.map(\.source.description) == ["$.id", "header Location", "status", #"regex /(\d+)/ group 1"#])
    }

    @Test(arguments: [
        (
            200, #"{"message": "Queued"}"#, #""$.jobId""#,
            #"capture v: $.jobId found nothing in the response of Subscription › Queue Job (status 200, body {"message": "Queued"})"#
        ),
        (
            200, #"{"id": null}"#, #""$.id""#,
            #"capture v: $.id is null in the response of Subscription › Queue Job (status 200, body {"id": null})"#
        ),
        (
            502, "<html>\n  <body>Bad gateway</body>\n</html>\n", #""$.id""#,
            // An error answer is named by its status: reports show the server's reason whole, once.
            "capture v: $.id found nothing in the response of Subscription › Queue Job, whose body is not JSON "
                + "(status 502 Bad Gateway)"
        ),
        (
            204, "", #""$.id""#,
            "capture v: $.id found nothing in the response of Subscription › Queue Job, whose body is not JSON "
                + "(status 204, empty body)"
        ),
        (
            200, "nothing here", #"{"regex": "token=(\\w+)"}"#,
            #"capture v: /token=(\w+)/ found no match in the response of Subscription › Queue Job (status 200, body nothing here)"#
        ),
        (
            200, "a", #"{"regex": "(a)|(b)", "group": 2}"#,
            "capture v: group 2 of /(a)|(b)/ matched nothing in the response of Subscription › Queue Job (status 200, body a)"
        ),
        (
            200, "a", #"{"regex": "(?<x>a)|(?<y>b)", "group": "y"}"#,
            #"capture v: group "y" of /(?<x>a)|(?<y>b)/ matched nothing in the response of Subscription › Queue Job (status 200, body a)"#
        ),
        (
            201, "{}", #"{"header": "Location"}"#,
            "capture v: header Location is missing from the response of Subscription › Queue Job "
                + "(status 201, headers Content-Type, Date)"
        ),
    ])
    func failsSayingWhatFoundNothingWhere(status: Int, body: String, source: String, message: String) throws {
        let response = CheckedResponse(
            status: status, headers: [(name: "Content-Type", value: "text/html"), (name: "Date", value: "today")],
            bodyText: body)
        let capture = try Capture(variable: "v", parsing: try JSONParser.parse(source))
        #expect(
            capture.evaluate(response, requestName: "Subscription › Queue Job")
                == .failed(variable: "v", message: message))
    }

    @Test func keepsTheBodyExcerptShort() throws {
        let body = #"{"message": ""# + String(repeating: "long ", count: 200) + #""}"#
        let result = try Capture(variable: "jobId", parsing: "$.id")
            .evaluate(CheckedResponse(status: 200, bodyText: body), requestName: "Jobs")
        let message = try #require(result.failureMessage)
        #expect(
            message.hasPrefix(
                #"capture jobId: $.id found nothing in the response of Jobs (status 200, body {"message": "long long"#))
        #expect(message.hasSuffix("…)"))
        #expect(message.count < 200)
        #expect(result.value == nil)
    }

    @Test(arguments: [
        (
            "42",
            #"the capture of v must be a JSONPath string or an object such as {"header": "Location"}, found the number 42"#
        ),
        (#""$.a[""#, #"invalid JSONPath: unexpected end of expression at position 5 in "$.a[""#),
        (#"{"header": "X", "regex": "y"}"#, "the capture of v: use one source per capture, found header and regex"),
        (#"{"hedaer": "Location"}"#, #"unknown key "hedaer" in the capture of v: did you mean "header"?"#),
        (#"{"status": false}"#, "status must be true, found false"),
        (#"{"regex": "(a)", "group": 3}"#, "group: the regex has 1 group; use 0 for the whole match or 1…1"),
        (#"{"regex": "(a)", "group": -1}"#, "group: -1 is out of range: use a number at least 0"),
        (#"{"regex": "(a"}"#, "invalid regular expression \"(a\" in regex"),
        (#"{"header": "X", "group": 1}"#, #"the capture of v: "group" goes only with "regex""#),
        (#"{"jsonpath": 5}"#, "jsonpath must be a string, found the number 5"),
        (#"{"header": ""}"#, "header: the string is empty"),
    ])
    func rejectsCapturesThatCannotWork(source: String, message: String) throws {
        do {
            _ = try Capture(variable: "v", parsing: try JSONParser.parse(source))
            Issue.record("\(source) parsed")
        } catch let error as CheckDefinitionError {
            #expect("\(error.problem)".hasPrefix(message), "\(error.problem)")
        }
    }

    @Test func rejectsNamesThatAreNoVariables() throws {
        #expect(throws: CheckDefinitionError.self) { try Capture.captures(parsing: ["{{id}}": "$.id"]) }
        #expect(throws: CheckDefinitionError.self) { try Capture.captures(parsing: ["": "$.id"]) }
        #expect(throws: CheckDefinitionError.self) { try Capture.captures(parsing: ["$.id"]) }
    }
}

@Suite("Checked response")
struct CheckedResponseTests {
    @Test func stripsTheByteOrderMarkAndParsesJSON() {
        let response = CheckedResponse(status: 200, body: Data([0xEF, 0xBB, 0xBF]) + Data(#"{"id": "x"}"#.utf8))
        #expect(response.bodyText == #"{"id": "x"}"#)
        #expect(response.json?["id"] == "x")
    }

    @Test func leavesJSONEmptyWhenTheBodyIsNotJSON() {
        #expect(CheckedResponse(status: 200, bodyText: "id,name\n1,a\n").json == nil)
        #expect(CheckedResponse(status: 204, bodyText: "").json == nil)
        #expect(CheckedResponse(status: 200, bodyText: "\u{FEFF}[1]").json == [1])
    }

    @Test func looksUpHeadersInAnyCase() {
        let response = CheckedResponse(
            status: 200,
            headers: [
                (name: "Set-Cookie", value: "a=1"), (name: "content-type", value: "text/csv"),
                (name: "set-cookie", value: "b=2"),
            ],
            bodyText: "")
        #expect(response.header("Content-Type") == "text/csv")
        #expect(response.headerValues("SET-COOKIE") == ["a=1", "b=2"])
        #expect(response.header("set-cookie") == "a=1, b=2")
        #expect(response.header("Location") == nil)
    }
}
