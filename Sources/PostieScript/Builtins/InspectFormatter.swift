/// Node 20's `util.inspect`: any value as text, byte for byte as Node prints it (`console.log`'s
/// non-string arguments, `%o`/`%O`, `console.dir`, the sandbox's and the reports' value dumps).
///
/// One inspector formats one value: it carries the state Node keeps in its inspection context
/// (objects being formatted for `[Circular *n]`, the indentation, the innermost depth reached).
public struct ValueInspector {
    /// The runtime whose objects are formatted (getters and custom inspection methods run in it).
    public let runtime: ScriptRuntime
    /// The `util.inspect` options in force.
    public let options: InspectOptions
    /// `options.depth`, lowered to -1 once the output grows past Node's budget.
    var depthLimit: Int?
    /// Spaces in front of the current entry (Node's `indentationLvl`).
    var indentation = 0
    /// Objects whose formatting is in progress (Node's `seen`).
    var seen: [JSObject] = []
    /// Reference numbers of objects met again while being formatted.
    private var circular: [ObjectIdentifier: Int] = [:]
    /// The depth of the most recently entered object with entries (Node's `currentDepth`).
    var currentDepth = 0
    /// Output length so far per indentation (Node's `budget`).
    private var budget: [Int: Int] = [:]
    /// Objects being formatted, nested (bounds native recursion).
    private var nesting = 0

    /// Nested objects formatted before `Inspection interrupted prematurely` (the native stack is checked too).
    static let maximumNesting = 1_000

    /// An inspector for one value.
    public init(_ runtime: ScriptRuntime, options: InspectOptions = InspectOptions()) {
        self.runtime = runtime
        self.options = options
        self.depthLimit = options.depth
    }

    /// The text of `value` (strings quoted, as `util.inspect` writes them).
    public mutating func inspect(_ value: JSValue) throws(JSException) -> [UInt16] {
        try formatValue(value, 0)
    }

    /// How an entry is keyed in its container's output.
    enum EntryKind {
        /// A property of an object: `key: value`.
        case object
        /// An array element: the value alone.
        case arrayValue
        /// A non-index property of an array: `key: value` among the elements.
        case arrayExtras
    }

    /// Where the entries in front of an object's properties come from.
    private enum EntrySource {
        case none
        case array(JSObject)
        case set([(key: JSValue, value: JSValue?)])
        case map([(key: JSValue, value: JSValue?)])
        case iterator([(key: JSValue, value: JSValue?)], pairs: Bool)
        case promise(JSPromise)
        case weakCollection
    }

    // MARK: - Values

    mutating func formatValue(_ value: JSValue, _ recurseTimes: Int) throws(JSException) -> [UInt16] {
        guard case .object(let object) = value else { return formatPrimitive(value) }
        if options.customInspect, let custom = try customInspection(object, recurseTimes) { return custom }
        if seen.contains(where: { $0 === object }) {
            let identifier = ObjectIdentifier(object)
            let index: Int
            if let existing = circular[identifier] {
                index = existing
            } else {
                index = circular.count + 1
                circular[identifier] = index
            }
            return inspectUnits("[Circular *\(index)]")
        }
        return try formatRaw(object, recurseTimes)
    }

    func formatPrimitive(_ value: JSValue) -> [UInt16] {
        switch value {
        case .string(let string): return formatString(string.units)
        case .number(let number): return formatNumber(number)
        case .bool(let flag): return inspectUnits(flag ? "true" : "false")
        case .undefined, .empty: return inspectUnits("undefined")
        case .null: return inspectUnits("null")
        case .symbol(let symbol): return symbolText(symbol)
        case .object: return inspectUnits("[object]")
        }
    }

    /// `-0` keeps its sign; other numbers as `String(n)`.
    func formatNumber(_ number: Double) -> [UInt16] {
        if number == 0 && number.sign == .minus { return inspectUnits("-0") }
        return runtime.numberToJSString(number).units
    }

    /// `Symbol(description)` with the description's own code units.
    func symbolText(_ symbol: JSSymbol) -> [UInt16] {
        var text = inspectUnits("Symbol(")
        if let description = symbol.descriptionString { text.append(contentsOf: description.units) }
        text.append(0x29)
        return text
    }

    /// A quoted string; longer than `maxStringLength` cut with `... n more characters`; long
    /// multi-line strings split after each line feed into `'…\n' +` pieces.
    func formatString(_ original: [UInt16]) -> [UInt16] {
        var text = original
        var trailer: [UInt16] = []
        if text.count > options.maxStringLength {
            let remaining = text.count - options.maxStringLength
            text = Array(text[0..<options.maxStringLength])
            trailer = inspectUnits("... \(remaining) more character\(remaining > 1 ? "s" : "")")
        }
        if options.compact != .always && text.count > 16 && text.count > options.breakLength - indentation - 4 {
            var result: [UInt16] = []
            var start = 0
            let separator = inspectUnits(" +\n") + inspectSpaces(indentation + 2)
            for index in 0..<text.count where text[index] == 0x0A && index + 1 < text.count {
                if start > 0 { result.append(contentsOf: separator) }
                result.append(contentsOf: InspectStrings.quoted(Array(text[start...index])))
                start = index + 1
            }
            if start > 0 { result.append(contentsOf: separator) }
            result.append(contentsOf: InspectStrings.quoted(Array(text[start...])))
            return result + trailer
        }
        return InspectStrings.quoted(text) + trailer
    }

    // MARK: - Objects

    private mutating func formatRaw(_ object: JSObject, _ recurseTimesAtEntry: Int) throws(JSException) -> [UInt16] {
        let rt = runtime
        var recurseTimes = recurseTimesAtEntry
        var prototypeEntries: [[UInt16]]?
        if options.showHidden, depthLimit.map({ recurseTimes <= $0 }) ?? true { prototypeEntries = [] }
        let constructor = try constructorName(object, recurseTimes, prototypeEntries: &prototypeEntries)
        if prototypeEntries?.isEmpty == true { prototypeEntries = nil }
        let hasPrototypeEntries = prototypeEntries != nil
        let (tag, objectFallback) = try stringTag(object)

        var keys: [PropertyKey] = []
        var base: [UInt16] = []
        var braces = (open: inspectUnits("{"), close: inspectUnits("}"))
        var source = EntrySource.none
        var entryKind = EntryKind.object
        var recognized = false

        if constructor == nil || object.hasProperty(.symbol(rt.symbols.iterator), rt) {
            recognized = true
            switch object.kind {
            case .array:
                let length = try arrayLength(object)
                let prefix = constructor != "Array" || !tag.isEmpty ? Self.prefix(constructor, tag, "Array", size: "(\(length))") : ""
                keys = ownKeys(object, indices: false)
                braces = (inspectUnits(prefix + "["), inspectUnits("]"))
                if length == 0 && keys.isEmpty && !hasPrototypeEntries { return braces.open + braces.close }
                entryKind = .arrayExtras
                source = .array(object)
            case .set, .map:
                let collection = object as? InspectableCollection
                let entries = collection?.inspectEntries() ?? []
                let name = object.kind == .set ? "Set" : "Map"
                let prefix = Self.prefix(constructor, tag, name, size: "(\(entries.count))")
                keys = ownKeys(object)
                if entries.isEmpty && keys.isEmpty && !hasPrototypeEntries { return inspectUnits(prefix + "{}") }
                braces = (inspectUnits(prefix + "{"), inspectUnits("}"))
                source = object.kind == .set ? .set(entries) : .map(entries)
            case .mapIterator, .setIterator:
                let collection = object as? InspectableCollection
                keys = ownKeys(object)
                let type = object.kind == .mapIterator ? "Map" : "Set"
                var label = tag
                if label != "\(type) Iterator" {
                    if !label.isEmpty { label += "] [" }
                    label += "\(type) Iterator"
                }
                let pairs = collection?.inspectYieldsPairs ?? false
                if pairs, label.hasSuffix(" Iterator") { label = String(label.dropLast(" Iterator".count)) + " Entries" }
                braces = (inspectUnits("[\(label)] {"), inspectUnits("}"))
                source = .iterator(collection?.inspectEntries() ?? [], pairs: pairs)
            default:
                recognized = false
            }
        }
        if !recognized {
            keys = ownKeys(object)
            if object.isCallable {
                base = inspectUnits(try functionBase(object, constructor: constructor, tag: tag))
                if keys.isEmpty && !hasPrototypeEntries { return base }
            } else if constructor == "Object" {
                if object.kind == .arguments {
                    braces.open = inspectUnits("[Arguments] {")
                } else if !tag.isEmpty {
                    braces.open = inspectUnits(Self.prefix(constructor, tag, "Object") + "{")
                }
                if keys.isEmpty && !hasPrototypeEntries { return braces.open + braces.close }
            } else if object.kind == .regExp {
                base = regExpText(object)
                let prefix = Self.prefix(constructor, tag, "RegExp")
                if prefix != "RegExp " { base = inspectUnits(prefix) + base }
                if (keys.isEmpty && !hasPrototypeEntries) || depthLimit.map({ recurseTimes > $0 }) == true { return base }
            } else if object.kind == .date {
                base = inspectUnits(try dateText(object))
                let prefix = Self.prefix(constructor, tag, "Date")
                if prefix != "Date " { base = inspectUnits(prefix) + base }
                if keys.isEmpty && !hasPrototypeEntries { return base }
            } else if try isError(object) {
                base = try formatError(object, constructor: constructor, tag: tag, keys: &keys)
                if keys.isEmpty && !hasPrototypeEntries { return base }
            } else if object.kind == .promise, let promise = object as? JSPromise {
                braces.open = inspectUnits(Self.prefix(constructor, tag, "Promise") + "{")
                source = .promise(promise)
            } else if object.kind == .weakSet || object.kind == .weakMap {
                braces.open = inspectUnits(Self.prefix(constructor, tag, object.kind == .weakSet ? "WeakSet" : "WeakMap") + "{")
                source = .weakCollection
            } else if let boxed = object as? JSPrimitiveObject, object.kind != .ordinary {
                base = boxedBase(boxed, constructor: constructor, tag: tag, keys: &keys)
                if keys.isEmpty && !hasPrototypeEntries { return base }
            } else {
                let prefix = Self.prefix(constructor, tag, objectFallback)
                if keys.isEmpty && !hasPrototypeEntries { return inspectUnits(prefix + "{}") }
                braces.open = inspectUnits(prefix + "{")
            }
        }

        if let limit = depthLimit, recurseTimes > limit {
            var name = String(Self.prefix(constructor, tag, objectFallback).dropLast())
            if constructor != nil { name = "[\(name)]" }
            return inspectUnits(name)
        }
        recurseTimes += 1
        seen.append(object)
        currentDepth = recurseTimes
        nesting += 1
        defer { nesting -= 1 }
        let savedIndentation = indentation
        var output: [[UInt16]] = []
        do throws(JSException) {
            if nesting > Self.maximumNesting || !rt.stackGuard.hasRoom() {
                throw rt.makeException(.rangeError, "Maximum call stack size exceeded")
            }
            output = try formatEntries(source, recurseTimes)
            for key in keys {
                output.append(try formatProperty(object, recurseTimes, key, entryKind))
            }
            if let prototypeEntries { output.append(contentsOf: prototypeEntries) }
        } catch {
            guard !error.isTermination, isStackOverflow(error.value) else { throw error }
            seen.removeLast()
            indentation = savedIndentation
            let name = String(Self.prefix(constructor, tag, objectFallback).dropLast())
            return inspectUnits("[\(name): Inspection interrupted prematurely. Maximum call stack size exceeded.]")
        }
        if let index = circular[ObjectIdentifier(object)] {
            let reference = inspectUnits("<ref *\(index)>")
            if options.compact != .always {
                base = base.isEmpty ? reference : reference + [0x20] + base
            } else {
                braces.open = reference + [0x20] + braces.open
            }
        }
        seen.removeLast()

        if options.sorted {
            if entryKind == .object {
                output.sort(by: Self.codeUnitOrder)
            } else if keys.count > 1 {
                let start = output.count - keys.count
                let sortedTail = output[start...].sorted(by: Self.codeUnitOrder)
                output.replaceSubrange(start..., with: sortedTail)
            }
        }

        let result = try reduceToSingleString(output, base: base, braces: braces, entryKind: entryKind, recurseTimes: recurseTimes, value: object)
        let newLength = (budget[indentation] ?? 0) + result.count
        budget[indentation] = newLength
        if newLength > 1 << 27 { depthLimit = -1 }
        return result
    }

    /// The leading entries: array elements, Set/Map entries, a promise's state.
    private mutating func formatEntries(_ source: EntrySource, _ recurseTimes: Int) throws(JSException) -> [[UInt16]] {
        switch source {
        case .none:
            return []
        case .array(let array):
            return try formatArray(array, recurseTimes)
        case .set(let entries):
            var output: [[UInt16]] = []
            let shown = min(max(0, options.maxArrayLength), entries.count)
            indentation += 2
            for entry in entries.prefix(shown) { output.append(try formatValue(entry.key, recurseTimes)) }
            if entries.count > shown { output.append(Self.remainingText(entries.count - shown)) }
            indentation -= 2
            return output
        case .map(let entries):
            var output: [[UInt16]] = []
            let shown = min(max(0, options.maxArrayLength), entries.count)
            indentation += 2
            for entry in entries.prefix(shown) {
                let key = try formatValue(entry.key, recurseTimes)
                let value = try formatValue(entry.value ?? .undefined, recurseTimes)
                output.append(key + inspectUnits(" => ") + value)
            }
            if entries.count > shown { output.append(Self.remainingText(entries.count - shown)) }
            indentation -= 2
            return output
        case .iterator(let entries, let pairs):
            var output: [[UInt16]] = []
            let shown = min(max(0, options.maxArrayLength), entries.count)
            indentation += 2
            for entry in entries.prefix(shown) {
                if pairs {
                    let pair = [try formatValue(entry.key, recurseTimes), try formatValue(entry.value ?? .undefined, recurseTimes)]
                    output.append(try reduceToSingleString(pair, base: [], braces: (inspectUnits("["), inspectUnits("]")), entryKind: .arrayExtras, recurseTimes: recurseTimes, value: nil))
                } else {
                    output.append(try formatValue(entry.key, recurseTimes))
                }
            }
            indentation -= 2
            if entries.count > shown { output.append(Self.remainingText(entries.count - shown)) }
            return output
        case .promise(let promise):
            switch promise.state {
            case .pending:
                return [inspectUnits("<pending>")]
            case .fulfilled, .rejected:
                indentation += 2
                let text = try formatValue(promise.result, recurseTimes)
                indentation -= 2
                return [promise.state == .rejected ? inspectUnits("<rejected> ") + text : text]
            }
        case .weakCollection:
            return [inspectUnits("<items unknown>")]
        }
    }

    /// Elements up to `maxArrayLength`, runs of holes as `<n empty items>`.
    private mutating func formatArray(_ array: JSObject, _ recurseTimes: Int) throws(JSException) -> [[UInt16]] {
        let length = try arrayLength(array)
        let shown = min(max(0, options.maxArrayLength), length)
        var output: [[UInt16]] = []
        output.reserveCapacity(shown + 1)
        for index in 0..<shown {
            let key = PropertyKey.index(UInt32(index))
            guard array.getOwnProperty(key, runtime) != nil else {
                return try formatSparseArray(array, recurseTimes, shown: shown, length: length, output: output, from: index)
            }
            output.append(try formatProperty(array, recurseTimes, key, .arrayValue))
        }
        if length > shown { output.append(Self.remainingText(length - shown)) }
        return output
    }

    private mutating func formatSparseArray(
        _ array: JSObject, _ recurseTimes: Int, shown: Int, length: Int, output initial: [[UInt16]], from start: Int
    ) throws(JSException) -> [[UInt16]] {
        var output = initial
        // Enumerable own indices, ascending (Object.keys order up to the first named key).
        let indices = array.ownIndices().filter { array.getOwnProperty(.index($0), runtime)?.flags.contains(.enumerable) ?? false }
        var expected = start
        var position = min(start, indices.count)
        while position < indices.count && output.count < shown {
            let index = Int(indices[position])
            if index != expected {
                output.append(Self.emptyItemsText(index - expected))
                expected = index
                if output.count == shown { break }
            }
            output.append(try formatProperty(array, recurseTimes, .index(UInt32(index)), .arrayValue))
            expected += 1
            position += 1
        }
        let remaining = length - expected
        if output.count != shown {
            if remaining > 0 { output.append(Self.emptyItemsText(remaining)) }
        } else if remaining > 0 {
            output.append(Self.remainingText(remaining))
        }
        return output
    }

    /// `name: value` (or the value alone for array elements), accessors as `[Getter]`…
    mutating func formatProperty(
        _ object: JSObject, _ recurseTimes: Int, _ key: PropertyKey, _ kind: EntryKind,
        descriptor: OwnProperty? = nil, receiver: JSObject? = nil
    ) throws(JSException) -> [UInt16] {
        let rt = runtime
        let property: OwnProperty
        if let descriptor {
            property = descriptor
        } else if let own = object.getOwnProperty(key, rt) {
            property = own
        } else {
            property = OwnProperty(value: try object.get(key, rt), flags: .default)
        }
        var text: [UInt16]
        var separator: [UInt16] = [0x20]
        if let pair = property.accessor {
            if let getter = pair.getter {
                let label = pair.setter != nil ? "Getter/Setter" : "Getter"
                if shouldCallGetter(hasSetter: pair.setter != nil) {
                    text = try getterText(getter, label: label, receiver: receiver ?? object, recurseTimes)
                } else {
                    text = inspectUnits("[\(label)]")
                }
            } else if pair.setter != nil {
                text = inspectUnits("[Setter]")
            } else {
                text = inspectUnits("undefined")
            }
        } else if !property.value.orUndefined.isUndefined {
            let step = options.compact != .always || kind != .object ? 2 : 3
            indentation += step
            text = try formatValue(property.value, recurseTimes)
            if step == 3 && options.breakLength < InspectStringWidth.width(text) {
                separator = [0x0A] + inspectSpaces(indentation)
            }
            indentation -= step
        } else {
            text = inspectUnits("undefined")
        }
        if kind == .arrayValue { return text }
        var name: [UInt16]
        switch key {
        case .symbol(let symbol):
            name = [0x5B] + InspectStrings.escapedUnquoted(symbolText(symbol)) + [0x5D]
        case .string(let atom) where atom.units == Self.protoName:
            name = inspectUnits("['__proto__']")
        default:
            let keyText = Self.keyUnits(key)
            if !property.flags.contains(.enumerable) {
                name = [0x5B] + InspectStrings.escapedUnquoted(keyText) + [0x5D]
            } else if InspectStrings.isPlainKey(keyText) {
                name = keyText
            } else {
                name = InspectStrings.quoted(keyText)
            }
        }
        name.reserveCapacity(name.count + 1 + separator.count + text.count)
        name.append(0x3A)
        name.append(contentsOf: separator)
        name.append(contentsOf: text)
        return name
    }

    private func shouldCallGetter(hasSetter: Bool) -> Bool {
        switch options.getters {
        case .off: return false
        case .all: return true
        case .getOnly: return !hasSetter
        case .setOnly: return hasSetter
        }
    }

    /// `[Getter: 1]`, `[Getter] { a: 1 }`, `[Getter: <Inspection threw (message)>]` (Node's `getters`).
    private mutating func getterText(_ getter: JSObject, label: String, receiver: JSObject, _ recurseTimes: Int) throws(JSException) -> [UInt16] {
        let savedIndentation = indentation
        do throws(JSException) {
            let value = try runtime.call(.object(getter), this: .object(receiver), arguments: [])
            indentation += 2
            defer { indentation = savedIndentation }
            switch value {
            case .null:
                return inspectUnits("[\(label): null]")
            case .object:
                return inspectUnits("[\(label)] ") + (try formatValue(value, recurseTimes))
            default:
                return inspectUnits("[\(label): ") + formatPrimitive(value) + inspectUnits("]")
            }
        } catch {
            if error.isTermination { throw error }
            indentation = savedIndentation
            var message = "undefined"
            if case .object(let thrown) = error.value {
                let value = try thrown.get(runtime.names.message, runtime)
                message = value.isUndefined ? "undefined" : try runtime.toSwiftString(value)
            }
            return inspectUnits("[\(label): <Inspection threw (\(message))>]")
        }
    }

    // MARK: - Keys

    /// Own keys shown for `object`: enumerable ones (every one with `showHidden`), indices optional.
    func ownKeys(_ object: JSObject, indices: Bool = true) -> [PropertyKey] {
        var result: [PropertyKey] = []
        for key in object.ownKeys(runtime) {
            if !indices, case .index = key { continue }
            if options.showHidden {
                result.append(key)
            } else if let property = object.getOwnProperty(key, runtime), property.flags.contains(.enumerable) {
                result.append(key)
            }
        }
        return result
    }

    static let protoName: [UInt16] = Array("__proto__".utf16)

    static func keyUnits(_ key: PropertyKey) -> [UInt16] {
        switch key {
        case .string(let atom): return atom.units
        case .index(let index): return Array(String(index).utf16)
        case .symbol(let symbol): return Array(symbol.descriptiveString.utf16)
        }
    }

    func arrayLength(_ object: JSObject) throws(JSException) -> Int {
        if let array = object as? JSArray { return Int(array.length) }
        return try runtime.lengthOfArrayLike(object)
    }

    /// `Symbol.toStringTag` as shown in a prefix (`Object [Tag] {}`), empty when it is an own
    /// enumerable property (it is listed with the keys then); and the name a null-prototype object
    /// falls back to (V8 takes it from such an own tag, otherwise `Object`).
    private func stringTag(_ object: JSObject) throws(JSException) -> (tag: String, fallback: String) {
        let key = PropertyKey.symbol(runtime.symbols.toStringTag)
        guard case .string(let tag) = try object.get(key, runtime), tag.count > 0 else { return ("", "Object") }
        let own = object.getOwnProperty(key, runtime)
        let listedWithKeys = options.showHidden ? own != nil : (own?.flags.contains(.enumerable) ?? false)
        guard listedWithKeys else { return (tag.string, "Object") }
        if let own, !own.isAccessor, case .string(let ownTag) = own.value { return ("", ownTag.string) }
        return ("", "Object")
    }

    // MARK: - Custom inspection

    private static let customSymbolKey = JSString("nodejs.util.inspect.custom")

    /// Calls `value[Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect)` when present.
    private mutating func customInspection(_ object: JSObject, _ recurseTimes: Int) throws(JSException) -> [UInt16]? {
        let rt = runtime
        guard let symbol = rt.symbolRegistry[StringContentKey(string: Self.customSymbolKey)] else { return nil }
        let method = try object.get(.symbol(symbol), rt)
        guard method.isCallable else { return nil }
        if case .object(let constructor) = try object.get(rt.names.constructor, rt),
            case .object(let prototype) = try constructor.get(rt.names.prototype, rt), prototype === object
        {
            return nil
        }
        let depth: JSValue = depthLimit.map { .number(Double($0 - recurseTimes)) } ?? .null
        let result = try rt.call(method, this: .object(object), arguments: [depth, .object(optionsObject()), .object(inspectFunction())])
        if case .object(let same) = result, same === object { return nil }
        guard case .string(let text) = result else { return try formatValue(result, recurseTimes) }
        guard indentation > 0 else { return text.units }
        var output: [UInt16] = []
        let padding = inspectSpaces(indentation)
        for unit in text.units {
            output.append(unit)
            if unit == 0x0A { output.append(contentsOf: padding) }
        }
        return output
    }

    /// The options object a custom inspection method receives.
    private func optionsObject() -> JSObject {
        let rt = runtime
        let object = rt.realm.newObject()
        func add(_ name: String, _ value: JSValue) { object.defineNew(rt.propertyKey(name), value) }
        add("showHidden", .bool(options.showHidden))
        add("depth", depthLimit.map { .number(Double($0)) } ?? .null)
        add("colors", .false)
        add("customInspect", .bool(options.customInspect))
        add("showProxy", .false)
        add("maxArrayLength", .number(options.maxArrayLength == Int.max ? .infinity : Double(options.maxArrayLength)))
        add("maxStringLength", .number(options.maxStringLength == Int.max ? .infinity : Double(options.maxStringLength)))
        add("breakLength", .number(options.breakLength == Int.max ? .infinity : Double(options.breakLength)))
        switch options.compact {
        case .never: add("compact", .false)
        case .always: add("compact", .true)
        case .innermost(let level): add("compact", .number(Double(level)))
        }
        add("sorted", .bool(options.sorted))
        switch options.getters {
        case .off: add("getters", .false)
        case .all: add("getters", .true)
        case .getOnly: add("getters", .string("get"))
        case .setOnly: add("getters", .string("set"))
        }
        add("numericSeparator", .false)
        add("stylize", .object(rt.realm.nativeFunction("stylize", length: 2) { rt, _, arguments throws(JSException) in
            .string(try rt.toJSString(arguments[0]))
        }))
        return object
    }

    /// `util.inspect` as a script function (the third argument of custom inspection methods).
    private func inspectFunction() -> JSObject {
        let base = options
        return runtime.realm.nativeFunction("inspect", length: 2) { rt, _, arguments throws(JSException) in
            let options = try InspectOptions(rt, reading: arguments[1], base: base)
            var inspector = ValueInspector(rt, options: options)
            return .string(JSString(units: try inspector.inspect(arguments[0])))
        }
    }

    // MARK: - Small pieces

    /// `[Constructor(size): null prototype] [Tag] ` and friends (trailing space included).
    static func prefix(_ constructor: String?, _ tag: String, _ fallback: String, size: String = "") -> String {
        guard let constructor else {
            if !tag.isEmpty && fallback != tag { return "[\(fallback)\(size): null prototype] [\(tag)] " }
            return "[\(fallback)\(size): null prototype] "
        }
        if !tag.isEmpty && constructor != tag { return "\(constructor)\(size) [\(tag)] " }
        return "\(constructor)\(size) "
    }

    static func remainingText(_ count: Int) -> [UInt16] {
        inspectUnits("... \(count) more item\(count > 1 ? "s" : "")")
    }

    static func emptyItemsText(_ count: Int) -> [UInt16] {
        inspectUnits("<\(count) empty item\(count > 1 ? "s" : "")>")
    }

    static func codeUnitOrder(_ lhs: [UInt16], _ rhs: [UInt16]) -> Bool {
        lhs.lexicographicallyPrecedes(rhs)
    }

    /// Whether a thrown value is the engine's stack-overflow RangeError.
    private func isStackOverflow(_ value: JSValue) -> Bool {
        guard case .object(let error) = value, error.kind == .error,
            let message = error.ordinaryGetOwnProperty(runtime.names.message)?.value.asString
        else { return false }
        return message.string == "Maximum call stack size exceeded"
    }
}

/// `count` spaces.
func inspectSpaces(_ count: Int) -> [UInt16] {
    [UInt16](repeating: 0x20, count: max(0, count))
}

/// The UTF-16 code units of `text`.
@inline(__always) func inspectUnits(_ text: String) -> [UInt16] {
    Array(text.utf16)
}

extension ScriptRuntime {
    /// Node 20's `util.inspect(value, options)`.
    public func inspect(_ value: JSValue, _ options: InspectOptions = InspectOptions()) throws(JSException) -> String {
        var inspector = ValueInspector(self, options: options)
        return String(decoding: try inspector.inspect(value), as: UTF16.self)
    }
}
