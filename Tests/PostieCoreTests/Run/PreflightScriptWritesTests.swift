import Foundation
import Testing

@testable import PostieCore

/// The preflight and the variables scripts set: a `{{jobId}}` a test script sets for later requests is
/// not an undefined variable (nor, with `--strict`, a reason to send nothing).
@Suite("Preflight and variables set by scripts")
struct PreflightScriptWritesTests {
    @Test func theNamesScriptsSetAreFoundWhereTheyAreWrittenAsLiterals() {
        let names = ScriptVariableWrites.names(in: [
            """
            var body = pm.response.json();
            pm.environment.set("jobId", body.id);
            pm.collectionVariables.set( 'token', body.token);
            pm.variables.set(`local`, 1); pm.globals.set("g" , 2);
            postman.setEnvironmentVariable("legacyEnv", "x"); postman.setGlobalVariable('legacyGlobal', "y");
            pm.iterationData.set("row", 3);
            """,
            """
            pm.environment.set(`prefix-${n}`, 1);          // computed at run time: not known
            pm.environment.set("esc\\"aped", 1);            // an escape: left alone
            pm.environment.set(name, 1);                   // not a literal
            cache.set("notAVariable", 1);                  // a Map, not a variable scope
            pm.environment.get("readOnly");
            pm.environment.set("unterminated
            """,
        ])
        #expect(names == ["jobId", "token", "local", "g", "legacyEnv", "legacyGlobal", "row"])
    }

    static let collection = """
        {"info": {"name": "Chained"},
         "item": [
           {"name": "create", "event": [{"listen": "test", "script": {"exec": [
              "pm.environment.set(\\"jobId\\", pm.response.json().id);",
              "postman.setGlobalVariable('stamp', Date.now());"]}}],
            "request": {"method": "POST", "url": "http://h/jobs"}},
           {"name": "poll", "request": {"url": "http://h/jobs/{{jobId}}?since={{stamp}}&who={{nobody}}"}}
         ]}
        """

    static func preflight(scriptsRun: Bool) throws -> Preflight {
        let collection = try CollectionParser.parse(data: Data(collection.utf8), file: "chained.json")
        return try RunPlan.collection(collection).preflight(
            inputs: RunInputs(collection: collection), builder: RequestBuilder(), scriptsRun: scriptsRun)
    }

    @Test func variablesScriptsSetAreNotReportedAsUndefined() throws {
        #expect(try Self.preflight(scriptsRun: true).findings == [
            "{{nobody}} is not defined (used in the url of poll); sent as written",
        ])
    }

    @Test func withoutScriptsTheyAreUndefinedAgain() throws {
        #expect(try Self.preflight(scriptsRun: false).findings.map { $0.prefix(12) } == ["{{jobId}} is", "{{stamp}} is", "{{nobody}} i"])
    }
}
