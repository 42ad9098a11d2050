/// Node 20's `util.format` / `formatWithOptions`, the text `console.log(...)` writes: a leading
/// string's `%s %d %i %f %j %o %O %c %%` consume arguments, the rest follow separated by spaces,
/// strings as they are and everything else through `util.inspect`.
extension ScriptRuntime {
    /// The line(s) `console.log(arguments…)` prints.
    public func formatLogArguments(_ arguments: [JSValue], options: InspectOptions = InspectOptions()) throws(JSException) -> String {
        String(decoding: try formatLogUnits(arguments, options: options), as: UTF16.self)
    }

    func formatLogUnits(_ arguments: [JSValue], options: InspectOptions = InspectOptions()) throws(JSException) -> [UInt16] {
        guard let first = arguments.first else { return [] }
        var result: [UInt16] = []
        var consumed = 0
        var separator: [UInt16] = []
        if case .string(let format) = first {
            if arguments.count == 1 { return format.units }
            let text = format.units
            var lastPosition = 0
            var index = 0
            while index < text.count - 1 {
                if text[index] == 0x25 {
                    index += 1
                    let next = text[index]
                    if consumed + 1 != arguments.count {
                        var replacement: [UInt16]
                        switch next {
                        case 0x73:  // %s
                            consumed += 1
                            replacement = try formatStringSpecifier(arguments[consumed], options: options)
                        case 0x6A:  // %j
                            consumed += 1
                            replacement = try jsonForFormat(arguments[consumed])
                        case 0x64:  // %d
                            consumed += 1
                            let argument = arguments[consumed]
                            if case .symbol = argument {
                                replacement = inspectUnits("NaN")
                            } else {
                                replacement = ValueInspector(self, options: options).formatNumber(try toNumber(argument))
                            }
                        case 0x4F:  // %O
                            consumed += 1
                            var inspector = ValueInspector(self, options: options)
                            replacement = try inspector.inspect(arguments[consumed])
                        case 0x6F:  // %o
                            consumed += 1
                            var formatOptions = options
                            formatOptions.showHidden = true
                            formatOptions.depth = 4
                            var inspector = ValueInspector(self, options: formatOptions)
                            replacement = try inspector.inspect(arguments[consumed])
                        case 0x69:  // %i
                            consumed += 1
                            replacement = try parsedNumberText(arguments[consumed], function: realm.parseIntFunction, options: options)
                        case 0x66:  // %f
                            consumed += 1
                            replacement = try parsedNumberText(arguments[consumed], function: realm.parseFloatFunction, options: options)
                        case 0x63:  // %c: the CSS argument is dropped
                            consumed += 1
                            replacement = []
                        case 0x25:  // %%
                            result.append(contentsOf: text[lastPosition..<index])
                            lastPosition = index + 1
                            index += 1
                            continue
                        default:
                            index += 1
                            continue
                        }
                        if lastPosition != index - 1 { result.append(contentsOf: text[lastPosition..<(index - 1)]) }
                        result.append(contentsOf: replacement)
                        lastPosition = index + 1
                    } else if next == 0x25 {
                        result.append(contentsOf: text[lastPosition..<index])
                        lastPosition = index + 1
                    }
                }
                index += 1
            }
            if lastPosition != 0 {
                consumed += 1
                separator = [0x20]
                if lastPosition < text.count { result.append(contentsOf: text[lastPosition...]) }
            }
        }
        while consumed < arguments.count {
            let value = arguments[consumed]
            result.append(contentsOf: separator)
            if case .string(let string) = value {
                result.append(contentsOf: string.units)
            } else {
                var inspector = ValueInspector(self, options: options)
                result.append(contentsOf: try inspector.inspect(value))
            }
            separator = [0x20]
            consumed += 1
        }
        return result
    }

    /// `%s`: numbers as `formatNumber`, objects with a built-in `toString` inspected one level deep,
    /// everything else `String(value)`.
    private func formatStringSpecifier(_ value: JSValue, options: InspectOptions) throws(JSException) -> [UInt16] {
        switch value {
        case .number(let number):
            return ValueInspector(self, options: options).formatNumber(number)
        case .symbol(let symbol):
            return inspectUnits(symbol.descriptiveString)
        case .object(let object) where !object.isCallable:
            if try hasBuiltInToString(object) {
                var inspectOptions = options
                inspectOptions.depth = 0
                inspectOptions.compact = .innermost(3)
                var inspector = ValueInspector(self, options: inspectOptions)
                return try inspector.inspect(value)
            }
            return try toJSString(value).units
        default:
            return try toJSString(value).units
        }
    }

    /// Whether `String(object)` would only give a built-in's text (Node's `hasBuiltInToString`): no own
    /// `toString`/`Symbol.toPrimitive`, and the nearest one belongs to a built-in constructor's prototype.
    private func hasBuiltInToString(_ object: JSObject) throws(JSException) -> Bool {
        let toStringKey = names.toString
        let toPrimitiveKey = PropertyKey.symbol(symbols.toPrimitive)
        var considerToString = true
        var considerToPrimitive = true
        if !(try object.get(toStringKey, self)).isCallable {
            if !(try object.get(toPrimitiveKey, self)).isCallable { return true }
            if object.hasOwnProperty(toPrimitiveKey, self) { return false }
            considerToString = false
        } else if object.hasOwnProperty(toStringKey, self) {
            return false
        } else if !(try object.get(toPrimitiveKey, self)).isCallable {
            considerToPrimitive = false
        } else if object.hasOwnProperty(toPrimitiveKey, self) {
            return false
        }
        var pointer: JSObject? = object
        var steps = 0
        repeat {
            pointer = pointer?.prototype
            steps += 1
            guard let current = pointer, steps < 10_000 else { return true }
            ensureIntrinsicConstructor(current)
            if (considerToString && current.hasOwnProperty(toStringKey, self)) || (considerToPrimitive && current.hasOwnProperty(toPrimitiveKey, self)) {
                break
            }
        } while true
        guard let holder = pointer, let property = holder.getOwnProperty(names.constructor, self), !property.isAccessor,
            case .object(let constructor) = property.value, constructor.isCallable
        else { return false }
        let name = try constructor.get(names.name, self)
        guard case .string(let text) = name else { return false }
        return ValueInspector.builtInNames.contains(text.string)
    }

    /// `%i` / `%f`: `parseInt` / `parseFloat` of the argument (symbols give NaN).
    private func parsedNumberText(_ value: JSValue, function: JSFunction, options: InspectOptions) throws(JSException) -> [UInt16] {
        if case .symbol = value { return inspectUnits("NaN") }
        let number = try toNumber(try call(.object(function), this: .undefined, arguments: [value]))
        return ValueInspector(self, options: options).formatNumber(number)
    }

    /// `%j`: `JSON.stringify(value)`, `[Circular]` for a cyclic value, `undefined` when nothing is produced.
    private func jsonForFormat(_ value: JSValue) throws(JSException) -> [UInt16] {
        let stringify = try realm.jsonObject.get(propertyKey("stringify"), self)
        guard stringify.isCallable else { return inspectUnits("undefined") }
        do throws(JSException) {
            let result = try call(stringify, this: .object(realm.jsonObject), arguments: [value])
            if case .string(let text) = result { return text.units }
            return inspectUnits("undefined")
        } catch {
            if !error.isTermination, case .object(let thrown) = error.value, thrown.kind == .error,
                case .string(let name) = try thrown.get(names.name, self), name.string == "TypeError",
                case .string(let message) = try thrown.get(names.message, self),
                message.string.split(separator: "\n", omittingEmptySubsequences: false).first == "Converting circular structure to JSON"
            {
                return inspectUnits("[Circular]")
            }
            throw error
        }
    }
}
