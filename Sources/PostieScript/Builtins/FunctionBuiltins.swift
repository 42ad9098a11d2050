/// `Function` and `Function.prototype` (ECMA-262 §20.2).
enum FunctionBuiltins {
    static func installPrototype(on prototype: JSFunction, realm: Realm) {
        prototype.addMethod(realm, "call", length: 1) { rt, this, arguments throws(JSException) in
            guard let function = this.asFunction else {
                // V8 reports the script's call expression (`Function.prototype.call.call is not a function`).
                if let site = rt.currentCallSite { throw rt.makeException(.typeError, "\(site) is not a function") }
                throw rt.makeException(.typeError, "Function.prototype.call called on non-function")
            }
            let rest = arguments.suffix(from: 1)
            return try rest.withUnsafeBufferPointer { buffer throws(JSException) in
                try rt.callFunction(function, this: arguments[0], arguments: Arguments(base: buffer.baseAddress, count: buffer.count))
            }
        }
        prototype.addMethod(realm, "apply", length: 2) { rt, this, arguments throws(JSException) in
            guard let function = this.asFunction else {
                if let site = rt.currentCallSite { throw rt.makeException(.typeError, "\(site) is not a function") }
                throw rt.makeException(.typeError, "Function.prototype.apply was called on \(rt.describeForError(this)), which is \(this.typeofName) and not a function")
            }
            let list = try rt.listFromArrayLike(arguments[1])
            return try list.withUnsafeBufferPointer { buffer throws(JSException) in
                try rt.callFunction(function, this: arguments[0], arguments: Arguments(base: buffer.baseAddress, count: buffer.count))
            }
        }
        prototype.addMethod(realm, "bind", length: 1) { rt, this, arguments throws(JSException) in
            guard let target = this.asFunction else {
                throw rt.makeException(.typeError, "Bind must be called on a function")
            }
            let boundArguments = arguments.suffix(from: 1)
            let bound = JSFunction(
                rt, realm: rt.realm, body: .bound(target: target, this: arguments[0], arguments: boundArguments),
                shape: rt.functionShape, prototype: target.prototype, isConstructor: target.isConstructor)
            var length = 0.0
            if target.hasOwnProperty(rt.names.length, rt), case .number(let targetLength) = try target.get(rt.names.length, rt) {
                length = targetLength == .infinity ? .infinity : max(0, targetLength.rounded(.towardZero) - Double(boundArguments.count))
            }
            let nameValue = try target.get(rt.names.name, rt)
            let name = nameValue.asString ?? JSString.empty
            bound.slots = [.number(length), .string(JSString.concat(JSString("bound "), name))]
            return .object(bound)
        }
        prototype.addMethod(realm, "toString", length: 0) { rt, this, _ throws(JSException) in
            guard let function = this.asFunction else {
                throw rt.makeException(.typeError, "Function.prototype.toString requires that 'this' be a Function")
            }
            return .string(rt.functionSourceText(function))
        }
        prototype.addMethod(realm, symbol: realm.runtime.symbols.hasInstance, name: "[Symbol.hasInstance]", length: 1, flags: []) { rt, this, arguments throws(JSException) in
            .bool(try rt.ordinaryHasInstance(this, arguments[0]))
        }
    }

    static func makeConstructor(_ realm: Realm) -> JSObject {
        let constructor = realm.nativeConstructor(
            "Function", length: 1, prototype: nil,
            call: { rt, _, arguments throws(JSException) in try rt.createDynamicFunction(arguments, kind: "function") },
            construct: { rt, arguments, _ throws(JSException) in try rt.createDynamicFunction(arguments, kind: "function") })
        constructor.addNew(realm.runtime.names.prototype, .object(realm.functionPrototype), flags: [])
        realm.functionPrototype.defineNew(realm.runtime.names.constructor, .object(constructor), flags: .hidden)
        return constructor
    }
}

extension ScriptRuntime {
    /// What `Function.prototype.toString` shows (ECMA-262 §20.2.3.5).
    func functionSourceText(_ function: JSFunction) -> JSString {
        switch function.body {
        case .code(let code, _):
            if code.flags.contains(.script) { return JSString("function () { [native code] }") }
            return JSString(units: code.sourceText)
        case .bound:
            // V8 shows bound functions without their name.
            return JSString("function () { [native code] }")
        default:
            let name = function.ordinaryGetOwnProperty(names.name)?.value.asString?.string ?? ""
            return JSString("function \(name)() { [native code] }")
        }
    }

    /// `new Function(p1, …, body)` (ECMA-262 §20.2.1.1.1 CreateDynamicFunction).
    func createDynamicFunction(_ arguments: Arguments, kind: String) throws(JSException) -> JSValue {
        var parameters: [String] = []
        var body = ""
        if arguments.count > 0 {
            for index in 0..<(arguments.count - 1) { parameters.append(try toSwiftString(arguments[index])) }
            body = try toSwiftString(arguments[arguments.count - 1])
        }
        let prefix = "(\(kind) anonymous("
        let parameterText = parameters.joined(separator: ",")
        let source = "\(prefix)\(parameterText)\n) {\n\(body)\n})"
        // The `)` after the parameters (and the line feed before it).
        let parametersEnd = Int32(prefix.utf16.count + parameterText.utf16.count + 1)
        let code = try compileForEval(source, name: "<anonymous>", mode: .global, dynamicParametersEnd: parametersEnd)
        let value = try runGlobalCode(code)
        if case .object(let object) = value, let function = object as? JSFunction {
            function.prototypePending = function.isConstructor && !(function.code?.flags.contains(.classConstructor) ?? false)
        }
        return value
    }
}

extension ScriptRuntime {
    /// The callee text of the script call that is running a native function, when recorded.
    var currentCallSite: String? {
        guard frames.count > 0 else { return nil }
        let frame = frames[frames.count - 1]
        return callSiteName(frame.code, frame.pc - 1)
    }
}
