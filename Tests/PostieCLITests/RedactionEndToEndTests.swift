import Foundation
import PostieJSON
import Testing

/// Redaction hides values, never the names a user wrote (issue 10, item 10).
@Suite("Redaction of values, not names, end to end")
struct RedactionEndToEndTests {
    @Test func aPasswordThatIsAlsoAWordOfARequestNameLeavesTheNameAlone() throws {
        let server = try CountingServer()
        let collection = try server.write(
            """
            {"info": {"name": "Login tests"},
             "auth": {"type": "basic", "basic": [{"key": "username", "value": "someone"}, {"key": "password", "value": "{{pw}}"}]},
             "item": [
              {"name": "Sessions", "item": [
                {"name": "test login", "request": {"method": "POST", "url": "\(server.base)/ok/",
                  "body": {"mode": "raw", "raw": "user=someone&password={{pw}}"}}}]},
              {"name": "with session", "request": {"url": "\(server.base)/ok/?s={{sessionToken}}", "auth": {"type": "noauth"},
                "header": [{"key": "Authorization", "value": "{{sessionToken}}"}]}},
              {"name": "after", "request": {"url": "\(server.base)/ok/?again={{sessionToken}}"}}
            ]}
            """, to: "login.postman_collection.json")
        let environment = try server.write(
            #"{"name": "test env", "values": [{"key": "pw", "value": "test", "type": "secret", "enabled": true}]}"#,
            to: "env.json")
        let outcome = try PostieProcess.run(
            [
                "run", collection, "-e", environment, "--verbose", "-r", "cli,json,junit",
                "--reporter-json-export", server.path("r.json"), "--reporter-junit-export", server.path("r.xml"),
            ], in: server.directory, environment: ["LANG": "C.UTF-8"])
        #expect(outcome.status == 0, "\(outcome.everything)")
        #expect(outcome.output.contains("POST Sessions › test login"), "\(outcome.output)")
        #expect(outcome.output.contains("password=[redacted]"), "\(outcome.output)")
        #expect(!outcome.output.contains("password=test"), "\(outcome.output)")
        #expect(!outcome.everything.contains("[redacted] login"), "\(outcome.everything)")
        #expect(outcome.errors.contains("{{sessionToken}}"), "\(outcome.errors)")
        #expect(!outcome.errors.contains("[redacted]"), "\(outcome.errors)")

        let junit = try server.read("r.xml")
        #expect(junit.contains(#"name="Sessions › test login""#), "\(junit)")
        #expect(!junit.contains("[redacted] login"))
        let json = try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: server.path("r.json"))))
        let names = json["run"]?["executions"]?.arrayValue?.compactMap { $0["item"]?["name"]?.stringValue }
        #expect(names == ["test login", "with session", "after"])
        let warnings = (json["run"]?["diagnostics"]?.arrayValue ?? []).compactMap { $0["message"]?.stringValue }
        #expect(warnings.contains { $0.contains("{{sessionToken}}") }, "\(warnings)")
        #expect(!warnings.contains { $0.contains("[redacted]") }, "\(warnings)")
    }
}
