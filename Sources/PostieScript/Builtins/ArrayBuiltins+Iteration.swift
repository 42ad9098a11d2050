/// The `Array.prototype` methods that visit elements with a callback or search them
/// (ECMA-262 §23.1.3): forEach, map, filter, some, every, find*, reduce*, flat, flatMap, at,
/// includes, indexOf, lastIndexOf.
extension ArrayBuiltins {
    // MARK: Callbacks

    /// ECMA-262 §23.1.3.15 Array.prototype.forEach.
    static func forEach(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let object = try rt.arrayReceiver(this, method: "forEach")
        let length = try rt.lengthOfArrayLike(object)
        let callback = try rt.arrayCallback(arguments[0])
        let thisArgument = arguments[1]
        let buffer = CallbackArguments(capacity: 3)
        defer { buffer.release() }
        buffer[2] = .object(object)
        var index = 0
        while index < length {
            guard let value = try rt.elementIfPresent(object, index) else {
                index = try rt.indexAfterHole(object, index, limit: length)
                continue
            }
            buffer[0] = value
            buffer[1] = .number(Double(index))
            _ = try rt.callCallback(callback, this: thisArgument, arguments: buffer.arguments(3))
            index += 1
        }
        return .undefined
    }

    /// ECMA-262 §23.1.3.21 Array.prototype.map.
    static func map(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let object = try rt.arrayReceiver(this, method: "map")
        let length = try rt.lengthOfArrayLike(object)
        let callback = try rt.arrayCallback(arguments[0])
        let thisArgument = arguments[1]
        let (target, isPlain) = try rt.arraySpeciesCreate(object, length: length)
        var result = ArrayResultBuilder(target: target, isPlain: isPlain, expectedCount: length)
        let buffer = CallbackArguments(capacity: 3)
        defer { buffer.release() }
        buffer[2] = .object(object)
        var index = 0
        while index < length {
            guard let value = try rt.elementIfPresent(object, index) else {
                index = try rt.indexAfterHole(object, index, limit: length)
                continue
            }
            buffer[0] = value
            buffer[1] = .number(Double(index))
            let mapped = try rt.callCallback(callback, this: thisArgument, arguments: buffer.arguments(3))
            try result.put(index, mapped, rt)
            index += 1
        }
        try result.finish(length: nil, rt)
        return .object(target)
    }

    /// ECMA-262 §23.1.3.8 Array.prototype.filter.
    static func filter(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let object = try rt.arrayReceiver(this, method: "filter")
        let length = try rt.lengthOfArrayLike(object)
        let callback = try rt.arrayCallback(arguments[0])
        let thisArgument = arguments[1]
        let (target, isPlain) = try rt.arraySpeciesCreate(object, length: 0)
        var result = ArrayResultBuilder(target: target, isPlain: isPlain)
        let buffer = CallbackArguments(capacity: 3)
        defer { buffer.release() }
        buffer[2] = .object(object)
        var index = 0
        var selectedCount = 0
        while index < length {
            guard let value = try rt.elementIfPresent(object, index) else {
                index = try rt.indexAfterHole(object, index, limit: length)
                continue
            }
            buffer[0] = value
            buffer[1] = .number(Double(index))
            if try rt.callCallback(callback, this: thisArgument, arguments: buffer.arguments(3)).toBoolean {
                try result.put(selectedCount, value, rt)
                selectedCount += 1
            }
            index += 1
        }
        try result.finish(length: nil, rt)
        return .object(target)
    }

    /// ECMA-262 §23.1.3.6 Array.prototype.every and §23.1.3.29 Array.prototype.some: stops when the
    /// callback's result is `stopWhen`.
    static func someOrEvery(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments, method: StaticString, stopWhen: Bool) throws(JSException) -> JSValue {
        let object = try rt.arrayReceiver(this, method: method)
        let length = try rt.lengthOfArrayLike(object)
        let callback = try rt.arrayCallback(arguments[0])
        let thisArgument = arguments[1]
        let buffer = CallbackArguments(capacity: 3)
        defer { buffer.release() }
        buffer[2] = .object(object)
        var index = 0
        while index < length {
            guard let value = try rt.elementIfPresent(object, index) else {
                index = try rt.indexAfterHole(object, index, limit: length)
                continue
            }
            buffer[0] = value
            buffer[1] = .number(Double(index))
            if try rt.callCallback(callback, this: thisArgument, arguments: buffer.arguments(3)).toBoolean == stopWhen {
                return .bool(stopWhen)
            }
            index += 1
        }
        return .bool(!stopWhen)
    }

    /// ECMA-262 §23.1.3.9–12 find, findIndex, findLast, findLastIndex (holes are visited as `undefined`).
    static func find(
        _ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments, method: StaticString, fromEnd: Bool, wantsIndex: Bool
    ) throws(JSException) -> JSValue {
        let object = try rt.arrayReceiver(this, method: method)
        let length = try rt.lengthOfArrayLike(object)
        let callback = try rt.arrayCallback(arguments[0])
        let thisArgument = arguments[1]
        let buffer = CallbackArguments(capacity: 3)
        defer { buffer.release() }
        buffer[2] = .object(object)
        var index = fromEnd ? length - 1 : 0
        while fromEnd ? index >= 0 : index < length {
            let value = try rt.element(object, index)
            buffer[0] = value
            buffer[1] = .number(Double(index))
            if try rt.callCallback(callback, this: thisArgument, arguments: buffer.arguments(3)).toBoolean {
                return wantsIndex ? .number(Double(index)) : value
            }
            index += fromEnd ? -1 : 1
        }
        return wantsIndex ? .number(-1) : .undefined
    }

    /// ECMA-262 §23.1.3.24 Array.prototype.reduce and §23.1.3.25 reduceRight.
    static func reduce(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments, method: StaticString, fromEnd: Bool) throws(JSException) -> JSValue {
        let object = try rt.arrayReceiver(this, method: method)
        let length = try rt.lengthOfArrayLike(object)
        let callback = try rt.arrayCallback(arguments[0])
        var index = fromEnd ? length - 1 : 0
        var accumulator: JSValue
        func advance(_ index: Int) throws(JSException) -> Int {
            fromEnd ? try rt.indexBeforeHole(object, index) : try rt.indexAfterHole(object, index, limit: length)
        }
        if arguments.count >= 2 {
            accumulator = arguments[1]
        } else {
            var found: JSValue?
            while fromEnd ? index >= 0 : index < length {
                if let value = try rt.elementIfPresent(object, index) {
                    found = value
                    index += fromEnd ? -1 : 1
                    break
                }
                index = try advance(index)
            }
            guard let found else { throw rt.makeException(.typeError, "Reduce of empty array with no initial value") }
            accumulator = found
        }
        let buffer = CallbackArguments(capacity: 4)
        defer { buffer.release() }
        buffer[3] = .object(object)
        while fromEnd ? index >= 0 : index < length {
            guard let value = try rt.elementIfPresent(object, index) else {
                index = try advance(index)
                continue
            }
            buffer[0] = accumulator
            buffer[1] = value
            buffer[2] = .number(Double(index))
            accumulator = .undefined
            accumulator = try rt.callCallback(callback, this: .undefined, arguments: buffer.arguments(4))
            index += fromEnd ? -1 : 1
        }
        return accumulator
    }

    // MARK: flat, flatMap

    /// ECMA-262 §23.1.3.13 Array.prototype.flat.
    static func flat(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let object = try rt.toObject(this)
        let length = try rt.lengthOfArrayLike(object)
        var depth = 1.0
        if !arguments[0].isUndefined {
            depth = try rt.toIntegerOrInfinity(arguments[0])
            if depth < 0 { depth = 0 }
        }
        let (target, isPlain) = try rt.arraySpeciesCreate(object, length: 0)
        var result = ArrayResultBuilder(target: target, isPlain: isPlain)
        _ = try rt.flattenIntoArray(&result, object, length: length, start: 0, depth: depth, mapper: nil, thisArgument: .undefined, nesting: 0)
        try result.finish(length: nil, rt)
        return .object(target)
    }

    /// ECMA-262 §23.1.3.14 Array.prototype.flatMap.
    static func flatMap(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let object = try rt.toObject(this)
        let length = try rt.lengthOfArrayLike(object)
        guard let mapper = arguments[0].asFunction else {
            throw rt.makeException(.typeError, "flatMap mapper function is not callable")
        }
        let (target, isPlain) = try rt.arraySpeciesCreate(object, length: 0)
        var result = ArrayResultBuilder(target: target, isPlain: isPlain)
        _ = try rt.flattenIntoArray(&result, object, length: length, start: 0, depth: 1, mapper: mapper, thisArgument: arguments[1], nesting: 0)
        try result.finish(length: nil, rt)
        return .object(target)
    }

    // MARK: Searching

    /// ECMA-262 §23.1.3.1 Array.prototype.at.
    static func at(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let object = try rt.toObject(this)
        let length = try rt.lengthOfArrayLike(object)
        let relative = try rt.toIntegerOrInfinity(arguments[0])
        let index = relative >= 0 ? relative : Double(length) + relative
        if index < 0 || index >= Double(length) { return .undefined }
        return try rt.element(object, Int(index))
    }

    /// ECMA-262 §23.1.3.16 Array.prototype.includes (SameValueZero; holes read as `undefined`).
    static func includes(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let object = try rt.toObject(this)
        let length = try rt.lengthOfArrayLike(object)
        if length == 0 { return .false }
        let number = try rt.toIntegerOrInfinity(arguments[1])
        if number == .infinity { return .false }
        var index = number >= 0 ? Int(min(number, Double(length))) : max(0, length + Int(max(number, -Double(length) - 1)))
        let search = arguments[0]
        let searchIsUndefined = search.isUndefined
        while index < length {
            let (found, next) = rt.scanDenseElements(object, from: index, to: length, for: search, zero: true)
            if found != nil { return .true }
            index = next
            if index >= length { break }
            if let value = rt.denseValue(object, index) {
                if sameValueZero(value, search) { return .true }
                index += 1
                continue
            }
            let value = try object.get(rt.arrayIndexKey(index), rt)
            if sameValueZero(value, search) { return .true }
            if !searchIsUndefined && !rt.hasElement(object, index) {
                // An absent element read as undefined: jump over the run of holes.
                index = try rt.indexAfterHole(object, index, limit: length)
            } else {
                index += 1
            }
        }
        return .false
    }

    /// ECMA-262 §23.1.3.17 Array.prototype.indexOf (IsStrictlyEqual; holes skipped).
    static func indexOf(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let object = try rt.arrayReceiver(this, method: "indexOf")
        let length = try rt.lengthOfArrayLike(object)
        if length == 0 { return .number(-1) }
        let number = try rt.toIntegerOrInfinity(arguments[1])
        if number >= Double(length) { return .number(-1) }
        var index = number >= 0 ? Int(number) : max(0, length + Int(max(number, -Double(length) - 1)))
        let search = arguments[0]
        while index < length {
            let (found, next) = rt.scanDenseElements(object, from: index, to: length, for: search, zero: false)
            if let found { return .number(Double(found)) }
            index = next
            if index >= length { break }
            if let value = rt.denseValue(object, index) {
                if strictlyEqual(value, search) { return .number(Double(index)) }
                index += 1
                continue
            }
            if let value = try rt.slowElementIfPresent(object, index) {
                if strictlyEqual(value, search) { return .number(Double(index)) }
                index += 1
            } else {
                index = try rt.indexAfterHole(object, index, limit: length)
            }
        }
        return .number(-1)
    }

    /// ECMA-262 §23.1.3.20 Array.prototype.lastIndexOf.
    static func lastIndexOf(_ rt: ScriptRuntime, _ this: JSValue, _ arguments: Arguments) throws(JSException) -> JSValue {
        let object = try rt.toObject(this)
        let length = try rt.lengthOfArrayLike(object)
        if length == 0 { return .number(-1) }
        let number = arguments.count > 1 ? try rt.toIntegerOrInfinity(arguments[1]) : Double(length - 1)
        if number == -.infinity { return .number(-1) }
        var index = number >= 0 ? Int(min(number, Double(length - 1))) : length + Int(max(number, -Double(length) - 1))
        let search = arguments[0]
        while index >= 0 {
            if let value = try rt.elementIfPresent(object, index) {
                if strictlyEqual(value, search) { return .number(Double(index)) }
                index -= 1
            } else {
                index = try rt.indexBeforeHole(object, index)
            }
        }
        return .number(-1)
    }
}

extension ScriptRuntime {
    /// ECMA-262 §23.1.3.13.1 FlattenIntoArray: returns the next target index.
    func flattenIntoArray(
        _ result: inout ArrayResultBuilder, _ source: JSObject, length: Int, start: Int, depth: Double, mapper: JSFunction?,
        thisArgument: JSValue, nesting: Int
    ) throws(JSException) -> Int {
        guard nesting < 10_000, stackGuard.hasRoom() else { throw makeException(.rangeError, "Maximum call stack size exceeded") }
        var targetIndex = start
        let buffer = CallbackArguments(capacity: 3)
        defer { buffer.release() }
        buffer[2] = .object(source)
        var index = 0
        while index < length {
            guard var element = try elementIfPresent(source, index) else {
                index = try indexAfterHole(source, index, limit: length)
                continue
            }
            if let mapper {
                buffer[0] = element
                buffer[1] = .number(Double(index))
                element = try callCallback(mapper, this: thisArgument, arguments: buffer.arguments(3))
            }
            if depth > 0, case .object(let inner) = element, inner.kind == .array {
                let innerLength = try lengthOfArrayLike(inner)
                targetIndex = try flattenIntoArray(
                    &result, inner, length: innerLength, start: targetIndex, depth: depth - 1, mapper: nil, thisArgument: .undefined,
                    nesting: nesting + 1)
            } else {
                if targetIndex >= ScriptRuntime.maximumSafeLength { throw makeException(.typeError, "Invalid array length") }
                try result.put(targetIndex, element, self)
                targetIndex += 1
            }
            index += 1
        }
        return targetIndex
    }
}
