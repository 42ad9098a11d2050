import Foundation
import PostieJSON

/// One step of a run: a collection request, and what a flow asks of it (nil for a plain collection run).
public struct PlannedStep: Sendable {
    public var request: CollectionRequest
    public var flowStep: FlowStep?

    public init(request: CollectionRequest, flowStep: FlowStep? = nil) {
        self.request = request
        self.flowStep = flowStep
    }

    /// The step's name in reports: the flow step's `name`, else `Folder › Request`.
    public var displayName: String { flowStep?.name ?? request.displayName }
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
    public static func flow(_ flow: FlowDocument, collection: PostmanCollection) throws -> RunPlan {
        let requests = collection.flattenedRequests()
        var steps: [PlannedStep] = []
        var problems: [FlowRequestError.Problem] = []
        for step in flow.steps where !step.skip {
            switch Self.find(step.request, in: requests) {
            case .found(let request): steps.append(PlannedStep(request: request, flowStep: step))
            case .ambiguous(let matches):
                problems.append(
                    .init(
                        location: step.requestLocation, name: step.request,
                        message: "\(matches.count) requests are named \"\(step.request)\" (\(matches.joined(separator: "; "))); name one by its id"))
            case .missing:
                let suggestions = Suggestion.nearest(to: step.request, among: requests.map(\.pathName))
                let hint = suggestions.isEmpty ? "" : "; closest: " + suggestions.map { "\"\($0)\"" }.joined(separator: ", ")
                problems.append(
                    .init(
                        location: step.requestLocation, name: step.request,
                        message: "no request \"\(step.request)\" in the collection\(hint)"))
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

    /// What building every step finds before anything is sent.
    public struct Preflight: Sendable, Equatable {
        /// Every `{{name}}` that nothing defines, as `Folder › Request: {{x}} in the url`.
        public var undefinedVariables: [String] = []
        /// The auth secrets the steps resolve to, to redact before any output is written.
        public var authSecrets: [String] = []
    }

    /// Builds every step (over every data row) without sending anything. Variables a flow step captures
    /// count as defined for the steps after it.
    public func preflight(
        inputs: RunInputs, iterations: Int = 1, builder: RequestBuilder, dynamicVariables: DynamicVariables = DynamicVariables()
    ) -> Preflight {
        var found = Preflight()
        forEachBuiltRequest(inputs: inputs, iterations: iterations, builder: builder, dynamicVariables: dynamicVariables) {
            step, result in
            for reference in result.unresolved {
                let place = "\(step.displayName): \(reference)"
                if !found.undefinedVariables.contains(place) { found.undefinedVariables.append(place) }
            }
            if let auth = result.request.auth {
                for secret in AuthSecrets.values(of: auth) where !found.authSecrets.contains(secret) {
                    found.authSecrets.append(secret)
                }
            }
        }
        return found
    }

    private func forEachBuiltRequest(
        inputs: RunInputs, iterations: Int, builder: RequestBuilder, dynamicVariables: DynamicVariables,
        _ body: (PlannedStep, RequestBuildResult) -> Void
    ) {
        let base = startingContext(inputs)
        for iteration in 0..<max(iterations, 1) {
            var context = base
            for (key, value) in inputs.dataRow(for: iteration) { context.iterationData.set(key, value) }
            for step in steps {
                var stepContext = context
                for variable in step.flowStep?.variables ?? [] { stepContext.run.set(variable.name, variable.value) }
                let resolver = VariableResolver(context: stepContext, dynamicVariables: dynamicVariables)
                let overrides = step.flowStep.map { StepRunner.overrides(of: $0) } ?? RequestOverrides()
                if let result = try? builder.build(step.request, resolver: resolver, overrides: overrides) {
                    body(step, result)
                }
                for capture in step.flowStep?.captures ?? [] { context.run.set(capture.variable, "captured") }
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
