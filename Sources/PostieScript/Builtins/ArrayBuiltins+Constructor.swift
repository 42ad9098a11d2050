/// `Array.from` and `Array.of` (ECMA-262 §23.1.2.1, §23.1.2.3): `this` is the constructor of the result.
extension ArrayBuiltins {
    /// ECMA-262 §23.1.2.1 Array.from(items [, mapfn [, thisArg]]).
    static func from(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let items = arguments[0]
        let thisArgument = arguments[2]
        var mapper: JSFunction?
        if !arguments[1].isUndefined { mapper = try rt.arrayCallback(arguments[1]) }
        let constructor = this
        let usesArrayConstructor: Bool = {
            guard case .object(let object) = constructor else { return false }
            return object === rt.realm.arrayConstructor
        }()
        if items.isNullish {
            throw rt.makeException(.typeError, "\(items.isNull ? "object null" : "undefined") is not iterable (cannot read property Symbol(Symbol.iterator))")
        }
        let iteratorMethod = try rt.getProperty(items, .symbol(rt.symbols.iterator))
        if !iteratorMethod.isNullish {
            guard iteratorMethod.isCallable else {
                throw rt.makeException(
                    .typeError, "%Array%.from requires that the property of the first argument, items[Symbol.iterator], when exists, be a function")
            }
            let target: JSObject
            let isPlain: Bool
            if !usesArrayConstructor, rt.isConstructor(constructor) {
                target = try rt.constructedObject(constructor, arguments: [])
                isPlain = false
            } else {
                target = try rt.arrayCreate(0)
                isPlain = true
            }
            var result = ArrayResultBuilder(target: target, isPlain: isPlain)
            // Arrays and strings that iterate the built-in way: no iterator object needed.
            if case .object(let source) = items, source.kind == .array, rt.realm.hasPristineArrayIteration(source),
                iteratorMethod.asObject === rt.realm.arrayValuesFunction
            {
                let buffer = CallbackArguments(capacity: 2)
                defer { buffer.release() }
                var index = 0
                while index < Int(unsafeDowncast(source, to: JSArray.self).length) {
                    var value = try rt.element(source, index)
                    if let mapper {
                        buffer[0] = value
                        buffer[1] = .number(Double(index))
                        value = try rt.callCallback(mapper, this: thisArgument, arguments: buffer.arguments(2))
                    }
                    try result.put(index, value, rt)
                    index += 1
                }
                try result.finish(length: index, rt)
                return .object(target)
            }
            if case .string(let string) = items, mapper == nil, rt.realm.hasPristineStringIteration() {
                let pieces = rt.codePointStrings(string)
                for (index, piece) in pieces.enumerated() { try result.put(index, .string(piece), rt) }
                try result.finish(length: pieces.count, rt)
                return .object(target)
            }
            let buffer = CallbackArguments(capacity: 2)
            defer { buffer.release() }
            let count = try rt.iterate(items, method: iteratorMethod) { value, index throws(JSException) in
                if index >= ScriptRuntime.maximumSafeLength { throw rt.makeException(.typeError, "Invalid array length") }
                var element = value
                if let mapper {
                    buffer[0] = value
                    buffer[1] = .number(Double(index))
                    element = try rt.callCallback(mapper, this: thisArgument, arguments: buffer.arguments(2))
                }
                try result.put(index, element, rt)
            }
            try result.finish(length: count, rt)
            return .object(target)
        }
        // An array-like.
        let source = try rt.toObject(items)
        let length = try rt.lengthOfArrayLike(source)
        let target: JSObject
        let isPlain: Bool
        if !usesArrayConstructor, rt.isConstructor(constructor) {
            target = try rt.constructedObject(constructor, arguments: [.number(Double(length))])
            isPlain = false
        } else {
            target = try rt.arrayCreate(length)
            isPlain = true
        }
        var result = ArrayResultBuilder(target: target, isPlain: isPlain, expectedCount: length)
        let buffer = CallbackArguments(capacity: 2)
        defer { buffer.release() }
        var index = 0
        while index < length {
            var value = try rt.element(source, index)
            if let mapper {
                buffer[0] = value
                buffer[1] = .number(Double(index))
                value = try rt.callCallback(mapper, this: thisArgument, arguments: buffer.arguments(2))
            }
            try result.put(index, value, rt)
            index += 1
        }
        try result.finish(length: length, rt)
        return .object(target)
    }

    /// ECMA-262 §23.1.2.3 Array.of(...items).
    static func of(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let count = arguments.count
        let target: JSObject
        let isPlain: Bool
        if case .object(let object) = this, object !== rt.realm.arrayConstructor, rt.isConstructor(this) {
            target = try rt.constructedObject(this, arguments: [.number(Double(count))])
            isPlain = false
        } else {
            target = try rt.arrayCreate(count)
            isPlain = true
        }
        var result = ArrayResultBuilder(target: target, isPlain: isPlain, expectedCount: count)
        for index in 0..<count { try result.put(index, arguments[index], rt) }
        try result.finish(length: count, rt)
        return .object(target)
    }
}

extension ScriptRuntime {
    /// Construct(C, arguments) whose result is an object.
    func constructedObject(_ constructor: JSValue, arguments: [JSValue]) throws(JSException) -> JSObject {
        let made = try construct(constructor, arguments: arguments)
        guard case .object(let object) = made else { throw makeException(.typeError, "\(describeForError(made)) is not an object") }
        return object
    }

    /// Iterates `iterable` with its @@iterator `method` (ECMA-262 §7.4.1 GetIteratorFromMethod), calling
    /// `body(value, index)` for each value and closing the iterator when `body` throws. Returns the count.
    func iterate(_ iterable: JSValue, method: JSValue, _ body: (JSValue, Int) throws(JSException) -> Void) throws(JSException) -> Int {
        let iterator = try call(method, this: iterable, arguments: [])
        guard case .object = iterator else { throw makeException(.typeError, "Result of the Symbol.iterator method is not an object") }
        let record = UnsafeMutablePointer<JSValue>.allocate(capacity: 3)
        record.initialize(repeating: .undefined, count: 3)
        defer {
            record.deinitialize(count: 3)
            record.deallocate()
        }
        record[0] = iterator
        record[1] = try getProperty(iterator, names.next)
        record[2] = .bool(false)
        var index = 0
        while let value = try iteratorStep(record) {
            do throws(JSException) {
                try body(value, index)
            } catch {
                if !error.isTermination { iteratorCloseQuietly(record) }
                throw error
            }
            index += 1
        }
        return index
    }
}
