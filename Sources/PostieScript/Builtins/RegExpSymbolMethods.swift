/// `RegExp.prototype[Symbol.match / matchAll / replace / search / split]` (ECMA-262 §22.2.6.8–14).
///
/// Each has the spec's observable algorithm for any object, and a direct path for a RegExp nobody
/// has customised (see `RegExpPrototypeObject.pristine`): that one loops over the code units with one
/// engine call per match and builds no intermediate match arrays.
enum RegExpSymbolMethods {
    static func install(on prototype: RegExpPrototypeObject, _ realm: Realm) {
        let rt = realm.runtime
        prototype.originalMatch = prototype.addMethod(realm, symbol: rt.symbols.match, name: "[Symbol.match]", length: 1) { rt, this, arguments throws(JSException) in
            guard case .object(let object) = this else {
                throw rt.makeException(.typeError, "Method RegExp.prototype.@@match called on incompatible receiver \(rt.describeReceiver(this))")
            }
            return try rt.regExpMatch(object, try rt.toJSString(arguments[0]))
        }
        prototype.originalMatchAll = prototype.addMethod(realm, symbol: rt.symbols.matchAll, name: "[Symbol.matchAll]", length: 1) { rt, this, arguments throws(JSException) in
            guard case .object(let object) = this else {
                throw rt.makeException(.typeError, "Method RegExp.prototype.@@matchAll called on incompatible receiver \(rt.describeReceiver(this))")
            }
            return try rt.regExpMatchAll(object, try rt.toJSString(arguments[0]))
        }
        prototype.originalReplace = prototype.addMethod(realm, symbol: rt.symbols.replace, name: "[Symbol.replace]", length: 2) { rt, this, arguments throws(JSException) in
            guard case .object(let object) = this else {
                throw rt.makeException(.typeError, "Method RegExp.prototype.@@replace called on incompatible receiver undefined")
            }
            return try rt.regExpReplace(object, try rt.toJSString(arguments[0]), arguments[1])
        }
        prototype.originalSearch = prototype.addMethod(realm, symbol: rt.symbols.search, name: "[Symbol.search]", length: 1) { rt, this, arguments throws(JSException) in
            guard case .object(let object) = this else {
                throw rt.makeException(.typeError, "Method RegExp.prototype.@@search called on incompatible receiver \(rt.describeReceiver(this))")
            }
            return try rt.regExpSearch(object, try rt.toJSString(arguments[0]))
        }
        prototype.originalSplit = prototype.addMethod(realm, symbol: rt.symbols.split, name: "[Symbol.split]", length: 2) { rt, this, arguments throws(JSException) in
            guard case .object(let object) = this else {
                throw rt.makeException(.typeError, "Method RegExp.prototype.@@split called on incompatible receiver \(rt.describeReceiver(this))")
            }
            return try rt.regExpSplit(object, try rt.toJSString(arguments[0]), arguments[1])
        }
    }
}

extension ScriptRuntime {
    // MARK: - @@match

    /// ECMA-262 §22.2.6.8 RegExp.prototype[@@match].
    func regExpMatch(_ rx: JSObject, _ string: JSString) throws(JSException) -> JSValue {
        if let regex = regExpState.pristine(.object(rx), flags: true) {
            let flags = regex.program.flags
            if !flags.contains(.global) { return try regExpBuiltinExec(regex, string) }
            return try regExpMatchAllStrings(regex, string)
        }
        let global = try rx.get(names.global, self).toBoolean
        if !global { return try regExpExec(rx, string) }
        let fullUnicode = try rx.get(names.unicode, self).toBoolean
        try setLastIndex(rx, 0)
        var matches = ContiguousArray<JSValue>()
        let units = string.units
        while true {
            let result = try regExpExec(rx, string)
            guard case .object(let match) = result else {
                return matches.isEmpty ? .null : .object(realm.newArray(matches))
            }
            let matched = try toJSString(match.get(.index(0), self))
            matches.append(.string(matched))
            if matches.count > limits.maximumArrayLength { throw makeException(.rangeError, "Invalid array length") }
            if matched.count == 0 {
                let thisIndex = try getLastIndex(rx)
                try setLastIndex(rx, advanceStringIndex(units, thisIndex, unicode: fullUnicode))
            }
        }
    }

    /// `str.match(/…/g)` for a built-in RegExp: every match's text, or null.
    private func regExpMatchAllStrings(_ regex: JSRegExpObject, _ string: JSString) throws(JSException) -> JSValue {
        let program = regex.program
        let flags = program.flags
        let sticky = flags.contains(.sticky)
        let unicode = flags.contains(.unicode)
        let units = string.units
        var matches = ContiguousArray<JSValue>()
        var last: [Int]?
        try units.withUnsafeBufferPointer { input throws(JSException) in
            var lastIndex = 0
            while lastIndex <= input.count, let offsets = try runRegExp(program, input, from: lastIndex, anchored: sticky) {
                matches.append(.string(substring(string, input, offsets[0], offsets[1])))
                if matches.count > limits.maximumArrayLength { throw makeException(.rangeError, "Invalid array length") }
                lastIndex = offsets[1] == offsets[0] ? advanceStringIndex(input, offsets[1], unicode: unicode) : offsets[1]
                last = offsets
            }
        }
        regex.slots[0] = .number(0)
        guard let last else { return .null }
        regExpState.recordMatch(string, last)
        return .object(realm.newArray(matches))
    }

    // MARK: - @@matchAll

    /// ECMA-262 §22.2.6.9 RegExp.prototype[@@matchAll].
    func regExpMatchAll(_ rx: JSObject, _ string: JSString) throws(JSException) -> JSValue {
        let state = regExpState
        let matcher: JSObject
        let flags: JSString
        if let regex = state.pristine(.object(rx), flags: true), state.hasOriginalSpecies() {
            flags = regex.flags
            matcher = regExpClone(regex)
        } else {
            let constructor = try speciesConstructor(rx, default: realm.regExpConstructor)
            flags = try toJSString(rx.get(names.flags, self))
            guard case .object(let made) = try construct(constructor, arguments: [.object(rx), .string(flags)]) else {
                throw makeException(.typeError, "object.constructor[Symbol.species] is not a constructor")
            }
            matcher = made
        }
        let lastIndex = try getLastIndex(rx)
        try setLastIndex(matcher, lastIndex)
        let flagUnits = flags.units
        return .object(JSRegExpStringIterator(
            self, matcher: matcher, string: string, global: flagUnits.contains(0x67),
            unicode: flagUnits.contains(0x75) || flagUnits.contains(0x76)))
    }

    // MARK: - @@replace

    /// ECMA-262 §22.2.6.11 RegExp.prototype[@@replace] (V8 reads `global` and `unicode`).
    func regExpReplace(_ rx: JSObject, _ string: JSString, _ replaceValue: JSValue) throws(JSException) -> JSValue {
        let functional = replaceValue.isCallable
        let template = functional ? nil : try toJSString(replaceValue)
        if let regex = regExpState.pristine(.object(rx), flags: true) {
            return try replaceWithBuiltin(regex, string, replaceValue, template: template)
        }
        let global = try rx.get(names.global, self).toBoolean
        var fullUnicode = false
        if global {
            fullUnicode = try rx.get(names.unicode, self).toBoolean
            try setLastIndex(rx, 0)
        }
        let units = string.units
        var results: [JSObject] = []
        while true {
            guard case .object(let result) = try regExpExec(rx, string) else { break }
            results.append(result)
            if !global { break }
            if results.count > limits.maximumArrayLength { throw makeException(.rangeError, "Invalid array length") }
            let matched = try toJSString(result.get(.index(0), self))
            if matched.count == 0 {
                let thisIndex = try getLastIndex(rx)
                try setLastIndex(rx, advanceStringIndex(units, thisIndex, unicode: fullUnicode))
            }
        }
        var output: [UInt16] = []
        var nextSourcePosition = 0
        let lengthS = units.count
        for result in results {
            let resultLength = try lengthOfArrayLike(result)
            let captureCount = max(resultLength - 1, 0)
            let matched = try toJSString(result.get(.index(0), self))
            let positionNumber = try toIntegerOrInfinity(result.get(names.index, self))
            let position = positionNumber <= 0 ? 0 : (positionNumber >= Double(lengthS) ? lengthS : Int(positionNumber))
            var captures: [JSValue] = []
            if captureCount > 0 {
                captures.reserveCapacity(captureCount)
                for group in 1...captureCount {
                    let capture = try result.get(.index(UInt32(group)), self)
                    captures.append(capture.isUndefined ? .undefined : .string(try toJSString(capture)))
                }
            }
            var namedCaptures = try result.get(names.groups, self)
            var replacement: [UInt16] = []
            if functional {
                var arguments: [JSValue] = [.string(matched)]
                arguments.append(contentsOf: captures)
                arguments.append(.number(Double(position)))
                arguments.append(.string(string))
                if !namedCaptures.isUndefined { arguments.append(namedCaptures) }
                replacement = try toJSString(call(replaceValue, this: .undefined, arguments: arguments)).units
            } else if let template {
                if !namedCaptures.isUndefined { namedCaptures = .object(try toObject(namedCaptures)) }
                let parsed = ReplacementTemplate(template, captureCount: captures.count, hasNamedCaptures: !namedCaptures.isUndefined)
                try parsed.expand(into: &replacement, self, matched: matched, input: units, position: position, captures: captures, namedCaptures: namedCaptures)
            }
            if position >= nextSourcePosition {
                output.append(contentsOf: units[nextSourcePosition..<position])
                output.append(contentsOf: replacement)
                nextSourcePosition = position + matched.count
                if output.count > limits.maximumStringLength { throw makeException(.rangeError, "Invalid string length") }
            }
        }
        if nextSourcePosition >= lengthS { return .string(JSString(units: output)) }
        output.append(contentsOf: units[nextSourcePosition...])
        if output.count > limits.maximumStringLength { throw makeException(.rangeError, "Invalid string length") }
        return .string(JSString(units: output))
    }

    /// `replace` with a built-in RegExp: matches found with one engine call each, the replacement
    /// appended straight into the result.
    private func replaceWithBuiltin(_ regex: JSRegExpObject, _ string: JSString, _ replaceValue: JSValue, template: JSString?) throws(JSException) -> JSValue {
        let program = regex.program
        let flags = program.flags
        let units = string.units
        let parsed = template.map { ReplacementTemplate($0, captureCount: program.captureCount, hasNamedCaptures: !program.groupNames.isEmpty) }
        if !flags.contains(.global) {
            guard let offsets = try regExpBuiltinMatch(regex, string) else { return .string(string) }
            var output: [UInt16] = []
            try units.withUnsafeBufferPointer { input throws(JSException) in
                output.reserveCapacity(input.count + 16)
                output.append(contentsOf: input[0..<offsets[0]])
                if let parsed {
                    parsed.expand(into: &output, input: input, offsets: offsets, program: program)
                } else {
                    let replacement = try callReplacer(replaceValue, program, string, input, offsets)
                    output.append(contentsOf: replacement.units)
                }
                output.append(contentsOf: input[offsets[1]...])
            }
            if output.count > limits.maximumStringLength { throw makeException(.rangeError, "Invalid string length") }
            return .string(JSString(units: output))
        }
        let sticky = flags.contains(.sticky)
        let unicode = flags.contains(.unicode)
        regex.slots[0] = .number(0)
        var output: [UInt16] = []
        var found = false
        try units.withUnsafeBufferPointer { input throws(JSException) in
            var lastIndex = 0
            var nextSourcePosition = 0
            var last: [Int]?
            if let parsed {
                // No script code runs while matching: replace as the matches are found.
                while lastIndex <= input.count, let offsets = try runRegExp(program, input, from: lastIndex, anchored: sticky) {
                    if !found {
                        output.reserveCapacity(input.count + 16)
                        found = true
                    }
                    output.append(contentsOf: input[nextSourcePosition..<offsets[0]])
                    parsed.expand(into: &output, input: input, offsets: offsets, program: program)
                    if output.count > limits.maximumStringLength { throw makeException(.rangeError, "Invalid string length") }
                    nextSourcePosition = offsets[1]
                    lastIndex = offsets[1] == offsets[0] ? advanceStringIndex(input, offsets[1], unicode: unicode) : offsets[1]
                    last = offsets
                }
                if let last { regExpState.recordMatch(string, last) }
            } else {
                // The replacer is called after every match is found, as the spec's two passes do.
                var all: [Int] = []
                let stride = 2 * (program.captureCount + 1)
                while lastIndex <= input.count, let offsets = try runRegExp(program, input, from: lastIndex, anchored: sticky) {
                    all.append(contentsOf: offsets)
                    if all.count / stride > limits.maximumArrayLength { throw makeException(.rangeError, "Invalid array length") }
                    lastIndex = offsets[1] == offsets[0] ? advanceStringIndex(input, offsets[1], unicode: unicode) : offsets[1]
                    last = offsets
                }
                guard let last else { return }
                found = true
                regExpState.recordMatch(string, last)
                var start = 0
                while start < all.count {
                    let offsets = Array(all[start..<(start + stride)])
                    start += stride
                    let replacement = try callReplacer(replaceValue, program, string, input, offsets)
                    output.append(contentsOf: input[nextSourcePosition..<offsets[0]])
                    output.append(contentsOf: replacement.units)
                    if output.count > limits.maximumStringLength { throw makeException(.rangeError, "Invalid string length") }
                    nextSourcePosition = offsets[1]
                }
            }
            if found { output.append(contentsOf: input[nextSourcePosition...]) }
        }
        if !found { return .string(string) }
        if output.count > limits.maximumStringLength { throw makeException(.rangeError, "Invalid string length") }
        return .string(JSString(units: output))
    }

    /// Calls a replacer function with (matched, p1…pn, position, string[, groups]).
    private func callReplacer(_ replacer: JSValue, _ program: RegExpProgram, _ string: JSString, _ input: UnsafeBufferPointer<UInt16>, _ offsets: [Int]) throws(JSException) -> JSString {
        var arguments: [JSValue] = []
        let groupCount = program.captureCount + 1
        arguments.reserveCapacity(groupCount + 3)
        for group in 0..<groupCount {
            let start = offsets[2 * group]
            arguments.append(start < 0 ? .undefined : .string(substring(string, input, start, offsets[2 * group + 1])))
        }
        arguments.append(.number(Double(offsets[0])))
        arguments.append(.string(string))
        if !program.groupNames.isEmpty {
            let groups = JSObject(self, prototype: nil)
            for (name, index) in program.groupNames {
                groups.addNew(propertyKey(JSString(units: name)), arguments[index], flags: .default)
            }
            arguments.append(.object(groups))
        }
        return try toJSString(call(replacer, this: .undefined, arguments: arguments))
    }

    // MARK: - @@search

    /// ECMA-262 §22.2.6.12 RegExp.prototype[@@search].
    func regExpSearch(_ rx: JSObject, _ string: JSString) throws(JSException) -> JSValue {
        if let regex = regExpState.pristine(.object(rx), flags: false) {
            // lastIndex is set to 0 and restored: only the match is observable.
            guard let offsets = try runRegExp(regex.program, string, from: 0, anchored: regex.program.flags.contains(.sticky)) else {
                return .number(-1)
            }
            regExpState.recordMatch(string, offsets)
            return .number(Double(offsets[0]))
        }
        let previousLastIndex = try rx.get(names.lastIndex, self)
        if !sameValue(previousLastIndex, .zero) { try setLastIndex(rx, .zero) }
        let result = try regExpExec(rx, string)
        let currentLastIndex = try rx.get(names.lastIndex, self)
        if !sameValue(currentLastIndex, previousLastIndex) { try setLastIndex(rx, previousLastIndex) }
        guard case .object(let match) = result else { return .number(-1) }
        return try match.get(names.index, self)
    }

    // MARK: - @@split

    /// ECMA-262 §22.2.6.14 RegExp.prototype[@@split].
    func regExpSplit(_ rx: JSObject, _ string: JSString, _ limit: JSValue) throws(JSException) -> JSValue {
        let state = regExpState
        if let regex = state.pristine(.object(rx), flags: true), state.hasOriginalSpecies() {
            let limitValue = limit.isUndefined ? UInt32.max : try toUint32(limit)
            return .object(realm.newArray(try splitWithBuiltin(regex.program, string, limit: Int(limitValue))))
        }
        let constructor = try speciesConstructor(rx, default: realm.regExpConstructor)
        let flags = try toJSString(rx.get(names.flags, self))
        let flagUnits = flags.units
        let unicodeMatching = flagUnits.contains(0x75) || flagUnits.contains(0x76)
        let newFlags = flagUnits.contains(0x79) ? flags : JSString.concat(flags, JSString("y"))
        guard case .object(let splitter) = try construct(constructor, arguments: [.object(rx), .string(newFlags)]) else {
            throw makeException(.typeError, "object.constructor[Symbol.species] is not a constructor")
        }
        var parts = ContiguousArray<JSValue>()
        let limitValue = limit.isUndefined ? Int(UInt32.max) : Int(try toUint32(limit))
        if limitValue == 0 { return .object(realm.newArray(parts)) }
        let units = string.units
        let size = units.count
        if size == 0 {
            if !(try regExpExec(splitter, string)).isNull { return .object(realm.newArray(parts)) }
            return .object(realm.newArray([.string(string)]))
        }
        var p = 0
        var q = 0
        while q < size {
            try setLastIndex(splitter, q)
            let result = try regExpExec(splitter, string)
            guard case .object(let match) = result else {
                q = advanceStringIndex(units, q, unicode: unicodeMatching)
                continue
            }
            let e = min(try getLastIndex(splitter), size)
            if e == p {
                q = advanceStringIndex(units, q, unicode: unicodeMatching)
                continue
            }
            parts.append(.string(substring(string, p, q)))
            if parts.count == limitValue { return .object(realm.newArray(parts)) }
            p = e
            let captureCount = max(try lengthOfArrayLike(match) - 1, 0)
            if captureCount > 0 {
                for group in 1...captureCount {
                    parts.append(try match.get(.index(UInt32(group)), self))
                    if parts.count == limitValue { return .object(realm.newArray(parts)) }
                }
            }
            if parts.count > limits.maximumArrayLength { throw makeException(.rangeError, "Invalid array length") }
            q = p
        }
        parts.append(.string(substring(string, p, size)))
        return .object(realm.newArray(parts))
    }

    /// @@split's loop for a built-in RegExp: a forward search from each position finds the same
    /// leftmost sticky match the spec's splitter tries position by position.
    private func splitWithBuiltin(_ program: RegExpProgram, _ string: JSString, limit: Int) throws(JSException) -> ContiguousArray<JSValue> {
        var parts = ContiguousArray<JSValue>()
        if limit == 0 { return parts }
        let unicode = program.flags.contains(.unicode)
        let units = string.units
        let size = units.count
        var last: [Int]?
        defer { if let last { regExpState.recordMatch(string, last) } }
        return try units.withUnsafeBufferPointer { input throws(JSException) -> ContiguousArray<JSValue> in
            if size == 0 {
                if let offsets = try runRegExp(program, input, from: 0, anchored: true) {
                    last = offsets
                    return parts
                }
                parts.append(.string(string))
                return parts
            }
            var p = 0
            var q = 0
            while q < size {
                guard let offsets = try runRegExp(program, input, from: q, anchored: false), offsets[0] < size else { break }
                let e = min(offsets[1], size)
                if e == p {
                    q = advanceStringIndex(input, offsets[0], unicode: unicode)
                    continue
                }
                last = offsets
                parts.append(.string(substring(string, input, p, offsets[0])))
                if parts.count == limit { return parts }
                p = e
                let groupCount = program.captureCount + 1
                for group in 1..<groupCount {
                    let start = offsets[2 * group]
                    parts.append(start < 0 ? .undefined : .string(substring(string, input, start, offsets[2 * group + 1])))
                    if parts.count == limit { return parts }
                }
                if parts.count > limits.maximumArrayLength { throw makeException(.rangeError, "Invalid array length") }
                q = p
            }
            parts.append(.string(substring(string, input, p, size)))
            return parts
        }
    }
}
