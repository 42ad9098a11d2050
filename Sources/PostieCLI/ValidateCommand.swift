import Foundation
import PostieCore
import PostieSandbox

/// `postie validate FILE`: checks a flow or a collection without sending anything.
struct ValidateCommand: Command {
    let console: Console

    static let options: [OptionSpec] = [
        OptionSpec(names: ["-e", "--environment"], valueName: "FILE", help: "environment whose variables count as defined"),
        OptionSpec(
            names: ["--collection"], valueName: "NAME",
            help: "with a postman/ folder: the collection of postman/collections/ to check"),
        OptionSpec(
            names: ["--flow-environment"], valueName: "NAME=FILE",
            help: "read the flow's environment NAME from FILE instead of the flow's path (repeatable)", repeatable: true),
        OptionSpec(names: ["-g", "--globals"], valueName: "FILE", help: "globals whose variables count as defined"),
        OptionSpec(names: ["--env-var"], valueName: "KEY=VALUE", help: "a variable that counts as defined (repeatable)", repeatable: true),
        OptionSpec(names: ["-d", "--iteration-data"], valueName: "FILE", help: "iteration data whose columns count as defined"),
        OptionSpec(
            names: ["--strict"], valueName: nil,
            help: "undefined variables and requests that cannot be built are errors (exit 65), not warnings"),
        OptionSpec(names: ["-h", "--help"], valueName: nil, help: "show this help"),
    ]

    static let parser = ArgumentParser(command: "validate", options: options)

    static var help: String {
        """
        usage: postie validate FLOW.json|COLLECTION.json [options]
               postie validate COLLECTION-FOLDER|postman/ [--collection NAME] [options]

        Checks a flow or a collection without sending anything: JSON or YAML syntax
        (with line and column), the collection's structure, that every step names a
        request the collection has, that every {{variable}} is defined by the
        environment, the collection, the flow, iteration data, or captured by an
        earlier step, and that every request can be built. Exits 0 when the file can
        run, 65 when it cannot (or, with --strict, when a variable is undefined or a
        request cannot be built).

        Options:
        \(parser.optionsHelp())

        """
    }

    func run(_ parsed: ParsedArguments) throws -> ExitCode {
        guard parsed.operands.count == 1, let file = parsed.operands.first else {
            throw UsageError("postie validate takes one flow, collection file or collection folder; see `postie validate --help`")
        }
        var runArguments = parsed
        runArguments.operands = [file]
        let job = try RunJob(file: file, parsed: runArguments, environment: [:])
        let collection = try job.loadCollection()
        let environment = try job.loadEnvironment()
        let globals = try job.loadGlobals()
        let warnings = (job.flow?.warnings ?? []) + collection.warnings + (environment?.warnings ?? []) + (globals?.warnings ?? [])
        for warning in warnings { console.warning(warning) }
        let data = try job.loadIterationData()
        let overrides = try parsed.all("--env-var").map { try OptionValue.pair($0, option: "--env-var") }
        let flowEnvironments = try job.loadFlowEnvironments()
        let plan = try job.flow.map { try RunPlan.flow($0, collection: collection, environments: flowEnvironments) }
            ?? RunPlan.collection(collection)
        let inputs = RunInputs(
            collection: collection, environment: environment, globals: globals, environmentOverrides: overrides,
            iterationData: data)
        let preflight = plan.preflight(inputs: inputs, iterations: inputs.iterationCount(requested: nil), builder: RequestBuilder())
        // The process ends once validate has spoken: what it read is left for the exit to take, as `exit`
        // leaves it, rather than freed piece by piece (for 10,000 requests, a tenth of validate's time).
        defer { Self.keepUntilExit(job, collection, plan, inputs, preflight) }

        let what =
            job.flow.map { "flow \"\($0.name)\": \(plan.steps.count) step\(plan.steps.count == 1 ? "" : "s") on \(job.collectionPath)" }
            ?? "collection \"\(collection.info.name)\": \(plan.steps.count) request\(plan.steps.count == 1 ? "" : "s")"
        // Nothing is sent: the secrets to hide are the inputs' and the auth values the steps resolve to.
        let namedSecrets = flowEnvironments.values.flatMap { $0.enabledValues.filter(\.isSecret).map(\.value) }
        let redactor = SecretRedactor(secrets: preflight.authSecrets + plan.startingContext(inputs).secretValues + namedSecrets)
        let strict = parsed.flag("--strict")
        for finding in preflight.findings {
            let text = redactor.redact(finding, keeping: preflight.names)
            if strict { console.error(text) } else { console.warning(text) }
        }
        // Scripts: syntax errors always stop a run from being valid; unsupported features are warnings.
        let scriptFindings = ScriptCheck.findings(in: plan.steps.map(\.request), host: PostmanSandbox(options: PostmanSandbox.Options(timersWaitInRealTime: false)))
        for finding in scriptFindings {
            if finding.isError { console.error(finding.description) } else { console.warning(finding.description) }
        }
        let scriptErrors = scriptFindings.filter(\.isError).count
        if scriptErrors > 0 {
            console.line("\(file): \(what); \(scriptErrors) script\(scriptErrors == 1 ? "" : "s") with syntax errors")
            return .dataError
        }
        let counts = Self.counts(preflight)
        if strict, !preflight.isClean {
            console.line("\(file): \(what); \(counts)")
            return .dataError
        }
        let hint = preflight.isClean || environment != nil ? "" : " (give the environment with -e to check its variables)"
        console.line("\(file): ok, \(what)\(preflight.isClean ? "" : "; \(counts)")\(hint)")
        return .success
    }

    /// What earlier validations read, kept alive until the process exits (see `run`).
    private nonisolated(unsafe) static var keptUntilExit: [Any] = []
    private static let keptLock = NSLock()

    private static func keepUntilExit(_ values: Any...) {
        keptLock.withLock {
            // A process that validates again and again (the tests) keeps only the last one's.
            keptUntilExit = values
        }
    }

    /// `3 undefined variables, 1 request that cannot be built`.
    static func counts(_ preflight: Preflight) -> String {
        var parts: [String] = []
        let variables = preflight.undefinedVariables.count
        if variables > 0 { parts.append("\(variables) undefined variable\(variables == 1 ? "" : "s")") }
        let unbuildable = Set(preflight.unbuildableSteps.map(\.step)).count
        if unbuildable > 0 {
            let noun = preflight.isFlow ? "step" : "request"
            parts.append("\(unbuildable) \(noun)\(unbuildable == 1 ? "" : "s") that cannot be built")
        }
        return parts.joined(separator: ", ")
    }
}
