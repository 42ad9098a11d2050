/// The String methods that take a pattern: match, matchAll, replace, replaceAll, search and split
/// (ECMA-262 §22.1.3.13–22). A pattern object's Symbol method is looked up and called; the built-in
/// ones are called directly, and string patterns are handled here on the code units.
extension ScriptRuntime {
    /// ECMA-262 §22.1.3.13 String.prototype.match.
    func stringMatch(_ this: JSValue, _ regexp: JSValue) throws(JSException) -> JSValue {
        if this.isNullish { throw makeException(.typeError, "String.prototype.match called on null or undefined") }
        let state = regExpState
        if !regexp.isNullish, let matcher = try getMethod(regexp, .symbol(symbols.match)) {
            if case .object(let rx) = regexp, matcher.asObject === state.originalMatch {
                return try regExpMatch(rx, try toJSString(this))
            }
            return try call(matcher, this: regexp, arguments: [this])
        }
        let string = try toJSString(this)
        let rx = try regExpCreate(regexp, flags: "")
        let method = try rx.get(.symbol(symbols.match), self)
        if case .object(let function) = method, function === state.originalMatch { return try regExpMatch(rx, string) }
        return try call(method, this: .object(rx), arguments: [.string(string)])
    }

    /// ECMA-262 §22.1.3.14 String.prototype.matchAll.
    func stringMatchAll(_ this: JSValue, _ regexp: JSValue) throws(JSException) -> JSValue {
        if this.isNullish { throw makeException(.typeError, "String.prototype.matchAll called on null or undefined") }
        let state = regExpState
        if !regexp.isNullish {
            if try isRegExp(regexp) {
                try requireGlobalFlag(regexp, "matchAll")
            }
            if let matcher = try getMethod(regexp, .symbol(symbols.matchAll)) {
                if case .object(let rx) = regexp, matcher.asObject === state.originalMatchAll {
                    return try regExpMatchAll(rx, try toJSString(this))
                }
                return try call(matcher, this: regexp, arguments: [this])
            }
        }
        let string = try toJSString(this)
        let rx = try regExpCreate(regexp, flags: "g")
        let method = try rx.get(.symbol(symbols.matchAll), self)
        if case .object(let function) = method, function === state.originalMatchAll { return try regExpMatchAll(rx, string) }
        return try call(method, this: .object(rx), arguments: [.string(string)])
    }

    /// The `flags` check of matchAll and replaceAll for a regular expression argument.
    private func requireGlobalFlag(_ regexp: JSValue, _ method: String) throws(JSException) {
        let flags: JSString
        if let regex = regExpState.pristine(regexp, flags: true) {
            flags = regex.flags
        } else {
            let value = try getProperty(regexp, names.flags)
            if value.isNullish { throw makeException(.typeError, "String.prototype.\(method) called on null or undefined") }
            flags = try toJSString(value)
        }
        if !flags.units.contains(0x67) {
            throw makeException(.typeError, "String.prototype.\(method) called with a non-global RegExp argument")
        }
    }

    /// ECMA-262 §22.1.3.19 String.prototype.replace and §22.1.3.20 String.prototype.replaceAll.
    func stringReplace(_ this: JSValue, _ searchValue: JSValue, _ replaceValue: JSValue, all: Bool) throws(JSException) -> JSValue {
        if this.isNullish {
            throw makeException(.typeError, "String.prototype.\(all ? "replaceAll" : "replace") called on null or undefined")
        }
        if !searchValue.isNullish {
            if all, searchValue.isObject, try isRegExp(searchValue) {
                try requireGlobalFlag(searchValue, "replaceAll")
            }
            if let replacer = try getMethod(searchValue, .symbol(symbols.replace)) {
                if case .object(let rx) = searchValue, replacer.asObject === regExpState.originalReplace {
                    return try regExpReplace(rx, try toJSString(this), replaceValue)
                }
                return try call(replacer, this: searchValue, arguments: [this, replaceValue])
            }
        }
        let string = try toJSString(this)
        let search = try toJSString(searchValue)
        let functional = replaceValue.isCallable
        let template = functional ? nil : ReplacementTemplate(try toJSString(replaceValue), captureCount: 0, hasNamedCaptures: false)
        let units = string.units
        let searchUnits = search.units
        let searchLength = searchUnits.count
        var positions: [Int] = []
        units.withUnsafeBufferPointer { haystack in
            searchUnits.withUnsafeBufferPointer { needle in
                var searcher = SubstringSearcher(needle)
                var position = searcher.next(in: haystack, from: 0)
                let advance = max(1, searchLength)
                while position >= 0 {
                    positions.append(position)
                    if !all { break }
                    position = searcher.next(in: haystack, from: position + advance)
                }
            }
        }
        if positions.isEmpty { return .string(string) }
        var output: [UInt16] = []
        output.reserveCapacity(units.count)
        var endOfLastMatch = 0
        for position in positions {
            output.append(contentsOf: units[endOfLastMatch..<position])
            if let template {
                try template.expand(into: &output, self, matched: search, input: units, position: position, captures: [], namedCaptures: .undefined)
            } else {
                let replacement = try call(replaceValue, this: .undefined, arguments: [.string(search), .number(Double(position)), .string(string)])
                output.append(contentsOf: try toJSString(replacement).units)
            }
            if output.count > limits.maximumStringLength { throw makeException(.rangeError, "Invalid string length") }
            endOfLastMatch = position + searchLength
        }
        if endOfLastMatch < units.count { output.append(contentsOf: units[endOfLastMatch...]) }
        return .string(try makeString(output))
    }

    /// ECMA-262 §22.1.3.22 String.prototype.search.
    func stringSearch(_ this: JSValue, _ regexp: JSValue) throws(JSException) -> JSValue {
        if this.isNullish { throw makeException(.typeError, "String.prototype.search called on null or undefined") }
        let state = regExpState
        if !regexp.isNullish, let searcher = try getMethod(regexp, .symbol(symbols.search)) {
            if case .object(let rx) = regexp, searcher.asObject === state.originalSearch {
                return try regExpSearch(rx, try toJSString(this))
            }
            return try call(searcher, this: regexp, arguments: [this])
        }
        let string = try toJSString(this)
        let rx = try regExpCreate(regexp, flags: "")
        let method = try rx.get(.symbol(symbols.search), self)
        if case .object(let function) = method, function === state.originalSearch { return try regExpSearch(rx, string) }
        return try call(method, this: .object(rx), arguments: [.string(string)])
    }

    /// ECMA-262 §22.1.3.23 String.prototype.split.
    func stringSplit(_ this: JSValue, _ separator: JSValue, _ limit: JSValue) throws(JSException) -> JSValue {
        if this.isNullish { throw makeException(.typeError, "String.prototype.split called on null or undefined") }
        if !separator.isNullish, let splitter = try getMethod(separator, .symbol(symbols.split)) {
            if case .object(let rx) = separator, splitter.asObject === regExpState.originalSplit {
                return try regExpSplit(rx, try toJSString(this), limit)
            }
            return try call(splitter, this: separator, arguments: [this, limit])
        }
        let string = try toJSString(this)
        let limitValue = limit.isUndefined ? Int(UInt32.max) : Int(try toUint32(limit))
        let separatorString = try toJSString(separator)
        if limitValue == 0 { return .object(realm.newArray([])) }
        if separator.isUndefined { return .object(realm.newArray([.string(string)])) }
        let units = string.units
        let separatorUnits = separatorString.units
        var parts = ContiguousArray<JSValue>()
        if separatorUnits.isEmpty {
            let count = min(limitValue, units.count)
            if count > limits.maximumArrayLength { throw makeException(.rangeError, "Invalid array length") }
            parts.reserveCapacity(count)
            for index in 0..<count { parts.append(.string(singleUnitString(units[index]))) }
            return .object(realm.newArray(parts))
        }
        if units.isEmpty { return .object(realm.newArray([.string(string)])) }
        try units.withUnsafeBufferPointer { haystack throws(JSException) in
            try separatorUnits.withUnsafeBufferPointer { needle throws(JSException) in
                var searcher = SubstringSearcher(needle)
                var start = 0
                var found = searcher.next(in: haystack, from: 0)
                while found >= 0 {
                    parts.append(.string(substring(string, haystack, start, found)))
                    if parts.count == limitValue { return }
                    if parts.count > limits.maximumArrayLength { throw makeException(.rangeError, "Invalid array length") }
                    start = found + needle.count
                    found = searcher.next(in: haystack, from: start)
                }
                parts.append(.string(substring(string, haystack, start, haystack.count)))
            }
        }
        return .object(realm.newArray(parts))
    }
}
