/// `Error`, the native errors and `AggregateError` (ECMA-262 §20.5).
enum ErrorBuiltins {
    static func makeErrorPrototype(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let prototype = JSObject(rt, prototype: realm.objectPrototype)
        prototype.defineNew(rt.names.name, .string(rt.intern("Error")), flags: .hidden)
        prototype.defineNew(rt.names.message, .string(JSString.empty), flags: .hidden)
        prototype.addMethod(realm, "toString", length: 0) { rt, this, _ throws(JSException) in
            guard case .object(let object) = this else {
                throw rt.makeException(.typeError, "Method Error.prototype.toString called on incompatible receiver \(rt.describeReceiver(this))")
            }
            let nameValue = try object.get(rt.names.name, rt)
            let messageValue = try object.get(rt.names.message, rt)
            let name = nameValue.isUndefined ? "Error" : try rt.toSwiftString(nameValue)
            let message = messageValue.isUndefined ? "" : try rt.toSwiftString(messageValue)
            if name.isEmpty { return .string(JSString(message)) }
            if message.isEmpty { return .string(JSString(name)) }
            return .string(JSString("\(name): \(message)"))
        }
        return prototype
    }

    static func makeNativeErrorPrototype(_ realm: Realm, _ kind: ErrorKind) -> JSObject {
        let rt = realm.runtime
        let prototype = JSObject(rt, prototype: realm.errorPrototype(.error))
        prototype.defineNew(rt.names.name, .string(rt.intern(kind.rawValue)), flags: .hidden)
        prototype.defineNew(rt.names.message, .string(JSString.empty), flags: .hidden)
        return prototype
    }

    static func makeErrorConstructor(_ realm: Realm) -> JSObject {
        let constructor = makeConstructor(realm, .error, parent: realm.functionPrototype)
        // V8's extensions that libraries (chai among them) rely on.
        constructor.addMethod(realm, "captureStackTrace", length: 2) { rt, _, arguments throws(JSException) in
            guard case .object(let object) = arguments[0] else {
                throw rt.makeException(.typeError, "Invalid argument")
            }
            let name = (try? object.get(rt.names.name, rt)).flatMap { $0.asString?.string } ?? "Error"
            let message = (try? object.get(rt.names.message, rt)).flatMap { $0.asString?.string } ?? ""
            var text = message.isEmpty ? name : "\(name): \(message)"
            var index = rt.frames.count - 1
            var count = 0
            while index >= 0 && count < 10 {
                text += "\n    at " + rt.frameDescription(rt.frames[index].code, max(0, rt.frames[index].pc - 1))
                index -= 1
                count += 1
            }
            _ = try object.defineOwnProperty(rt.names.stack, PropertyDescriptor(value: .string(JSString(text)), writable: true, enumerable: false, configurable: true), rt)
            return .undefined
        }
        constructor.addValue(realm.runtime, "stackTraceLimit", .number(10), flags: .default)
        return constructor
    }

    static func makeNativeErrorConstructor(_ realm: Realm, _ kind: ErrorKind) -> JSObject {
        makeConstructor(realm, kind, parent: realm.errorConstructor(.error))
    }

    private static func makeConstructor(_ realm: Realm, _ kind: ErrorKind, parent: JSObject) -> JSFunction {
        let length = kind == .aggregateError ? 2 : 1
        let construct: NativeConstructor = { rt, arguments, newTarget throws(JSException) in
            try rt.constructError(kind, arguments, newTarget: newTarget)
        }
        let constructor = realm.nativeConstructor(
            kind.rawValue, length: length, prototype: realm.errorPrototype(kind),
            call: { rt, _, arguments throws(JSException) in try rt.constructError(kind, arguments, newTarget: rt.realm.errorConstructor(kind)) },
            construct: construct)
        constructor.prototype = parent
        return constructor
    }
}

extension ScriptRuntime {
    /// ECMA-262 §20.5.1.1 Error(message, options), and AggregateError(errors, message, options).
    func constructError(_ kind: ErrorKind, _ arguments: Arguments, newTarget: JSObject) throws(JSException) -> JSValue {
        let prototype = try prototypeForConstruction(newTarget, fallback: realm.errorPrototype(kind))
        let error = JSErrorObject(self, prototype: prototype)
        error.defineNew(names.stack, .undefined, flags: .hidden)
        let messageIndex = kind == .aggregateError ? 1 : 0
        let messageValue = arguments[messageIndex]
        var message = ""
        if !messageValue.isUndefined {
            let text = try toJSString(messageValue)
            message = text.string
            error.defineNew(names.message, .string(text), flags: .hidden)
        }
        if case .object(let options) = arguments[messageIndex + 1], options.hasProperty(names.cause, self) {
            error.defineNew(names.cause, try options.get(names.cause, self), flags: .hidden)
        }
        if kind == .aggregateError {
            let errors = try iterateToArray(arguments[0])
            error.defineNew(names.errors, .object(makeArray(errors)), flags: .hidden)
        }
        let nameValue = (try? error.get(names.name, self)).flatMap { $0.asString?.string } ?? kind.rawValue
        captureStack(error, name: nameValue, message: message)
        return .object(error)
    }
}
