/// The transcendental `Math` functions (ECMA-262 §21.3.2), computed with the same published fdlibm methods
/// V8 uses, so that results agree with Node to the last bit (glibc's libm differs in 1–50% of typical
/// inputs, depending on the function). Each method: reduce the argument exactly, evaluate a minimax
/// polynomial or rational approximation, and reconstruct with the rounding error kept in a separate term.
enum MathFunctions {
    // MARK: Exponentials

    // ECMA-262 §21.3.2.14 Math.exp: x = k·ln2 + r, |r| ≤ ln2/2; exp(r) = 1 + r + r·R1(r)/(2 − R1(r)).
    static func exp(_ xIn: Double) -> Double {
        let p1 = 0x1.555555555553ep-3, p2 = -0x1.6c16c16bebd93p-9, p3 = 0x1.1566aaf25de2cp-14
        let p4 = -0x1.bbd41c5d26bf1p-20, p5 = 0x1.6376972bea4dp-25
        let ln2High = 0x1.62e42feep-1, ln2Low = 0x1.a39ef35793c76p-33, inverseLn2 = 0x1.71547652b82fep0
        var x = xIn
        let negative = x.highWord < 0
        let hx = x.highWord & 0x7FFF_FFFF
        if hx >= 0x4086_2E42 {  // |x| ≥ 709.78…
            if x.isNaN { return x }
            if x.isInfinite { return negative ? 0 : x }
            if x > 0x1.62e42fefa39efp9 { return .infinity }
            if x < -0x1.74910d52d3051p9 { return 0 }
        }
        var hi = 0.0, lo = 0.0
        var k: Int32 = 0
        if hx > 0x3FD6_2E42 {  // |x| > ln2/2
            if hx < 0x3FF0_A2B2 {  // and < 1.5·ln2
                if x == 1 { return 0x1.5bf0a8b145769p1 }  // V8 returns e itself here
                hi = negative ? x + ln2High : x - ln2High
                lo = negative ? -ln2Low : ln2Low
                k = negative ? -1 : 1
            } else {
                k = Int32(inverseLn2 * x + (negative ? -0.5 : 0.5))
                let t = Double(k)
                hi = x - t * ln2High
                lo = t * ln2Low
            }
            x = hi - lo
        } else if hx < 0x3E30_0000 {  // |x| < 2^-28
            return 1 + x
        }
        let t = x * x
        let scale = k >= -1021
            ? Double(highWord: 0x3FF0_0000 &+ (k &<< 20), lowWord: 0)
            : Double(highWord: 0x3FF0_0000 &+ ((k &+ 1000) &<< 20), lowWord: 0)
        let c = x - t * (p1 + t * (p2 + t * (p3 + t * (p4 + t * p5))))
        if k == 0 { return 1 - ((x * c) / (c - 2.0) - x) }
        let y = 1 - ((lo - (x * c) / (2.0 - c)) - hi)
        if k >= -1021 {
            if k == 1024 { return y * 2.0 * 0x1p1023 }
            return y * scale
        }
        return y * scale * 0x1p-1000
    }

    // ECMA-262 §21.3.2.15 Math.expm1: the same reduction with a correction term for the rounding of r.
    static func expm1(_ xIn: Double) -> Double {
        let q1 = -0x1.11111111110f4p-5, q2 = 0x1.a01a019fe5585p-10, q3 = -0x1.4ce199eaadbb7p-14
        let q4 = 0x1.0cfca86e65239p-18, q5 = -0x1.afdb76e09c32dp-23
        let ln2High = 0x1.62e42feep-1, ln2Low = 0x1.a39ef35793c76p-33, inverseLn2 = 0x1.71547652b82fep0
        var x = xIn
        let negative = x.highWord < 0
        let hx = x.highWord & 0x7FFF_FFFF
        if hx >= 0x4043_687A {  // |x| ≥ 56·ln2
            if hx >= 0x4086_2E42 {
                if x.isNaN { return x }
                if x.isInfinite { return negative ? -1 : x }
                if x > 0x1.62e42fefa39efp9 { return .infinity }
            }
            if negative { return -1 }
        }
        var k: Int32 = 0
        var c = 0.0
        if hx > 0x3FD6_2E42 {
            var hi: Double, lo: Double
            if hx < 0x3FF0_A2B2 {
                if !negative {
                    hi = x - ln2High
                    lo = ln2Low
                    k = 1
                } else {
                    hi = x + ln2High
                    lo = -ln2Low
                    k = -1
                }
            } else {
                k = Int32(inverseLn2 * x + (negative ? -0.5 : 0.5))
                let t = Double(k)
                hi = x - t * ln2High
                lo = t * ln2Low
            }
            x = hi - lo
            c = (hi - x) - lo
        } else if hx < 0x3C90_0000 {  // |x| < 2^-54
            return x
        }
        let halfX = 0.5 * x
        let halfSquare = x * halfX
        let r1 = 1 + halfSquare * (q1 + halfSquare * (q2 + halfSquare * (q3 + halfSquare * (q4 + halfSquare * q5))))
        var t = 3.0 - r1 * halfX
        var e = halfSquare * ((r1 - t) / (6.0 - x * t))
        if k == 0 { return x - (x * e - halfSquare) }
        let scale = Double(highWord: 0x3FF0_0000 &+ (k &<< 20), lowWord: 0)
        e = x * (e - c) - c
        e -= halfSquare
        if k == -1 { return 0.5 * (x - e) - 0.5 }
        if k == 1 {
            if x < -0.25 { return -2.0 * (e - (x + 0.5)) }
            return 1 + 2.0 * (x - e)
        }
        if k <= -2 || k > 56 {
            var y = 1 - (e - x)
            y = k == 1024 ? y * 2.0 * 0x1p1023 : y * scale
            return y - 1
        }
        var y: Double
        if k < 20 {
            t = Double(highWord: 0x3FF0_0000 - (0x20_0000 >> k), lowWord: 0)  // 1 − 2^-k
            y = t - (e - x)
            y *= scale
        } else {
            t = Double(highWord: (0x3FF - k) << 20, lowWord: 0)  // 2^-k
            y = x - (e + t)
            y += 1
            y *= scale
        }
        return y
    }

    // MARK: Logarithms

    static let lg1 = 0x1.5555555555593p-1, lg2 = 0x1.999999997fa04p-2, lg3 = 0x1.2492494229359p-2
    static let lg4 = 0x1.c71c51d8e78afp-3, lg5 = 0x1.7466496cb03dep-3, lg6 = 0x1.39a09d078c69fp-3
    static let lg7 = 0x1.2f112df3e5244p-3

    // ECMA-262 §21.3.2.20 Math.log: x = 2^k·(1 + f), √2/2 < 1 + f < √2; log(1 + f) = 2s + s·R(s²), s = f/(2 + f).
    static func log(_ xIn: Double) -> Double {
        let ln2High = 0x1.62e42feep-1, ln2Low = 0x1.a39ef35793c76p-33
        var x = xIn
        var hx = x.highWord
        var k: Int32 = 0
        if hx < 0x0010_0000 {  // x < 2^-1022
            if (hx & 0x7FFF_FFFF) == 0 && x.lowWord == 0 { return -.infinity }
            if hx < 0 { return .nan }
            k -= 54
            x *= 0x1p54
            hx = x.highWord
        }
        if hx >= 0x7FF0_0000 { return x + x }
        k += (hx >> 20) - 1023
        hx &= 0x000F_FFFF
        let i = (hx + 0x9_5F64) & 0x10_0000
        x = x.replacingHighWord(hx | (i ^ 0x3FF0_0000))  // normalize x or x/2
        k += i >> 20
        let f = x - 1.0
        if (0x000F_FFFF & (2 + hx)) < 3 {  // −2^-20 ≤ f < 2^-20
            if f == 0 {
                if k == 0 { return 0 }
                let dk = Double(k)
                return dk * ln2High + dk * ln2Low
            }
            let r = f * f * (0.5 - 0.33333333333333333 * f)
            if k == 0 { return f - r }
            let dk = Double(k)
            return dk * ln2High - ((r - dk * ln2Low) - f)
        }
        let s = f / (2.0 + f)
        let dk = Double(k)
        let z = s * s
        var bandLow = hx - 0x6_147A
        let w = z * z
        let bandHigh = 0x6_B851 - hx
        let t1 = w * (lg2 + w * (lg4 + w * lg6))
        let t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)))
        bandLow |= bandHigh
        let r = t2 + t1
        if bandLow > 0 {
            let halfSquare = 0.5 * f * f
            if k == 0 { return f - (halfSquare - s * (halfSquare + r)) }
            return dk * ln2High - ((halfSquare - (s * (halfSquare + r) + dk * ln2Low)) - f)
        }
        if k == 0 { return f - s * (f - r) }
        return dk * ln2High - ((s * (f - r) - dk * ln2Low) - f)
    }

    // ECMA-262 §21.3.2.21 Math.log1p: as log, with the rounding of 1 + x carried as c/u.
    static func log1p(_ x: Double) -> Double {
        let ln2High = 0x1.62e42feep-1, ln2Low = 0x1.a39ef35793c76p-33
        let hx = x.highWord
        let ax = hx & 0x7FFF_FFFF
        var k: Int32 = 1
        var f = 0.0
        var hu: Int32 = 0
        var c = 0.0
        if hx < 0x3FDA_827A {  // 1 + x < √2
            if ax >= 0x3FF0_0000 {  // x ≤ −1
                if x == -1.0 { return -.infinity }
                return .nan
            }
            if ax < 0x3E20_0000 {  // |x| < 2^-29
                if ax < 0x3C90_0000 { return x }
                return x - x * x * 0.5
            }
            if hx > 0 || hx <= Int32(bitPattern: 0xBFD2_BEC4) {  // √2/2 ≤ 1 + x < √2
                k = 0
                f = x
                hu = 1
            }
        }
        if hx >= 0x7FF0_0000 { return x + x }
        if k != 0 {
            var u: Double
            if hx < 0x4340_0000 {
                u = 1.0 + x
                hu = u.highWord
                k = (hu >> 20) - 1023
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0)
                c /= u
            } else {
                u = x
                hu = u.highWord
                k = (hu >> 20) - 1023
                c = 0
            }
            hu &= 0x000F_FFFF
            if hu < 0x6_A09E {
                u = u.replacingHighWord(hu | 0x3FF0_0000)
            } else {
                k += 1
                u = u.replacingHighWord(hu | 0x3FE0_0000)
                hu = (0x0010_0000 - hu) >> 2
            }
            f = u - 1.0
        }
        let halfSquare = 0.5 * f * f
        let dk = Double(k)
        if hu == 0 {  // |f| < 2^-20
            if f == 0 {
                if k == 0 { return 0 }
                c += dk * ln2Low
                return dk * ln2High + c
            }
            let r = halfSquare * (1.0 - 0.66666666666666666 * f)
            if k == 0 { return f - r }
            return dk * ln2High - ((r - (dk * ln2Low + c)) - f)
        }
        let s = f / (2.0 + f)
        let z = s * s
        let r = z * (lg1 + z * (lg2 + z * (lg3 + z * (lg4 + z * (lg5 + z * (lg6 + z * lg7))))))
        if k == 0 { return f - (halfSquare - s * (halfSquare + r)) }
        return dk * ln2High - ((halfSquare - (s * (halfSquare + r) + (dk * ln2Low + c))) - f)
    }

    /// log(1 + f) − f + f²/2 for 1 + f in [√2/2, √2] (the shared part of log2).
    @inline(__always)
    static func logKernel(_ f: Double) -> Double {
        let s = f / (2.0 + f)
        let z = s * s
        let w = z * z
        let t1 = w * (lg2 + w * (lg4 + w * lg6))
        let t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)))
        let r = t2 + t1
        let halfSquare = 0.5 * f * f
        return s * (halfSquare + r)
    }

    // ECMA-262 §21.3.2.23 Math.log2: the log reduction, then (f − f²/2 + kernel)/ln2 + k in extra precision.
    static func log2(_ xIn: Double) -> Double {
        let inverseLn2High = 0x1.71547652p0, inverseLn2Low = 0x1.705fc2eefa2p-33
        var x = xIn
        var hx = x.highWord
        var k: Int32 = 0
        if hx < 0x0010_0000 {
            if (hx & 0x7FFF_FFFF) == 0 && x.lowWord == 0 { return -.infinity }
            if hx < 0 { return .nan }
            k -= 54
            x *= 0x1p54
            hx = x.highWord
        }
        if hx >= 0x7FF0_0000 { return x + x }
        if hx == 0x3FF0_0000 && x.lowWord == 0 { return 0 }
        k += (hx >> 20) - 1023
        hx &= 0x000F_FFFF
        let i = (hx + 0x9_5F64) & 0x10_0000
        x = x.replacingHighWord(hx | (i ^ 0x3FF0_0000))
        k += i >> 20
        let y = Double(k)
        let f = x - 1.0
        let halfSquare = 0.5 * f * f
        let r = logKernel(f)
        let hi = (f - halfSquare).replacingLowWord(0)
        let lo = (f - hi) - halfSquare + r
        var valueHigh = hi * inverseLn2High
        var valueLow = (lo + hi) * inverseLn2Low + lo * inverseLn2High
        let w = y + valueHigh
        valueLow += (y - w) + valueHigh
        valueHigh = w
        return valueLow + valueHigh
    }

    // ECMA-262 §21.3.2.22 Math.log10: n·log10(2) + log(m)/ln10 with log10(2) in two pieces.
    static func log10(_ xIn: Double) -> Double {
        let inverseLn10 = 0x1.bcb7b1526e50ep-2
        let log10Of2High = 0x1.34413509f6p-2, log10Of2Low = 0x1.9fef311f12b36p-42
        var x = xIn
        var hx = x.highWord
        var lx = x.lowWord
        var k: Int32 = 0
        if hx < 0x0010_0000 {
            if (hx & 0x7FFF_FFFF) == 0 && lx == 0 { return -.infinity }
            if hx < 0 { return .nan }
            k -= 54
            x *= 0x1p54
            hx = x.highWord
            lx = x.lowWord
        }
        if hx >= 0x7FF0_0000 { return x + x }
        if hx == 0x3FF0_0000 && lx == 0 { return 0 }
        k += (hx >> 20) - 1023
        let i: Int32 = k < 0 ? 1 : 0
        hx = (hx & 0x000F_FFFF) | ((0x3FF - i) << 20)
        let y = Double(k + i)
        x = Double(highWord: hx, lowWord: lx)
        let z = y * log10Of2Low + inverseLn10 * log(x)
        return z + y * log10Of2High
    }

    // MARK: Roots

    // ECMA-262 §21.3.2.9 Math.cbrt: a 5-bit estimate from the exponent, a polynomial step to 23 bits, rounding
    // away from zero to 23 bits, and one Newton step to 53 bits.
    static func cbrt(_ x: Double) -> Double {
        let bias1: UInt32 = 715_094_163  // (1023 − 1023/3 − 0.03306235651)·2^20
        let bias2: UInt32 = 696_219_795  // (1023 − 1023/3 − 54/3 − 0.03306235651)·2^20
        let p0 = 0x1.e03e60f61e692p0, p1 = -0x1.e28e092f0242p0, p2 = 0x1.9f1604a49d6c2p0
        let p3 = -0x1.844cbbee751d9p-1, p4 = 0x1.2b000d4e4edd7p-3
        let hxSigned = x.highWord
        let sign = UInt32(bitPattern: hxSigned) & 0x8000_0000
        let hx = UInt32(bitPattern: hxSigned) ^ sign
        if hx >= 0x7FF0_0000 { return x + x }
        var t: Double
        if hx < 0x0010_0000 {  // zero or subnormal
            if hx == 0 && x.lowWord == 0 { return x }
            t = 0x1p54 * x
            let high = UInt32(bitPattern: t.highWord)
            t = Double(highWord: Int32(bitPattern: sign | ((high & 0x7FFF_FFFF) / 3 + bias2)), lowWord: 0)
        } else {
            t = Double(highWord: Int32(bitPattern: sign | (hx / 3 + bias1)), lowWord: 0)
        }
        var r = (t * t) * (t / x)
        t = t * ((p0 + r * (p1 + r * p2)) + ((r * r) * r) * (p3 + r * p4))
        t = Double(bitPattern: (t.bitPattern &+ 0x8000_0000) & 0xFFFF_FFFF_C000_0000)
        let s = t * t
        r = x / s
        let w = t + t
        r = (r - t) / (w + r)
        return t + t * r
    }

    // ECMA-262 §21.3.2.18 Math.hypot, V8's way: scale by the largest magnitude and sum squares with Kahan
    // compensation.
    static func hypot(_ values: [Double]) -> Double {
        if values.isEmpty { return 0 }
        var largest = 0.0
        var sawNaN = false
        for value in values {
            if value.isNaN {
                sawNaN = true
            } else if Swift.abs(value) > largest {
                largest = Swift.abs(value)
            }
        }
        if largest == .infinity { return .infinity }
        if sawNaN { return .nan }
        if largest == 0 { return 0 }
        var sum = 0.0
        var compensation = 0.0
        for value in values {
            let scaled = Swift.abs(value) / largest
            let summand = scaled * scaled - compensation
            let preliminary = sum + summand
            compensation = (preliminary - sum) - summand
            sum = preliminary
        }
        return sum.squareRoot() * largest
    }

    // MARK: Inverse trigonometric functions

    static let asinP0 = 0x1.5555555555555p-3, asinP1 = -0x1.4d61203eb6f7dp-2, asinP2 = 0x1.9c1550e884455p-3
    static let asinP3 = -0x1.48228b5688f3bp-5, asinP4 = 0x1.9efe07501b288p-11, asinP5 = 0x1.23de10dfdf709p-15
    static let asinQ1 = -0x1.33a271c8a2d4bp1, asinQ2 = 0x1.02ae59c598ac8p1, asinQ3 = -0x1.6066c1b8d0159p-1
    static let asinQ4 = 0x1.3b8c5b12e9282p-4
    static let halfPiHigh = 0x1.921fb54442d18p0, halfPiLow = 0x1.1a62633145c07p-54
    static let pi = 0x1.921fb54442d18p1

    /// The rational approximation R(z) of (asin(√z) − √z)/√z³, as numerator and denominator.
    @inline(__always)
    static func asinRational(_ z: Double) -> (Double, Double) {
        let p = z * (asinP0 + z * (asinP1 + z * (asinP2 + z * (asinP3 + z * (asinP4 + z * asinP5)))))
        let q = 1 + z * (asinQ1 + z * (asinQ2 + z * (asinQ3 + z * asinQ4)))
        return (p, q)
    }

    // ECMA-262 §21.3.2.3 Math.asin: x + x³·R(x²) below 1/2, π/2 − 2·asin(√((1 − x)/2)) above.
    static func asin(_ x: Double) -> Double {
        let quarterPiHigh = 0x1.921fb54442d18p-1
        let hx = x.highWord
        let ix = hx & 0x7FFF_FFFF
        if ix >= 0x3FF0_0000 {
            if ix == 0x3FF0_0000 && x.lowWord == 0 { return x * halfPiHigh + x * halfPiLow }
            return .nan
        }
        if ix < 0x3FE0_0000 {  // |x| < 0.5
            if ix < 0x3E40_0000 { return x }  // |x| < 2^-27
            let t = x * x
            let (p, q) = asinRational(t)
            return x + x * (p / q)
        }
        let w = 1 - Swift.abs(x)
        var t = w * 0.5
        let (p, q) = asinRational(t)
        let s = t.squareRoot()
        if ix >= 0x3FEF_3333 {  // |x| > 0.975
            t = halfPiHigh - (2.0 * (s + s * (p / q)) - halfPiLow)
        } else {
            let head = s.replacingLowWord(0)
            let c = (t - head * head) / (s + head)
            let r = p / q
            let a = 2.0 * s * r - (halfPiLow - 2.0 * c)
            let b = quarterPiHigh - 2.0 * head
            t = quarterPiHigh - (a - b)
        }
        return hx > 0 ? t : -t
    }

    // ECMA-262 §21.3.2.1 Math.acos: π/2 − asin(x) with the same rational approximation.
    static func acos(_ x: Double) -> Double {
        let hx = x.highWord
        let ix = hx & 0x7FFF_FFFF
        if ix >= 0x3FF0_0000 {
            if ix == 0x3FF0_0000 && x.lowWord == 0 { return hx > 0 ? 0 : pi + 2.0 * halfPiLow }
            return .nan
        }
        if ix < 0x3FE0_0000 {  // |x| < 0.5
            if ix <= 0x3C60_0000 { return halfPiHigh + halfPiLow }
            let z = x * x
            let (p, q) = asinRational(z)
            let r = p / q
            return halfPiHigh - (x - (halfPiLow - x * r))
        }
        if hx < 0 {  // x < −0.5
            let z = (1 + x) * 0.5
            let (p, q) = asinRational(z)
            let s = z.squareRoot()
            let r = p / q
            let w = r * s - halfPiLow
            return pi - 2.0 * (s + w)
        }
        let z = (1 - x) * 0.5
        let s = z.squareRoot()
        let head = s.replacingLowWord(0)
        let c = (z - head * head) / (s + head)
        let (p, q) = asinRational(z)
        let r = p / q
        let w = r * s + c
        return 2.0 * (head + w)
    }

    static let atanHigh = [0x1.dac670561bb4fp-2, 0x1.921fb54442d18p-1, 0x1.f730bd281f69bp-1, 0x1.921fb54442d18p0]
    static let atanLow = [0x1.a2b7f222f65e2p-56, 0x1.1a62633145c07p-55, 0x1.007887af0cbbdp-56, 0x1.1a62633145c07p-54]

    // ECMA-262 §21.3.2.4 Math.atan: reduce to |t| ≤ 7/16 around atan(0), atan(1/2), atan(1), atan(3/2) or atan(∞),
    // then an odd polynomial of degree 23.
    static func atan(_ xIn: Double) -> Double {
        let a0 = 0x1.555555555550dp-2, a1 = -0x1.999999998ebc4p-3, a2 = 0x1.24924920083ffp-3
        let a3 = -0x1.c71c6fe231671p-4, a4 = 0x1.745cdc54c206ep-4, a5 = -0x1.3b0f2af749a6dp-4
        let a6 = 0x1.10d66a0d03d51p-4, a7 = -0x1.dde2d52defd9ap-5, a8 = 0x1.97b4b24760debp-5
        let a9 = -0x1.2b4442c6a6c2fp-5, a10 = 0x1.0ad3ae322da11p-6
        var x = xIn
        let hx = x.highWord
        let ix = hx & 0x7FFF_FFFF
        if ix >= 0x4410_0000 {  // |x| ≥ 2^66
            if x.isNaN { return x }
            return hx > 0 ? atanHigh[3] + atanLow[3] : -atanHigh[3] - atanLow[3]
        }
        var id = -1
        if ix < 0x3FDC_0000 {  // |x| < 0.4375
            if ix < 0x3E40_0000 { return x }
        } else {
            x = Swift.abs(x)
            if ix < 0x3FF3_0000 {  // |x| < 1.1875
                if ix < 0x3FE6_0000 {
                    id = 0
                    x = (2.0 * x - 1) / (2.0 + x)
                } else {
                    id = 1
                    x = (x - 1) / (x + 1)
                }
            } else if ix < 0x4003_8000 {  // |x| < 2.4375
                id = 2
                x = (x - 1.5) / (1 + 1.5 * x)
            } else {
                id = 3
                x = -1.0 / x
            }
        }
        let z = x * x
        let w = z * z
        let s1 = z * (a0 + w * (a2 + w * (a4 + w * (a6 + w * (a8 + w * a10)))))
        let s2 = w * (a1 + w * (a3 + w * (a5 + w * (a7 + w * a9))))
        if id < 0 { return x - x * (s1 + s2) }
        let result = atanHigh[id] - ((x * (s1 + s2) - atanLow[id]) - x)
        return hx < 0 ? -result : result
    }

    // ECMA-262 §21.3.2.8 Math.atan2 (arguments y, x): the quadrant's special values, otherwise atan(|y/x|) moved
    // into the quadrant with π's tail added separately.
    static func atan2(_ y: Double, _ x: Double) -> Double {
        let quarterPi = 0x1.921fb54442d18p-1, halfPi = 0x1.921fb54442d18p0
        let piLow = 0x1.1a62633145c07p-53
        if x.isNaN || y.isNaN { return x + y }
        let hx = x.highWord, lx = x.lowWord
        let hy = y.highWord, ly = y.lowWord
        let ix = hx & 0x7FFF_FFFF
        let iy = hy & 0x7FFF_FFFF
        if hx == 0x3FF0_0000 && lx == 0 { return atan(y) }  // x = 1
        var m = ((hy >> 31) & 1) | ((hx >> 30) & 2)  // 2·sign(x) + sign(y)
        if iy == 0 && ly == 0 {
            switch m {
            case 0, 1: return y
            case 2: return pi
            default: return -pi
            }
        }
        if ix == 0 && lx == 0 { return hy < 0 ? -halfPi : halfPi }
        if ix == 0x7FF0_0000 {
            if iy == 0x7FF0_0000 {
                switch m {
                case 0: return quarterPi
                case 1: return -quarterPi
                case 2: return 3.0 * quarterPi
                default: return -3.0 * quarterPi
                }
            }
            switch m {
            case 0: return 0
            case 1: return -0.0
            case 2: return pi
            default: return -pi
            }
        }
        if iy == 0x7FF0_0000 { return hy < 0 ? -halfPi : halfPi }
        let k = (iy - ix) >> 20
        var z: Double
        if k > 60 {  // |y/x| > 2^60
            z = halfPi + 0.5 * piLow
            m &= 1
        } else if hx < 0 && k < -60 {
            z = 0
        } else {
            z = atan(Swift.abs(y / x))
        }
        switch m {
        case 0: return z
        case 1: return -z
        case 2: return pi - (z - piLow)
        default: return (z - piLow) - pi
        }
    }

    // MARK: Hyperbolic functions and their inverses

    // ECMA-262 §21.3.2.31 Math.sinh, through expm1 below 22 and exp above.
    static func sinh(_ x: Double) -> Double {
        let h = x < 0 ? -0.5 : 0.5
        let ax = Swift.abs(x)
        if ax < 22 {
            if ax < 0x1p-28 { return x }
            let t = expm1(ax)
            if ax < 1 { return h * (2 * t - t * t / (t + 1)) }
            return h * (t + t / (t + 1))
        }
        if ax < 0x1.62e42p9 { return h * exp(ax) }
        if ax <= 0x1.633ce8fb9f87dp9 {
            let w = exp(0.5 * ax)
            let t = h * w
            return t * w
        }
        return x * 1.0e307
    }

    // ECMA-262 §21.3.2.13 Math.cosh
    static func cosh(_ x: Double) -> Double {
        let ix = x.highWord & 0x7FFF_FFFF
        if ix < 0x3FD6_2E43 {  // |x| < ln2/2
            let t = expm1(Swift.abs(x))
            let w = 1 + t
            if ix < 0x3C80_0000 { return w }
            return 1 + (t * t) / (w + w)
        }
        if ix < 0x4036_0000 {  // |x| < 22
            let t = exp(Swift.abs(x))
            return 0.5 * t + 0.5 / t
        }
        if ix < 0x4086_2E42 { return 0.5 * exp(Swift.abs(x)) }
        if Swift.abs(x) <= 0x1.633ce8fb9f87dp9 {
            let w = exp(0.5 * Swift.abs(x))
            let t = 0.5 * w
            return t * w
        }
        if ix >= 0x7FF0_0000 { return x * x }
        return .infinity
    }

    // ECMA-262 §21.3.2.34 Math.tanh: −t/(t + 2) with t = expm1(−2|x|) below 1, 1 − 2/(t + 2) with t = expm1(2|x|) above.
    static func tanh(_ x: Double) -> Double {
        let jx = x.highWord
        let ix = jx & 0x7FFF_FFFF
        if ix >= 0x7FF0_0000 {
            return jx >= 0 ? 1 / x + 1 : 1 / x - 1
        }
        var z: Double
        if ix < 0x4036_0000 {  // |x| < 22
            if ix < 0x3E30_0000 { return x }
            if ix >= 0x3FF0_0000 {
                let t = expm1(2 * Swift.abs(x))
                z = 1 - 2 / (t + 2)
            } else {
                let t = expm1(-2 * Swift.abs(x))
                z = -t / (t + 2)
            }
        } else {
            z = 1
        }
        return jx >= 0 ? z : -z
    }

    // ECMA-262 §21.3.2.6 Math.asinh
    static func asinh(_ x: Double) -> Double {
        let ln2 = 0x1.62e42fefa39efp-1
        let hx = x.highWord
        let ix = hx & 0x7FFF_FFFF
        if ix >= 0x7FF0_0000 { return x + x }
        if ix < 0x3E30_0000 { return x }  // |x| < 2^-28
        var w: Double
        if ix > 0x41B0_0000 {  // |x| > 2^28
            w = log(Swift.abs(x)) + ln2
        } else if ix > 0x4000_0000 {  // 2 < |x| ≤ 2^28
            let t = Swift.abs(x)
            w = log(2.0 * t + 1 / ((x * x + 1).squareRoot() + t))
        } else {
            let t = x * x
            w = log1p(Swift.abs(x) + t / (1 + (1 + t).squareRoot()))
        }
        return hx > 0 ? w : -w
    }

    // ECMA-262 §21.3.2.2 Math.acosh
    static func acosh(_ x: Double) -> Double {
        let ln2 = 0x1.62e42fefa39efp-1
        let hx = x.highWord
        if x.isNaN { return x }
        if hx < 0x3FF0_0000 { return .nan }  // x < 1
        if hx >= 0x41B0_0000 {  // x ≥ 2^28
            if hx >= 0x7FF0_0000 { return x + x }
            return log(x) + ln2
        }
        if hx == 0x3FF0_0000 && x.lowWord == 0 { return 0 }
        if hx > 0x4000_0000 {  // 2 < x < 2^28
            let t = x * x
            return log(2.0 * x - 1 / (x + (t - 1).squareRoot()))
        }
        let t = x - 1
        return log1p(t + (2.0 * t + t * t).squareRoot())
    }

    // ECMA-262 §21.3.2.7 Math.atanh: ½·log1p(2x + 2x²/(1 − x)) below ½, ½·log1p(2x/(1 − x)) above.
    static func atanh(_ xIn: Double) -> Double {
        let hx = xIn.highWord
        let ix = hx & 0x7FFF_FFFF
        if xIn.isNaN { return xIn }
        if ix > 0x3FF0_0000 || (ix == 0x3FF0_0000 && xIn.lowWord != 0) { return .nan }
        if ix == 0x3FF0_0000 { return xIn > 0 ? .infinity : -.infinity }
        if ix < 0x3E30_0000 { return xIn }
        let x = Swift.abs(xIn)
        var t: Double
        if ix < 0x3FE0_0000 {
            t = x + x
            t = 0.5 * log1p(t + t * x / (1 - x))
        } else {
            t = 0.5 * log1p((x + x) / (1 - x))
        }
        return hx >= 0 ? t : -t
    }

    // MARK: Power

    // ECMA-262 §6.1.6.1.3 Number::exponentiate (Math.pow and `**`): log2(x) in two pieces of extra precision,
    // y·log2(x) = n + y′ in simulated double-double arithmetic, and 2^n·exp(y′·ln2).
    static func pow(_ x: Double, _ y: Double) -> Double {
        let hx = x.highWord, lx = x.lowWord
        let hy = y.highWord, ly = y.lowWord
        var ix = hx & 0x7FFF_FFFF
        let iy = hy & 0x7FFF_FFFF
        if iy == 0 && ly == 0 { return 1 }  // x^±0 = 1, even for NaN
        if x.isNaN || y.isNaN { return .nan }
        // For negative x: 0 when y is not an integer, 1 when odd, 2 when even.
        var yIsInteger: Int32 = 0
        if hx < 0 {
            if iy >= 0x4340_0000 {
                yIsInteger = 2
            } else if iy >= 0x3FF0_0000 {
                let exponent = (iy >> 20) - 0x3FF
                if exponent > 20 {
                    let shift = UInt32(52 - exponent)
                    let j = ly >> shift
                    if j << shift == ly { yIsInteger = 2 - Int32(j & 1) }
                } else if ly == 0 {
                    let shift = Int32(20 - exponent)
                    let j = iy >> shift
                    if j << shift == iy { yIsInteger = 2 - (j & 1) }
                }
            }
        }
        if ly == 0 {
            if iy == 0x7FF0_0000 {  // y = ±∞
                if ix == 0x3FF0_0000 && lx == 0 { return .nan }  // (±1)^±∞
                if ix >= 0x3FF0_0000 { return hy >= 0 ? y : 0 }
                return hy < 0 ? -y : 0
            }
            if iy == 0x3FF0_0000 { return hy < 0 ? 1 / x : x }
            if hy == 0x4000_0000 { return x * x }
            if hy == 0x3FE0_0000 && hx >= 0 { return x.squareRoot() }
        }
        var ax = Swift.abs(x)
        if lx == 0 && (ix == 0x7FF0_0000 || ix == 0 || ix == 0x3FF0_0000) {  // x is ±0, ±∞ or ±1
            var z = ax
            if hy < 0 { z = 1 / z }
            if hx < 0 {
                if ix == 0x3FF0_0000 && yIsInteger == 0 {
                    z = .nan
                } else if yIsInteger == 1 {
                    z = -z
                }
            }
            return z
        }
        let positive = hx >= 0
        if !positive && yIsInteger == 0 { return .nan }
        let sign: Double = !positive && yIsInteger == 1 ? -1 : 1
        let huge = 1.0e300, tiny = 1.0e-300
        var t1: Double, t2: Double
        if iy > 0x41E0_0000 {  // |y| > 2^31
            if iy > 0x43F0_0000 {  // |y| > 2^64: overflow or underflow
                if ix <= 0x3FEF_FFFF { return hy < 0 ? huge * huge : tiny * tiny }
                if ix >= 0x3FF0_0000 { return hy > 0 ? huge * huge : tiny * tiny }
            }
            if ix < 0x3FEF_FFFF { return hy < 0 ? sign * huge * huge : sign * tiny * tiny }
            if ix > 0x3FF0_0000 { return hy > 0 ? sign * huge * huge : sign * tiny * tiny }
            // |1 − x| ≤ 2^-20: log(x) by x − x²/2 + x³/3 − x⁴/4.
            let inverseLn2 = 0x1.71547652b82fep0, inverseLn2High = 0x1.715476p0, inverseLn2Low = 0x1.4ae0bf85ddf44p-26
            let t = ax - 1
            let w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25))
            let u = inverseLn2High * t
            let v = t * inverseLn2Low - w * inverseLn2
            t1 = (u + v).replacingLowWord(0)
            t2 = v - (t1 - u)
        } else {
            let l1 = 0x1.3333333333303p-1, l2 = 0x1.b6db6db6fabffp-2, l3 = 0x1.55555518f264dp-2
            let l4 = 0x1.17460a91d4101p-2, l5 = 0x1.d864a93c9db65p-3, l6 = 0x1.a7e284a454eefp-3
            let twoOverThreeLn2 = 0x1.ec709dc3a03fdp-1
            let twoOverThreeLn2High = 0x1.ec709ep-1, twoOverThreeLn2Low = -0x1.e2fe0145b01f5p-28
            var n: Int32 = 0
            if ix < 0x0010_0000 {  // subnormal x
                ax *= 0x1p53
                n -= 53
                ix = ax.highWord
            }
            n += (ix >> 20) - 0x3FF
            let j = ix & 0x000F_FFFF
            ix = j | 0x3FF0_0000
            var k: Int32
            if j <= 0x3_988E {
                k = 0  // |x| < √(3/2)
            } else if j < 0xB_B67A {
                k = 1  // |x| < √3
            } else {
                k = 0
                n += 1
                ix -= 0x0010_0000
            }
            ax = ax.replacingHighWord(ix)
            let base: Double = k == 0 ? 1.0 : 1.5
            let dpHigh: Double = k == 0 ? 0 : 0x1.2b8034p-1
            let dpLow: Double = k == 0 ? 0 : 0x1.cfdeb43cfd006p-27
            // ss = (x − base)/(x + base) as sHigh + sLow
            var u = ax - base
            var v = 1 / (ax + base)
            let ss = u * v
            let sHigh = ss.replacingLowWord(0)
            var tHigh = Double(highWord: ((ix >> 1) | 0x2000_0000) + 0x0008_0000 + (k << 18), lowWord: 0)
            var tLow = ax - (tHigh - base)
            let sLow = v * ((u - sHigh * tHigh) - sHigh * tLow)
            var s2 = ss * ss
            var r = s2 * s2 * (l1 + s2 * (l2 + s2 * (l3 + s2 * (l4 + s2 * (l5 + s2 * l6)))))
            r += sLow * (sHigh + ss)
            s2 = sHigh * sHigh
            tHigh = (3.0 + s2 + r).replacingLowWord(0)
            tLow = r - ((tHigh - 3.0) - s2)
            u = sHigh * tHigh
            v = sLow * tHigh + tLow * ss
            let pHigh = (u + v).replacingLowWord(0)
            let pLow = v - (pHigh - u)
            let zHigh = twoOverThreeLn2High * pHigh
            let zLow = twoOverThreeLn2Low * pHigh + pLow * twoOverThreeLn2 + dpLow
            let t = Double(n)
            t1 = (((zHigh + zLow) + dpHigh) + t).replacingLowWord(0)
            t2 = zLow - (((t1 - t) - dpHigh) - zHigh)
        }
        // (y1 + y2)·(t1 + t2)
        let y1 = y.replacingLowWord(0)
        let pLow = (y - y1) * t1 + y * t2
        var pHigh = y1 * t1
        var z = pLow + pHigh
        var j = z.highWord
        let i = z.lowWord
        let overflowTail = 0x1.71547652b82fep-54
        if j >= 0x4090_0000 {  // z ≥ 1024
            if j != 0x4090_0000 || i != 0 { return sign * huge * huge }
            if pLow + overflowTail > z - pHigh { return sign * huge * huge }
        } else if j & 0x7FFF_FFFF >= 0x4090_CC00 {  // z ≤ −1075
            if UInt32(bitPattern: j) != 0xC090_CC00 || i != 0 { return sign * tiny * tiny }
            if pLow <= z - pHigh { return sign * tiny * tiny }
        }
        // 2^(pHigh + pLow)
        let lg2 = 0x1.62e42fefa39efp-1, lg2High = 0x1.62e43p-1, lg2Low = -0x1.05c610ca86c39p-29
        let p1 = 0x1.555555555553ep-3, p2 = -0x1.6c16c16bebd93p-9, p3 = 0x1.1566aaf25de2cp-14
        let p4 = -0x1.bbd41c5d26bf1p-20, p5 = 0x1.6376972bea4dp-25
        let magnitude = j & 0x7FFF_FFFF
        var k = (magnitude >> 20) - 0x3FF
        var n: Int32 = 0
        if magnitude > 0x3FE0_0000 {  // |z| > 0.5: n = nearest integer
            n = j &+ (0x0010_0000 >> (k + 1))
            k = ((n & 0x7FFF_FFFF) >> 20) - 0x3FF
            let t = Double(highWord: n & ~(0x000F_FFFF >> k), lowWord: 0)
            n = ((n & 0x000F_FFFF) | 0x0010_0000) >> (20 - k)
            if j < 0 { n = -n }
            pHigh -= t
        }
        let t = (pLow + pHigh).replacingLowWord(0)
        let u = t * lg2High
        let v = (pLow - (t - pHigh)) * lg2 + t * lg2Low
        z = u + v
        let w = v - (z - u)
        let tt = z * z
        let t1b = z - tt * (p1 + tt * (p2 + tt * (p3 + tt * (p4 + tt * p5))))
        let r = (z * t1b) / ((t1b - 2) - (w + z * w))
        z = 1 - (r - z)
        j = z.highWord &+ (n &<< 20)
        if (j >> 20) <= 0 {
            z = z.scaled(byPowerOfTwo: Int(n))  // subnormal result
        } else {
            z = z.replacingHighWord(z.highWord &+ (n &<< 20))
        }
        return sign * z
    }
}
