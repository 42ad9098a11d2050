import Foundation
import PostieScript

/// Runs JavaScript in a fresh runtime and realm on the engine's large-stack thread, returning what
/// the script printed with `console.*` (lines joined by "\n").
enum JSTestRunner {
    static let thread = ScriptThread()

    /// The printed output; an uncaught error is appended as a last line `Uncaught Name: message`.
    static func run(_ source: String, name: String = "test.js", environment: [String: String] = ["TZ": "America/New_York"],
                    limits: ScriptLimits = ScriptLimits()) -> String {
        thread.perform {
            let runtime = ScriptRuntime(limits: limits, environment: environment)
            var lines: [String] = []
            runtime.console = ConsoleSink { _, text in lines.append(text) }
            let realm = runtime.makeRealm()
            defer { realm.tearDown() }
            do throws(ScriptFailure) {
                let script = try runtime.compile(source, name: name)
                try runtime.run(script, in: realm)
            } catch {
                lines.append("Uncaught \(error.name): \(error.message)")
            }
            return lines.joined(separator: "\n")
        }
    }

    /// The failure a script ends with, or nil when it completes.
    static func failure(_ source: String, name: String = "test.js", limits: ScriptLimits = ScriptLimits()) -> ScriptFailure? {
        thread.perform {
            let runtime = ScriptRuntime(limits: limits, environment: ["TZ": "UTC"])
            runtime.console = ConsoleSink { _, _ in }
            let realm = runtime.makeRealm()
            defer { realm.tearDown() }
            do throws(ScriptFailure) {
                let script = try runtime.compile(source, name: name)
                try runtime.run(script, in: realm)
                return nil
            } catch {
                return error
            }
        }
    }
}
