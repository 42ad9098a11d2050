import Foundation
import PostieJSON

/// The scripts stage of the pipeline: a request's `prerequest` scripts run before it is built, its
/// `test` scripts after the answer, in postman-runtime's order (collection, folders outer to inner,
/// the request). A `ScriptHost` runs them; the runner only supplies what they see and applies what
/// they change.
public protocol ScriptHost: AnyObject, Sendable {
    /// Runs the scripts of one event, in order, each seeing what the previous ones changed.
    func run(_ event: ScriptEventInput) -> ScriptEventOutcome
    /// Parses a script without running it (for `postie validate`): nil when it parses.
    func syntaxError(in source: String, name: String) -> ScriptSyntaxProblem?
}

/// `prerequest` or `test`.
public enum ScriptEventKind: String, Sendable {
    case prerequest, test
}

/// One script of an event, with where it comes from.
public struct ScriptSource: Sendable, Equatable {
    public enum Level: String, Sendable { case collection, folder, request }
    public var level: Level
    /// The collection's, the folder's or the request's name.
    public var ownerName: String
    public var source: String

    public init(level: Level, ownerName: String, source: String) {
        self.level = level
        self.ownerName = ownerName
        self.source = source
    }

    /// `prerequest-script` style names for errors: `Subscription › Queue Job (request test)`.
    public func displayName(for kind: ScriptEventKind) -> String {
        "\(ownerName) (\(level.rawValue) \(kind.rawValue) script)"
    }
}

/// Everything the scripts of one event see.
public struct ScriptEventInput: Sendable {
    public var kind: ScriptEventKind
    public var scripts: [ScriptSource]
    public var requestName: String
    public var requestID: String?
    /// Folder names then the request's name (`pm.execution.location`).
    public var location: [String]
    public var iteration: Int
    public var iterationCount: Int
    public var variables: VariableContext
    /// `pm.variables` set by scripts during this request (the highest-precedence layer).
    public var localVariables: VariableScope
    public var environmentName: String?
    /// The request as Postman's v2.1 JSON (what `pm.request` wraps).
    public var request: JSONValue
    /// The answer, for test scripts.
    public var response: ScriptResponse?
    /// The assertions earlier events of this request made (`pm.test.index()` continues from them).
    public var assertionOffset: Int
    /// Sends `pm.sendRequest`'s requests; nil refuses them with an error.
    public var sender: (any ScriptRequestSending)?
    /// The run's cookies for the request's URL after the answer (test scripts): `pm.cookies`.
    public var cookies: [Cookie] = []

    public init(
        kind: ScriptEventKind, scripts: [ScriptSource], requestName: String, requestID: String?, location: [String],
        iteration: Int, iterationCount: Int, variables: VariableContext, localVariables: VariableScope,
        environmentName: String?, request: JSONValue, response: ScriptResponse?, assertionOffset: Int = 0,
        sender: (any ScriptRequestSending)? = nil
    ) {
        self.sender = sender
        self.kind = kind
        self.scripts = scripts
        self.requestName = requestName
        self.requestID = requestID
        self.location = location
        self.iteration = iteration
        self.iterationCount = iterationCount
        self.variables = variables
        self.localVariables = localVariables
        self.environmentName = environmentName
        self.request = request
        self.response = response
        self.assertionOffset = assertionOffset
    }
}

/// What a test script sees of the answer.
public struct ScriptResponse: Sendable {
    public var status: Int
    public var reason: String
    public var headers: [(name: String, value: String)]
    public var body: Data
    public var durationMilliseconds: Double
    public var size: Int

    public init(status: Int, reason: String, headers: [(name: String, value: String)], body: Data, durationMilliseconds: Double, size: Int) {
        self.status = status
        self.reason = reason
        self.headers = headers
        self.body = body
        self.durationMilliseconds = durationMilliseconds
        self.size = size
    }
}

/// One `pm.test` (or legacy `tests[…]`) result.
public struct ScriptAssertion: Sendable, Equatable {
    public var name: String
    public var passed: Bool
    public var skipped: Bool
    /// The error's `name`, `message` and `stack` for a failure (`AssertionError`, `TypeError`…).
    public var errorName: String?
    public var message: String?
    public var stack: String?

    public init(name: String, passed: Bool, skipped: Bool = false, errorName: String? = nil, message: String? = nil, stack: String? = nil) {
        self.name = name
        self.passed = passed
        self.skipped = skipped
        self.errorName = errorName
        self.message = message
        self.stack = stack
    }
}

/// An uncaught error (or a limit) that ended a script.
public struct ScriptError: Sendable, Equatable, CustomStringConvertible {
    public var script: String
    public var name: String
    public var message: String
    public var line: Int?
    public var column: Int?
    public var stack: String?

    public init(script: String, name: String, message: String, line: Int? = nil, column: Int? = nil, stack: String? = nil) {
        self.script = script
        self.name = name
        self.message = message
        self.line = line
        self.column = column
        self.stack = stack
    }

    /// `Queue Job (request test script):3:14: TypeError: Cannot read properties of undefined (reading 'id')`.
    public var description: String {
        var place = script
        if let line, let column { place += ":\(line):\(column)" }
        return "\(place): \(name): \(message)"
    }
}

/// A line a script printed.
public struct ScriptConsoleEntry: Sendable, Equatable {
    public enum Level: String, Sendable { case log, info, warn, error, debug }
    public var level: Level
    public var text: String

    public init(level: Level, text: String) {
        self.level = level
        self.text = text
    }
}

/// A syntax error found by `postie validate`.
public struct ScriptSyntaxProblem: Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var line: Int
    public var column: Int

    public init(message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column): SyntaxError: \(message)" }
}

/// What the scripts of an event did.
public struct ScriptEventOutcome: Sendable {
    public var assertions: [ScriptAssertion] = []
    public var errors: [ScriptError] = []
    public var console: [ScriptConsoleEntry] = []
    /// The variables after the scripts ran.
    public var variables: VariableContext
    public var localVariables: VariableScope
    /// `pm.request` as a prerequest script left it (nil: unchanged or a test event).
    public var request: JSONValue?
    /// `pm.execution.setNextRequest(x)`: `.some(nil)` ends the iteration.
    public var nextRequest: String??
    /// `pm.execution.skipRequest()` in a prerequest script.
    public var skipRequest = false
    /// `pm.visualizer.set(template, data, options)`.
    public var visualizer: JSONValue?

    public init(variables: VariableContext, localVariables: VariableScope) {
        self.variables = variables
        self.localVariables = localVariables
    }
}

/// Sends `pm.sendRequest`'s requests: the runner's own pipeline (variables, auth, transport).
public protocol ScriptRequestSending: Sendable {
    /// Builds `request` (v2.1 JSON, or a URL string) with `variables`, signs and sends it.
    func sendScriptRequest(_ request: JSONValue, variables: VariableContext) -> Result<TransportResponse, ScriptRequestError>
}

/// Why `pm.sendRequest` got no answer.
public struct ScriptRequestError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
