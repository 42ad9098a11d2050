/// Access to the two 32-bit halves of a double, the way fdlibm's published algorithms describe
/// their steps ("the high word of x", "x with its low word cleared").
extension Double {
    /// The sign, exponent and top 20 fraction bits, as a signed integer (negative for negative numbers).
    @inline(__always) var highWord: Int32 { Int32(truncatingIfNeeded: Int64(bitPattern: bitPattern) >> 32) }

    /// The low 32 fraction bits.
    @inline(__always) var lowWord: UInt32 { UInt32(truncatingIfNeeded: bitPattern) }

    /// The double made of a high and a low word.
    @inline(__always) init(highWord: Int32, lowWord: UInt32) {
        self.init(bitPattern: UInt64(UInt32(bitPattern: highWord)) << 32 | UInt64(lowWord))
    }

    /// This double with its high word replaced.
    @inline(__always) func replacingHighWord(_ high: Int32) -> Double { Double(highWord: high, lowWord: lowWord) }

    /// This double with its low word replaced (0 keeps the top 21 significant bits).
    @inline(__always) func replacingLowWord(_ low: UInt32) -> Double { Double(highWord: highWord, lowWord: low) }

    /// `self × 2^exponent`, rounded once (C's scalbn).
    func scaled(byPowerOfTwo exponent: Int) -> Double {
        var value = self
        var remaining = exponent
        if remaining > 1023 {
            value *= 0x1p1023
            remaining -= 1023
            if remaining > 1023 {
                value *= 0x1p1023
                remaining = Swift.min(remaining - 1023, 1023)
            }
        } else if remaining < -1022 {
            // 2^-969 = 2^-1022 × 2^53 keeps the intermediate normal, so only the last product rounds.
            value *= 0x1p-969
            remaining += 969
            if remaining < -1022 {
                value *= 0x1p-969
                remaining = Swift.max(remaining + 969, -1022)
            }
        }
        return value * Double(sign: .plus, exponent: remaining, significand: 1)
    }
}
