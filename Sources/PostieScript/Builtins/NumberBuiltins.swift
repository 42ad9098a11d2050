/// `Number` and `Number.prototype` (ECMA-262 §21.1).
enum NumberBuiltins {
    static func makePrototype(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        // ECMA-262 §21.1.3: the prototype is itself a Number object whose value is +0.
        let prototype = JSPrimitiveObject(rt, primitive: .number(0), prototype: realm.objectPrototype, kind: .numberWrapper)

        // ECMA-262 §21.1.3.2 Number.prototype.toExponential
        prototype.addMethod(realm, "toExponential", length: 1) { rt, this, arguments throws(JSException) in
            let number = try rt.thisNumber(this, "Number.prototype.toExponential")
            let digits = try rt.toIntegerOrInfinity(arguments[0])
            if !number.isFinite { return .string(rt.numberToJSString(number)) }
            guard digits >= 0 && digits <= 100 else {
                throw rt.makeException(.rangeError, "toExponential() argument must be between 0 and 100")
            }
            let text = NumberConversion.toExponential(number, fractionDigits: arguments[0].isUndefined ? nil : Int(digits))
            return .string(JSString(text))
        }
        // ECMA-262 §21.1.3.3 Number.prototype.toFixed
        prototype.addMethod(realm, "toFixed", length: 1) { rt, this, arguments throws(JSException) in
            let number = try rt.thisNumber(this, "Number.prototype.toFixed")
            let digits = try rt.toIntegerOrInfinity(arguments[0])
            guard digits >= 0 && digits <= 100 else {
                throw rt.makeException(.rangeError, "toFixed() digits argument must be between 0 and 100")
            }
            if !number.isFinite { return .string(rt.numberToJSString(number)) }
            return .string(JSString(NumberConversion.toFixed(number, fractionDigits: Int(digits))))
        }
        // ECMA-262 §21.1.3.5 Number.prototype.toPrecision
        prototype.addMethod(realm, "toPrecision", length: 1) { rt, this, arguments throws(JSException) in
            let number = try rt.thisNumber(this, "Number.prototype.toPrecision")
            if arguments[0].isUndefined { return .string(rt.numberToJSString(number)) }
            let precision = try rt.toIntegerOrInfinity(arguments[0])
            if !number.isFinite { return .string(rt.numberToJSString(number)) }
            guard precision >= 1 && precision <= 100 else {
                throw rt.makeException(.rangeError, "toPrecision() argument must be between 1 and 100")
            }
            return .string(JSString(NumberConversion.toPrecision(number, precision: Int(precision))))
        }
        // ECMA-262 §21.1.3.6 Number.prototype.toString
        prototype.addMethod(realm, "toString", length: 1) { rt, this, arguments throws(JSException) in
            let number = try rt.thisNumber(this, "Number.prototype.toString")
            if arguments[0].isUndefined { return .string(rt.numberToJSString(number)) }
            let radix = try rt.toIntegerOrInfinity(arguments[0])
            guard radix >= 2 && radix <= 36 else {
                throw rt.makeException(.rangeError, "toString() radix argument must be between 2 and 36")
            }
            if radix == 10 { return .string(rt.numberToJSString(number)) }
            return .string(JSString(NumberConversion.toString(number, radix: Int(radix))))
        }
        // ECMA-262 §21.1.3.7 Number.prototype.valueOf
        prototype.addMethod(realm, "valueOf", length: 0) { rt, this, _ throws(JSException) in
            .number(try rt.thisNumber(this, "Number.prototype.valueOf"))
        }
        // ECMA-402 §16.4.1 Number.prototype.toLocaleString (en-US conventions; see `NumberLocaleFormat`)
        prototype.addMethod(realm, "toLocaleString", length: 0) { rt, this, arguments throws(JSException) in
            let number = try rt.thisNumber(this, "Number.prototype.toLocaleString")
            let format = try NumberLocaleFormat(rt, locales: arguments[0], options: arguments[1])
            return .string(JSString(format.format(number)))
        }
        return prototype
    }

    static func makeConstructor(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        // ECMA-262 §21.1.1.1 Number(value): ToNumeric of the argument (+0 without one).
        let constructor = realm.nativeConstructor(
            "Number", length: 1, prototype: realm.numberPrototype,
            call: { rt, _, arguments throws(JSException) in
                if arguments.count == 0 { return .number(0) }
                if case .number = arguments[0] { return arguments[0] }
                return .number(try rt.toNumber(arguments[0]))
            },
            construct: { rt, arguments, newTarget throws(JSException) in
                let value = arguments.count == 0 ? 0 : try rt.toNumber(arguments[0])
                let prototype = try rt.prototypeForConstruction(newTarget, fallback: rt.realm.numberPrototype)
                return .object(JSPrimitiveObject(rt, primitive: .number(value), prototype: prototype, kind: .numberWrapper))
            })

        // ECMA-262 §21.1.2.2 Number.isFinite
        constructor.addMethod(realm, "isFinite", length: 1) { _, _, arguments throws(JSException) in
            if case .number(let number) = arguments[0] { return .bool(number.isFinite) }
            return .bool(false)
        }
        // ECMA-262 §21.1.2.3 Number.isInteger
        constructor.addMethod(realm, "isInteger", length: 1) { _, _, arguments throws(JSException) in
            if case .number(let number) = arguments[0] { return .bool(isIntegralNumber(number)) }
            return .bool(false)
        }
        // ECMA-262 §21.1.2.4 Number.isNaN
        constructor.addMethod(realm, "isNaN", length: 1) { _, _, arguments throws(JSException) in
            if case .number(let number) = arguments[0] { return .bool(number.isNaN) }
            return .bool(false)
        }
        // ECMA-262 §21.1.2.5 Number.isSafeInteger
        constructor.addMethod(realm, "isSafeInteger", length: 1) { _, _, arguments throws(JSException) in
            if case .number(let number) = arguments[0] {
                return .bool(isIntegralNumber(number) && number.magnitude <= 9_007_199_254_740_991)
            }
            return .bool(false)
        }
        // ECMA-262 §21.1.2.12, §21.1.2.13: the very functions of the global object.
        constructor.addValue(rt, "parseFloat", .object(realm.parseFloatFunction))
        constructor.addValue(rt, "parseInt", .object(realm.parseIntFunction))

        // ECMA-262 §21.1.2: value properties are non-writable, non-enumerable, non-configurable.
        let constants: [(String, Double)] = [
            ("MAX_VALUE", Double.greatestFiniteMagnitude), ("MIN_VALUE", Double.leastNonzeroMagnitude),
            ("NaN", Double.nan), ("NEGATIVE_INFINITY", -Double.infinity), ("POSITIVE_INFINITY", Double.infinity),
            ("MAX_SAFE_INTEGER", 9_007_199_254_740_991), ("MIN_SAFE_INTEGER", -9_007_199_254_740_991),
            ("EPSILON", Double.ulpOfOne),
        ]
        for (name, value) in constants { constructor.addValue(rt, name, .number(value), flags: []) }
        return constructor
    }

    /// ECMA-262 §7.2.6 IsIntegralNumber.
    @inline(__always)
    static func isIntegralNumber(_ number: Double) -> Bool {
        number.isFinite && number.rounded(.towardZero) == number
    }
}

extension ScriptRuntime {
    /// ECMA-262 thisNumberValue.
    func thisNumber(_ this: JSValue, _ method: String) throws(JSException) -> Double {
        if case .number(let number) = this { return number }
        if case .object(let object) = this, let wrapper = object as? JSPrimitiveObject, case .number(let number) = wrapper.primitive {
            return number
        }
        throw makeException(.typeError, "\(method) requires that 'this' be a Number")
    }
}

/// `Number.prototype.toLocaleString(locales, options)` as V8's ICU formats numbers for en-US (ECMA-402 §16.5
/// FormatNumeric): the shortest round-trip decimal digits rounded half away from zero, grouped by threes.
///
/// Supported options: `style` (decimal, percent, currency), `currency`, `currencyDisplay`, `minimumIntegerDigits`,
/// `minimumFractionDigits`, `maximumFractionDigits`, `minimumSignificantDigits`, `maximumSignificantDigits`,
/// `useGrouping`. For a few common languages the group and decimal separators follow ICU's; the
/// currency and percent signs are always placed as en-US places them.
struct NumberLocaleFormat {
    enum Style { case decimal, percent, currency }
    enum Grouping { case always, minimumTwo, never }

    var style = Style.decimal
    var currencyPrefix = ""
    var minimumIntegerDigits = 1
    var minimumFractionDigits = 0
    var maximumFractionDigits = 3
    /// Set when significant-digit rounding replaces fraction-digit rounding.
    var significantDigits: ClosedRange<Int>?
    var grouping = Grouping.always
    var groupSeparator: [UInt8] = [0x2C]
    var decimalSeparator: [UInt8] = [0x2E]

    init(_ rt: ScriptRuntime, locales: JSValue, options optionsValue: JSValue) throws(JSException) {
        if let locale = try Self.requestedLocale(rt, locales) {
            let language = locale.split(separator: "-").first.map { $0.lowercased() } ?? ""
            if let separators = Self.separators[language] {
                groupSeparator = Array(separators.group.utf8)
                decimalSeparator = Array(separators.decimal.utf8)
                if separators.minimumTwo { grouping = .minimumTwo }
            }
            if language == "de" && (locale.hasSuffix("-CH") || locale.hasSuffix("-LI")) {
                groupSeparator = [0x27]
                decimalSeparator = [0x2E]
            }
        }
        if optionsValue.isUndefined { return }
        if optionsValue.isNull {
            throw rt.makeException(.typeError, "Number.prototype.toLocaleString called on null or undefined")
        }
        let options = try rt.toObject(optionsValue)
        func get(_ name: String) throws(JSException) -> JSValue { try options.get(rt.propertyKey(name), rt) }

        let styleValue = try get("style")
        if !styleValue.isUndefined {
            switch try rt.toSwiftString(styleValue) {
            case "decimal": style = .decimal
            case "percent": style = .percent
            case "currency": style = .currency
            case "unit": style = .decimal
            case let other: throw Self.outOfRange(rt, other, "style")
            }
        }
        let currencyValue = try get("currency")
        var currencyCode: String?
        if !currencyValue.isUndefined {
            let code = try rt.toSwiftString(currencyValue)
            guard code.utf8.count == 3, code.utf8.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else {
                throw rt.makeException(.rangeError, "Invalid currency code : \(code)")
            }
            currencyCode = code.uppercased()
        }
        let displayValue = try get("currencyDisplay")
        let display = displayValue.isUndefined ? "symbol" : try rt.toSwiftString(displayValue)
        guard ["symbol", "narrowSymbol", "code", "name"].contains(display) else {
            throw Self.outOfRange(rt, display, "currencyDisplay")
        }
        var currencyDigits = 2
        if style == .currency {
            guard let code = currencyCode else {
                throw rt.makeException(.typeError, "Currency code is required with currency style.")
            }
            let known = Self.currencies[code]
            currencyDigits = known?.digits ?? 2
            if display == "code" || known == nil {
                currencyPrefix = code + "\u{00A0}"
            } else if let known {
                currencyPrefix = display == "narrowSymbol" ? known.narrow : known.symbol
            }
        }

        // ECMA-402 §15.1.3 SetNumberFormatDigitOptions
        minimumIntegerDigits = try Self.numberOption(rt, try get("minimumIntegerDigits"), "minimumIntegerDigits", 1...21) ?? 1
        let minimumFraction = try Self.numberOption(rt, try get("minimumFractionDigits"), "minimumFractionDigits", 0...100)
        let maximumFraction = try Self.numberOption(rt, try get("maximumFractionDigits"), "maximumFractionDigits", 0...100)
        let minimumSignificant = try Self.numberOption(rt, try get("minimumSignificantDigits"), "minimumSignificantDigits", 1...21)
        let maximumSignificant = try Self.numberOption(rt, try get("maximumSignificantDigits"), "maximumSignificantDigits", 1...21)
        let defaultMinimumFraction = style == .currency ? currencyDigits : 0
        let defaultMaximumFraction = style == .currency ? currencyDigits : (style == .percent ? 0 : 3)
        if minimumSignificant != nil || maximumSignificant != nil {
            let low = minimumSignificant ?? 1
            let high = maximumSignificant ?? 21
            guard low <= high else { throw rt.makeException(.rangeError, "maximumSignificantDigits value is out of range.") }
            significantDigits = low...high
        } else if minimumFraction != nil || maximumFraction != nil {
            if let maximumFraction {
                let low = minimumFraction ?? min(defaultMinimumFraction, maximumFraction)
                guard low <= maximumFraction else {
                    throw rt.makeException(.rangeError, "maximumFractionDigits value is out of range.")
                }
                minimumFractionDigits = low
                maximumFractionDigits = maximumFraction
            } else if let minimumFraction {
                minimumFractionDigits = minimumFraction
                maximumFractionDigits = max(defaultMaximumFraction, minimumFraction)
            }
        } else {
            minimumFractionDigits = defaultMinimumFraction
            maximumFractionDigits = defaultMaximumFraction
        }

        let groupingValue = try get("useGrouping")
        switch groupingValue {
        case .undefined: break  // the locale's own grouping
        case .bool(let flag): grouping = flag ? .always : .never
        case .null: grouping = .never
        case .number(let number) where number == 0 || number.isNaN: grouping = .never
        default:
            let text = try rt.toSwiftString(groupingValue)
            switch text {
            case "always": grouping = .always
            case "auto", "true", "false": break
            case "min2": grouping = .minimumTwo
            case "": grouping = .never
            default: throw Self.outOfRange(rt, text, "useGrouping")
            }
        }
    }

    /// Group separator, decimal separator, and whether grouping starts at five integer digits (ICU's data).
    static let separators: [String: (group: String, decimal: String, minimumTwo: Bool)] = [
        "de": (".", ",", false), "nl": (".", ",", false), "pt": (".", ",", false), "da": (".", ",", false),
        "tr": (".", ",", false), "id": (".", ",", false), "es": (".", ",", true), "it": (".", ",", true),
        "pl": ("\u{00A0}", ",", true), "fr": ("\u{202F}", ",", false), "ru": ("\u{00A0}", ",", false),
        "uk": ("\u{00A0}", ",", false), "cs": ("\u{00A0}", ",", false), "nb": ("\u{00A0}", ",", false),
        "fi": ("\u{00A0}", ",", false),
    ]

    /// ECMA-402 §9.2.1 CanonicalizeLocaleList, reduced to V8's errors for malformed tags; the first tag.
    static func requestedLocale(_ rt: ScriptRuntime, _ locales: JSValue) throws(JSException) -> String? {
        func check(_ value: JSValue) throws(JSException) -> String? {
            guard case .string(let tag) = value else {
                if case .object = value { return nil }
                throw rt.makeException(.typeError, "Language ID should be string or object.")
            }
            let valid = tag.count > 0 && tag.units.allSatisfy { unit in
                (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A) || unit == 0x2D
                    || unit == 0x5F
            }
            if !valid { throw rt.makeException(.rangeError, "Incorrect locale information provided") }
            return tag.string
        }
        switch locales {
        case .undefined: return nil
        case .string: return try check(locales)
        case .object(let list):
            let length = min(try rt.lengthOfArrayLike(list), 64)
            var first: String?
            for index in 0..<length {
                let tag = try check(try list.get(.index(UInt32(index)), rt))
                if first == nil { first = tag }
            }
            return first
        case .null: throw rt.makeException(.typeError, "Cannot convert undefined or null to object")
        default: return nil
        }
    }

    /// ECMA-402 §9.2.14 GetNumberOption: nil when undefined, else the floor of a number in `range`.
    static func numberOption(_ rt: ScriptRuntime, _ value: JSValue, _ name: String, _ range: ClosedRange<Int>) throws(JSException) -> Int? {
        if value.isUndefined { return nil }
        let number = try rt.toNumber(value)
        guard !number.isNaN, number >= Double(range.lowerBound), number <= Double(range.upperBound) else {
            throw rt.makeException(.rangeError, "\(name) value is out of range.")
        }
        return Int(number.rounded(.down))
    }

    static func outOfRange(_ rt: ScriptRuntime, _ value: String, _ property: String) -> JSException {
        rt.makeException(.rangeError, "Value \(value) out of range for Number.prototype.toLocaleString options property \(property)")
    }

    /// en-US currency symbols (ICU's), and the currency's usual fraction digits.
    static let currencies: [String: (symbol: String, narrow: String, digits: Int)] = [
        "USD": ("$", "$", 2), "EUR": ("€", "€", 2), "GBP": ("£", "£", 2), "JPY": ("¥", "¥", 0), "INR": ("₹", "₹", 2),
        "CAD": ("CA$", "$", 2), "AUD": ("A$", "$", 2), "CNY": ("CN¥", "¥", 2), "MXN": ("MX$", "$", 2),
        "BRL": ("R$", "R$", 2), "KRW": ("₩", "₩", 0), "ILS": ("₪", "₪", 2), "NZD": ("NZ$", "$", 2),
        "HKD": ("HK$", "$", 2), "TWD": ("NT$", "$", 2), "VND": ("₫", "₫", 0), "PHP": ("₱", "₱", 2),
    ]

    /// The formatted number.
    func format(_ value: Double) -> String {
        let negative = value.sign == .minus && !value.isNaN
        var text = negative ? "-" : ""
        text += currencyPrefix
        if value.isNaN {
            text += "NaN"
        } else if value.isInfinite {
            text += "∞"
        } else {
            text += formatMagnitude(value.magnitude)
        }
        if style == .percent { text += "%" }
        return text
    }

    /// The digits of a finite magnitude: rounded, padded and grouped.
    func formatMagnitude(_ magnitude: Double) -> String {
        // Decimal digits d₁d₂… with the point after `point` of them; a leading 0 absorbs a carry.
        var digits: [UInt8] = [0]
        var point = 1
        if magnitude != 0 {
            let shortest = ShortestDecimal(magnitude)
            digits += NumberConversion.decimalDigits(of: shortest.digits)
            point += shortest.pointPosition
            if style == .percent { point += 2 }
        }
        // Round half away from zero, keeping `kept` digits.
        let kept: Int
        if let significantDigits {
            let firstNonZero = digits.firstIndex(where: { $0 != 0 }) ?? digits.count
            kept = firstNonZero + significantDigits.upperBound
        } else {
            kept = point + maximumFractionDigits
        }
        if kept < digits.count {
            if kept < 0 {
                digits = [0]
                point = 1
            } else {
                let roundsUp = digits[kept] >= 5
                digits.removeSubrange(kept...)
                if roundsUp {
                    var index = kept - 1
                    while index >= 0 {
                        if digits[index] == 9 {
                            digits[index] = 0
                            index -= 1
                        } else {
                            digits[index] += 1
                            break
                        }
                    }
                }
            }
        }
        // Integer part.
        var integerDigits: [UInt8] = []
        for index in 0..<max(point, 0) { integerDigits.append(index < digits.count ? digits[index] : 0) }
        while integerDigits.count > 1 && integerDigits[0] == 0 { integerDigits.removeFirst() }
        if integerDigits.isEmpty { integerDigits = [0] }
        if integerDigits == [0] && minimumIntegerDigits > 1 { integerDigits = [] }
        while integerDigits.count < minimumIntegerDigits { integerDigits.insert(0, at: 0) }
        // Fraction part, without trailing zeros beyond the minimum.
        var fractionDigits: [UInt8] = []
        if point < digits.count {
            for index in point..<digits.count {
                fractionDigits.append(index < 0 ? 0 : digits[index])
            }
        }
        var minimumFraction = minimumFractionDigits
        if let significantDigits {
            let significantInteger = integerDigits.drop(while: { $0 == 0 }).count
            if significantInteger > 0 {
                minimumFraction = max(0, significantDigits.lowerBound - significantInteger)
            } else {
                let leadingZeros = fractionDigits.prefix(while: { $0 == 0 }).count
                let hasDigits = leadingZeros < fractionDigits.count
                minimumFraction = hasDigits ? leadingZeros + significantDigits.lowerBound : significantDigits.lowerBound - 1
            }
        }
        while fractionDigits.count > minimumFraction && fractionDigits.last == 0 { fractionDigits.removeLast() }
        while fractionDigits.count < minimumFraction { fractionDigits.append(0) }

        var text: [UInt8] = []
        text.reserveCapacity(integerDigits.count * 4 / 3 + fractionDigits.count + 2)
        let groups = grouping == .always || (grouping == .minimumTwo && integerDigits.count >= 5)
        for (index, digit) in integerDigits.enumerated() {
            if groups && index > 0 && (integerDigits.count - index) % 3 == 0 { text.append(contentsOf: groupSeparator) }
            text.append(0x30 + digit)
        }
        if !fractionDigits.isEmpty {
            text.append(contentsOf: decimalSeparator)
            for digit in fractionDigits { text.append(0x30 + digit) }
        }
        return String(decoding: text, as: UTF8.self)
    }
}
