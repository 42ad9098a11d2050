import Foundation
import PostieCore
import PostieScript

/// `postie js FILE.js…`: runs JavaScript files with PostieScript, for trying and debugging scripts.
struct JSCommand: Command {
    let console: Console
    var environment: [String: String] = ProcessInfo.processInfo.environment

    static let options: [OptionSpec] = [
        OptionSpec(names: ["--timeout"], valueName: "DURATION", help: "end a file's run after this long (500ms, 2s; bare: ms)"),
        OptionSpec(names: ["-h", "--help"], valueName: nil, help: "show this help"),
    ]

    static let parser = ArgumentParser(command: "js", options: options)

    static var help: String {
        """
        usage: postie js FILE.js... [options]

        Runs each file with PostieScript, postie's JavaScript engine, in a fresh
        realm, as the body of a function (top-level return and await allowed).
        console.log and print write to standard output, console.error and
        console.warn to standard error. Promise jobs and timers run after the
        body; timers use a virtual clock (Date.now() with them) and never wait.

        An uncaught error is printed as FILE:LINE:COLUMN: Name: message with its
        stack, and the exit status is 1; a syntax error exits 65; a file that
        cannot be read exits 64.

        Options:
        \(parser.optionsHelp())

        """
    }

    func run(_ parsed: ParsedArguments) throws -> ExitCode {
        guard !parsed.operands.isEmpty else {
            throw UsageError("postie js takes one or more .js files; see `postie js --help`")
        }
        var limits = ScriptLimits()
        if let text = parsed.value("--timeout") {
            guard let duration = try? FlowDuration(text) else {
                throw UsageError("--timeout takes a duration such as 500ms or 2s, not \"\(text)\"")
            }
            limits.timeout = .milliseconds(Int64(duration.milliseconds))
        }
        var sources: [(path: String, text: String)] = []
        for path in parsed.operands {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw UsageError("cannot read \(path)")
            }
            sources.append((path, String(decoding: data, as: UTF8.self)))
        }
        let console = self.console
        let environment = self.environment
        return JSCommand.thread.perform {
            let runtime = ScriptRuntime(limits: limits, environment: environment)
            runtime.console = ConsoleSink { level, text in
                if level == .error || level == .warn { console.errors.write(text + "\n") } else { console.output.write(text + "\n") }
            }
            var status = ExitCode.success
            for (path, text) in sources {
                let realm = runtime.makeRealm()
                defer { realm.tearDown() }
                realm.defineGlobalPrint()
                do throws(ScriptFailure) {
                    let script = try runtime.compile(text, name: path)
                    try runtime.run(script, in: realm)
                } catch {
                    console.errors.write(error.description + "\n")
                    if let stack = error.stack, stack.contains("\n    at ") {
                        console.errors.write(stack.split(separator: "\n").dropFirst().joined(separator: "\n") + "\n")
                    }
                    if error.isSyntaxError {
                        status = .dataError
                    } else if status == .success {
                        status = .failure
                    }
                }
            }
            return status
        }
    }

    /// The thread scripts run on (a large stack, so the engine's own limits stop deep recursion).
    static let thread = ScriptThread()
}

extension Realm {
    /// `print(...)`: the same as `console.log`.
    public func defineGlobalPrint() {
        let console = consoleObject
        if let log = console.ordinaryGetOwnProperty(runtime.propertyKey("log"))?.value.asObject {
            globalObject.defineNew(runtime.propertyKey("print"), .object(log), flags: .hidden)
        }
    }
}
