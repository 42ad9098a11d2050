import Foundation
import PostieCore

/// `postie validate FILE`: checks a flow or a collection without sending anything.
struct ValidateCommand: Command {
    let console: Console

    static let options: [OptionSpec] = [
        OptionSpec(names: ["-e", "--environment"], valueName: "FILE", help: "environment whose variables count as defined"),
        OptionSpec(names: ["-g", "--globals"], valueName: "FILE", help: "globals whose variables count as defined"),
        OptionSpec(names: ["--env-var"], valueName: "KEY=VALUE", help: "a variable that counts as defined (repeatable)", repeatable: true),
        OptionSpec(names: ["-d", "--iteration-data"], valueName: "FILE", help: "iteration data whose columns count as defined"),
        OptionSpec(names: ["--strict"], valueName: nil, help: "undefined variables are errors (exit 65), not warnings"),
        OptionSpec(names: ["-h", "--help"], valueName: nil, help: "show this help"),
    ]

    static let parser = ArgumentParser(command: "validate", options: options)

    static var help: String {
        """
        usage: postie validate FLOW.json|COLLECTION.json [options]

        Checks a flow or a collection without sending anything: JSON syntax (with line and column), the
        collection's structure, that every step names a request the collection has, and that every
        {{variable}} is defined by the environment, the collection, the flow, iteration data, or captured
        by an earlier step. Exits 0 when the file can run, 65 when it cannot (or, with --strict, when a
        variable is undefined).

        Options:
        \(parser.optionsHelp())

        """
    }

    func run(_ parsed: ParsedArguments) throws -> ExitCode {
        guard parsed.operands.count == 1, let file = parsed.operands.first else {
            throw UsageError("postie validate takes one flow or collection file; see `postie validate --help`")
        }
        var runArguments = parsed
        runArguments.operands = [file]
        let job = try RunJob(parsed: runArguments, environment: [:])
        let collection = try CollectionParser.load(path: job.collectionPath)
        let environment = try job.environmentPath.map { try EnvironmentParser.load(path: $0) }
        let globals = try parsed.value("--globals").map { try EnvironmentParser.load(path: $0, kind: "a Postman globals file") }
        let data = try parsed.value("--iteration-data").map { try IterationData.load(path: $0) }
        let overrides = try parsed.all("--env-var").map { try RunJob.pair($0, option: "--env-var") }
        let plan = try job.flow.map { try RunPlan.flow($0, collection: collection) } ?? RunPlan.collection(collection)
        let inputs = RunInputs(
            collection: collection, environment: environment, globals: globals, environmentOverrides: overrides,
            iterationData: data)
        let undefined = plan.preflight(
            inputs: inputs, iterations: inputs.iterationCount(requested: nil), builder: RequestBuilder()
        ).undefinedVariables

        let what =
            job.flow.map { "flow \"\($0.name)\": \(plan.steps.count) step\(plan.steps.count == 1 ? "" : "s") on \(job.collectionPath)" }
            ?? "collection \"\(collection.info.name)\": \(plan.steps.count) request\(plan.steps.count == 1 ? "" : "s")"
        for place in undefined {
            let text = "\(place) is defined nowhere\(job.flow == nil ? "" : " and captured by no earlier step")"
            if parsed.flag("--strict") { console.error(text) } else { console.warning(text) }
        }
        if parsed.flag("--strict"), !undefined.isEmpty {
            console.line("\(file): \(what); \(undefined.count) undefined variable\(undefined.count == 1 ? "" : "s")")
            return .dataError
        }
        let hint = undefined.isEmpty || environment != nil ? "" : " (give the environment with -e to check its variables)"
        console.line("\(file): ok, \(what)\(undefined.isEmpty ? "" : "; \(undefined.count) undefined variable\(undefined.count == 1 ? "" : "s")")\(hint)")
        return .success
    }
}
