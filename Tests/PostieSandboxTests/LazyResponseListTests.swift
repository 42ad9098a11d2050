import Foundation
import PostieCore
import PostieJSON
import Testing

@testable import PostieSandbox

/// `pm.response.headers` and `.cookies` are built on first use: what a script can see of them must be
/// what an eagerly built Response shows (the expected lines are Node's, with postman-collection's
/// eager Response).
@Suite("pm.response's lists built on first use")
struct LazyResponseListTests {
    static let sandbox = PostmanSandbox(options: PostmanSandbox.Options(timersWaitInRealTime: false, environment: ["TZ": "UTC"]))

    static let context: JSONValue = .object(JSONObject([
        ("eventName", .string("test")),
        ("response", .object(JSONObject([
            ("code", .number(200)), ("status", .string("OK")),
            ("header", .array([.object(JSONObject([("key", .string("Content-Type")), ("value", .string("application/json"))]))])),
            ("body", .string(#"{"a":1}"#)), ("bodyIsBase64", .bool(false)), ("responseTime", .number(12)),
            ("responseSize", .number(7)), ("cookies", .array([])),
        ]))),
    ]))

    func printed(_ script: String) -> [String] {
        let event = ScriptEventInput(
            kind: .test, scripts: [], requestName: "", requestID: nil, location: [], iteration: 0, iterationCount: 1,
            variables: VariableContext(), localVariables: VariableScope(.run), environmentName: nil, request: .null, response: nil)
        let (_, console, error) = Self.sandbox.runCase(context: Self.context, script: script, event: event, responses: [], cookies: [])
        #expect(error == nil, "\(error?.description ?? "")")
        return console.map(\.text)
    }

    @Test func keysAndJSONBeforeAndAfterTheFirstRead() {
        let lines = printed("""
            var r = pm.response;
            console.log(Object.keys(r).join(','));
            console.log(JSON.stringify(r).replace(/"id":"[^"]+",/, ''));
            console.log(r.headers.get('content-type'), r.headers.__parent === r, r.cookies.count(), r.headers === r.headers);
            console.log(Object.keys(r).join(','), Object.getOwnPropertyDescriptor(r, 'headers').writable);
            """)
        #expect(lines == [
            "id,_details,status,code,headers,cookies,responseTime,responseSize",
            #"{"status":"OK","code":200,"header":[{"key":"Content-Type","value":"application/json"}],"cookie":[],"responseTime":12,"responseSize":7}"#,
            "application/json true 0 true",
            "id,_details,status,code,headers,cookies,responseTime,responseSize true",
        ])
    }

    @Test func assignedInheritedAndFrozen() {
        let lines = printed("""
            var r = pm.response, child = Object.create(r);
            console.log(child.headers === r.headers, child.hasOwnProperty('headers'));
            child.cookies = 5;
            console.log(child.cookies, r.cookies.count(), child.hasOwnProperty('cookies'));
            var copy = Object.assign({}, r);
            console.log(copy.headers === r.headers, Object.keys(copy).join(','));
            var sdk = require('postman-collection');
            var made = new sdk.Response({ code: 201, header: [{ key: 'A', value: 'b' }] });
            console.log(Object.keys(made).join(','), made.headers.count());
            """)
        #expect(lines == [
            "true false",
            "5 0 true",
            "true id,_details,status,code,headers,cookies,responseTime,responseSize",
            "id,_details,status,code,headers,cookies 1",
        ])
    }
}
