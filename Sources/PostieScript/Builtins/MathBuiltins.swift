/// The `Math` object (ECMA-262 §21.3): value properties, and functions whose results match V8 bit for bit
/// (the transcendental ones are in `MathFunctions` and `MathTrigonometry`).
enum MathBuiltins {
    /// The key under which a realm keeps its `Math.random` generator in `Realm.hostState`.
    static let randomStateKey = "PostieScript.Math.random"

    static func makeMath(_ realm: Realm) -> JSObject {
        let rt = realm.runtime
        let math = JSObject(rt, prototype: realm.objectPrototype)

        func unary(_ name: String, _ function: @escaping @Sendable (Double) -> Double) {
            math.addMethod(realm, name, length: 1) { rt, _, arguments throws(JSException) in
                if case .number(let number) = arguments[0] { return .number(function(number)) }
                return .number(function(try rt.toNumber(arguments[0])))
            }
        }

        // ECMA-262 §21.3.2, in V8's property order.
        unary("abs") { Swift.abs($0) }
        unary("acos", MathFunctions.acos)
        unary("acosh", MathFunctions.acosh)
        unary("asin", MathFunctions.asin)
        unary("asinh", MathFunctions.asinh)
        unary("atan", MathFunctions.atan)
        unary("atanh", MathFunctions.atanh)
        math.addMethod(realm, "atan2", length: 2) { rt, _, arguments throws(JSException) in
            let y = try rt.toNumber(arguments[0])
            let x = try rt.toNumber(arguments[1])
            return .number(MathFunctions.atan2(y, x))
        }
        unary("ceil") { $0.rounded(.up) }
        unary("cbrt", MathFunctions.cbrt)
        unary("expm1", MathFunctions.expm1)
        math.addMethod(realm, "clz32", length: 1) { rt, _, arguments throws(JSException) in
            .number(Double(try rt.toUint32(arguments[0]).leadingZeroBitCount))
        }
        unary("cos", MathTrigonometry.cos)
        unary("cosh", MathFunctions.cosh)
        unary("exp", MathFunctions.exp)
        unary("floor") { $0.rounded(.down) }
        unary("fround") { Double(Float($0)) }
        math.addMethod(realm, "hypot", length: 2) { rt, _, arguments throws(JSException) in
            var values: [Double] = []
            values.reserveCapacity(arguments.count)
            for index in 0..<arguments.count { values.append(try rt.toNumber(arguments[index])) }
            return .number(MathFunctions.hypot(values))
        }
        math.addMethod(realm, "imul", length: 2) { rt, _, arguments throws(JSException) in
            let a = try rt.toUint32(arguments[0])
            let b = try rt.toUint32(arguments[1])
            return .number(Double(Int32(bitPattern: a &* b)))
        }
        unary("log", MathFunctions.log)
        unary("log1p", MathFunctions.log1p)
        unary("log2", MathFunctions.log2)
        unary("log10", MathFunctions.log10)
        math.addMethod(realm, "max", length: 2) { rt, _, arguments throws(JSException) in
            // ECMA-262 §21.3.2.24: every argument is converted, then NaN wins and +0 is above −0.
            var result = -Double.infinity
            var sawNaN = false
            for index in 0..<arguments.count {
                let value: Double
                if case .number(let number) = arguments[index] { value = number } else { value = try rt.toNumber(arguments[index]) }
                if value.isNaN {
                    sawNaN = true
                } else if value > result || (value == 0 && result == 0 && value.sign == .plus) {
                    result = value
                }
            }
            return .number(sawNaN ? .nan : result)
        }
        math.addMethod(realm, "min", length: 2) { rt, _, arguments throws(JSException) in
            // ECMA-262 §21.3.2.25
            var result = Double.infinity
            var sawNaN = false
            for index in 0..<arguments.count {
                let value: Double
                if case .number(let number) = arguments[index] { value = number } else { value = try rt.toNumber(arguments[index]) }
                if value.isNaN {
                    sawNaN = true
                } else if value < result || (value == 0 && result == 0 && value.sign == .minus) {
                    result = value
                }
            }
            return .number(sawNaN ? .nan : result)
        }
        math.addMethod(realm, "pow", length: 2) { rt, _, arguments throws(JSException) in
            let base = try rt.toNumber(arguments[0])
            let exponent = try rt.toNumber(arguments[1])
            return .number(exponentiate(base, exponent))
        }
        let generator = randomGenerator(for: realm)
        math.addMethod(realm, "random", length: 0) { _, _, _ throws(JSException) in
            .number(generator.nextDouble())
        }
        unary("round", round)
        unary("sign") { $0.isNaN || $0 == 0 ? $0 : ($0 > 0 ? 1 : -1) }
        unary("sin", MathTrigonometry.sin)
        unary("sinh", MathFunctions.sinh)
        unary("sqrt") { $0.squareRoot() }
        unary("tan", MathTrigonometry.tan)
        unary("tanh", MathFunctions.tanh)
        unary("trunc") { $0.rounded(.towardZero) }

        // ECMA-262 §21.3.1: non-writable, non-enumerable, non-configurable.
        let constants: [(String, Double)] = [
            ("E", 2.718281828459045), ("LN10", 2.302585092994046), ("LN2", 0.6931471805599453),
            ("LOG10E", 0.4342944819032518), ("LOG2E", 1.4426950408889634), ("PI", Double.pi),
            ("SQRT1_2", 0.7071067811865476), ("SQRT2", 1.4142135623730951),
        ]
        for (name, value) in constants { math.addValue(rt, name, .number(value), flags: []) }
        math.defineNew(.symbol(rt.symbols.toStringTag), .string(JSString("Math")), flags: [.configurable])
        return math
    }

    /// ECMA-262 §6.1.6.1.3 Number::exponentiate (`Math.pow` and `**`): NaN for a NaN exponent and for ±1 to an
    /// infinite power, where IEEE 754's pow gives 1; otherwise fdlibm's pow, as V8 computes it.
    @inline(__always)
    static func exponentiate(_ base: Double, _ exponent: Double) -> Double {
        if exponent.isNaN { return .nan }
        if exponent.isInfinite && (base == 1 || base == -1) { return .nan }
        return MathFunctions.pow(base, exponent)
    }

    /// ECMA-262 §21.3.2.28 Math.round: the integer nearest x, halves toward +∞, keeping −0 (and −0 for −0.5 ≤ x < 0).
    static func round(_ x: Double) -> Double {
        let up = x.rounded(.up)
        return up - 0.5 > x ? up - 1 : up
    }

    /// The realm's generator: one an embedder put in `hostState` (to seed it), or a new one seeded from the system.
    static func randomGenerator(for realm: Realm) -> MathRandomGenerator {
        if let existing = realm.hostState[randomStateKey] as? MathRandomGenerator { return existing }
        let made = MathRandomGenerator()
        realm.hostState[randomStateKey] = made
        return made
    }
}

/// `Math.random`'s generator: xorshift128+ (as V8 uses), doubles from the top 52 bits of the first state word.
public final class MathRandomGenerator {
    private var state0: UInt64
    private var state1: UInt64

    /// A generator seeded from the system's random source.
    public convenience init() {
        var system = SystemRandomNumberGenerator()
        self.init(seed: system.next())
    }

    /// A generator with a fixed seed (for reproducible runs).
    public init(seed: UInt64) {
        // splitmix64 spreads the seed over both state words (never both zero).
        var mixer = seed
        func next() -> UInt64 {
            mixer &+= 0x9E37_79B9_7F4A_7C15
            var z = mixer
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state0 = next()
        state1 = next()
        if state0 == 0 && state1 == 0 { state1 = 1 }
    }

    /// The next double in [0, 1).
    public func nextDouble() -> Double {
        var s1 = state0
        let s0 = state1
        state0 = s0
        s1 ^= s1 << 23
        s1 ^= s1 >> 17
        s1 ^= s0
        s1 ^= s0 >> 26
        state1 = s1
        // 52 random bits as the fraction of a double in [1, 2), minus 1.
        return Double(bitPattern: (state0 >> 12) | 0x3FF0_0000_0000_0000) - 1
    }
}
