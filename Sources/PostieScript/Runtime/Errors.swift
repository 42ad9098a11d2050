/// Error objects made by the engine, with V8's wording and a V8-style `stack`.
public final class JSErrorObject: JSObject {
    /// The JavaScript frames when the error was made: (code, instruction index), innermost first.
    var capturedFrames: [(FunctionCode, Int)] = []
    /// Made by the engine inside an instruction: the innermost position is fixed when it is thrown.
    var needsThrowPosition = false

    init(_ rt: ScriptRuntime, prototype: JSObject?) {
        super.init(rt, shape: rt.rootShape, prototype: prototype, kind: .error)
    }

    override func clearReferences() {
        super.clearReferences()
        capturedFrames = []
    }

    /// Where the error was thrown: script name, 1-based line and column.
    public var location: (source: String, line: Int, column: Int)? {
        guard let (code, pc) = capturedFrames.first, let offset = code.sourceOffset(at: pc) else { return nil }
        let (line, column) = code.source.location(of: offset)
        return (code.source.name, line, column)
    }
}

extension ScriptRuntime {
    /// A new error object of `kind` with `message`, its `stack` captured from the running frames.
    public func makeErrorObject(_ kind: ErrorKind, _ message: String) -> JSErrorObject {
        // The prototype's `constructor` is defined with the (lazily made) constructor.
        _ = realm.errorConstructor(kind)
        let error = JSErrorObject(self, prototype: realm.errorPrototype(kind))
        // V8 creates `stack` before `message`.
        error.defineNew(names.stack, .undefined, flags: .hidden)
        error.defineNew(names.message, .string(JSString(message)), flags: .hidden)
        captureStack(error, name: kind.rawValue, message: message)
        return error
    }

    public func makeErrorValue(_ kind: ErrorKind, _ message: String) -> JSValue {
        .object(makeErrorObject(kind, message))
    }

    /// An exception carrying a new error (thrown by the engine from inside an instruction).
    public func makeException(_ kind: ErrorKind, _ message: String) -> JSException {
        let error = makeErrorObject(kind, message)
        error.needsThrowPosition = true
        return JSException(.object(error))
    }

    /// Records the current frames on `error` and sets its `stack` (V8's format).
    func captureStack(_ error: JSErrorObject, name: String, message: String) {
        var captured: [(FunctionCode, Int)] = []
        var index = frames.count - 1
        while index >= 0 && captured.count < 10 {
            let frame = frames[index]
            captured.append((frame.code, max(0, frame.pc - 1)))
            index -= 1
        }
        error.capturedFrames = captured
        setStackProperty(error, name: name, message: message)
    }

    func setStackProperty(_ error: JSErrorObject, name: String, message: String) {
        var text = message.isEmpty ? name : "\(name): \(message)"
        for (code, pc) in error.capturedFrames {
            text += "\n    at " + frameDescription(code, pc)
        }
        let value = JSValue.string(JSString(text))
        if let slot = error.shape.slot(of: names.stack) {
            error.slots[slot] = value
        } else {
            error.defineNew(names.stack, value, flags: .hidden)
        }
    }

    /// `name (script.js:3:7)` or `script.js:3:7`, as V8 writes a stack frame.
    func frameDescription(_ code: FunctionCode, _ pc: Int) -> String {
        var place = code.source.name
        if let offset = code.sourceOffset(at: pc) {
            let (line, column) = code.source.location(of: offset)
            place += ":\(line):\(column)"
        }
        let name = code.name.string
        if code.flags.contains(.script) || name.isEmpty { return place }
        return "\(name) (\(place))"
    }

    /// Fixes the innermost position of an engine-made error to the instruction that threw it.
    func completeThrowPosition(_ value: JSValue, code: FunctionCode, pc: Int) {
        guard case .object(let object) = value, let error = object as? JSErrorObject, error.needsThrowPosition else { return }
        error.needsThrowPosition = false
        if error.capturedFrames.isEmpty {
            error.capturedFrames = [(code, pc)]
        } else {
            error.capturedFrames[0] = (code, pc)
        }
        let name = (try? error.get(names.name, self)).flatMap { $0.asString?.string } ?? "Error"
        let message = error.ordinaryGetOwnProperty(names.message)?.value.asString?.string ?? ""
        setStackProperty(error, name: name, message: message)
    }

    /// A value as V8 names it in a message: `undefined`, `5`, `"abc"`, `#<Object>`, `function f`.
    /// Some messages (`Class extends value str …`, `… in str`) print strings without quotes.
    public func describeForError(_ value: JSValue, quotingStrings: Bool = true) -> String {
        if !quotingStrings, case .string(let string) = value { return string.string }
        switch value {
        case .undefined, .empty: return "undefined"
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return NumberConversion.toString(number)
        case .string(let string): return "\"\(string.string)\""
        case .symbol(let symbol): return symbol.descriptiveString
        case .object(let object): return describeObjectForError(object)
        }
    }

    /// `#<Object>`, `#<Foo>`, `[object Array]`, `function f`.
    public func describeObjectForError(_ object: JSObject) -> String {
        if object.kind == .function {
            let name = (object.ordinaryGetOwnProperty(names.name)?.value.asString?.string) ?? ""
            if let function = object as? JSFunction, function.isClassConstructor { return "class \(name)" }
            return name.isEmpty ? "function" : "function \(name)"
        }
        if object.kind == .array { return "[object Array]" }
        // V8 (Object::NoSideEffectsToString) uses the constructor's name only for objects whose
        // `toString` is Object.prototype.toString; others show their class.
        let toString = dataPropertyInChain(object, names.toString)
        if toString == nil || toString?.asObject === realm.objectToStringFunction,
            let constructor = dataPropertyInChain(object, names.constructor)?.asObject,
            let name = constructor.ordinaryGetOwnProperty(names.name)?.value.asString?.string, !name.isEmpty
        {
            return "#<\(name)>"
        }
        if let tag = dataPropertyInChain(object, .symbol(symbols.toStringTag))?.asString?.string { return "[object \(tag)]" }
        return "[object \(object.builtinTag)]"
    }

    /// The value of the data property `key` found first on `object`'s prototype chain (no getters run).
    private func dataPropertyInChain(_ object: JSObject, _ key: PropertyKey) -> JSValue? {
        var current: JSObject? = object
        var depth = 0
        while let candidate = current, depth < 10_000 {
            if let property = candidate.ordinaryGetOwnProperty(key) { return property.isAccessor ? nil : property.value }
            current = candidate.prototype
            depth += 1
        }
        return nil
    }

    /// A property key as text for messages (`'a'`).
    func displayKey(_ value: JSValue) throws(JSException) -> String {
        try toPropertyKey(value).displayName
    }
}
