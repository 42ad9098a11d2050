/// The register machine (the interpreter's main loop).
///
/// JavaScript calls push a `Frame` and continue in the same loop (no Swift recursion); native code
/// calling back into JavaScript starts a nested loop that ends when its entry frame returns.
extension ScriptRuntime {
    /// Runs the frame on top of the stack (an entry frame) until it returns; `pending` is an
    /// exception to raise at the frame's current instruction first (a generator resumed with throw).
    func execute(pending: JSException? = nil) throws(JSException) -> JSValue {
        nativeDepth += 1
        defer { nativeDepth -= 1 }
        guard stackGuard.hasRoom() else {
            throw makeException(.rangeError, "Maximum call stack size exceeded")
        }
        var frameIndex = frames.count - 1
        // `scope` is borrowed from the frame at `frameIndex`, which owns it: a call and its return then
        // cost no reference counting for it. So every change of the scope is written to the frame
        // first (`enterScope`), and it is reloaded when the frame changes. (`code` stays a strong
        // reference: it is read on most instructions, and a borrowed one is retained at each read.)
        var code = frames[frameIndex].code
        var instructions = code.instructionPointer
        var pc = frames[frameIndex].pc
        var registers = stack.base + frames[frameIndex].base
        unowned(unsafe) var scope = frames[frameIndex].scope
        var pendingException = pending

        // Reloads the cached state from the frame at `frameIndex` (inlined: an out-of-line call keeps
        // the loop's state in memory for it).
        @inline(__always) func reload() {
            code = frames[frameIndex].code
            instructions = code.instructionPointer
            pc = frames[frameIndex].pc
            registers = stack.base + frames[frameIndex].base
            scope = frames[frameIndex].scope
        }

        @inline(__always) func save() {
            frames[frameIndex].pc = pc
        }

        // Makes `newScope` the frame's scope (the frame keeps it alive) and the loop's.
        @inline(__always) func enterScope(_ newScope: Scope?) {
            frames[frameIndex].scope = newScope
            scope = frames[frameIndex].scope
        }

        while true {
            do throws(JSException) {
                if pendingException != nil {
                    let exception = pendingException.unsafelyUnwrapped
                    pendingException = nil
                    throw exception
                }
                while true {
                    let instruction = instructions[pc]
                    pc &+= 1
                    switch instruction {
                    case .loadUndefined(let r):
                        registers[Int(r)] = .undefined
                    case .loadNull(let r):
                        registers[Int(r)] = .null
                    case .loadBool(let r, let value):
                        registers[Int(r)] = .bool(value)
                    case .loadInt(let r, let value):
                        registers[Int(r)] = .number(Double(value))
                    case .loadConstant(let r, let index):
                        registers[Int(r)] = code.constants[Int(index)]
                    case .loadEmpty(let r):
                        registers[Int(r)] = .empty
                    case .move(let d, let s):
                        registers[Int(d)] = registers[Int(s)]
                    case .checkInitialized(let r, let atom):
                        if case .empty = registers[Int(r)] {
                            throw makeException(.referenceError, "Cannot access '\(code.atoms[Int(atom)].string)' before initialization")
                        }

                    case .loadScoped(let r, let depth, let slot):
                        registers[Int(r)] = scopeAt(scope, depth).slots[Int(slot)]
                    case .loadScopedChecked(let r, let depth, let slot):
                        let target = scopeAt(scope, depth)
                        let value = target.slots[Int(slot)]
                        if case .empty = value {
                            throw makeException(.referenceError, "Cannot access '\(target.layout.names[Int(slot)].string)' before initialization")
                        }
                        registers[Int(r)] = value
                    case .storeScoped(let depth, let slot, let r):
                        scopeAt(scope, depth).slots[Int(slot)] = registers[Int(r)]
                    case .storeScopedChecked(let depth, let slot, let r):
                        let target = scopeAt(scope, depth)
                        if case .empty = target.slots[Int(slot)] {
                            throw makeException(.referenceError, "Cannot access '\(target.layout.names[Int(slot)].string)' before initialization")
                        }
                        target.slots[Int(slot)] = registers[Int(r)]
                    case .pushScope(let layout):
                        enterScope(Scope(layout: code.scopeLayouts[Int(layout)], parent: scope, registry: registry))
                        if !code.scopeLayouts[Int(layout)].isFunctionScope { frames[frameIndex].scopeDepth += 1 }
                    case .popScope:
                        enterScope(scope?.parent)
                        frames[frameIndex].scopeDepth -= 1
                    case .copyScope:
                        if let current = scope { enterScope(Scope(copying: current)) }

                    case .getGlobal(let r, let atom):
                        registers[Int(r)] = try getGlobal(code.atoms[Int(atom)], orUndefined: false)
                    case .getGlobalOrUndefined(let r, let atom):
                        registers[Int(r)] = try getGlobal(code.atoms[Int(atom)], orUndefined: true)
                    case .setGlobal(let atom, let r):
                        try setGlobal(code.atoms[Int(atom)], registers[Int(r)], strict: code.flags.contains(.strict))
                    case .getDynamic(let r, let atom):
                        registers[Int(r)] = try getDynamic(code.atoms[Int(atom)], scope: scope, orUndefined: false)
                    case .getDynamicOrUndefined(let r, let atom):
                        registers[Int(r)] = try getDynamic(code.atoms[Int(atom)], scope: scope, orUndefined: true)
                    case .setDynamic(let atom, let r):
                        try setDynamic(code.atoms[Int(atom)], registers[Int(r)], scope: scope, strict: code.flags.contains(.strict))
                    case .deleteGlobal(let r, let atom):
                        registers[Int(r)] = .bool(realm.globalObject.deleteProperty(.string(code.atoms[Int(atom)]), self))
                    case .declareDynamicVar(let atom):
                        declareEvalVariable(code.atoms[Int(atom)], scope: scope)
                    case .declareGlobalVar(let atom):
                        let key = PropertyKey.string(code.atoms[Int(atom)])
                        if realm.globalObject.getOwnProperty(key, self) == nil {
                            _ = try realm.globalObject.defineOwnProperty(key, PropertyDescriptor(value: .undefined, writable: true, enumerable: true, configurable: false), self)
                        }

                    case .getProperty(let r, let o, let cache):
                        registers[Int(r)] = try getCachedProperty(registers[Int(o)], code.caches + Int(cache))
                    case .setProperty(let o, let cache, let v):
                        try setCachedProperty(registers[Int(o)], code.caches + Int(cache), registers[Int(v)], strict: code.flags.contains(.strict))
                    case .getElement(let r, let o, let k):
                        let base = registers[Int(o)]
                        let key = registers[Int(k)]
                        if case .object(let object) = base, case .number(let number) = key, object.sparseElements == nil {
                            if let index = elementIndex(number), index < object.elements.count {
                                let value = object.elements[index]
                                if !value.isEmpty {
                                    registers[Int(r)] = value
                                    continue
                                }
                            }
                        }
                        registers[Int(r)] = try getElement(base, key)
                    case .setElement(let o, let k, let v):
                        let base = registers[Int(o)]
                        let key = registers[Int(k)]
                        if case .object(let object) = base, case .number(let number) = key, object.sparseElements == nil,
                            object.elementFlags == .default
                        {
                            if let index = elementIndex(number) {
                                if index < object.elements.count, !object.elements[index].isEmpty {
                                    object.elements[index] = registers[Int(v)]
                                    continue
                                }
                                if index == object.elements.count, object.extensible, object.kind == .array {
                                    let array = unsafeDowncast(object, to: JSArray.self)
                                    if array.isDenseWritable, index < limits.maximumArrayLength {
                                        array.elements.append(registers[Int(v)])
                                        array.length = UInt32(index + 1)
                                        continue
                                    }
                                }
                            }
                        }
                        try setElement(base, key, registers[Int(v)], strict: code.flags.contains(.strict))
                    case .getLength(let r, let o):
                        let base = registers[Int(o)]
                        if case .object(let object) = base, object.kind == .array {
                            registers[Int(r)] = .number(Double(unsafeDowncast(object, to: JSArray.self).length))
                        } else if case .string(let string) = base {
                            registers[Int(r)] = .number(Double(string.count))
                        } else {
                            registers[Int(r)] = try getProperty(base, names.length)
                        }
                    case .deleteProperty(let r, let o, let cache):
                        registers[Int(r)] = .bool(try deleteProperty(registers[Int(o)], code.caches[Int(cache)].key, strict: code.flags.contains(.strict)))
                    case .deleteElement(let r, let o, let k):
                        let key = try toPropertyKey(registers[Int(k)])
                        registers[Int(r)] = .bool(try deleteProperty(registers[Int(o)], key, strict: code.flags.contains(.strict)))
                    case .getSuperElement(let r, let k):
                        registers[Int(r)] = try getSuper(frames[frameIndex].function, this: registers[0], key: registers[Int(k)])
                    case .setSuperElement(let k, let v):
                        try setSuper(frames[frameIndex].function, this: registers[0], key: registers[Int(k)], value: registers[Int(v)], strict: true)

                    case .newObject(let r, let capacity):
                        let object = JSObject(self, shape: rootShape, prototype: realm.objectPrototype)
                        // One allocation for the literal's slots, not one per property added.
                        if capacity > 0 { object.slots.reserveCapacity(Int(capacity)) }
                        registers[Int(r)] = .object(object)
                    case .newArray(let r, let capacity):
                        let array = JSArray(self, prototype: realm.arrayPrototype)
                        if capacity > 0 { array.elements.reserveCapacity(Int(capacity)) }
                        registers[Int(r)] = .object(array)
                    case .arrayAppend(let a, let v):
                        if case .object(let object) = registers[Int(a)], object.kind == .array {
                            unsafeDowncast(object, to: JSArray.self).append(registers[Int(v)], self)
                        }
                    case .arrayAppendHole(let a):
                        if case .object(let object) = registers[Int(a)], object.kind == .array {
                            let array = unsafeDowncast(object, to: JSArray.self)
                            if array.sparseElements == nil { array.elements.append(.empty) }
                            array.length &+= 1
                        }
                    case .arrayAppendSpread(let a, let source, let isArgument):
                        if case .object(let object) = registers[Int(a)], object.kind == .array {
                            let site = callSiteName(code, pc - 1)
                            let request: IteratorRequest = isArgument ? .argumentSpread(site: site) : .arraySpread(site: site)
                            try appendSpread(unsafeDowncast(object, to: JSArray.self), registers[Int(source)], request: request)
                        }
                    case .defineField(let o, let cache, let v):
                        if case .object(let object) = registers[Int(o)] {
                            try defineFieldCached(object, code.caches + Int(cache), registers[Int(v)])
                        }
                    case .defineElement(let o, let k, let v):
                        if case .object(let object) = registers[Int(o)] {
                            let key = try toPropertyKey(registers[Int(k)])
                            _ = try object.createDataProperty(key, registers[Int(v)], self)
                        }
                    case .defineMethod(let o, let k, let f, let kind, let enumerable):
                        try defineMethod(registers[Int(o)], key: registers[Int(k)], function: registers[Int(f)], kind: kind, enumerable: enumerable)
                    case .copyDataProperties(let target, let source, let excluded):
                        try copyDataProperties(registers[Int(target)], from: registers[Int(source)], excluding: registers[Int(excluded)])
                    case .setPrototypeLiteral(let o, let v):
                        if case .object(let object) = registers[Int(o)] {
                            switch registers[Int(v)] {
                            case .object(let prototype): _ = object.setPrototype(prototype, self)
                            case .null: _ = object.setPrototype(nil, self)
                            default: break
                            }
                        }
                    case .newRegExp(let r, let index):
                        registers[Int(r)] = .object(try makeRegExp(from: code.regExps[Int(index)]))
                    case .getTemplateObject(let r, let index):
                        registers[Int(r)] = .object(templateObject(code, Int(index)))

                    case .closure(let r, let index):
                        registers[Int(r)] = .object(makeClosure(code.functions[Int(index)], scope: scope, frameIndex: frameIndex, this: registers[0]))
                    case .call(let d, let b, let count), .callEval(let d, let b, let count):
                        let callee = registers[Int(b)]
                        if case .callEval = instruction, case .object(let object) = callee, object === realm.evalFunction {
                            save()
                            registers[Int(d)] = try directEval(Arguments(base: registers + Int(b) + 2, count: Int(count)), frameIndex: frameIndex)
                            continue
                        }
                        if case .object(let object) = callee, object.kind == .function {
                            let function = unsafeDowncast(object, to: JSFunction.self)
                            if let calleeCode = function.compiledCode, calleeCode.flags.isPlainCallable {
                                save()
                                try pushFrame(
                                    function, code: calleeCode, scope: function.closureScope, this: registers[Int(b) + 1],
                                    arguments: Arguments(base: registers + Int(b) + 2, count: Int(count)),
                                    newTarget: .undefined, returnRegister: Int(d), isEntry: false, completion: .normal)
                                frameIndex += 1
                                reload()
                                try countStep()
                                continue
                            }
                            if case .native(let native, _) = function.body {
                                save()
                                registers[Int(d)] = try callNative(native, function, this: registers[Int(b) + 1], Arguments(base: registers + Int(b) + 2, count: Int(count)))
                                continue
                            }
                        }
                        save()
                        registers[Int(d)] = try callValue(callee, this: registers[Int(b) + 1], arguments: Arguments(base: registers + Int(b) + 2, count: Int(count)), site: callSiteName(code, pc - 1))
                    case .callSpread(let d, let b):
                        save()
                        let list = try spreadList(registers[Int(b) + 2])
                        let callee = registers[Int(b)]
                        let this = registers[Int(b) + 1]
                        registers[Int(d)] = try list.withUnsafeBufferPointer { buffer throws(JSException) in
                            try callValue(callee, this: this, arguments: Arguments(base: buffer.baseAddress, count: buffer.count), site: callSiteName(code, pc - 1))
                        }
                    case .construct(let d, let b, let count):
                        save()
                        registers[Int(d)] = try constructValue(registers[Int(b)], arguments: Arguments(base: registers + Int(b) + 2, count: Int(count)), newTarget: nil, site: callSiteName(code, pc - 1))
                    case .constructSpread(let d, let b):
                        save()
                        let list = try spreadList(registers[Int(b) + 2])
                        let callee = registers[Int(b)]
                        registers[Int(d)] = try list.withUnsafeBufferPointer { buffer throws(JSException) in
                            try constructValue(callee, arguments: Arguments(base: buffer.baseAddress, count: buffer.count), newTarget: nil, site: callSiteName(code, pc - 1))
                        }
                    case .superCall(let d, let b, let count):
                        save()
                        let result = try superCall(frameIndex: frameIndex, arguments: Arguments(base: registers + Int(b) + 2, count: Int(count)))
                        registers[0] = result
                        registers[Int(d)] = result
                    case .superCallSpread(let d, let b):
                        save()
                        let list = try spreadList(registers[Int(b) + 2])
                        let result = try list.withUnsafeBufferPointer { buffer throws(JSException) in
                            try superCall(frameIndex: frameIndex, arguments: Arguments(base: buffer.baseAddress, count: buffer.count))
                        }
                        registers[0] = result
                        registers[Int(d)] = result

                    case .return(let r):
                        let value = registers[Int(r)]
                        save()
                        if let result = try completeFrame(frameIndex, returning: value) { return result }
                        frameIndex -= 1
                        reload()
                    case .returnUndefined:
                        save()
                        if let result = try completeFrame(frameIndex, returning: .undefined) { return result }
                        frameIndex -= 1
                        reload()

                    case .makeClass(let c, let s, let hasSuperclass, let p):
                        registers[Int(p)] = .object(try makeClass(registers[Int(c)], superclass: hasSuperclass ? registers[Int(s)] : nil))
                    case .setFieldInitializer(let c, let f):
                        if let constructor = registers[Int(c)].asFunction, let initializer = registers[Int(f)].asFunction {
                            constructor.fieldInitializer = initializer
                            initializer.homeObject = constructor.prototypeProperty(self).asObject
                        }
                    case .setFunctionName(let f, let n):
                        if let function = registers[Int(f)].asFunction { try setFunctionName(function, registers[Int(n)], prefix: nil) }
                    case .loadNewTarget(let r):
                        let function = frames[frameIndex].function
                        registers[Int(r)] = code.flags.contains(.arrow) ? function.capturedNewTarget : frames[frameIndex].newTarget
                    case .loadCallee(let r):
                        registers[Int(r)] = .object(frames[frameIndex].function)
                    case .checkThisInitialized(let r):
                        if case .empty = registers[Int(r)] {
                            throw makeException(.referenceError, "Must call super constructor in derived class before accessing 'this' or returning from derived constructor")
                        }
                    case .createArguments(let r):
                        registers[Int(r)] = .object(makeArgumentsObject(frames[frameIndex], scope: scope))
                    case .createRest(let r, let from):
                        let list = frames[frameIndex].argumentList ?? []
                        let start = min(Int(from), list.count)
                        registers[Int(r)] = .object(realm.newArray(ContiguousArray(list[start...])))

                    // Operators
                    case .add(let d, let a, let b):
                        let lhs = registers[Int(a)]
                        let rhs = registers[Int(b)]
                        if case .number(let x) = lhs, case .number(let y) = rhs {
                            registers[Int(d)] = .number(x + y)
                        } else {
                            registers[Int(d)] = try add(lhs, rhs)
                        }
                    case .addInt(let d, let a, let k):
                        if case .number(let x) = registers[Int(a)] {
                            registers[Int(d)] = .number(x + Double(k))
                        } else {
                            registers[Int(d)] = try add(registers[Int(a)], .number(Double(k)))
                        }
                    case .subtractInt(let d, let a, let k):
                        if case .number(let x) = registers[Int(a)] {
                            registers[Int(d)] = .number(x - Double(k))
                        } else {
                            registers[Int(d)] = .number(try toNumber(registers[Int(a)]) - Double(k))
                        }
                    case .subtract(let d, let a, let b):
                        if case .number(let x) = registers[Int(a)], case .number(let y) = registers[Int(b)] {
                            registers[Int(d)] = .number(x - y)
                        } else {
                            registers[Int(d)] = .number(try toNumber(registers[Int(a)]) - toNumber(registers[Int(b)]))
                        }
                    case .multiply(let d, let a, let b):
                        if case .number(let x) = registers[Int(a)], case .number(let y) = registers[Int(b)] {
                            registers[Int(d)] = .number(x * y)
                        } else {
                            registers[Int(d)] = .number(try toNumber(registers[Int(a)]) * toNumber(registers[Int(b)]))
                        }
                    case .divide(let d, let a, let b):
                        if case .number(let x) = registers[Int(a)], case .number(let y) = registers[Int(b)] {
                            registers[Int(d)] = .number(x / y)
                        } else {
                            registers[Int(d)] = .number(try toNumber(registers[Int(a)]) / toNumber(registers[Int(b)]))
                        }
                    case .remainder(let d, let a, let b):
                        if case .number(let x) = registers[Int(a)], case .number(let y) = registers[Int(b)] {
                            registers[Int(d)] = .number(jsRemainder(x, y))
                            continue
                        }
                        let x = try toNumber(registers[Int(a)])
                        let y = try toNumber(registers[Int(b)])
                        registers[Int(d)] = .number(jsRemainder(x, y))
                    case .exponent(let d, let a, let b):
                        let x = try toNumber(registers[Int(a)])
                        let y = try toNumber(registers[Int(b)])
                        registers[Int(d)] = .number(jsPower(x, y))
                    case .leftShift(let d, let a, let b):
                        let x = try toInt32(registers[Int(a)])
                        let y = try toUint32(registers[Int(b)])
                        registers[Int(d)] = .number(Double(x << (y & 31)))
                    case .signedRightShift(let d, let a, let b):
                        let x = try toInt32(registers[Int(a)])
                        let y = try toUint32(registers[Int(b)])
                        registers[Int(d)] = .number(Double(x >> (y & 31)))
                    case .unsignedRightShift(let d, let a, let b):
                        let x = try toUint32(registers[Int(a)])
                        let y = try toUint32(registers[Int(b)])
                        registers[Int(d)] = .number(Double(x >> (y & 31)))
                    case .bitwiseAnd(let d, let a, let b):
                        registers[Int(d)] = .number(Double(try toInt32(registers[Int(a)]) & toInt32(registers[Int(b)])))
                    case .bitwiseOr(let d, let a, let b):
                        registers[Int(d)] = .number(Double(try toInt32(registers[Int(a)]) | toInt32(registers[Int(b)])))
                    case .bitwiseXor(let d, let a, let b):
                        registers[Int(d)] = .number(Double(try toInt32(registers[Int(a)]) ^ toInt32(registers[Int(b)])))
                    case .equal(let d, let a, let b):
                        registers[Int(d)] = .bool(try looselyEqual(registers[Int(a)], registers[Int(b)]))
                    case .notEqual(let d, let a, let b):
                        registers[Int(d)] = .bool(!(try looselyEqual(registers[Int(a)], registers[Int(b)])))
                    case .strictEqual(let d, let a, let b):
                        registers[Int(d)] = .bool(strictlyEqual(registers[Int(a)], registers[Int(b)]))
                    case .strictNotEqual(let d, let a, let b):
                        registers[Int(d)] = .bool(!strictlyEqual(registers[Int(a)], registers[Int(b)]))
                    case .less(let d, let a, let b):
                        if case .number(let x) = registers[Int(a)], case .number(let y) = registers[Int(b)] {
                            registers[Int(d)] = .bool(x < y)
                        } else {
                            registers[Int(d)] = .bool(try compare(registers[Int(a)], registers[Int(b)], leftFirst: true) == .some(true))
                        }
                    case .greater(let d, let a, let b):
                        if case .number(let x) = registers[Int(a)], case .number(let y) = registers[Int(b)] {
                            registers[Int(d)] = .bool(x > y)
                        } else {
                            registers[Int(d)] = .bool(try compare(registers[Int(b)], registers[Int(a)], leftFirst: false) == .some(true))
                        }
                    case .lessOrEqual(let d, let a, let b):
                        if case .number(let x) = registers[Int(a)], case .number(let y) = registers[Int(b)] {
                            registers[Int(d)] = .bool(x <= y)
                        } else {
                            registers[Int(d)] = .bool(try compare(registers[Int(b)], registers[Int(a)], leftFirst: false) == .some(false))
                        }
                    case .greaterOrEqual(let d, let a, let b):
                        if case .number(let x) = registers[Int(a)], case .number(let y) = registers[Int(b)] {
                            registers[Int(d)] = .bool(x >= y)
                        } else {
                            registers[Int(d)] = .bool(try compare(registers[Int(a)], registers[Int(b)], leftFirst: true) == .some(false))
                        }
                    case .instanceOf(let d, let a, let b):
                        save()
                        registers[Int(d)] = .bool(try instanceOf(registers[Int(a)], registers[Int(b)]))
                    case .hasProperty(let d, let k, let o):
                        guard case .object(let object) = registers[Int(o)] else {
                            throw makeException(.typeError, "Cannot use 'in' operator to search for '\(try displayKey(registers[Int(k)]))' in \(describeForError(registers[Int(o)], quotingStrings: false))")
                        }
                        registers[Int(d)] = .bool(object.hasProperty(try toPropertyKey(registers[Int(k)]), self))
                    case .negate(let d, let a):
                        registers[Int(d)] = .number(-(try toNumber(registers[Int(a)])))
                    case .toNumber(let d, let a):
                        registers[Int(d)] = .number(try toNumber(registers[Int(a)]))
                    case .toNumeric(let d, let a):
                        if case .number = registers[Int(a)] {
                            registers[Int(d)] = registers[Int(a)]
                        } else {
                            registers[Int(d)] = .number(try toNumber(registers[Int(a)]))
                        }
                    case .not(let d, let a):
                        registers[Int(d)] = .bool(!registers[Int(a)].toBoolean)
                    case .bitwiseNot(let d, let a):
                        registers[Int(d)] = .number(Double(~(try toInt32(registers[Int(a)]))))
                    case .typeOf(let d, let a):
                        registers[Int(d)] = .string(typeofString(registers[Int(a)]))
                    case .increment(let d, let a):
                        if case .number(let x) = registers[Int(a)] {
                            registers[Int(d)] = .number(x + 1)
                        } else {
                            registers[Int(d)] = .number(try toNumber(registers[Int(a)]) + 1)
                        }
                    case .decrement(let d, let a):
                        if case .number(let x) = registers[Int(a)] {
                            registers[Int(d)] = .number(x - 1)
                        } else {
                            registers[Int(d)] = .number(try toNumber(registers[Int(a)]) - 1)
                        }
                    case .toPropertyKey(let d, let a):
                        switch registers[Int(a)] {
                        case .string, .symbol, .number: break
                        default: registers[Int(d)] = try toPropertyKey(registers[Int(a)]).value
                        }
                        if d != a { registers[Int(d)] = registers[Int(a)] }
                    case .toStringValue(let d, let a):
                        if case .string = registers[Int(a)] {
                            if d != a { registers[Int(d)] = registers[Int(a)] }
                        } else {
                            registers[Int(d)] = .string(try toJSString(registers[Int(a)]))
                        }

                    // Control flow
                    case .jump(let target):
                        if Int(target) < pc {
                            stepsUntilCheck &-= 1
                            if stepsUntilCheck <= 0 { try periodicCheck() }
                        }
                        pc = Int(target)
                    case .jumpIfTrue(let r, let target):
                        if registers[Int(r)].toBoolean { pc = Int(target) }
                    case .jumpIfFalse(let r, let target):
                        if !registers[Int(r)].toBoolean { pc = Int(target) }
                    case .jumpIfNullish(let r, let target):
                        if registers[Int(r)].isNullish { pc = Int(target) }
                    case .jumpIfNotNullish(let r, let target):
                        if !registers[Int(r)].isNullish { pc = Int(target) }
                    case .jumpIfUndefined(let r, let target):
                        if registers[Int(r)].isUndefined { pc = Int(target) }
                    case .jumpIfNotUndefined(let r, let target):
                        if !registers[Int(r)].isUndefined { pc = Int(target) }
                    case .jumpIfInt(let r, let value, let target):
                        if case .number(let x) = registers[Int(r)], x == Double(value) { pc = Int(target) }
                    case .jumpIfNotLess(let a, let b, let target):
                        if case .number(let x) = registers[Int(a)], case .number(let y) = registers[Int(b)] {
                            if !(x < y) { pc = Int(target) }
                        } else if try compare(registers[Int(a)], registers[Int(b)], leftFirst: true) != .some(true) {
                            pc = Int(target)
                        }
                    case .jumpIfNotLessOrEqual(let a, let b, let target):
                        if case .number(let x) = registers[Int(a)], case .number(let y) = registers[Int(b)] {
                            if !(x <= y) { pc = Int(target) }
                        } else if try compare(registers[Int(b)], registers[Int(a)], leftFirst: false) != .some(false) {
                            pc = Int(target)
                        }
                    case .jumpIfNotGreater(let a, let b, let target):
                        if case .number(let x) = registers[Int(a)], case .number(let y) = registers[Int(b)] {
                            if !(x > y) { pc = Int(target) }
                        } else if try compare(registers[Int(b)], registers[Int(a)], leftFirst: false) != .some(true) {
                            pc = Int(target)
                        }
                    case .jumpIfNotGreaterOrEqual(let a, let b, let target):
                        if case .number(let x) = registers[Int(a)], case .number(let y) = registers[Int(b)] {
                            if !(x >= y) { pc = Int(target) }
                        } else if try compare(registers[Int(a)], registers[Int(b)], leftFirst: true) != .some(false) {
                            pc = Int(target)
                        }
                    case .jumpIfNotStrictEqual(let a, let b, let target):
                        if !strictlyEqual(registers[Int(a)], registers[Int(b)]) { pc = Int(target) }
                    case .jumpIfStrictEqual(let a, let b, let target):
                        if strictlyEqual(registers[Int(a)], registers[Int(b)]) { pc = Int(target) }
                    case .throw(let r):
                        throw JSException(registers[Int(r)])
                    case .throwError(let kind, let message):
                        let text = code.constants[Int(message)].asString?.string ?? ""
                        let errorKind: ErrorKind = [ErrorKind.typeError, .referenceError, .syntaxError, .rangeError][Int(min(kind, 3))]
                        throw makeException(errorKind, text)
                    case .debugger, .nop:
                        break

                    // Iteration
                    case .getIterator(let r, let iterable):
                        save()
                        let site = callSiteName(code, pc - 1)
                        try getIterator(registers[Int(iterable)], into: registers + Int(r), request: site.map { .statement(site: $0) } ?? .builtin)
                    case .getAsyncIterator(let r, let iterable):
                        save()
                        try getAsyncIterator(registers[Int(iterable)], into: registers + Int(r))
                    case .iteratorStep(let r, let iterator, let done):
                        save()
                        if let value = try iteratorStep(registers + Int(iterator)) {
                            registers[Int(r)] = value
                        } else {
                            pc = Int(done)
                        }
                    case .iteratorStepValue(let r, let iterator):
                        save()
                        let value = try iteratorStep(registers + Int(iterator))
                        registers[Int(r)] = value ?? .undefined
                    case .iteratorResultValue(let r, let result, let done):
                        guard case .object(let object) = registers[Int(result)] else {
                            throw makeException(.typeError, "Iterator result \(describeForError(registers[Int(result)])) is not an object")
                        }
                        if try object.get(names.done, self).toBoolean {
                            pc = Int(done)
                        } else {
                            registers[Int(r)] = try object.get(names.value, self)
                        }
                    case .asyncIteratorNext(let r, let iterator):
                        save()
                        let record = registers + Int(iterator)
                        registers[Int(r)] = try call(record[1], this: record[0], arguments: [])
                    case .iteratorClose(let iterator):
                        save()
                        try iteratorClose(registers + Int(iterator))
                    case .iteratorCloseQuietly(let iterator):
                        save()
                        iteratorCloseQuietly(registers + Int(iterator))
                    case .forInStart(let r, let o):
                        registers[Int(r)] = .object(try makeForInIterator(registers[Int(o)]))
                    case .forInNext(let r, let iterator, let done):
                        if case .object(let object) = registers[Int(iterator)], let keys = object as? ForInIterator, let key = keys.next(self) {
                            registers[Int(r)] = key
                        } else {
                            pc = Int(done)
                        }

                    // Generators and async functions
                    case .await(let d, let v):
                        save()
                        let (finished, value) = try suspendForAwait(frameIndex: frameIndex, value: registers[Int(v)], destination: d)
                        if finished { return value }
                        frameIndex -= 1
                        reload()
                    case .yield(let d, let v):
                        save()
                        let result = suspendGenerator(frameIndex: frameIndex, yielding: registers[Int(v)], destination: d)
                        return result
                    case .initialYield:
                        save()
                        let (isEntry, generator) = suspendAtStart(frameIndex: frameIndex)
                        if isEntry { return generator }
                        frameIndex -= 1
                        reload()
                    case .yieldDelegate(let d, let iterator, _):
                        save()
                        switch try delegateYield(frameIndex: frameIndex, destination: d, iterator: registers + Int(iterator)) {
                        case .finished:
                            break
                        case .suspended(let result):
                            return result
                        case .returning(let value):
                            if try enterFinallyForReturn(value) {
                                reload()
                            } else if let result = try completeFrame(frameIndex, returning: value) {
                                return result
                            } else {
                                frameIndex -= 1
                                reload()
                            }
                        }

                    case .requireObjectCoercible(let r, let property, let site, let nested):
                        if registers[Int(r)].isNullish {
                            let name = code.constants[Int(property)].asString?.string ?? ""
                            let what = registers[Int(r)].isNull ? "null" : "undefined"
                            if nested && !name.isEmpty {
                                throw makeException(.typeError, "Cannot read properties of \(what) (reading '\(name)')")
                            }
                            var text = code.constants[Int(site)].asString?.string ?? ""
                            if text.isEmpty { text = callSiteDescription(registers[Int(r)]) }
                            if name.isEmpty {
                                throw makeException(.typeError, "Cannot destructure '\(text)' as it is \(what).")
                            }
                            throw makeException(.typeError, "Cannot destructure property '\(name)' of '\(text)' as it is \(what).")
                        }
                    case .requireObject(let r, let message):
                        if !registers[Int(r)].isObject {
                            throw makeException(.typeError, code.constants[Int(message)].asString?.string ?? "not an object")
                        }
                    }
                }
            } catch {
                // Find a handler in this frame or a caller's, up to the entry frame.
                let exception = error
                completeThrowPosition(exception.value, code: code, pc: pc - 1)
                while true {
                    let throwingPC = pc - 1
                    if !exception.isTermination, let handler = findHandler(code, at: throwingPC) {
                        var depth = frames[frameIndex].scopeDepth
                        var handlerScope = frames[frameIndex].scope
                        while depth > Int(handler.scopeDepth) {
                            handlerScope = handlerScope?.parent
                            depth -= 1
                        }
                        enterScope(handlerScope)
                        frames[frameIndex].scopeDepth = depth
                        registers[Int(handler.valueRegister)] = exception.value
                        if handler.isFinally { registers[Int(handler.kindRegister)] = .number(1) }
                        pc = Int(handler.target)
                        frames[frameIndex].pc = pc
                        break
                    }
                    let frame = frames[frameIndex]
                    let delivered = unwindFrame(frameIndex, throwing: exception)
                    if frame.isEntry {
                        if let delivered { return delivered }
                        throw exception
                    }
                    frameIndex -= 1
                    reload()
                    if let delivered {
                        // An async function turns the exception into a rejected promise for its caller.
                        registers[frame.returnRegister] = delivered
                        break
                    }
                }
            }
        }
    }

    @inline(__always)
    func scopeAt(_ scope: Scope?, _ depth: UInt16) -> Scope {
        var current = scope.unsafelyUnwrapped
        var remaining = depth
        while remaining > 0 {
            current = current.parent.unsafelyUnwrapped
            remaining &-= 1
        }
        return current
    }

    /// The innermost handler covering `pc`.
    func findHandler(_ code: FunctionCode, at pc: Int) -> ExceptionHandler? {
        for handler in code.handlers where Int(handler.start) <= pc && pc < Int(handler.end) {
            return handler
        }
        return nil
    }

    /// Counts a step (a call or a loop iteration) against the limits.
    @inline(__always)
    func countStep() throws(JSException) {
        stepsUntilCheck &-= 1
        if stepsUntilCheck <= 0 { try periodicCheck() }
    }

    /// Checks the deadline, the step budget, interrupts and memory.
    func periodicCheck() throws(JSException) {
        stepsTaken &+= ScriptRuntime.checkInterval - stepsUntilCheck
        stepsUntilCheck = ScriptRuntime.checkInterval
        if interruptHandle.isRequested {
            throw terminate("Script execution was interrupted")
        }
        if let budget = limits.stepBudget, stepsTaken > budget {
            throw terminate("Script exceeded its step budget of \(budget) steps")
        }
        if let deadline, monotonicNanoseconds() > deadline {
            let milliseconds = limits.timeout.map { Int($0.components.seconds * 1000 + $0.components.attoseconds / 1_000_000_000_000_000) } ?? 0
            throw terminate("Script execution timed out after \(milliseconds)ms")
        }
        if let message = pendingLimitMessage {
            pendingLimitMessage = nil
            throw terminate(message)
        }
        if let registry, registry.liveCells > limits.maximumLiveCells {
            throw terminate("Script ran out of memory: more than \(limits.maximumLiveCells) live objects")
        }
    }

    /// An uncatchable error that ends the script.
    func terminate(_ message: String) -> JSException {
        JSException(terminating: makeErrorValue(.rangeError, message))
    }
}
