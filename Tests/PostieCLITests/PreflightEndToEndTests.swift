import Foundation
import PostieHTTPServer
import Testing

/// What postie finds before it sends anything: undefined variables, requests that cannot be built, and
/// how it names them (issue 10, items 1, 6 and 9).
@Suite("Preflight findings, end to end")
struct PreflightEndToEndTests {
    static let smokeFlow = RunningEmulator.collection("alteryx-gallery.smoke.flow.json")
    static let galleryCollection = RunningEmulator.collection("alteryx-gallery.postman_collection.json")

    /// Item 1: without `-e` every URL starts with an undefined `{{gallery-url}}`; `--strict` must say so
    /// (exit 65) in `validate` and in `run`, and `run` must send nothing.
    /// `validate` parses every script: a syntax error names the request, the script, line and column
    /// (exit 65); a feature postie lacks is a warning; libraries postie bundles are not mentioned.
    @Test func validateReportsScriptSyntaxErrorsAndMissingFeatures() throws {
        let server = try CountingServer()
        let collection = try server.write(
            #"""
            {"info": {"name": "V"}, "item": [{"name": "a", "request": "\#(server.base)/x",
             "event": [{"listen": "test", "script": {"exec": ["var $ = require('cheerio').load('<p>x</p>');", "crypto.subtle.encrypt({ name: 'AES-GCM' }, key, data);"]}},
                       {"listen": "prerequest", "script": {"exec": ["var a = 1;", "if (a {"]}}]}]}
            """#, to: "v.json")
        let outcome = try PostieProcess.run(["validate", collection])
        #expect(outcome.status == 65, "\(outcome.everything)")
        #expect(outcome.everything.contains("a (request prerequest script): 2:7: SyntaxError: Unexpected token '{'"))
        #expect(outcome.everything.contains("uses crypto.subtle.encrypt (postie's crypto.subtle has SHA digests and HMAC only), which postie does not offer"))
        #expect(!outcome.everything.contains("cheerio"))
        #expect(server.received.isEmpty)
    }

    @Test func strictFindsTheUndefinedVariablesOfRequestsThatCannotBeBuilt() throws {
        let validate = try PostieProcess.run(["validate", Self.smokeFlow, "--strict"])
        #expect(validate.status == 65, "\(validate.everything)")
        #expect(validate.errors.contains("{{gallery-url}}"), "\(validate.errors)")
        #expect(!validate.output.contains(": ok"), "\(validate.output)")

        let run = try PostieProcess.run(["run", Self.smokeFlow, "--strict"])
        #expect(run.status == 65, "\(run.everything)")
        #expect(run.errors.contains("{{gallery-url}}"), "\(run.errors)")
        #expect(run.errors.contains("nothing was sent"), "\(run.errors)")
    }

    /// Item 1: a collection whose second request cannot be built: `--strict` stops before the first one
    /// that could have been sent.
    @Test func strictSendsNothingWhenALaterRequestCannotBeBuilt() throws {
        let server = try CountingServer()
        let collection = try server.write(
            """
            {"info": {"name": "Two"}, "item": [
              {"name": "fine", "request": "\(server.base)/ok/"},
              {"name": "hostless", "request": "{{base}}/jobs/"}
            ]}
            """, to: "two.postman_collection.json")
        let run = try PostieProcess.run(["run", collection, "--strict"], in: server.directory)
        #expect(run.status == 65, "\(run.everything)")
        #expect(run.errors.contains("{{base}}"), "\(run.errors)")
        #expect(server.received.isEmpty, "sent \(server.received)")
        let validate = try PostieProcess.run(["validate", collection, "--strict"], in: server.directory)
        #expect(validate.status == 65, "\(validate.everything)")
        #expect(validate.errors.contains("{{base}}"), "\(validate.errors)")
    }

    /// Item 6: without `-e`, one line per undefined variable with the requests that use it and a count,
    /// not the same message once per request and once more per check.
    @Test func undefinedVariablesAreReportedOnceEachWithTheirRequests() throws {
        let flow = try PostieProcess.run(["run", Self.smokeFlow])
        #expect(flow.status == 1, "\(flow.everything)")
        let lines = flow.errors.split(separator: "\n").filter { $0.contains("{{gallery-url}}") }
        #expect(lines.count == 1, "\(flow.errors)")
        #expect(lines.first?.contains("4 steps") == true, "\(flow.errors)")
        #expect(flow.everything.occurrences(of: "{{gallery-url}}") <= 4, "\(flow.everything)")
        #expect(flow.everything.utf8.count < 4000, "\(flow.everything.utf8.count) bytes:\n\(flow.everything)")

        let collection = try PostieProcess.run(["run", Self.galleryCollection])
        #expect(collection.status == 1, "\(collection.everything)")
        let collectionLines = collection.errors.split(separator: "\n").filter { $0.contains("{{gallery-url}}") }
        #expect(collectionLines.count == 1, "\(collection.errors)")
        #expect(collectionLines.first?.contains("31 requests") == true, "\(collection.errors)")
        // One line per request, a grouped failure list, the summary: not three lines per request.
        let lineCount = collection.everything.split(separator: "\n").count
        #expect(lineCount < 31 + 30, "\(lineCount) lines:\n\(collection.everything)")
    }

    /// Item 9: the variable as written (not lower-cased), no Alteryx names in other collections' messages,
    /// an unusable URL shown as written with the reason.
    @Test func urlProblemsNameTheVariableAsWrittenAndSayWhy() throws {
        let server = try CountingServer()
        let collection = try server.write(
            """
            {"info": {"name": "Odd URLs"}, "item": [
              {"name": "upper", "request": "{{APIURL}}/jobs/"},
              {"name": "nothing", "request": {"method": "GET"}},
              {"name": "bad port", "request": "http://Example.invalid:99999/x"},
              {"name": "spaced", "request": "http://exa mple.invalid/x"}
            ]}
            """, to: "odd.postman_collection.json")
        let run = try PostieProcess.run(["run", collection], in: server.directory)
        #expect(run.status == 1, "\(run.everything)")
        #expect(run.everything.contains("{{APIURL}}"), "\(run.everything)")
        #expect(run.everything.contains("--env-var APIURL="), "\(run.everything)")
        #expect(!run.everything.contains("apiurl"), "\(run.everything)")
        #expect(!run.everything.contains("gallery-url"), "\(run.everything)")
        #expect(run.everything.contains("has no URL"), "\(run.everything)")
        #expect(run.everything.contains("http://Example.invalid:99999/x"), "\(run.everything)")
        #expect(run.everything.contains("99999"), "\(run.everything)")
        #expect(run.everything.contains("port"), "\(run.everything)")
        #expect(run.everything.contains("http://exa mple.invalid/x"), "\(run.everything)")
        #expect(run.everything.contains("space"), "\(run.everything)")
        #expect(server.received.isEmpty)
    }
}
