/// `String` and `String.prototype` (ECMA-262 §22.1, Annex B §B.2.2). Every method works on the
/// UTF-16 code units; the ones that take a regular expression go through its Symbol methods
/// (RegExpSymbolMethods.swift), called directly when they are the built-in ones.
enum StringBuiltins {
    static func makePrototype(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let prototype = JSPrimitiveObject(rt, primitive: .string(JSString.empty), prototype: realm.objectPrototype, kind: .stringWrapper)
        // In V8's order (Object.getOwnPropertyNames(String.prototype)).
        addHTMLMethod(prototype, realm, "anchor", tag: "a", attribute: "name")
        prototype.addMethod(realm, "at", length: 1) { rt, this, arguments throws(JSException) in
            // ECMA-262 §22.1.3.1 String.prototype.at
            let string = try rt.coercibleString(this, "at")
            let relative = try rt.toIntegerOrInfinity(arguments[0])
            let index = relative >= 0 ? relative : Double(string.count) + relative
            guard index >= 0, index < Double(string.count) else { return .undefined }
            return .string(rt.singleUnitString(string[Int(index)]))
        }
        addHTMLMethod(prototype, realm, "big", tag: "big")
        addHTMLMethod(prototype, realm, "blink", tag: "blink")
        addHTMLMethod(prototype, realm, "bold", tag: "b")
        prototype.addMethod(realm, "charAt", length: 1) { rt, this, arguments throws(JSException) in
            // ECMA-262 §22.1.3.2 String.prototype.charAt
            let string = try rt.coercibleString(this, "charAt")
            guard let index = try rt.codeUnitIndex(arguments[0], length: string.count) else { return .string(JSString.empty) }
            return .string(rt.singleUnitString(string[index]))
        }
        prototype.addMethod(realm, "charCodeAt", length: 1) { rt, this, arguments throws(JSException) in
            // ECMA-262 §22.1.3.3 String.prototype.charCodeAt
            let string = try rt.coercibleString(this, "charCodeAt")
            guard let index = try rt.codeUnitIndex(arguments[0], length: string.count) else { return .number(.nan) }
            return .number(Double(string[index]))
        }
        prototype.addMethod(realm, "codePointAt", length: 1) { rt, this, arguments throws(JSException) in
            // ECMA-262 §22.1.3.4 String.prototype.codePointAt
            let string = try rt.coercibleString(this, "codePointAt")
            guard let index = try rt.codeUnitIndex(arguments[0], length: string.count) else { return .undefined }
            let first = string[index]
            if first & 0xFC00 == 0xD800, index + 1 < string.count {
                let second = string[index + 1]
                if second & 0xFC00 == 0xDC00 {
                    return .number(Double(0x10000 + ((Int(first) - 0xD800) << 10) + (Int(second) - 0xDC00)))
                }
            }
            return .number(Double(first))
        }
        prototype.addMethod(realm, "concat", length: 1) { rt, this, arguments throws(JSException) in
            // ECMA-262 §22.1.3.5 String.prototype.concat
            var result = try rt.coercibleString(this, "concat")
            for index in 0..<arguments.count {
                result = try rt.concatenate(result, try rt.toJSString(arguments[index]))
            }
            return .string(result)
        }
        prototype.addMethod(realm, "endsWith", length: 1) { rt, this, arguments throws(JSException) in
            // ECMA-262 §22.1.3.7 String.prototype.endsWith
            let string = try rt.coercibleString(this, "endsWith")
            let search = try rt.searchStringArgument(arguments[0], "endsWith")
            let end = try rt.clampedIndex(arguments[1], length: string.count, defaultValue: string.count)
            return .bool(StringSearch.matches(string.units, search.units, at: end - search.count))
        }
        addHTMLMethod(prototype, realm, "fontcolor", tag: "font", attribute: "color")
        addHTMLMethod(prototype, realm, "fontsize", tag: "font", attribute: "size")
        addHTMLMethod(prototype, realm, "fixed", tag: "tt")
        prototype.addMethod(realm, "includes", length: 1) { rt, this, arguments throws(JSException) in
            // ECMA-262 §22.1.3.8 String.prototype.includes
            let string = try rt.coercibleString(this, "includes")
            let search = try rt.searchStringArgument(arguments[0], "includes")
            let start = try rt.clampedIndex(arguments[1], length: string.count, defaultValue: 0)
            return .bool(StringSearch.indexOf(string, search, from: start) >= 0)
        }
        prototype.addMethod(realm, "indexOf", length: 1) { rt, this, arguments throws(JSException) in
            // ECMA-262 §22.1.3.9 String.prototype.indexOf
            let string = try rt.coercibleString(this, "indexOf")
            let search = try rt.toJSString(arguments[0])
            let start = try rt.clampedIndex(arguments[1], length: string.count, defaultValue: 0)
            return .number(Double(StringSearch.indexOf(string, search, from: start)))
        }
        prototype.addMethod(realm, "isWellFormed", length: 0) { rt, this, _ throws(JSException) in
            // ECMA-262 §22.1.3.10 String.prototype.isWellFormed
            let string = try rt.coercibleString(this, "isWellFormed")
            return .bool(firstLoneSurrogate(string.units) == nil)
        }
        addHTMLMethod(prototype, realm, "italics", tag: "i")
        prototype.addMethod(realm, "lastIndexOf", length: 1) { rt, this, arguments throws(JSException) in
            // ECMA-262 §22.1.3.11 String.prototype.lastIndexOf
            let string = try rt.coercibleString(this, "lastIndexOf")
            let search = try rt.toJSString(arguments[0])
            let number = try rt.toNumber(arguments[1])
            var start = string.count
            if !number.isNaN {
                let integer = number.rounded(.towardZero)
                start = integer <= 0 ? 0 : (integer >= Double(string.count) ? string.count : Int(integer))
            }
            let haystack = string.units
            let needle = search.units
            let found = haystack.withUnsafeBufferPointer { h in
                needle.withUnsafeBufferPointer { n in StringSearch.lastIndexOf(h, n, from: start) }
            }
            return .number(Double(found))
        }
        addHTMLMethod(prototype, realm, "link", tag: "a", attribute: "href")
        prototype.addMethod(realm, "localeCompare", length: 1) { rt, this, arguments throws(JSException) in
            // ECMA-402 §19.1.1 String.prototype.localeCompare
            let string = try rt.coercibleString(this, "localeCompare")
            let other = try rt.toJSString(arguments[0])
            try rt.validateLocales(arguments[1])
            let options = try rt.collationOptions(arguments[2])
            return .number(Double(StringCollation.compare(string.units, other.units, options)))
        }
        prototype.addMethod(realm, "match", length: 1) { rt, this, arguments throws(JSException) in
            try rt.stringMatch(this, arguments[0])
        }
        prototype.addMethod(realm, "matchAll", length: 1) { rt, this, arguments throws(JSException) in
            try rt.stringMatchAll(this, arguments[0])
        }
        prototype.addMethod(realm, "normalize", length: 0) { rt, this, arguments throws(JSException) in
            // ECMA-262 §22.1.3.15 String.prototype.normalize
            let string = try rt.coercibleString(this, "normalize")
            var form = StringNormalization.Form.nfc
            if !arguments[0].isUndefined {
                guard let named = StringNormalization.form(named: try rt.toJSString(arguments[0]).units) else {
                    throw rt.makeException(.rangeError, "The normalization form should be one of NFC, NFD, NFKC, NFKD.")
                }
                form = named
            }
            guard let normalized = StringNormalization.normalize(string.units, form) else { return .string(string) }
            return .string(try rt.makeString(normalized))
        }
        prototype.addMethod(realm, "padEnd", length: 1) { rt, this, arguments throws(JSException) in
            .string(try rt.stringPad(try rt.coercibleString(this, "padEnd"), arguments[0], arguments[1], atStart: false))
        }
        prototype.addMethod(realm, "padStart", length: 1) { rt, this, arguments throws(JSException) in
            .string(try rt.stringPad(try rt.coercibleString(this, "padStart"), arguments[0], arguments[1], atStart: true))
        }
        prototype.addMethod(realm, "repeat", length: 1) { rt, this, arguments throws(JSException) in
            // ECMA-262 §22.1.3.18 String.prototype.repeat
            let string = try rt.coercibleString(this, "repeat")
            let count = try rt.toIntegerOrInfinity(arguments[0])
            if count < 0 || count == .infinity {
                throw rt.makeException(.rangeError, "Invalid count value: \(rt.numberToJSString(try rt.toNumber(arguments[0])).string)")
            }
            if count == 0 || string.count == 0 { return .string(JSString.empty) }
            guard count * Double(string.count) <= Double(rt.limits.maximumStringLength) else {
                throw rt.makeException(.rangeError, "Invalid string length")
            }
            let times = Int(count)
            if times == 1 { return .string(string) }
            let units = string.units
            var result = [UInt16]()
            result.reserveCapacity(times * units.count)
            for _ in 0..<times { result.append(contentsOf: units) }
            return .string(JSString(units: result))
        }
        prototype.addMethod(realm, "replace", length: 2) { rt, this, arguments throws(JSException) in
            try rt.stringReplace(this, arguments[0], arguments[1], all: false)
        }
        prototype.addMethod(realm, "replaceAll", length: 2) { rt, this, arguments throws(JSException) in
            try rt.stringReplace(this, arguments[0], arguments[1], all: true)
        }
        prototype.addMethod(realm, "search", length: 1) { rt, this, arguments throws(JSException) in
            try rt.stringSearch(this, arguments[0])
        }
        prototype.addMethod(realm, "slice", length: 2) { rt, this, arguments throws(JSException) in
            // ECMA-262 §22.1.3.21 String.prototype.slice
            let string = try rt.coercibleString(this, "slice")
            let length = string.count
            let from = try rt.relativeIndex(arguments[0], length: length, defaultValue: 0)
            let to = try rt.relativeIndex(arguments[1], length: length, defaultValue: length)
            return .string(rt.substring(string, from, to))
        }
        addHTMLMethod(prototype, realm, "small", tag: "small")
        prototype.addMethod(realm, "split", length: 2) { rt, this, arguments throws(JSException) in
            try rt.stringSplit(this, arguments[0], arguments[1])
        }
        addHTMLMethod(prototype, realm, "strike", tag: "strike")
        addHTMLMethod(prototype, realm, "sub", tag: "sub")
        prototype.addMethod(realm, "substr", length: 2) { rt, this, arguments throws(JSException) in
            // Annex B §B.2.2.1 String.prototype.substr
            let string = try rt.coercibleString(this, "substr")
            let size = string.count
            let start = try rt.relativeIndex(arguments[0], length: size, defaultValue: 0)
            let length = try rt.clampedIndex(arguments[1], length: size, defaultValue: size)
            return .string(rt.substring(string, start, min(start + length, size)))
        }
        prototype.addMethod(realm, "substring", length: 2) { rt, this, arguments throws(JSException) in
            // ECMA-262 §22.1.3.25 String.prototype.substring
            let string = try rt.coercibleString(this, "substring")
            let length = string.count
            let start = try rt.clampedIndex(arguments[0], length: length, defaultValue: 0)
            let end = try rt.clampedIndex(arguments[1], length: length, defaultValue: length)
            return .string(rt.substring(string, min(start, end), max(start, end)))
        }
        addHTMLMethod(prototype, realm, "sup", tag: "sup")
        prototype.addMethod(realm, "startsWith", length: 1) { rt, this, arguments throws(JSException) in
            // ECMA-262 §22.1.3.23 String.prototype.startsWith
            let string = try rt.coercibleString(this, "startsWith")
            let search = try rt.searchStringArgument(arguments[0], "startsWith")
            let start = try rt.clampedIndex(arguments[1], length: string.count, defaultValue: 0)
            return .bool(StringSearch.matches(string.units, search.units, at: start))
        }
        prototype.addMethod(realm, "toString", length: 0) { rt, this, _ throws(JSException) in
            .string(try rt.thisString(this, "String.prototype.toString"))
        }
        prototype.addMethod(realm, "toWellFormed", length: 0) { rt, this, _ throws(JSException) in
            // ECMA-262 §22.1.3.32 String.prototype.toWellFormed
            let string = try rt.coercibleString(this, "toWellFormed")
            var units = string.units
            guard let first = firstLoneSurrogate(units) else { return .string(string) }
            var index = first
            while index < units.count {
                let unit = units[index]
                if unit & 0xFC00 == 0xD800, index + 1 < units.count, units[index + 1] & 0xFC00 == 0xDC00 {
                    index += 2
                    continue
                }
                if unit & 0xF800 == 0xD800 { units[index] = 0xFFFD }
                index += 1
            }
            return .string(JSString(units: units))
        }
        prototype.addMethod(realm, "trim", length: 0) { rt, this, _ throws(JSException) in
            .string(rt.trimString(try rt.coercibleString(this, "trim"), start: true, end: true))
        }
        let trimStart = prototype.addMethod(realm, "trimStart", length: 0) { rt, this, _ throws(JSException) in
            .string(rt.trimString(try rt.coercibleString(this, "trimStart"), start: true, end: false))
        }
        prototype.addValue(rt, "trimLeft", .object(trimStart))
        let trimEnd = prototype.addMethod(realm, "trimEnd", length: 0) { rt, this, _ throws(JSException) in
            .string(rt.trimString(try rt.coercibleString(this, "trimEnd"), start: false, end: true))
        }
        prototype.addValue(rt, "trimRight", .object(trimEnd))
        prototype.addMethod(realm, "toLocaleLowerCase", length: 0) { rt, this, arguments throws(JSException) in
            let string = try rt.coercibleString(this, "toLocaleLowerCase")
            return .string(rt.changeCase(string, upper: false, turkic: try rt.isTurkicLocale(arguments[0])))
        }
        prototype.addMethod(realm, "toLocaleUpperCase", length: 0) { rt, this, arguments throws(JSException) in
            let string = try rt.coercibleString(this, "toLocaleUpperCase")
            return .string(rt.changeCase(string, upper: true, turkic: try rt.isTurkicLocale(arguments[0])))
        }
        prototype.addMethod(realm, "toLowerCase", length: 0) { rt, this, _ throws(JSException) in
            .string(rt.changeCase(try rt.coercibleString(this, "toLowerCase"), upper: false, turkic: false))
        }
        prototype.addMethod(realm, "toUpperCase", length: 0) { rt, this, _ throws(JSException) in
            .string(rt.changeCase(try rt.coercibleString(this, "toUpperCase"), upper: true, turkic: false))
        }
        prototype.addMethod(realm, "valueOf", length: 0) { rt, this, _ throws(JSException) in
            .string(try rt.thisString(this, "String.prototype.valueOf"))
        }
        let iterator = prototype.addMethod(realm, symbol: rt.symbols.iterator, name: "[Symbol.iterator]", length: 0) { rt, this, _ throws(JSException) in
            if this.isNullish { throw rt.makeException(.typeError, "String.prototype[Symbol.iterator] called on null or undefined") }
            return .object(JSStringIterator(rt, string: try rt.toJSString(this)))
        }
        realm.cachedStringIterator = iterator
        return prototype
    }

    /// Annex B §B.2.2.2.1 CreateHTML: `<tag attribute="value">string</tag>`.
    private static func addHTMLMethod(_ prototype: JSObject, _ realm: Realm, _ name: String, tag: String, attribute: String? = nil) {
        prototype.addMethod(realm, name, length: attribute == nil ? 0 : 1) { rt, this, arguments throws(JSException) in
            if this.isNullish { throw rt.makeException(.typeError, "String.prototype.\(name) called on null or undefined") }
            let string = try rt.toJSString(this)
            var units = Array("<\(tag)".utf16)
            if let attribute {
                units.append(contentsOf: " \(attribute)=\"".utf16)
                for unit in try rt.toJSString(arguments[0]).units {
                    if unit == 0x22 { units.append(contentsOf: "&quot;".utf16) } else { units.append(unit) }
                }
                units.append(0x22)
            }
            units.append(0x3E)
            units.append(contentsOf: string.units)
            units.append(contentsOf: "</\(tag)>".utf16)
            return .string(try rt.makeString(units))
        }
    }

    /// The index of the first unpaired surrogate, if any.
    static func firstLoneSurrogate(_ units: [UInt16]) -> Int? {
        var index = 0
        while index < units.count {
            let unit = units[index]
            if unit & 0xF800 == 0xD800 {
                if unit & 0xFC00 == 0xD800, index + 1 < units.count, units[index + 1] & 0xFC00 == 0xDC00 {
                    index += 2
                    continue
                }
                return index
            }
            index += 1
        }
        return nil
    }

    static func makeConstructor(_ realm: Realm) -> JSObject {
        let constructor = realm.nativeConstructor(
            "String", length: 1, prototype: realm.stringPrototype,
            call: { rt, _, arguments throws(JSException) in
                // ECMA-262 §22.1.1.1 String(value), called as a function.
                if arguments.count == 0 { return .string(JSString.empty) }
                if case .symbol(let symbol) = arguments[0] { return .string(JSString(symbol.descriptiveString)) }
                return .string(try rt.toJSString(arguments[0]))
            },
            construct: { rt, arguments, newTarget throws(JSException) in
                let value = arguments.count == 0 ? JSString.empty : try rt.toJSString(arguments[0])
                let prototype = try rt.prototypeForConstruction(newTarget, fallback: rt.realm.stringPrototype)
                return .object(JSPrimitiveObject(rt, primitive: .string(value), prototype: prototype, kind: .stringWrapper))
            })
        constructor.addMethod(realm, "fromCharCode", length: 1) { rt, _, arguments throws(JSException) in
            // ECMA-262 §22.1.2.1 String.fromCharCode
            if arguments.count == 1 {
                return .string(rt.singleUnitString(UInt16(truncatingIfNeeded: try rt.toUint32(arguments[0]))))
            }
            var units = [UInt16]()
            units.reserveCapacity(arguments.count)
            for index in 0..<arguments.count {
                units.append(UInt16(truncatingIfNeeded: try rt.toUint32(arguments[index])))
            }
            return .string(JSString(units: units))
        }
        constructor.addMethod(realm, "fromCodePoint", length: 1) { rt, _, arguments throws(JSException) in
            // ECMA-262 §22.1.2.2 String.fromCodePoint
            var units = [UInt16]()
            units.reserveCapacity(arguments.count)
            for index in 0..<arguments.count {
                let number = try rt.toNumber(arguments[index])
                guard number >= 0, number <= 0x10FFFF, number == number.rounded(.towardZero) else {
                    throw rt.makeException(.rangeError, "Invalid code point \(rt.numberToJSString(number).string)")
                }
                let codePoint = Int(number)
                if codePoint < 0x10000 {
                    units.append(UInt16(codePoint))
                } else {
                    let offset = codePoint - 0x10000
                    units.append(UInt16(0xD800 + (offset >> 10)))
                    units.append(UInt16(0xDC00 + (offset & 0x3FF)))
                }
            }
            if units.count == 1 { return .string(rt.singleUnitString(units[0])) }
            return .string(JSString(units: units))
        }
        constructor.addMethod(realm, "raw", length: 1) { rt, _, arguments throws(JSException) in
            // ECMA-262 §22.1.2.4 String.raw
            let cooked = try rt.toObject(arguments[0])
            let literals = try rt.toObject(cooked.get(rt.names.raw, rt))
            let literalCount = try rt.lengthOfArrayLike(literals)
            if literalCount <= 0 { return .string(JSString.empty) }
            var units = [UInt16]()
            var index = 0
            while true {
                units.append(contentsOf: try rt.toJSString(literals.get(.index(UInt32(index)), rt)).units)
                if units.count > rt.limits.maximumStringLength { throw rt.makeException(.rangeError, "Invalid string length") }
                if index + 1 == literalCount { break }
                if index + 1 < arguments.count { units.append(contentsOf: try rt.toJSString(arguments[index + 1]).units) }
                index += 1
            }
            return .string(JSString(units: units))
        }
        return constructor
    }
}

extension ScriptRuntime {
    /// ECMA-262 thisStringValue.
    func thisString(_ this: JSValue, _ method: String) throws(JSException) -> JSString {
        if case .string(let string) = this { return string }
        if case .object(let object) = this, let wrapper = object as? JSPrimitiveObject, case .string(let string) = wrapper.primitive {
            return string
        }
        throw makeException(.typeError, "\(method) requires that 'this' be a String")
    }

    /// The position argument of charAt/charCodeAt/codePointAt, or nil when outside the string.
    @inline(__always)
    func codeUnitIndex(_ value: JSValue, length: Int) throws(JSException) -> Int? {
        let position = try toIntegerOrInfinity(value)
        guard position >= 0, position < Double(length) else { return nil }
        return Int(position)
    }

    /// The search argument of startsWith/endsWith/includes: never a regular expression.
    func searchStringArgument(_ value: JSValue, _ method: String) throws(JSException) -> JSString {
        if case .string(let string) = value { return string }
        if try isRegExp(value) {
            throw makeException(.typeError, "First argument to String.prototype.\(method) must not be a regular expression")
        }
        return try toJSString(value)
    }

    /// ECMA-262 §22.1.3.17.1 StringPad.
    func stringPad(_ string: JSString, _ maxLength: JSValue, _ fillString: JSValue, atStart: Bool) throws(JSException) -> JSString {
        let intMaxLength = try toLength(maxLength)
        let length = string.count
        if intMaxLength <= length { return string }
        var filler: [UInt16] = [0x20]
        if !fillString.isUndefined { filler = try toJSString(fillString).units }
        if filler.isEmpty { return string }
        if intMaxLength > limits.maximumStringLength { throw makeException(.rangeError, "Invalid string length") }
        let fillLength = intMaxLength - length
        var result = [UInt16]()
        result.reserveCapacity(intMaxLength)
        if !atStart { result.append(contentsOf: string.units) }
        let padEnd = result.count + fillLength
        while result.count + filler.count <= padEnd { result.append(contentsOf: filler) }
        result.append(contentsOf: filler[0..<(padEnd - result.count)])
        if atStart { result.append(contentsOf: string.units) }
        return JSString(units: result)
    }

    /// ECMA-262 §22.1.3.33.1 TrimString.
    func trimString(_ string: JSString, start trimsStart: Bool, end trimsEnd: Bool) -> JSString {
        let units = string.units
        var start = 0
        var end = units.count
        if trimsStart { while start < end && StringWhiteSpace.contains(units[start]) { start += 1 } }
        if trimsEnd { while end > start && StringWhiteSpace.contains(units[end - 1]) { end -= 1 } }
        return substring(string, start, end)
    }

    /// toLowerCase/toUpperCase and their locale forms.
    func changeCase(_ string: JSString, upper: Bool, turkic: Bool) -> JSString {
        let units = string.units
        let mapped = units.withUnsafeBufferPointer { buffer in
            upper ? StringCaseMapping.uppercased(buffer, turkic: turkic) : StringCaseMapping.lowercased(buffer, turkic: turkic)
        }
        guard let mapped else { return string }
        if mapped.count == 1 { return singleUnitString(mapped[0]) }
        return JSString(units: mapped)
    }

    /// The first requested locale of `toLocale…Case` (ECMA-402 TransformCase): whether it is Turkish
    /// or Azeri; any other valid tag gets the root mappings.
    func isTurkicLocale(_ locales: JSValue) throws(JSException) -> Bool {
        guard let first = try requestedLocales(locales).first else { return false }
        let language = first.prefix { $0 != "-" }.lowercased()
        return language == "tr" || language == "az"
    }

    /// ECMA-402 CanonicalizeLocaleList, reduced to the structural check of each tag.
    func requestedLocales(_ locales: JSValue) throws(JSException) -> [String] {
        if locales.isUndefined { return [] }
        var tags: [JSValue] = []
        if case .string = locales {
            tags = [locales]
        } else if case .object(let object) = locales {
            let length = try lengthOfArrayLike(object)
            for index in 0..<min(length, 1000) {
                let element = try object.get(.index(UInt32(index)), self)
                if element.isString || element.isObject { tags.append(element) }
            }
        } else {
            return []
        }
        var result: [String] = []
        for tag in tags {
            let text = try toSwiftString(tag)
            guard StringBuiltins.isStructurallyValidLanguageTag(text) else {
                throw makeException(.rangeError, "Incorrect locale information provided")
            }
            result.append(text)
        }
        return result
    }

    /// The locales argument of localeCompare: checked, then unused (every locale collates as root).
    func validateLocales(_ locales: JSValue) throws(JSException) {
        _ = try requestedLocales(locales)
    }

    /// The options argument of localeCompare (ECMA-402 InitializeCollator, the options it reads).
    func collationOptions(_ value: JSValue) throws(JSException) -> StringCollation.Options {
        var options = StringCollation.Options()
        guard !value.isUndefined else { return options }
        let object = try toObject(value)
        func text(_ name: String, _ allowed: [String]) throws(JSException) -> String? {
            let raw = try object.get(propertyKey(name), self)
            if raw.isUndefined { return nil }
            let value = try toSwiftString(raw)
            guard allowed.contains(value) else {
                throw makeException(.rangeError, "Value \(value) out of range for String.prototype.localeCompare options property \(name)")
            }
            return value
        }
        _ = try text("usage", ["sort", "search"])
        _ = try text("localeMatcher", ["lookup", "best fit"])
        let numeric = try object.get(propertyKey("numeric"), self)
        if !numeric.isUndefined { options.numeric = numeric.toBoolean }
        if try text("caseFirst", ["upper", "lower", "false"]) == "upper" { options.upperFirst = true }
        switch try text("sensitivity", ["base", "accent", "case", "variant"]) {
        case "base": options.sensitivity = .base
        case "accent": options.sensitivity = .accent
        case "case": options.sensitivity = .case
        default: break
        }
        let ignorePunctuation = try object.get(propertyKey("ignorePunctuation"), self)
        if !ignorePunctuation.isUndefined { options.ignorePunctuation = ignorePunctuation.toBoolean }
        return options
    }
}

extension StringBuiltins {
    /// Whether `tag` has the shape of a BCP 47 language tag: a 2–3 or 5–8 letter language, then
    /// subtags of 1–8 letters and digits.
    static func isStructurallyValidLanguageTag(_ tag: String) -> Bool {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = subtags.first, [2, 3, 5, 6, 7, 8].contains(language.count),
              language.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        for subtag in subtags.dropFirst() {
            guard (1...8).contains(subtag.count), subtag.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return false }
        }
        return true
    }
}
