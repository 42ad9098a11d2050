/// `Math.sin`, `Math.cos` and `Math.tan` as V8 computes them (ECMA-262 §21.3.2.30, §21.3.2.12, §21.3.2.33
/// leave the approximation to the implementation; V8 follows fdlibm's published method, and so do we, so that
/// results agree to the last bit).
///
/// Method: reduce x to r = x − n·π/2 with |r| ≤ π/4 carried as a head and a tail (`reduceByHalfPi`), then
/// evaluate the minimax polynomials for sin, cos or tan on [−π/4, π/4] and pick by n mod 4.
enum MathTrigonometry {
    // ECMA-262 §21.3.2.30 Math.sin
    static func sin(_ x: Double) -> Double {
        let ix = x.highWord & 0x7FFF_FFFF
        if ix <= 0x3FE9_21FB { return sineKernel(x, 0, tailIsZero: true) }
        if ix >= 0x7FF0_0000 { return .nan }
        let (n, head, tail) = reduceByHalfPi(x)
        switch n & 3 {
        case 0: return sineKernel(head, tail, tailIsZero: false)
        case 1: return cosineKernel(head, tail)
        case 2: return -sineKernel(head, tail, tailIsZero: false)
        default: return -cosineKernel(head, tail)
        }
    }

    // ECMA-262 §21.3.2.12 Math.cos
    static func cos(_ x: Double) -> Double {
        let ix = x.highWord & 0x7FFF_FFFF
        if ix <= 0x3FE9_21FB { return cosineKernel(x, 0) }
        if ix >= 0x7FF0_0000 { return .nan }
        let (n, head, tail) = reduceByHalfPi(x)
        switch n & 3 {
        case 0: return cosineKernel(head, tail)
        case 1: return -sineKernel(head, tail, tailIsZero: false)
        case 2: return -cosineKernel(head, tail)
        default: return sineKernel(head, tail, tailIsZero: false)
        }
    }

    // ECMA-262 §21.3.2.33 Math.tan
    static func tan(_ x: Double) -> Double {
        let ix = x.highWord & 0x7FFF_FFFF
        if ix <= 0x3FE9_21FB { return tangentKernel(x, 0, odd: false) }
        if ix >= 0x7FF0_0000 { return .nan }
        let (n, head, tail) = reduceByHalfPi(x)
        return tangentKernel(head, tail, odd: n & 1 == 1)
    }

    // MARK: Kernels on [−π/4, π/4]; `tail` is the part of the argument below the head's last bit.

    /// sin(x + tail) ≈ x + S1·x³ + … + S6·x¹³, with the first-order tail correction.
    @inline(__always)
    static func sineKernel(_ x: Double, _ tail: Double, tailIsZero: Bool) -> Double {
        let s1 = -0x1.5555555555549p-3, s2 = 0x1.111111110f8a6p-7, s3 = -0x1.a01a019c161d5p-13
        let s4 = 0x1.71de357b1fe7dp-19, s5 = -0x1.ae5e68a2b9cebp-26, s6 = 0x1.5d93a5acfd57cp-33
        if x.highWord & 0x7FFF_FFFF < 0x3E40_0000 { return x }  // |x| < 2^-27: sin x = x
        let z = x * x
        let v = z * x
        let r = s2 + z * (s3 + z * (s4 + z * (s5 + z * s6)))
        if tailIsZero { return x + v * (s1 + z * r) }
        return x - ((z * (0.5 * tail - v * r) - tail) - v * s1)
    }

    /// cos(x + tail) ≈ 1 − x²/2 + C1·x⁴ + … + C6·x¹⁴; for |x| ≥ 0.3 the subtraction is split at a quarter of x.
    @inline(__always)
    static func cosineKernel(_ x: Double, _ tail: Double) -> Double {
        let c1 = 0x1.555555555554cp-5, c2 = -0x1.6c16c16c15177p-10, c3 = 0x1.a01a019cb159p-16
        let c4 = -0x1.27e4f809c52adp-22, c5 = 0x1.1ee9ebdb4b1c4p-29, c6 = -0x1.8fae9be8838d4p-37
        let ix = x.highWord & 0x7FFF_FFFF
        if ix < 0x3E40_0000 { return 1 }  // |x| < 2^-27
        let z = x * x
        let r = z * (c1 + z * (c2 + z * (c3 + z * (c4 + z * (c5 + z * c6)))))
        if ix < 0x3FD3_3333 { return 1 - (0.5 * z - (z * r - x * tail)) }
        let quarter = ix > 0x3FE9_0000 ? 0.28125 : Double(highWord: ix &- 0x0020_0000, lowWord: 0)
        let halfSquareLessQuarter = 0.5 * z - quarter
        let oneLessQuarter = 1 - quarter
        return oneLessQuarter - (halfSquareLessQuarter - (z * r - x * tail))
    }

    /// tan(x + tail) (or −1/tan when `odd`) from an odd polynomial of degree 27 on [0, 0.6744], and
    /// tan(π/4 − y) = (1 − tan y)/(1 + tan y) above.
    static func tangentKernel(_ xIn: Double, _ tailIn: Double, odd: Bool) -> Double {
        let t0 = 0x1.5555555555563p-2, t1 = 0x1.111111110fe7ap-3, t2 = 0x1.ba1ba1bb341fep-5
        let t3 = 0x1.664f48406d637p-6, t4 = 0x1.226e3e96e8493p-7, t5 = 0x1.d6d22c9560328p-9
        let t6 = 0x1.7dbc8fee08315p-10, t7 = 0x1.344d8f2f26501p-11, t8 = 0x1.026f71a8d1068p-12
        let t9 = 0x1.47e88a03792a6p-14, t10 = 0x1.2b80f32f0a7e9p-14, t11 = -0x1.375cbdb605373p-16
        let t12 = 0x1.b2a7074bf7ad4p-16
        let quarterPi = 0x1.921fb54442d18p-1, quarterPiTail = 0x1.1a62633145c07p-55
        var x = xIn
        var tail = tailIn
        let hx = x.highWord
        let ix = hx & 0x7FFF_FFFF
        if ix < 0x3E30_0000 {  // |x| < 2^-28
            if !odd { return x }
            if ix == 0 && x.lowWord == 0 { return 1 / Swift.abs(x) }
            // −1/(x + tail), carefully.
            let w = x + tail
            let wHead = w.replacingLowWord(0)
            let v = tail - (wHead - x)
            let a = -1 / w
            let aHead = a.replacingLowWord(0)
            let s = 1 + aHead * wHead
            return aHead + a * (s + aHead * v)
        }
        let large = ix >= 0x3FE5_9428  // |x| ≥ 0.6744
        if large {
            if hx < 0 {
                x = -x
                tail = -tail
            }
            x = (quarterPi - x) + (quarterPiTail - tail)
            tail = 0
        }
        let z = x * x
        let w = z * z
        var r = t1 + w * (t3 + w * (t5 + w * (t7 + w * (t9 + w * t11))))
        let v = z * (t2 + w * (t4 + w * (t6 + w * (t8 + w * (t10 + w * t12)))))
        let s = z * x
        r = tail + z * (s * (r + v) + tail)
        r += t0 * s
        let sum = x + r
        if large {
            let sign: Double = hx < 0 ? -1 : 1
            let k: Double = odd ? -1 : 1
            return sign * (k - 2.0 * (x - (sum * sum / (sum + k) - r)))
        }
        if !odd { return sum }
        // −1/(x + r), carefully.
        let sumHead = sum.replacingLowWord(0)
        let correction = r - (sumHead - x)
        let a = -1.0 / sum
        let aHead = a.replacingLowWord(0)
        let s2 = 1.0 + aHead * sumHead
        return aHead + a * (s2 + aHead * correction)
    }

    // MARK: Argument reduction

    /// x − n·π/2 as head + tail, and n (its low bits decide the quadrant).
    static func reduceByHalfPi(_ x: Double) -> (n: Int32, head: Double, tail: Double) {
        let halfPi1 = 0x1.921fb544p0, halfPi1Tail = 0x1.0b4611a626331p-34
        let halfPi2 = 0x1.0b4611a6p-34, halfPi2Tail = 0x1.3198a2e037073p-69
        let halfPi3 = 0x1.3198a2ep-69, halfPi3Tail = 0x1.b839a252049c1p-104
        let twoOverPi = 0x1.45f306dc9c883p-1
        let hx = x.highWord
        let ix = hx & 0x7FFF_FFFF
        if ix <= 0x3FE9_21FB { return (0, x, 0) }
        if ix < 0x4002_D97C {  // |x| < 3π/4: n = ±1
            if hx > 0 {
                var z = x - halfPi1
                if ix != 0x3FF9_21FB {
                    let head = z - halfPi1Tail
                    return (1, head, (z - head) - halfPi1Tail)
                }
                z -= halfPi2  // near π/2: 33 + 33 + 53 bits of π
                let head = z - halfPi2Tail
                return (1, head, (z - head) - halfPi2Tail)
            }
            var z = x + halfPi1
            if ix != 0x3FF9_21FB {
                let head = z + halfPi1Tail
                return (-1, head, (z - head) + halfPi1Tail)
            }
            z += halfPi2
            let head = z + halfPi2Tail
            return (-1, head, (z - head) + halfPi2Tail)
        }
        if ix <= 0x4139_21FB {  // |x| ≤ 2^19·π/2: Cody–Waite with up to three pieces of π/2
            let t = Swift.abs(x)
            let n = Int32(t * twoOverPi + 0.5)
            let fn = Double(n)
            var r = t - fn * halfPi1
            var w = fn * halfPi1Tail
            var head: Double
            if n >= 1 && n < 32 && ix != halfPiMultipleHighWords[Int(n) - 1] {
                head = r - w
            } else {
                let exponent = ix >> 20
                head = r - w
                var lost = exponent - ((head.highWord >> 20) & 0x7FF)
                if lost > 16 {
                    let previous = r
                    w = fn * halfPi2
                    r = previous - w
                    w = fn * halfPi2Tail - ((previous - r) - w)
                    head = r - w
                    lost = exponent - ((head.highWord >> 20) & 0x7FF)
                    if lost > 49 {
                        let again = r
                        w = fn * halfPi3
                        r = again - w
                        w = fn * halfPi3Tail - ((again - r) - w)
                        head = r - w
                    }
                }
            }
            let tail = (r - head) - w
            return hx < 0 ? (-n, -head, -tail) : (n, head, tail)
        }
        if ix >= 0x7FF0_0000 { return (0, .nan, .nan) }
        // Large arguments: split |x| into three 24-bit pieces and multiply by 2/π digit by digit.
        let e0 = (ix >> 20) - 1046
        var z = Double(highWord: ix - (e0 << 20), lowWord: x.lowWord)
        var pieces: [Double] = [0, 0, 0]
        for index in 0..<2 {
            pieces[index] = Double(Int32(z))
            z = (z - pieces[index]) * 0x1p24
        }
        pieces[2] = z
        var count = 3
        while count > 1 && pieces[count - 1] == 0 { count -= 1 }
        let (n, head, tail) = largeReduction(pieces, count: count, exponent: Int(e0))
        return hx < 0 ? (-n, -head, -tail) : (n, head, tail)
    }

    /// High words of the doubles nearest n·π/2 for n = 1…32 (where the medium reduction may cancel).
    static let halfPiMultipleHighWords: [Int32] = [
        0x3FF9_21FB, 0x4009_21FB, 0x4012_D97C, 0x4019_21FB, 0x401F_6A7A, 0x4022_D97C, 0x4025_FDBB, 0x4029_21FB,
        0x402C_463A, 0x402F_6A7A, 0x4031_475C, 0x4032_D97C, 0x4034_6B9C, 0x4035_FDBB, 0x4037_8FDB, 0x4039_21FB,
        0x403A_B41B, 0x403C_463A, 0x403D_D85A, 0x403F_6A7A, 0x4040_7E4C, 0x4041_475C, 0x4042_106C, 0x4042_D97C,
        0x4043_A28C, 0x4044_6B9C, 0x4045_34AC, 0x4045_FDBB, 0x4046_C6CB, 0x4047_8FDB, 0x4048_58EB, 0x4049_21FB,
    ]

    /// 2/π after the binary point, 24 bits per entry (1584 bits, enough for any double).
    static let twoOverPiDigits: [Int32] = [
        0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163, 0xABDEBB, 0xC561B7,
        0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129, 0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C,
        0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F, 0xEF2F11,
        0x8B5A0A, 0x6D1F6D, 0x367ECF, 0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7,
        0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3, 0x91615E,
        0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880, 0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B,
    ]

    /// π/2 cut into 24-bit pieces.
    static let halfPiPieces: [Double] = [
        0x1.921fb4p0, 0x1.4442dp-24, 0x1.846988p-48, 0x1.8cc516p-72,
        0x1.01b838p-96, 0x1.a25204p-120, 0x1.382228p-145, 0x1.9f31dp-169,
    ]

    /// Payne–Hanek style reduction (fdlibm's method at 64-bit working precision): the value is
    /// Σ pieces[i]·2^(exponent − 24i); returns n mod 8 and the remainder as head + tail.
    static func largeReduction(_ pieces: [Double], count: Int, exponent e0: Int) -> (n: Int32, head: Double, tail: Double) {
        let termsNeeded = 4  // 64-bit precision
        let last = count - 1
        var jv = (e0 - 3) / 24
        if jv < 0 { jv = 0 }
        var q0 = e0 - 24 * (jv + 1)
        let capacity = 32
        var f = [Double](repeating: 0, count: capacity)
        var q = [Double](repeating: 0, count: capacity)
        var fq = [Double](repeating: 0, count: capacity)
        var iq = [Int32](repeating: 0, count: capacity)
        func digit(_ index: Int) -> Double {
            index >= 0 && index < twoOverPiDigits.count ? Double(twoOverPiDigits[index]) : 0
        }
        var j = jv - last
        for i in 0...(last + termsNeeded) {
            f[i] = digit(j)
            j += 1
        }
        for i in 0...termsNeeded {
            var sum = 0.0
            for k in 0...last { sum += pieces[k] * f[last + i - k] }
            q[i] = sum
        }
        var jz = termsNeeded
        var n: Int32 = 0
        var ih: Int32 = 0
        var z = 0.0
        var recomputations = 0
        while true {
            // Distill q[] into 24-bit integers, most significant last.
            z = q[jz]
            var i = 0
            var jj = jz
            while jj > 0 {
                let fw = Double(Int32(0x1p-24 * z))
                iq[i] = Int32(z - 0x1p24 * fw)
                z = q[jj - 1] + fw
                i += 1
                jj -= 1
            }
            z = z.scaled(byPowerOfTwo: q0)
            z -= 8.0 * (z * 0.125).rounded(.down)
            n = Int32(z)
            z -= Double(n)
            ih = 0
            if q0 > 0 {
                let top = iq[jz - 1] >> Int32(24 - q0)
                n += top
                iq[jz - 1] -= top << Int32(24 - q0)
                ih = iq[jz - 1] >> Int32(23 - q0)
            } else if q0 == 0 {
                ih = iq[jz - 1] >> 23
            } else if z >= 0.5 {
                ih = 2
            }
            if ih > 0 {  // the fraction is above one half: use 1 − fraction
                n += 1
                var carry = false
                for index in 0..<jz {
                    let value = iq[index]
                    if !carry {
                        if value != 0 {
                            carry = true
                            iq[index] = 0x100_0000 - value
                        }
                    } else {
                        iq[index] = 0xFF_FFFF - value
                    }
                }
                if q0 == 1 { iq[jz - 1] &= 0x7F_FFFF } else if q0 == 2 { iq[jz - 1] &= 0x3F_FFFF }
                if ih == 2 {
                    z = 1 - z
                    if carry { z -= 1.0.scaled(byPowerOfTwo: q0) }
                }
            }
            // More digits of 2/π are needed when everything computed so far cancelled.
            if z == 0 && recomputations < 8 && jz + 8 < capacity {
                var bits: Int32 = 0
                var index = jz - 1
                while index >= termsNeeded {
                    bits |= iq[index]
                    index -= 1
                }
                if bits == 0 {
                    var k = 1
                    while termsNeeded >= k && iq[termsNeeded - k] == 0 { k += 1 }
                    if last + jz + k + 2 >= capacity { break }
                    for index in (jz + 1)...(jz + k) {
                        f[last + index] = digit(jv + index)
                        var sum = 0.0
                        for piece in 0...last { sum += pieces[piece] * f[last + index - piece] }
                        q[index] = sum
                    }
                    jz += k
                    recomputations += 1
                    continue
                }
            }
            break
        }
        // Drop zero chunks, or split z into 24-bit chunks.
        if z == 0 {
            jz -= 1
            q0 -= 24
            while jz > 0 && iq[jz] == 0 {
                jz -= 1
                q0 -= 24
            }
        } else {
            z = z.scaled(byPowerOfTwo: -q0)
            if z >= 0x1p24 {
                let fw = Double(Int32(0x1p-24 * z))
                iq[jz] = Int32(z - 0x1p24 * fw)
                jz += 1
                q0 += 24
                iq[jz] = Int32(fw)
            } else {
                iq[jz] = Int32(z)
            }
        }
        var fw = 1.0.scaled(byPowerOfTwo: q0)
        var index = jz
        while index >= 0 {
            q[index] = fw * Double(iq[index])
            fw *= 0x1p-24
            index -= 1
        }
        index = jz
        while index >= 0 {
            var sum = 0.0
            var k = 0
            while k <= termsNeeded && k <= jz - index {
                sum += halfPiPieces[k] * q[index + k]
                k += 1
            }
            fq[jz - index] = sum
            index -= 1
        }
        var total = 0.0
        index = jz
        while index >= 0 {
            total += fq[index]
            index -= 1
        }
        let head = ih == 0 ? total : -total
        var rest = fq[0] - total
        if jz >= 1 {
            for k in 1...jz { rest += fq[k] }
        }
        let tail = ih == 0 ? rest : -rest
        return (n & 7, head, tail)
    }
}
