import Foundation
import PostieJSON

/// A script compiled once, to run in any realm of the runtime that compiled it.
public struct CompiledScript: @unchecked Sendable {
    public let name: String
    let code: FunctionCode
}

/// An uncaught JavaScript error (or a limit that ended the script), as the host reports it.
public struct ScriptFailure: Error, CustomStringConvertible, Sendable {
    /// `TypeError`, `SyntaxError`…; `Error` for a thrown non-error value.
    public var name: String
    public var message: String
    /// V8's `stack` text when the value was an error.
    public var stack: String?
    public var sourceName: String?
    public var line: Int?
    public var column: Int?
    /// A deadline, step budget or memory limit ended the script.
    public var isLimit: Bool
    /// The source did not parse.
    public var isSyntaxError: Bool

    public init(
        name: String, message: String, stack: String? = nil, sourceName: String? = nil, line: Int? = nil, column: Int? = nil,
        isLimit: Bool = false, isSyntaxError: Bool = false
    ) {
        self.name = name
        self.message = message
        self.stack = stack
        self.sourceName = sourceName
        self.line = line
        self.column = column
        self.isLimit = isLimit
        self.isSyntaxError = isSyntaxError
    }

    /// `name: message` with the place when known: `script.js:3:7: TypeError: x is not a function`.
    public var description: String {
        var text = ""
        if let sourceName, let line, let column { text = "\(sourceName):\(line):\(column): " }
        return text + (message.isEmpty ? name : "\(name): \(message)")
    }
}

extension ScriptRuntime {
    /// Parses and compiles `source` as a script body (top-level `return` and `await` allowed).
    public func compile(_ source: String, name: String) throws(ScriptFailure) -> CompiledScript {
        let text = SourceText(name: name, text: source)
        do throws(ParseError) {
            let script = try Parser.parse(text, goal: .functionBody)
            let code = try CodeGenerator.compile(script, runtime: self, mode: .functionBody)
            return CompiledScript(name: name, code: code)
        } catch {
            throw ScriptFailure(
                name: "SyntaxError", message: error.message, stack: nil, sourceName: error.sourceName, line: error.line,
                column: error.column, isLimit: false, isSyntaxError: true)
        }
    }

    /// Runs a compiled script in `realm`: the body, then promise jobs and timers until none remain.
    /// Returns the body's completion value (for a top-level `await`, what its promise settled to).
    @discardableResult
    public func run(_ script: CompiledScript, in realm: Realm, this: JSValue? = nil) throws(ScriptFailure) -> JSValue {
        let previous = self.realm
        enter(realm)
        defer { if let previous { enter(previous) } }
        beginRun()
        uncaughtErrors = []
        unhandledRejections = []
        do throws(JSException) {
            let function = JSFunction(
                self, realm: realm, body: .code(script.code, scope: nil), shape: functionShape, prototype: realm.functionPrototype,
                isConstructor: false)
            function.slots = [.number(0), .string(JSString.empty)]
            var result = try callFunction(function, this: this ?? .undefined, arguments: .none)
            try runJobs()
            // A top-level await that rejects is the script's own exception.
            var topLevel: JSPromise?
            if case .object(let object) = result, script.code.flags.contains(.async), let promise = object as? JSPromise {
                topLevel = promise
                if promise.state == .rejected {
                    unhandledRejections.removeAll { $0 === promise }
                    throw JSException(promise.result)
                }
            }
            try throwUnhandledRejection()
            try runTimers()
            if let promise = topLevel {
                switch promise.state {
                case .rejected:
                    unhandledRejections.removeAll { $0 === promise }
                    throw JSException(promise.result)
                case .fulfilled:
                    result = promise.result
                case .pending:
                    result = .undefined
                }
            }
            try throwUnhandledRejection()
            return result
        } catch {
            discardPendingWork()
            while frames.count > 0 { popFrame() }
            throw failure(from: error)
        }
    }

    /// Runs a compiled script's body in the current realm and returns its completion value, without
    /// the event loop (for code a host loads while a script runs, such as a library `require`d).
    public func evaluate(_ script: CompiledScript, this: JSValue = .undefined) throws(JSException) -> JSValue {
        let function = JSFunction(
            self, realm: realm, body: .code(script.code, scope: nil), shape: functionShape, prototype: realm.functionPrototype,
            isConstructor: false)
        function.slots = [.number(0), .string(JSString.empty)]
        return try callFunction(function, this: this, arguments: .none)
    }

    /// Queues host work to run as a job (after the running script's synchronous part), e.g. an I/O
    /// callback. Errors it throws are the script's uncaught errors.
    public func enqueueHostJob(_ body: @escaping () throws(JSException) -> Void) {
        enqueue(.host(body))
    }

    /// Describes an uncaught exception for the host.
    public func failure(from exception: JSException) -> ScriptFailure {
        let value = exception.value
        var failure = ScriptFailure(
            name: "Error", message: "", stack: nil, sourceName: nil, line: nil, column: nil, isLimit: exception.isTermination,
            isSyntaxError: false)
        if case .object(let object) = value {
            let name = (try? object.get(names.name, self)).flatMap { try? toSwiftString($0) }
            let message = (try? object.get(names.message, self)).flatMap { try? toSwiftString($0) }
            if object.kind == .error || name != nil {
                failure.name = name ?? "Error"
                failure.message = message ?? ""
                failure.stack = object.ordinaryGetOwnProperty(names.stack)?.value.asString?.string
                if let error = object as? JSErrorObject, let location = error.location {
                    failure.sourceName = location.source
                    failure.line = location.line
                    failure.column = location.column
                }
                return failure
            }
        }
        failure.name = "Uncaught"
        failure.message = (try? inspectForError(value)) ?? "exception"
        return failure
    }

    /// A thrown non-error value as text (`Uncaught 42`, `Uncaught { a: 1 }`).
    func inspectForError(_ value: JSValue) throws(JSException) -> String {
        switch value {
        case .string(let string): return string.string
        case .object(let object): return describeObjectForError(object)
        default: return try toSwiftString(value)
        }
    }
}

/// A thread with a large stack on which scripts run: the engine's limits, not the native stack,
/// stop deep recursion.
public final class ScriptThread: @unchecked Sendable {
    private final class Mailbox: @unchecked Sendable {
        let work = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        var job: (() -> Void)?
    }

    private let mailbox = Mailbox()
    private let lock = NSLock()

    /// Starts the thread (stack size in bytes).
    public init(stackSize: Int = 1 << 30) {
        let mailbox = self.mailbox
        let thread = Thread {
            while true {
                mailbox.work.wait()
                mailbox.job?()
                mailbox.job = nil
                mailbox.done.signal()
            }
        }
        thread.stackSize = stackSize
        thread.start()
    }

    /// Runs `body` on the script thread and waits for it.
    public func perform<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try withoutActuallyEscaping(body) { escapable in
            var result: Result<T, Error>?
            mailbox.job = { result = Result { try escapable() } }
            mailbox.work.signal()
            mailbox.done.wait()
            switch result! {
            case .success(let value): return value
            case .failure(let error): throw error
            }
        }
    }
}
