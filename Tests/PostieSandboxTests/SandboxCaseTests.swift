import Foundation
import PostieCore
import PostieJSON
import Testing

@testable import PostieSandbox

/// The sandbox's table (Fixtures/sandbox-cases.json): each script with its `__postieContext`, and what
/// postman-sandbox gives for it (the console lines, the assertions, the variables and the request
/// that come back, `setNextRequest`, `skipRequest`, `pm.visualizer`).
@Suite("Sandbox cases against postman-sandbox")
struct SandboxCaseTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let json: JSONValue
        var testDescription: String { name }
    }

    static let sandbox = PostmanSandbox(options: PostmanSandbox.Options(timersWaitInRealTime: false, environment: ["TZ": "UTC"]))

    static let cases: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/sandbox-cases.json")
        guard let data = try? Data(contentsOf: url), let json = try? JSONParser.parse(data), let list = json.arrayValue else { return [] }
        return list.map { Case(name: $0["name"]?.stringValue ?? "?", json: $0) }
    }()

    static func event(_ json: JSONValue) -> ScriptEventInput {
        ScriptEventInput(
            kind: json["event"]?.stringValue == "prerequest" ? .prerequest : .test, scripts: [], requestName: "", requestID: nil,
            location: [], iteration: 0, iterationCount: 1, variables: VariableContext(), localVariables: VariableScope(.run),
            environmentName: nil, request: .null, response: nil)
    }

    /// postie's sandbox hands its host two things postman-sandbox does not: the request URL as text
    /// (`url.raw`, what the host rebuilds the request from) and each failed assertion's `stack` (for
    /// the reports). The table holds postman-sandbox's shapes, so they are left out of the comparison.
    static func withoutHostFields(_ value: JSONValue) -> JSONValue {
        switch value {
        case .array(let elements): return .array(elements.map(withoutHostFields))
        case .object(let object):
            return .object(JSONObject(object.members.compactMap { member in
                if member.key == "stack" || (member.key == "raw" && object["host"] != nil) { return nil }
                return (member.key, withoutHostFields(member.value))
            }))
        default: return value
        }
    }

    @Test func theTableIsThere() {
        #expect(Self.cases.count >= 250)
    }

    @Test(arguments: cases)
    func behavesAsPostmanSandbox(_ testCase: Case) throws {
        let json = testCase.json
        let expected = try #require(json["expected"])
        let (collected, console, error) = Self.sandbox.runCase(
            context: json["context"] ?? .null, script: json["script"]?.stringValue ?? "", event: Self.event(json),
            responses: json["hostResponses"]?.arrayValue ?? [], cookies: json["cookieJar"]?.arrayValue ?? [])
        if let lines = expected["console"]?.arrayValue {
            let printed = console.map { JSONValue.array([.string($0.level.rawValue), .string($0.text)]) }
            #expect(JSONValue.array(printed) == .array(lines), "console")
        }
        if let wanted = expected["error"] {
            if wanted.isNull {
                #expect(error == nil, "unexpected error: \(error?.description ?? "")")
            } else {
                #expect(error?.name == wanted["name"]?.stringValue)
                #expect(error?.message == wanted["message"]?.stringValue)
            }
        }
        guard let collected else {
            Issue.record("__postieCollect() gave nothing")
            return
        }
        for key in ["assertions", "nextRequest", "skipRequest", "visualizer", "request", "scopes"] {
            guard let wanted = expected[key] else { continue }
            let got = collected[key] ?? .null
            if key == "scopes" {
                for (scope, list) in wanted.objectValue?.members ?? [] {
                    #expect(got[scope] == list, "scope \(scope)")
                }
            } else if key == "skipRequest" {
                #expect((got.boolValue ?? false) == (wanted.boolValue ?? false), "skipRequest")
            } else {
                #expect(Self.withoutHostFields(got) == Self.withoutHostFields(wanted), "\(key)")
            }
        }
    }
}
