/// Calls, construction, frames and closures (ECMA-262 §10.2 [[Call]] and [[Construct]]).
extension ScriptRuntime {
    /// Pushes a frame for `function` with its registers set up. The caller continues it (same loop)
    /// or runs it with `execute()` (entry frames).
    /// `scope` is consumed (the caller's copy moves into the frame); `code` is borrowed, as the frame keeps it.
    func pushFrame(
        _ function: JSFunction, code: FunctionCode, scope: consuming Scope?, this: JSValue, arguments: Arguments, newTarget: JSValue,
        returnRegister: Int, isEntry: Bool, completion: FrameCompletion
    ) throws(JSException) {
        if frames.count >= limits.maximumCallDepth {
            throw makeException(.rangeError, "Maximum call stack size exceeded")
        }
        let base = frames.registerTop
        guard stack.reserve(upTo: base + code.registerCount) else {
            throw makeException(.rangeError, "Maximum call stack size exceeded")
        }
        let registers = stack.base + base
        let flags = code.flags
        if flags.contains(.arrow) {
            registers[0] = function.boundThis
        } else if flags.contains(.strict) || !flags.contains(.usesThis) {
            registers[0] = this
        } else {
            switch this {
            case .undefined, .null: registers[0] = .object(function.realm.globalObject)
            case .object: registers[0] = this
            default: registers[0] = .object(try toObject(this))
            }
        }
        let count = min(arguments.count, code.parameterCount)
        var index = 0
        // Registers above the live frames hold `undefined` (popFrame clears them): nothing to release.
        while index < count {
            (registers + 1 + index).initialize(to: arguments[index])
            index += 1
        }
        frames.append(
            Frame(
                function: function, code: code, pc: 0, base: base, scope: scope, scopeDepth: 0,
                argumentList: flags.contains(.keepsArguments) ? arguments.array : nil, newTarget: newTarget,
                returnRegister: returnRegister, isEntry: isEntry, completion: completion))
        if function.realm !== realm { enter(function.realm) }
    }

    /// Removes the top frame, clearing its registers.
    func popFrame() {
        guard frames.count > 0 else { return }
        let window = frames.removeLast()
        stack.clear(from: window.base, count: window.registers)
        // Compared through an unretained reference: reading the borrowed `function` as a strong one retains it.
        if let caller = frames.top,
            Unmanaged.passUnretained(caller.pointee.function)._withUnsafeGuaranteedRef({ $0.realm !== realm })
        {
            enter(caller.pointee.function.realm)
        }
    }

    /// Delivers a returned value from the frame at `index`; returns it when that frame was an entry.
    func completeFrame(_ index: Int, returning value: JSValue) throws(JSException) -> JSValue? {
        let frameBase = frames[index].base
        let isEntry = frames[index].isEntry
        let returnRegister = frames[index].returnRegister
        var result = value
        switch frames[index].completion {
        case .normal:
            break
        case .construct:
            if !value.isObject { result = stack.base[frameBase] }
        case .derivedConstruct:
            if value.isObject {
                break
            } else if value.isUndefined {
                let this = stack.base[frameBase]
                if this.isEmpty {
                    throw makeException(.referenceError, "Must call super constructor in derived class before accessing 'this' or returning from derived constructor")
                }
                result = this
            } else {
                throw makeException(.typeError, "Derived constructors may only return object or undefined")
            }
        case .asyncFunction(let promise):
            resolvePromise(promise, with: value)
            result = .object(promise)
        case .generator(let generator):
            generator.state = .completed
            generator.suspended = nil
            result = .object(realm.iteratorResult(value, done: true))
        }
        popFrame()
        if isEntry { return result }
        stack.base[frames[index - 1].base + returnRegister] = result
        return nil
    }

    /// Pops the frame at `index` after an uncaught exception; returns what the caller receives instead
    /// of the exception (an async function's rejected promise), or nil to rethrow.
    func unwindFrame(_ index: Int, throwing exception: JSException) -> JSValue? {
        let frame = frames[index]
        popFrame()
        switch frame.completion {
        case .asyncFunction(let promise) where !exception.isTermination:
            rejectPromise(promise, with: exception.value)
            return .object(promise)
        case .generator(let generator):
            generator.state = .completed
            generator.suspended = nil
            return nil
        default:
            return nil
        }
    }

    // MARK: Calling from Swift

    /// ECMA-262 §7.3.14 Call(F, V, argumentsList).
    public func call(_ callee: JSValue, this: JSValue, arguments: [JSValue]) throws(JSException) -> JSValue {
        try arguments.withUnsafeBufferPointer { buffer throws(JSException) in
            try callValue(callee, this: this, arguments: Arguments(base: buffer.baseAddress, count: buffer.count), site: nil)
        }
    }

    /// Calls a value, with V8's message when it is not callable (`site` is the callee's source text).
    func callValue(_ callee: JSValue, this: JSValue, arguments: Arguments, site: String?) throws(JSException) -> JSValue {
        guard case .object(let object) = callee, object.isCallable, object.kind == .function else {
            throw makeException(.typeError, "\(site ?? describeForError(callee)) is not a function")
        }
        return try callFunction(unsafeDowncast(object, to: JSFunction.self), this: this, arguments: arguments)
    }

    /// `function.[[Call]](this, arguments)`.
    public func callFunction(_ function: JSFunction, this: JSValue, arguments: Arguments) throws(JSException) -> JSValue {
        if let code = function.compiledCode, code.flags.isPlainCallable {
            try pushFrame(
                function, code: code, scope: function.closureScope, this: this, arguments: arguments, newTarget: .undefined, returnRegister: -1,
                isEntry: true, completion: .normal)
            return try execute()
        }
        switch function.body {
        case .native(let native, _):
            return try callNative(native, function, this: this, arguments)
        case .bound(let target, let boundThis, let boundArguments):
            let combined = boundArguments + arguments.array
            return try combined.withUnsafeBufferPointer { buffer throws(JSException) in
                try callFunction(target, this: boundThis, arguments: Arguments(base: buffer.baseAddress, count: buffer.count))
            }
        case .code(let code, let scope):
            let flags = code.flags
            if flags.contains(.classConstructor) {
                throw makeException(.typeError, "Class constructor \(code.name.string) cannot be invoked without 'new'")
            }
            if flags.contains(.generator) {
                let isAsync = flags.contains(.async)
                let fallback = isAsync ? function.realm.asyncGeneratorPrototype : function.realm.generatorPrototype
                let prototype = function.prototypeProperty(self).asObject ?? fallback
                let generator = JSGenerator(self, prototype: prototype)
                if isAsync { generator.asyncRequests = AsyncGeneratorRequests() }
                try pushFrame(function, code: code, scope: scope, this: this, arguments: arguments, newTarget: .undefined, returnRegister: -1, isEntry: true, completion: .generator(generator))
                return try execute()
            }
            if flags.contains(.async) {
                let promise = JSPromise(self, prototype: function.realm.promisePrototype)
                try pushFrame(function, code: code, scope: scope, this: this, arguments: arguments, newTarget: .undefined, returnRegister: -1, isEntry: true, completion: .asyncFunction(promise))
                _ = try execute()
                return .object(promise)
            }
            try pushFrame(function, code: code, scope: scope, this: this, arguments: arguments, newTarget: .undefined, returnRegister: -1, isEntry: true, completion: .normal)
            return try execute()
        }
    }

    @inline(__always)
    func callNative(_ native: NativeFunction, _ function: JSFunction, this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        // Built-ins calling built-ins (a cyclic array's toString → join → toString…) recurse in Swift.
        guard stackGuard.hasRoom() else { throw makeException(.rangeError, "Maximum call stack size exceeded") }
        if function.realm === realm { return try native(self, this, arguments) }
        let previous = realm!
        enter(function.realm)
        defer { enter(previous) }
        return try native(self, this, arguments)
    }

    // MARK: Construction

    /// ECMA-262 §7.3.15 Construct(F, argumentsList, newTarget).
    public func construct(_ callee: JSValue, arguments: [JSValue], newTarget: JSObject? = nil) throws(JSException) -> JSValue {
        try arguments.withUnsafeBufferPointer { buffer throws(JSException) in
            try constructValue(callee, arguments: Arguments(base: buffer.baseAddress, count: buffer.count), newTarget: newTarget, site: nil)
        }
    }

    func constructValue(_ callee: JSValue, arguments: Arguments, newTarget: JSObject?, site: String?) throws(JSException) -> JSValue {
        guard case .object(let object) = callee, object.kind == .function, unsafeDowncast(object, to: JSFunction.self).isConstructor else {
            throw makeException(.typeError, "\(site ?? describeForError(callee)) is not a constructor")
        }
        let function = unsafeDowncast(object, to: JSFunction.self)
        let target = newTarget ?? function
        switch function.body {
        case .native(_, let constructor):
            guard stackGuard.hasRoom() else { throw makeException(.rangeError, "Maximum call stack size exceeded") }
            guard let constructor else {
                throw makeException(.typeError, "\(site ?? describeForError(callee)) is not a constructor")
            }
            if function.realm === realm { return try constructor(self, arguments, target) }
            let previous = realm!
            enter(function.realm)
            defer { enter(previous) }
            return try constructor(self, arguments, target)
        case .bound(let inner, _, let boundArguments):
            let combined = boundArguments + arguments.array
            let adjusted = target === function ? inner : target
            return try combined.withUnsafeBufferPointer { buffer throws(JSException) in
                try constructValue(.object(inner), arguments: Arguments(base: buffer.baseAddress, count: buffer.count), newTarget: adjusted, site: site)
            }
        case .code(let code, let scope):
            if code.flags.contains(.derivedConstructor) {
                try pushFrame(function, code: code, scope: scope, this: .empty, arguments: arguments, newTarget: .object(target), returnRegister: -1, isEntry: true, completion: .derivedConstruct)
                return try execute()
            }
            let prototype = try prototypeForConstruction(target, fallback: function.realm.objectPrototype)
            let this = JSObject(self, shape: rootShape, prototype: prototype)
            if let initializer = function.fieldInitializer {
                _ = try callFunction(initializer, this: .object(this), arguments: .none)
            }
            try pushFrame(function, code: code, scope: scope, this: .object(this), arguments: arguments, newTarget: .object(target), returnRegister: -1, isEntry: true, completion: .construct)
            return try execute()
        }
    }

    /// ECMA-262 §10.1.14 GetPrototypeFromConstructor.
    public func prototypeForConstruction(_ constructor: JSObject, fallback: JSObject) throws(JSException) -> JSObject {
        let value: JSValue
        if constructor.kind == .function {
            value = unsafeDowncast(constructor, to: JSFunction.self).prototypeProperty(self)
        } else {
            value = try constructor.get(names.prototype, self)
        }
        return value.asObject ?? fallback
    }

    /// `super(...)` in a derived constructor (ECMA-262 §13.3.7.1).
    func superCall(frameIndex: Int, arguments: Arguments) throws(JSException) -> JSValue {
        let frame = frames[frameIndex]
        var function = frame.function
        var newTarget = frame.newTarget
        if function.code?.flags.contains(.arrow) == true, let home = function.homeObject {
            // An arrow in a constructor: the constructor is the home object's `constructor`.
            if let constructor = (try? home.get(names.constructor, self))?.asFunction { function = constructor }
            newTarget = function.capturedNewTarget
        }
        guard let parent = function.prototype, parent.kind == .function, unsafeDowncast(parent, to: JSFunction.self).isConstructor else {
            throw makeException(.typeError, "Super constructor \(describeForError(function.prototype.map { .object($0) } ?? .null)) of anonymous class is not a constructor")
        }
        if !stack.base[frame.base].isEmpty, function === frame.function {
            throw makeException(.referenceError, "Super constructor may only be called once")
        }
        let result = try constructValue(.object(parent), arguments: arguments, newTarget: newTarget.asObject, site: nil)
        if let initializer = function.fieldInitializer {
            _ = try callFunction(initializer, this: result, arguments: .none)
        }
        return result
    }

    // MARK: Closures and classes

    /// A function object for `code` closing over `scope` (ECMA-262 §10.2.3 OrdinaryFunctionCreate).
    /// The enclosing frame is read in place (`frameIndex`), only for arrows: copying a `Frame` retains
    /// and releases each of its references.
    func makeClosure(_ code: FunctionCode, scope: Scope?, frameIndex: Int, this: JSValue) -> JSFunction {
        let flags = code.flags
        let prototype: JSObject
        if flags.contains(.generator) && flags.contains(.async) {
            prototype = realm.asyncGeneratorFunctionPrototype
        } else if flags.contains(.generator) {
            prototype = realm.generatorFunctionPrototype
        } else if flags.contains(.async) {
            prototype = realm.asyncFunctionPrototype
        } else {
            prototype = realm.functionPrototype
        }
        let function = JSFunction(
            self, realm: realm, body: .code(code, scope: scope), shape: functionShape, prototype: prototype,
            isConstructor: flags.contains(.constructor))
        function.slots = code.closureSlots
        if flags.contains(.arrow) {
            function.boundThis = this
            let enclosing = frames[frameIndex].function
            function.homeObject = enclosing.homeObject
            function.capturedNewTarget = enclosing.code?.flags.contains(.arrow) == true ? enclosing.capturedNewTarget : frames[frameIndex].newTarget
        } else if (flags.contains(.constructor) && !flags.contains(.classConstructor)) || flags.contains(.generator) {
            function.prototypePending = true
        }
        return function
    }

    /// Sets up a class's prototype chain (ECMA-262 §15.7.14 ClassDefinitionEvaluation steps 5–8).
    func makeClass(_ constructorValue: JSValue, superclass: JSValue?) throws(JSException) -> JSObject {
        guard let constructor = constructorValue.asFunction else { throw makeException(.typeError, "class constructor is missing") }
        var prototypeParent: JSObject? = realm.objectPrototype
        var constructorParent: JSObject = realm.functionPrototype
        if let superclass {
            if superclass.isNull {
                prototypeParent = nil
            } else {
                guard let parent = superclass.asFunction, parent.isConstructor else {
                    throw makeException(.typeError, "Class extends value \(describeForError(superclass, quotingStrings: false)) is not a constructor or null")
                }
                let parentPrototype = parent.prototypeProperty(self)
                switch parentPrototype {
                case .object(let object): prototypeParent = object
                case .null: prototypeParent = nil
                default:
                    throw makeException(.typeError, "Class extends value does not have valid prototype property \(describeForError(parentPrototype))")
                }
                constructorParent = parent
            }
        }
        let prototype = JSObject(self, shape: rootShape, prototype: prototypeParent)
        constructor.prototype = constructorParent
        constructor.addNew(names.prototype, .object(prototype), flags: [])
        prototype.defineNew(names.constructor, .object(constructor), flags: .hidden)
        constructor.homeObject = prototype
        return prototype
    }

    /// Defines a method, getter or setter of an object literal or class.
    func defineMethod(_ target: JSValue, key keyValue: JSValue, function functionValue: JSValue, kind: UInt8, enumerable: Bool) throws(JSException) {
        guard case .object(let object) = target, let function = functionValue.asFunction else { return }
        let key = try toPropertyKey(keyValue)
        function.homeObject = object
        try setFunctionName(function, key.value, prefix: kind == 1 ? "get" : (kind == 2 ? "set" : nil))
        switch kind {
        case 0:
            _ = try object.defineOwnProperty(key, PropertyDescriptor(value: functionValue, writable: true, enumerable: enumerable, configurable: true), self)
        case 1:
            _ = try object.defineOwnProperty(key, PropertyDescriptor(getter: functionValue, enumerable: enumerable, configurable: true), self)
        default:
            _ = try object.defineOwnProperty(key, PropertyDescriptor(setter: functionValue, enumerable: enumerable, configurable: true), self)
        }
    }

    /// ECMA-262 §10.2.9 SetFunctionName.
    func setFunctionName(_ function: JSFunction, _ key: JSValue, prefix: String?) throws(JSException) {
        var name: JSString
        switch key {
        case .symbol(let symbol):
            name = symbol.descriptionString.map { JSString.concat(JSString("["), JSString.concat($0, JSString("]"))) } ?? JSString.empty
        default:
            name = try toJSString(key)
        }
        if let prefix { name = JSString.concat(JSString(prefix + " "), name) }
        if function.shape === functionShape {
            function.slots[1] = .string(name)
        } else {
            _ = function.ordinaryDefineOwnProperty(names.name, PropertyDescriptor(value: .string(name), writable: false, enumerable: false, configurable: true), self)
        }
    }

    /// An arguments object (ECMA-262 §10.4.4.6 CreateUnmappedArgumentsObject, or §10.4.4.7
    /// CreateMappedArgumentsObject over the parameters in `scope` for sloppy simple parameter lists).
    func makeArgumentsObject(_ frame: Frame, scope: Scope?) -> JSObject {
        let list = frame.argumentList ?? []
        let object: JSObject
        if let slots = frame.code.mappedArgumentSlots {
            object = JSMappedArguments(self, prototype: realm.objectPrototype, values: list, scope: scope, slots: slots)
        } else {
            object = JSObject(self, shape: rootShape, prototype: realm.objectPrototype, kind: .arguments)
            object.elements = ContiguousArray(list)
        }
        object.defineNew(names.length, .number(Double(list.count)), flags: .hidden)
        object.defineNew(.symbol(symbols.iterator), .object(realm.arrayValuesFunction), flags: .hidden)
        if !frame.code.flags.contains(.strict) {
            object.defineNew(names.callee, .object(frame.function), flags: .hidden)
        }
        return object
    }

    /// The strings array of a tagged template site, made once per realm (ECMA-262 §13.2.8.4).
    func templateObject(_ code: FunctionCode, _ index: Int) -> JSArray {
        let key = ObjectIdentifier(code)
        if let cached = realm.templateObjects[key]?[index] { return cached }
        let site = code.templates[index]
        let strings = realm.newArray(ContiguousArray(site.cooked))
        let raw = realm.newArray(ContiguousArray(site.raw.map { JSValue.string($0) }))
        raw.setIntegrity(frozen: true, self)
        strings.defineNew(names.raw, .object(raw), flags: [])
        strings.setIntegrity(frozen: true, self)
        realm.templateObjects[key, default: [:]][index] = strings
        return strings
    }

    /// The callee text recorded for the instruction at `pc`.
    @inline(__always)
    func callSiteName(_ code: FunctionCode, _ pc: Int) -> String? {
        code.callSites[Int32(pc)]
    }
}
