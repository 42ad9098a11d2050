import Foundation
import PostieJSON

/// One step of a run: a collection request, and what a flow asks of it (nil for a plain collection run).
public struct PlannedStep: Sendable {
    public var request: CollectionRequest
    public var flowStep: FlowStep?
    /// The step's place in the whole plan when a shard runs only some steps (report ids keep it), else nil.
    public var wholePosition: Int?
    /// The flow's named environment this step resolves from (`"environment": "prod"`); nil for the run's.
    public var environment: NamedEnvironment?
    /// Whether the request's scripts run for this step (a flow's or step's `"scripts": false` turns them off).
    public var runsScripts = true

    public init(request: CollectionRequest, flowStep: FlowStep? = nil) {
        self.request = request
        self.flowStep = flowStep
    }

    /// The step's name in reports: the flow step's `name`, else `Folder › Request`.
    public var displayName: String { flowStep?.name ?? request.displayName }
}

/// One of a flow's named environments, read: the variables the steps that name it resolve from.
public struct NamedEnvironment: Sendable {
    public var name: String
    public var variables: VariableScope

    /// The enabled values of `file`, secrets kept secret.
    public init(name: String, file: EnvironmentFile) {
        self.name = name
        var scope = VariableScope(.environment)
        for value in file.enabledValues { scope.set(value.key, value.value, isSecret: value.isSecret) }
        variables = scope
    }
}

/// What a run will do, decided before anything is sent: the steps in order and the flow's variables.
///
/// A plain collection run is a plan whose steps are the collection's requests with nothing to check;
/// a flow is a plan whose steps name requests and add captures, checks, polls, retries and saves.
public struct RunPlan: Sendable {
    /// The flow's name, or the collection's.
    public var name: String
    public var steps: [PlannedStep]
    /// Variables the flow sets for every step (above collection variables, below the environment).
    public var flowVariables: [FlowVariable]
    /// The flow file, for messages; nil for a collection run.
    public var flowFile: String?

    public init(name: String, steps: [PlannedStep], flowVariables: [FlowVariable] = [], flowFile: String? = nil) {
        self.name = name
        self.steps = steps
        self.flowVariables = flowVariables
        self.flowFile = flowFile
    }

    /// Every request of `collection` (or of the `folders` named), in order.
    public static func collection(_ collection: PostmanCollection, folders: [String] = []) throws -> RunPlan {
        let requests = folders.isEmpty ? collection.flattenedRequests() : try collection.requests(selecting: folders)
        return RunPlan(name: collection.info.name, steps: requests.map { PlannedStep(request: $0) })
    }

    /// The steps of `flow`, each `request` found in `collection` by its `Folder/Request` path or its id.
    /// Every unknown name is reported at once, with the closest names, before anything runs.
    /// `environments` holds the flow's named environments, read, by name.
    public static func flow(
        _ flow: FlowDocument, collection: PostmanCollection, environments: [String: EnvironmentFile] = [:]
    ) throws -> RunPlan {
        let requests = collection.flattenedRequests()
        var steps: [PlannedStep] = []
        var problems: [FlowRequestError.Problem] = []
        for step in flow.steps where !step.skip {
            switch Self.find(step.request, in: requests) {
            case .found(let request):
                var planned = PlannedStep(request: request, flowStep: step)
                planned.runsScripts = step.scripts ?? flow.runsScripts
                if let name = step.environment {
                    guard let file = environments[name] else {
                        problems.append(
                            .init(
                                location: step.requestLocation, name: name,
                                message: "step \"\(step.displayName)\" names the environment \"\(name)\", which was not read"))
                        continue
                    }
                    planned.environment = NamedEnvironment(name: name, file: file)
                }
                steps.append(planned)
            case .ambiguous(let matches):
                problems.append(
                    .init(
                        location: step.requestLocation, name: Suggestion.quoted(step.request),
                        message: "\(matches.count) requests are named \"\(Suggestion.quoted(step.request))\" (\(matches.joined(separator: "; "))); name one by its id"))
            case .missing:
                let suggestions = Suggestion.nearest(to: step.request, among: requests.map(\.pathName))
                let hint = suggestions.isEmpty ? "" : "; closest: " + suggestions.map { "\"\($0)\"" }.joined(separator: ", ")
                problems.append(
                    .init(
                        location: step.requestLocation, name: Suggestion.quoted(step.request),
                        message: "no request \"\(Suggestion.quoted(step.request))\" in the collection\(hint)"))
            }
        }
        if !problems.isEmpty { throw FlowRequestError(file: flow.file, problems: problems) }
        return RunPlan(name: flow.name, steps: steps, flowVariables: flow.variables, flowFile: flow.file)
    }

    /// The variables every iteration starts from: the inputs', with the flow's variables over the
    /// collection's (and under the environment, so `--env-var` still wins).
    public func startingContext(_ inputs: RunInputs) -> VariableContext {
        var context = inputs.initialContext()
        for variable in flowVariables { context.collection.set(variable.name, variable.value) }
        return context
    }

    /// Checks every step (over every data row) as building it would, without building it or sending
    /// anything (`RequestBuilder.check`: texts scanned for `{{` on their bytes, no body made, no file
    /// read). Variables a flow step captures count as defined for the steps after it. A step that cannot
    /// be built is a finding too, with the undefined variables met on the way. Dynamic variables resolve
    /// to `DynamicVariables.standIns`: none is generated, and the run's own generator is left untouched.
    /// When `scriptsRun`, a variable the steps' scripts set by name counts as defined.
    public func preflight(
        inputs: RunInputs, iterations: Int = 1, builder: RequestBuilder, scriptsRun: Bool = true,
        isCancelled: () -> Bool = { false }
    ) -> Preflight {
        var found = Preflight(isFlow: flowFile != nil)
        if scriptsRun {
            // By index: a loop over the steps, or a filter of them, would copy each one.
            var sources: [String] = []
            for index in steps.indices where steps[index].runsScripts {
                for script in steps[index].request.scripts { sources.append(script.source) }
            }
            found.setByScripts = ScriptVariableWrites.names(in: sources)
        }
        forEachBuiltRequest(
            inputs: inputs, iterations: iterations, builder: builder, dynamicVariables: .standIns,
            isCancelled: isCancelled
        ) {
            step, result in
            switch result {
            case .success(let built):
                found.record(built.unresolved, in: step.displayName, blocksSending: false)
                for secret in AuthSecrets.values(of: built.request) where !found.authSecrets.contains(secret) {
                    found.authSecrets.append(secret)
                }
            case .failure(let failure):
                if case .undefinedHost(let variables) = failure.reason {
                    found.record(
                        failure.unresolved.filter { variables.contains($0.name) }, in: step.displayName, blocksSending: true)
                    found.record(
                        failure.unresolved.filter { !variables.contains($0.name) }, in: step.displayName, blocksSending: false)
                } else {
                    found.record(failure.unresolved, in: step.displayName, blocksSending: false)
                    found.recordUnbuildable(step.displayName, reason: failure.reason.description)
                }
            }
        }
        return found
    }

    private func forEachBuiltRequest(
        inputs: RunInputs, iterations: Int, builder: RequestBuilder, dynamicVariables: DynamicVariables,
        isCancelled: () -> Bool = { false }, _ body: (PlannedStep, Result<RequestBuildResult, RequestBuildFailure>) -> Void
    ) {
        let base = startingContext(inputs)
        for iteration in 0..<max(iterations, 1) {
            var context = base
            for (key, value) in inputs.dataVariables(for: iteration) { context.iterationData.set(key, value) }
            // A step with nothing of its own (no flow step, no named environment: every step of a plain
            // collection) resolves from the iteration's variables as they stand: one resolver serves all
            // such steps until a capture changes those variables.
            var plainResolver = VariableResolver(context: context, dynamicVariables: dynamicVariables)
            // Steps by index: a loop over them would copy each one.
            for index in steps.indices {
                // A run interrupted while thousands of requests are checked stops checking.
                if isCancelled() { return }
                guard let flowStep = steps[index].flowStep else {
                    let resolver =
                        steps[index].environment.map { named in
                            var stepContext = context
                            stepContext.environment = named.variables
                            return VariableResolver(context: stepContext, dynamicVariables: dynamicVariables)
                        } ?? plainResolver
                    body(steps[index], Result { () throws(RequestBuildFailure) in try builder.check(steps[index].request, resolver: resolver) })
                    continue
                }
                var stepContext = context
                if let named = steps[index].environment { stepContext.environment = named.variables }
                for variable in flowStep.variables { stepContext.run.set(variable.name, variable.value) }
                let resolver = VariableResolver(context: stepContext, dynamicVariables: dynamicVariables)
                let overrides = StepRunner.overrides(of: flowStep)
                // A file an earlier step will save is not there yet: its field is built empty.
                let request = StepRunner.uploading(flowStep.uploads, in: steps[index].request) { _ in nil }
                body(steps[index], Result { () throws(RequestBuildFailure) in try builder.check(request, resolver: resolver, overrides: overrides) })
                if !flowStep.captures.isEmpty {
                    for capture in flowStep.captures { context.run.set(capture.variable, "captured") }
                    plainResolver = VariableResolver(context: context, dynamicVariables: dynamicVariables)
                }
            }
            if inputs.iterationData == nil { break }  // without data every iteration resolves alike
        }
    }

    enum Lookup {
        case found(CollectionRequest)
        case ambiguous([String])
        case missing
    }

    /// A request by id, by `Folder/Sub/Request` (or `Folder › Request`), or by its bare name when unique.
    static func find(_ name: String, in requests: [CollectionRequest]) -> Lookup {
        if let byID = requests.first(where: { $0.id == name }) { return .found(byID) }
        let normalized = name.replacingOccurrences(of: " › ", with: "/").trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        let byPath = requests.filter { $0.pathName == normalized }
        if byPath.count == 1 { return .found(byPath[0]) }
        if byPath.count > 1 { return .ambiguous(byPath.map { $0.id ?? $0.pathName }) }
        let byName = requests.filter { $0.name == normalized }
        if byName.count == 1 { return .found(byName[0]) }
        if byName.count > 1 { return .ambiguous(byName.map(\.pathName)) }
        return .missing
    }
}

/// Flow steps that name requests the collection does not have.
public struct FlowRequestError: Error, Sendable, Equatable, CustomStringConvertible {
    public struct Problem: Sendable, Equatable {
        public var location: JSONSourceLocation?
        public var name: String
        public var message: String
    }

    public var file: String
    public var problems: [Problem]

    /// One line per problem: `flow.json:12:18: no request "Subscription/Queue Jobs" …`.
    public var description: String {
        problems.map { problem in
            let place = problem.location.map { "\(file):\($0.line):\($0.column)" } ?? file
            return "\(place): \(problem.message)"
        }.joined(separator: "\n")
    }
}

/// What building every step finds before anything is sent: the variables nothing defines, grouped by
/// name with the steps that use them, and the steps that cannot be built for another reason.
public struct Preflight: Sendable, Equatable {
    /// A `{{name}}` that nothing defines, and where it is used.
    public struct UndefinedVariable: Sendable, Equatable {
        public var name: String
        /// The steps (`Folder › Request`, or a flow step's name) that use it, in order, each once.
        public var steps: [String] = []
        /// Where in the request, for the first step: `url`, `header Accept`, `path variable jobId`…
        public var firstPlace: String
        /// Whether a step cannot be sent without it (it stands in the URL's host).
        public var blocksSending = false
    }

    /// A step that cannot be built, for a reason other than an undefined variable.
    public struct UnbuildableStep: Sendable, Hashable {
        public var step: String
        public var reason: String
    }

    /// Whether the plan is a flow (messages say "steps" and "captured by no earlier step").
    public var isFlow: Bool
    public var undefinedVariables: [UndefinedVariable] = []
    public var unbuildableSteps: [UnbuildableStep] = []
    /// The auth secrets the steps resolve to, to redact before any output is written.
    public var authSecrets: [String] = []
    /// Variables the steps' scripts set by name (`ScriptVariableWrites`): defined by the time they are used,
    /// so never reported as undefined.
    public var setByScripts: Set<String> = []

    public init(isFlow: Bool = false) { self.isFlow = isFlow }

    /// Whether building found nothing to report.
    public var isClean: Bool { undefinedVariables.isEmpty && unbuildableSteps.isEmpty }

    /// Where each undefined variable is in `undefinedVariables`, and the steps already listed for it, so
    /// that recording stays linear in the steps (10,000 requests using one undefined variable took 1.7 G
    /// instructions of list searches before).
    private var variableIndex: [String: Int] = [:]
    private var listedSteps: [Set<String>] = []
    private var listedUnbuildable: Set<UnbuildableStep> = []

    /// `step` is made only when there is something to record (most requests have nothing).
    mutating func record(_ references: [UnresolvedReference], in makeStep: @autoclosure () -> String, blocksSending: Bool) {
        guard !references.isEmpty else { return }
        let step = makeStep()
        for reference in references where !setByScripts.contains(reference.name) {
            if let index = variableIndex[reference.name] {
                if listedSteps[index].insert(step).inserted { undefinedVariables[index].steps.append(step) }
                if blocksSending { undefinedVariables[index].blocksSending = true }
            } else {
                variableIndex[reference.name] = undefinedVariables.count
                listedSteps.append([step])
                undefinedVariables.append(
                    UndefinedVariable(name: reference.name, steps: [step], firstPlace: reference.place, blocksSending: blocksSending))
            }
        }
    }

    mutating func recordUnbuildable(_ step: String, reason: String) {
        let finding = UnbuildableStep(step: step, reason: reason)
        if listedUnbuildable.insert(finding).inserted { unbuildableSteps.append(finding) }
    }

    /// One line per undefined variable, then one per reason some steps cannot be built:
    /// `{{gallery-url}} is not defined (31 requests use it: A, B, C and 28 more); they cannot be sent without it…`.
    public var findings: [String] {
        let noun = isFlow ? "step" : "request"
        var lines = undefinedVariables.map { variable -> String in
            let defined = isFlow ? "is defined nowhere and captured by no earlier step" : "is not defined"
            let users =
                variable.steps.count == 1
                ? "used in the \(variable.firstPlace) of \(variable.steps[0])"
                : "\(variable.steps.count) \(noun)s use it: \(Self.list(variable.steps))"
            let consequence =
                variable.blocksSending
                ? "\(variable.steps.count == 1 ? "it" : "they") cannot be sent without it: give an environment (-e FILE) or --env-var \(variable.name)=VALUE"
                : "sent as written"
            return "{{\(variable.name)}} \(defined) (\(users)); \(consequence)"
        }
        var reasons: [String] = []
        for finding in unbuildableSteps where !reasons.contains(finding.reason) { reasons.append(finding.reason) }
        for reason in reasons {
            let steps = unbuildableSteps.filter { $0.reason == reason }.map(\.step)
            let subject = steps.count == 1 ? steps[0] : "\(steps.count) \(noun)s (\(Self.list(steps)))"
            lines.append("\(subject) cannot be sent: \(reason)")
        }
        return lines
    }

    /// The user-written names the findings quote (steps and variables), which redaction leaves alone.
    public var names: [String] {
        undefinedVariables.flatMap { [$0.name] + $0.steps } + unbuildableSteps.map(\.step)
    }

    /// `A, B, C and 28 more`.
    static func list(_ names: [String], shown: Int = 3) -> String {
        if names.count <= shown + 1 { return names.joined(separator: ", ") }
        return names.prefix(shown).joined(separator: ", ") + " and \(names.count - shown) more"
    }
}
