/// The parts of `util.inspect` that name objects: constructor names, functions and classes, errors
/// and their stacks, boxed primitives, dates, regular expressions.
extension ValueInspector {
    /// Global constructors Node counts as built-in (its `builtInObjects`: the global names that start
    /// with a capital letter).
    static let builtInNames: Set<String> = [
        "Object", "Function", "Array", "Number", "Boolean", "String", "Symbol", "Date", "Promise", "RegExp",
        "Error", "AggregateError", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError",
        "URIError", "JSON", "Math", "Intl", "ArrayBuffer", "Atomics", "Uint8Array", "Int8Array", "Uint16Array",
        "Int16Array", "Uint32Array", "Int32Array", "Float32Array", "Float64Array", "Uint8ClampedArray",
        "BigUint64Array", "BigInt64Array", "DataView", "Map", "BigInt", "Set", "WeakMap", "WeakSet", "Proxy",
        "Reflect", "FinalizationRegistry", "WeakRef", "SharedArrayBuffer", "WebAssembly",
    ]

    // MARK: - Constructor names

    /// The name of the first constructor up the prototype chain that `object` is an instance of;
    /// nil for an object whose prototype is null; `Name <prototype>` when the chain has none.
    /// With `showHidden`, also collects the accessors of user-defined prototypes.
    mutating func constructorName(_ object: JSObject, _ recurseTimes: Int, prototypeEntries: inout [[UInt16]]?) throws(JSException) -> String? {
        let rt = runtime
        var current: JSObject? = object
        var firstPrototype: JSObject?
        var firstPrototypeSet = false
        var steps = 0
        while let candidate = current, steps < 10_000 {
            steps += 1
            if let name = intrinsicPrototypeName(candidate, of: object) { return name }
            runtime.ensureIntrinsicConstructor(candidate)
            if let property = candidate.getOwnProperty(rt.names.constructor, rt), !property.isAccessor,
                case .object(let constructor) = property.value, constructor.isCallable
            {
                let nameValue = try constructor.get(rt.names.name, rt)
                let isEmptyName = nameValue.asString.map { $0.count == 0 } ?? false
                if !isEmptyName, try isInstance(object, of: constructor) {
                    let name = try displayString(nameValue)
                    if prototypeEntries != nil, !firstPrototypeSet || firstPrototype !== candidate || !Self.builtInNames.contains(name) {
                        try addPrototypeProperties(object, firstPrototype ?? object, recurseTimes, into: &prototypeEntries)
                    }
                    return name
                }
            }
            current = candidate.prototype
            if !firstPrototypeSet {
                firstPrototype = current
                firstPrototypeSet = true
            }
        }
        guard let firstPrototype else { return nil }
        let fallback = classNameOfChain(object)
        if let limit = depthLimit, recurseTimes > limit { return "\(fallback) <Complex prototype>" }
        if let prototypeName = try constructorName(firstPrototype, recurseTimes + 1, prototypeEntries: &prototypeEntries) {
            return "\(fallback) <\(prototypeName)>"
        }
        var options = self.options
        options.customInspect = false
        options.depth = -1
        var nested = ValueInspector(runtime, options: options)
        let shown = String(decoding: try nested.inspect(.object(firstPrototype)), as: UTF16.self)
        return "\(fallback) <\(shown)>"
    }

    /// TODO(core): `%AsyncFunction.prototype%` and `%GeneratorFunction.prototype%` have no `constructor`
    /// yet (V8's are the AsyncFunction/GeneratorFunction constructors); until the core adds them this
    /// supplies the names those constructors have.
    private func intrinsicPrototypeName(_ candidate: JSObject, of object: JSObject) -> String? {
        guard object !== candidate, object.isCallable, candidate.kind == .ordinary, candidate.prototype === runtime.realm.functionPrototype,
            candidate === runtime.realm.asyncFunctionPrototype || candidate === runtime.realm.generatorFunctionPrototype,
            candidate.ordinaryGetOwnProperty(runtime.names.constructor) == nil
        else { return nil }
        let flags = (object as? JSFunction)?.code?.flags ?? []
        if flags.contains(.async) && flags.contains(.generator) { return "AsyncGeneratorFunction" }
        return candidate === runtime.realm.asyncFunctionPrototype ? "AsyncFunction" : "GeneratorFunction"
    }

    /// V8's `GetConstructorName` where no constructor matched: a string `Symbol.toStringTag` data
    /// property, else a named `constructor` data property above the object, else the class name.
    private func classNameOfChain(_ object: JSObject) -> String {
        let rt = runtime
        var current: JSObject? = object
        var steps = 0
        while let candidate = current, steps < 10_000 {
            steps += 1
            if let tag = candidate.getOwnProperty(.symbol(rt.symbols.toStringTag), rt), !tag.isAccessor, case .string(let text) = tag.value {
                return text.string
            }
            if candidate !== object, let property = candidate.getOwnProperty(rt.names.constructor, rt), !property.isAccessor,
                case .object(let constructor) = property.value, constructor.isCallable,
                case .string(let name)? = constructor.getOwnProperty(rt.names.name, rt)?.value, name.count > 0, name.string != "Object"
            {
                return name.string
            }
            current = candidate.prototype
        }
        return object.builtinTag
    }

    /// `object instanceof constructor`, false when that throws.
    private func isInstance(_ object: JSObject, of constructor: JSObject) throws(JSException) -> Bool {
        do throws(JSException) {
            return try runtime.instanceOf(.object(object), .object(constructor))
        } catch {
            if error.isTermination { throw error }
            return false
        }
    }

    /// `String(value)`, symbols included.
    func displayString(_ value: JSValue) throws(JSException) -> String {
        switch value {
        case .string(let string): return string.string
        case .symbol(let symbol): return symbol.descriptiveString
        default: return try runtime.toSwiftString(value)
        }
    }

    /// With `showHidden`: the non-function properties of up to three user-defined prototype levels.
    private mutating func addPrototypeProperties(_ main: JSObject, _ start: JSObject, _ recurseTimes: Int, into output: inout [[UInt16]]?) throws(JSException) {
        let rt = runtime
        var level = 0
        var object = start
        var shownKeys = Set<PropertyKey>()
        var previousKeys: [PropertyKey] = []
        repeat {
            if level != 0 || main === object {
                guard let next = object.prototype else { return }
                object = next
                rt.ensureIntrinsicConstructor(object)
                if let property = object.getOwnProperty(rt.names.constructor, rt), !property.isAccessor,
                    case .object(let constructor) = property.value, constructor.isCallable,
                    Self.builtInNames.contains(try displayString(try constructor.get(rt.names.name, rt)))
                {
                    return
                }
            }
            if level != 0 { shownKeys.formUnion(previousKeys) }
            previousKeys = object.ownKeys(rt)
            seen.append(main)
            defer { seen.removeLast() }
            for key in previousKeys {
                if key == rt.names.constructor || main.hasOwnProperty(key, rt) || (level != 0 && shownKeys.contains(key)) { continue }
                guard let property = object.getOwnProperty(key, rt) else { continue }
                if !property.isAccessor && property.value.isCallable { continue }
                output?.append(try formatProperty(object, recurseTimes, key, .object, descriptor: property, receiver: main))
            }
            level += 1
        } while level != 3
    }

    // MARK: - Functions

    /// `[Function: f]`, `[AsyncFunction (anonymous)]`, `[class A extends B]`…
    func functionBase(_ function: JSObject, constructor: String?, tag: String) throws(JSException) -> String {
        let rt = runtime
        let code = (function as? JSFunction)?.code
        if let function = function as? JSFunction, function.isClassConstructor {
            return try classBase(function, constructor: constructor, tag: tag)
        }
        var type = "Function"
        if code?.flags.contains(.generator) == true { type = "Generator" + type }
        if code?.flags.contains(.async) == true { type = "Async" + type }
        var base = "[\(type)"
        if constructor == nil { base += " (null prototype)" }
        let name = try function.get(rt.names.name, rt)
        if case .string(let text) = name, text.count == 0 {
            base += " (anonymous)"
        } else {
            base += ": \(try displayString(name))"
        }
        base += "]"
        if let constructor, constructor != type { base += " \(constructor)" }
        var tag = tag
        // TODO(core): async generator functions share %GeneratorFunction.prototype% (and its tag)
        // until the core gives them %AsyncGeneratorFunction.prototype%.
        if type == "AsyncGeneratorFunction", tag == "GeneratorFunction", function.prototype === rt.realm.generatorFunctionPrototype {
            tag = type
        }
        if !tag.isEmpty && constructor != tag { base += " [\(tag)]" }
        return base
    }

    private func classBase(_ function: JSFunction, constructor: String?, tag: String) throws(JSException) -> String {
        let rt = runtime
        var name = "(anonymous)"
        if function.getOwnProperty(rt.names.name, rt) != nil {
            let value = try function.get(rt.names.name, rt)
            if value.toBoolean { name = try displayString(value) }
        }
        var base = "class \(name)"
        if let constructor, constructor != "Function" { base += " [\(constructor)]" }
        if !tag.isEmpty && constructor != tag { base += " [\(tag)]" }
        if constructor != nil {
            if let parent = function.prototype {
                let superName = try parent.get(rt.names.name, rt)
                if superName.toBoolean { base += " extends \(try displayString(superName))" }
            }
        } else {
            base += " extends [null prototype]"
        }
        return "[\(base)]"
    }

    // MARK: - Errors

    /// Whether Node treats `object` as an error (a native error, or an instance of `Error`).
    func isError(_ object: JSObject) throws(JSException) -> Bool {
        if object.kind == .error { return true }
        let errorPrototype = runtime.realm.errorPrototype(.error)
        var current = object.prototype
        var steps = 0
        while let candidate = current, steps < 10_000 {
            if candidate === errorPrototype { return true }
            current = candidate.prototype
            steps += 1
        }
        return false
    }

    /// The error's `stack` (or `name: message` when it has none), its name put right for subclasses,
    /// bracketed when it has no frames, indented with the entry; `cause` and `errors` join the keys.
    mutating func formatError(_ error: JSObject, constructor: String?, tag: String, keys: inout [PropertyKey]) throws(JSException) -> [UInt16] {
        let rt = runtime
        let nameValue = try error.get(rt.names.name, rt)
        let name = nameValue.isNullish ? "Error" : try displayString(nameValue)
        var stack = try stackText(error)
        if !options.showHidden && !keys.isEmpty {
            for key in [rt.names.name, rt.names.message, rt.names.stack] {
                guard let index = keys.firstIndex(of: key) else { continue }
                let value = try error.get(key, rt)
                if Self.contains(stack, inspectUnits(try displayString(value))) { keys.remove(at: index) }
            }
        }
        if error.hasProperty(rt.names.cause, rt) && !keys.contains(rt.names.cause) { keys.append(rt.names.cause) }
        if case .object(let errors) = try error.get(rt.names.errors, rt), errors.kind == .array, !keys.contains(rt.names.errors) {
            keys.append(rt.names.errors)
        }
        stack = improveStack(stack, constructor: constructor, name: name, tag: tag)

        let messageValue = try error.get(rt.names.message, rt)
        var searchFrom = 0
        if case .string(let message) = messageValue, message.count > 0, let found = Self.firstIndex(of: message.units, in: stack, from: 0), found > 0 {
            searchFrom = found + message.count
        }
        if let frameStart = Self.firstIndex(of: Self.frameMarker, in: stack, from: searchFrom) {
            var text = Array(stack[0..<frameStart])
            let frames = try stackFrames(error, Array(stack[(frameStart + 1)...]))
            for frame in frames {
                text.append(0x0A)
                text.append(contentsOf: frame)
            }
            stack = text
        } else {
            stack = [0x5B] + stack + [0x5D]
        }
        if indentation != 0 {
            let padding = inspectSpaces(indentation)
            var indented: [UInt16] = []
            indented.reserveCapacity(stack.count)
            for unit in stack {
                indented.append(unit)
                if unit == 0x0A { indented.append(contentsOf: padding) }
            }
            stack = indented
        }
        return stack
    }

    private static let frameMarker: [UInt16] = Array("\n    at".utf16)

    /// `String(error.stack)` when truthy, else `Error.prototype.toString` of the error.
    private func stackText(_ error: JSObject) throws(JSException) -> [UInt16] {
        let rt = runtime
        let stack = try error.get(rt.names.stack, rt)
        if stack.toBoolean {
            if case .symbol(let symbol) = stack { return inspectUnits(symbol.descriptiveString) }
            return try rt.toJSString(stack).units
        }
        let nameValue = try error.get(rt.names.name, rt)
        let messageValue = try error.get(rt.names.message, rt)
        let name = nameValue.isUndefined ? inspectUnits("Error") : try rt.toJSString(nameValue).units
        let message = messageValue.isUndefined ? [] : try rt.toJSString(messageValue).units
        if name.isEmpty { return message }
        if message.isEmpty { return name }
        return name + inspectUnits(": ") + message
    }

    /// Puts the constructor's name in the first line of a regular-looking stack: `MyError: x`,
    /// `MyErr [Error]: x`, `[Error: null prototype]: x`.
    private func improveStack(_ stack: [UInt16], constructor: String?, name: String, tag: String) -> [UInt16] {
        let nameUnits = inspectUnits(name)
        var length = nameUnits.count
        let looksRegular = name.hasSuffix("Error") && stack.starts(with: nameUnits)
            && (stack.count == length || stack[length] == 0x3A || stack[length] == 0x0A)
        guard constructor == nil || looksRegular else { return stack }
        var fallback = "Error"
        if constructor == nil {
            let found = Self.leadingErrorName(stack)
            length = found.utf16.count
            fallback = found.isEmpty ? "Error" : found
        }
        let prefix = String(Self.prefix(constructor, tag, fallback).dropLast())
        guard name != prefix else { return stack }
        let rest = Array(stack[min(length, stack.count)...])
        if prefix.contains(name) {
            if length == 0 { return inspectUnits("\(prefix): ") + stack }
            return inspectUnits(prefix) + rest
        }
        return inspectUnits("\(prefix) [\(name)]") + rest
    }

    /// The error name a null-prototype error's stack starts with: `/^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/`
    /// or a whole stack matching `/^([a-z_A-Z0-9-]*Error)$/`; empty when neither.
    private static func leadingErrorName(_ stack: [UInt16]) -> String {
        func isNameUnit(_ unit: UInt16) -> Bool {
            (unit >= 0x61 && unit <= 0x7A) || (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x30 && unit <= 0x39)
                || unit == 0x5F || unit == 0x20 || unit == 0x5B || unit == 0x5D || unit == 0x28 || unit == 0x29 || unit == 0x2D
        }
        if let first = stack.first, first >= 0x41, first <= 0x5A {
            var end = 1
            while end < stack.count && isNameUnit(stack[end]) { end += 1 }
            // Backtrack (the pattern is greedy) to a position followed by `:` or a line feed, blanks and `at`.
            var candidate = end
            while candidate >= 2 {
                if candidate < stack.count {
                    if stack[candidate] == 0x3A { return String(decoding: stack[0..<candidate], as: UTF16.self) }
                    if stack[candidate] == 0x0A {
                        var index = candidate + 1
                        var blanks = 0
                        while index < stack.count, stack[index] == 0x20 || stack[index] == 0x09 || stack[index] == 0x0A || stack[index] == 0x0D {
                            index += 1
                            blanks += 1
                        }
                        if blanks > 0, index + 1 < stack.count, stack[index] == 0x61, stack[index + 1] == 0x74 {
                            return String(decoding: stack[0..<candidate], as: UTF16.self)
                        }
                    }
                }
                candidate -= 1
            }
        }
        let errorSuffix = inspectUnits("Error")
        if stack.count >= 5, stack.suffix(5).elementsEqual(errorSuffix),
            stack.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F || $0 == 0x2D })
        {
            return String(decoding: stack, as: UTF16.self)
        }
        return ""
    }

    /// The frame lines, with those repeating the cause's frames folded into one line.
    private func stackFrames(_ error: JSObject, _ text: [UInt16]) throws(JSException) -> [[UInt16]] {
        var frames = text.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        let cause: JSValue
        do throws(JSException) {
            cause = try error.get(runtime.names.cause, runtime)
        } catch {
            if error.isTermination { throw error }
            return frames
        }
        guard case .object(let causeObject) = cause, try isError(causeObject) else { return frames }
        let causeStack = try stackText(causeObject)
        guard let start = Self.firstIndex(of: Self.frameMarker, in: causeStack, from: 0) else { return frames }
        let causeFrames = causeStack[(start + 1)...].split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        let (length, offset) = Self.identicalSequenceRange(frames, causeFrames)
        if length > 0 {
            let skipped = length - 2
            frames.replaceSubrange((offset + 1)..<(offset + 1 + skipped), with: [inspectUnits("    ... \(skipped) lines matching cause stack trace ...")])
        }
        return frames
    }

    /// The first run of more than three equal lines `a` shares with the tail part of `b`.
    private static func identicalSequenceRange(_ a: [[UInt16]], _ b: [[UInt16]]) -> (length: Int, offset: Int) {
        var index = 0
        while index < a.count - 3 {
            if let position = b.firstIndex(of: a[index]) {
                let rest = b.count - position
                if rest > 3 {
                    var length = 1
                    let maximum = min(a.count - index, rest)
                    while maximum > length && a[index + length] == b[position + length] { length += 1 }
                    if length > 3 { return (length, index) }
                }
            }
            index += 1
        }
        return (0, 0)
    }

    static func firstIndex(of needle: [UInt16], in haystack: [UInt16], from start: Int) -> Int? {
        if needle.isEmpty { return min(max(0, start), haystack.count) }
        guard haystack.count >= needle.count else { return nil }
        var index = max(0, start)
        let last = haystack.count - needle.count
        let first = needle[0]
        while index <= last {
            if haystack[index] == first {
                var matched = true
                for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    static func contains(_ haystack: [UInt16], _ needle: [UInt16]) -> Bool {
        firstIndex(of: needle, in: haystack, from: 0) != nil
    }

    // MARK: - Boxed primitives, dates, regular expressions

    /// `[Number: 3]`, `[String (MyString): 'ab']`, `[Symbol: Symbol(s)]`; a boxed string's index keys dropped.
    mutating func boxedBase(_ boxed: JSPrimitiveObject, constructor: String?, tag: String, keys: inout [PropertyKey]) -> [UInt16] {
        let type: String
        switch boxed.kind {
        case .numberWrapper: type = "Number"
        case .stringWrapper:
            type = "String"
            if case .string(let string) = boxed.primitive { keys.removeFirst(min(string.count, keys.count)) }
        case .booleanWrapper: type = "Boolean"
        default: type = "Symbol"
        }
        var base = "[\(type)"
        if type != constructor {
            if let constructor { base += " (\(constructor))" } else { base += " (null prototype)" }
        }
        var text = inspectUnits(base + ": ")
        text.append(contentsOf: formatPrimitive(boxed.primitive))
        text.append(0x5D)
        if !tag.isEmpty && tag != constructor { text.append(contentsOf: inspectUnits(" [\(tag)]")) }
        return text
    }

    /// `toISOString()` of a date, `Invalid Date` for NaN. The time value comes from the realm's own
    /// `Date.prototype.getTime` (what Node's primordials use), falling back to ToPrimitive(number).
    func dateText(_ date: JSObject) throws(JSException) -> String {
        let rt = runtime
        var time = Double.nan
        if let getTime = rt.realm.datePrototype.ordinaryGetOwnProperty(rt.propertyKey("getTime"))?.value, getTime.isCallable {
            time = try rt.toNumber(try rt.call(getTime, this: .object(date), arguments: []))
        } else {
            time = try rt.toNumber(try rt.toPrimitive(.object(date), hint: .number))
        }
        guard time.isFinite, let text = DateStringFormatter.toISOString(time) else { return "Invalid Date" }
        return text
    }

    /// `/source/flags` as `RegExp.prototype.toString` writes it (`/` and line terminators escaped,
    /// `(?:)` for an empty pattern, flags in canonical order).
    func regExpText(_ object: JSObject) -> [UInt16] {
        guard let regExp = object as? JSRegExpObject else { return inspectUnits("/(?:)/") }
        var text: [UInt16] = [0x2F]
        text.append(contentsOf: Self.escapedPattern(regExp.source.units))
        text.append(0x2F)
        let flags = regExp.flags.units
        for flag in "dgimsuvy".utf16 where flags.contains(flag) { text.append(flag) }
        return text
    }

    /// ECMA-262 §22.2.6.13.1 EscapeRegExpPattern.
    static func escapedPattern(_ source: [UInt16]) -> [UInt16] {
        if source.isEmpty { return inspectUnits("(?:)") }
        var result: [UInt16] = []
        result.reserveCapacity(source.count)
        var inClass = false
        var index = 0
        while index < source.count {
            let unit = source[index]
            switch unit {
            case 0x5C:
                result.append(unit)
                if index + 1 < source.count {
                    index += 1
                    let next = source[index]
                    switch next {
                    case 0x0A: result.append(0x6E)
                    case 0x0D: result.append(0x72)
                    case 0x2028: result.append(contentsOf: inspectUnits("u2028"))
                    case 0x2029: result.append(contentsOf: inspectUnits("u2029"))
                    default: result.append(next)
                    }
                }
            case 0x2F:
                if !inClass { result.append(0x5C) }
                result.append(unit)
            case 0x5B:
                inClass = true
                result.append(unit)
            case 0x5D:
                inClass = false
                result.append(unit)
            case 0x0A: result.append(contentsOf: inspectUnits("\\n"))
            case 0x0D: result.append(contentsOf: inspectUnits("\\r"))
            case 0x2028: result.append(contentsOf: inspectUnits("\\u2028"))
            case 0x2029: result.append(contentsOf: inspectUnits("\\u2029"))
            default: result.append(unit)
            }
            index += 1
        }
        return result
    }
}

extension ScriptRuntime {
    /// TODO(core): built-in prototypes get their `constructor` only when the realm makes the
    /// constructor, on first use of the global; until the core installs it eagerly, this makes the
    /// constructor of an intrinsic prototype that has none yet.
    func ensureIntrinsicConstructor(_ candidate: JSObject) {
        guard let realm = self.realm, candidate.ordinaryGetOwnProperty(names.constructor) == nil else { return }
        if candidate === realm.objectPrototype {
            _ = realm.objectConstructor
            return
        }
        if candidate === realm.functionPrototype {
            _ = realm.functionConstructor
            return
        }
        for (name, object) in realm.intrinsics where object === candidate {
            switch name {
            case .arrayPrototype: _ = realm.arrayConstructor
            case .stringPrototype: _ = realm.stringConstructor
            case .numberPrototype: _ = realm.numberConstructor
            case .booleanPrototype: _ = realm.booleanConstructor
            case .symbolPrototype: _ = realm.symbolConstructor
            case .errorPrototype: _ = realm.errorConstructor(.error)
            case .nativeErrorPrototype(let kind): _ = realm.errorConstructor(kind)
            case .promisePrototype: _ = realm.promiseConstructor
            case .regExpPrototype: _ = realm.regExpConstructor
            case .datePrototype: _ = realm.dateConstructor
            case .mapPrototype: _ = realm.mapConstructor
            case .setPrototype: _ = realm.setConstructor
            case .weakMapPrototype: _ = realm.weakMapConstructor
            case .weakSetPrototype: _ = realm.weakSetConstructor
            default: break
            }
            return
        }
    }
}
