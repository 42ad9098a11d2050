import Foundation
import PostieJSON

/// Input files as Newman reads them (`util.detectEncoding`): UTF-8, with or without a byte-order mark,
/// or UTF-16 little- or big-endian with one (Windows PowerShell's `Out-File` default), or UTF-16 without
/// one when every other byte is zero, as chardet tells.
public enum TextDecoding {
    /// The encodings told apart.
    enum Encoding: Equatable {
        case utf8
        case utf16LittleEndian
        case utf16BigEndian
    }

    /// The encoding of `data` and how many bytes of byte-order mark it starts with.
    static func detect(_ data: Data) -> (Encoding, bomLength: Int) {
        let bytes = [UInt8](data.prefix(4))
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return (.utf8, 3) }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return (.utf16LittleEndian, 2) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return (.utf16BigEndian, 2) }
        // No mark: UTF-16 shows as zero bytes on one side of ASCII text.
        let sample = [UInt8](data.prefix(512))
        if sample.count >= 4, sample.count % 2 == 0 {
            let evenZeros = stride(from: 0, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
            let oddZeros = stride(from: 1, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
            let half = sample.count / 2
            if oddZeros * 10 >= half * 9, evenZeros == 0 { return (.utf16LittleEndian, 0) }
            if evenZeros * 10 >= half * 9, oddZeros == 0 { return (.utf16BigEndian, 0) }
        }
        return (.utf8, 0)
    }

    /// The warning for a UTF-8 file with bytes that are not UTF-8 (read as U+FFFD, as Newman reads them),
    /// naming the first one's place; nil when the file is valid (or UTF-16).
    public static func invalidUTF8Warning(in raw: Data, file: String) -> String? {
        let (encoding, bomLength) = detect(raw)
        guard encoding == .utf8, let (location, byte) = firstInvalidUTF8(in: raw.dropFirst(bomLength)) else { return nil }
        return invalidUTF8Warning(file: file, location: location, byte: byte)
    }

    static func invalidUTF8Warning(file: String, location: JSONSourceLocation, byte: UInt8) -> String {
        "\(file):\(location.line):\(location.column): invalid UTF-8 (byte 0x" + String(byte, radix: 16, uppercase: true)
            + ") is read as U+FFFD, as Newman reads it; save the file as UTF-8 to keep the text you wrote"
    }

    /// Where the first byte that is not valid UTF-8 stands (line and column from 1, columns counting
    /// characters) and what it is; nil when all of `data` is valid UTF-8.
    static func firstInvalidUTF8(in data: Data) -> (location: JSONSourceLocation, byte: UInt8)? {
        // Valid files (nearly all) are read once, eight ASCII bytes at a time; only an invalid one is
        // read again to place its first bad byte.
        if isValidUTF8(data) { return nil }
        let bytes = [UInt8](data)
        var index = 0
        var line = 1
        var column = 1
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (JSONSourceLocation(line: line, column: column, offset: index), byte)
            }
            guard index + length <= bytes.count else { return (JSONSourceLocation(line: line, column: column, offset: index), byte) }
            if length > 1 {
                let sequence = Array(bytes[index..<(index + length)])
                // Continuation bytes, and no overlong, surrogate or out-of-range forms (RFC 3629 §4).
                guard String(validating: sequence, as: UTF8.self) != nil else {
                    return (JSONSourceLocation(line: line, column: column, offset: index), byte)
                }
            }
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        return nil
    }

    /// Whether the bytes `needle` stand anywhere in the UTF-8 of `text` (an empty needle always does):
    /// a plain byte search, no Foundation, no String comparison.
    static func contains(utf8 needle: [UInt8], in text: String) -> Bool {
        guard !needle.isEmpty else { return true }
        var text = text
        return text.withUTF8 { contains(utf8: needle, in: UnsafeRawBufferPointer($0)) }
    }

    /// Whether the bytes `needle` stand anywhere in `haystack` (an empty needle always does): `memchr`
    /// finds each place the first byte stands, the rest is compared there.
    static func contains(utf8 needle: [UInt8], in haystack: UnsafeRawBufferPointer) -> Bool {
        guard let first = needle.first else { return true }
        guard let base = haystack.baseAddress, haystack.count >= needle.count else { return false }
        let last = haystack.count - needle.count
        var index = 0
        while index <= last {
            guard let found = memchr(base + index, Int32(first), last - index + 1) else { return false }
            index = base.distance(to: UnsafeRawPointer(found))
            var matched = 1
            while matched < needle.count, haystack[index + matched] == needle[matched] { matched += 1 }
            if matched == needle.count { return true }
            index += 1
        }
        return false
    }

    /// Whether all of `data` is UTF-8 as RFC 3629 §4 defines it (no overlong, surrogate or
    /// out-of-range forms), read from its bytes.
    static func isValidUTF8(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            let count = raw.count
            var index = 0
            while index < count {
                // Eight ASCII bytes at once.
                if index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
                let byte = raw[index]
                if byte < 0x80 {
                    index += 1
                    continue
                }
                let length: Int
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF
                switch byte {
                case 0xC2...0xDF: length = 2
                case 0xE0:
                    length = 3
                    low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED:
                    length = 3
                    high = 0x9F
                case 0xF0:
                    length = 4
                    low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4:
                    length = 4
                    high = 0x8F
                default: return false
                }
                guard index + length <= count else { return false }
                // The first continuation byte has the lead byte's range, the others 80...BF.
                guard (low...high).contains(raw[index + 1]) else { return false }
                for offset in 2..<length where !(0x80...0xBF).contains(raw[index + offset]) { return false }
                index += length
            }
            return true
        }
    }

    /// The text of `data`, its byte-order mark removed.
    static func string(from data: Data) -> String {
        let (encoding, bomLength) = detect(data)
        let body = data.dropFirst(bomLength)
        switch encoding {
        case .utf8:
            return String(decoding: body, as: UTF8.self)
        case .utf16LittleEndian, .utf16BigEndian:
            let bytes = [UInt8](body)
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = 0
            while index + 1 < bytes.count {
                units.append(
                    encoding == .utf16LittleEndian
                        ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                        : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
                index += 2
            }
            return String(decoding: units, as: UTF16.self)
        }
    }

    /// `data` as UTF-8 without a byte-order mark: the bytes the JSON and CSV readers take.
    public static func utf8(from data: Data) -> Data {
        let (encoding, bomLength) = detect(data)
        if encoding == .utf8 { return bomLength == 0 ? data : Data(data.dropFirst(bomLength)) }
        return Data(string(from: data).utf8)
    }
}

/// JavaScript's number conversions that Newman's data reading goes through (ECMA-262 §7.1.4.1.1
/// StringToNumber, §19.2.4 parseFloat, §6.1.6.1.20 Number::toString).
enum JavaScriptNumber {
    /// ECMA-262 §7.1.4.1.1 StringToNumber; nil for NaN.
    static func stringToNumber(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return 0 }
        let lowered = trimmed.lowercased()
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where lowered.hasPrefix(prefix) {
            let digits = lowered.dropFirst(2)
            guard !digits.isEmpty else { return nil }
            var value = 0.0
            for character in digits {
                guard let digit = character.hexDigitValue, digit < radix else { return nil }
                value = value * Double(radix) + Double(digit)
            }
            return value
        }
        guard let (value, length) = decimalPrefix(trimmed), length == trimmed.count else { return nil }
        return value
    }

    /// ECMA-262 §19.2.4 parseFloat: the longest decimal literal at the start (after whitespace); nil for NaN.
    static func parseFloat(_ text: String) -> Double? {
        let trimmed = String(text.drop { $0.isWhitespace })
        return decimalPrefix(trimmed)?.0
    }

    /// The StrDecimalLiteral that `text` starts with (`Infinity` included), and its length in characters.
    static func decimalPrefix(_ text: String) -> (Double, Int)? {
        let characters = Array(text)
        var index = 0
        var sign = 1.0
        if index < characters.count, characters[index] == "+" || characters[index] == "-" {
            if characters[index] == "-" { sign = -1 }
            index += 1
        }
        if text.dropFirst(index).hasPrefix("Infinity") { return (sign * .infinity, index + 8) }
        let start = index
        var sawDigit = false
        while index < characters.count, characters[index].isASCII, characters[index].isNumber {
            index += 1
            sawDigit = true
        }
        if index < characters.count, characters[index] == "." {
            var fraction = index + 1
            var sawFraction = false
            while fraction < characters.count, characters[fraction].isASCII, characters[fraction].isNumber {
                fraction += 1
                sawFraction = true
            }
            if sawDigit || sawFraction {
                index = fraction
                sawDigit = true
            }
        }
        guard sawDigit else { return nil }
        if index < characters.count, characters[index] == "e" || characters[index] == "E" {
            var exponent = index + 1
            if exponent < characters.count, characters[exponent] == "+" || characters[exponent] == "-" { exponent += 1 }
            let digitsStart = exponent
            while exponent < characters.count, characters[exponent].isASCII, characters[exponent].isNumber { exponent += 1 }
            if exponent > digitsStart { index = exponent }
        }
        var literal = String(characters[start..<index])
        if literal.hasPrefix(".") { literal = "0" + literal }
        if literal.hasSuffix(".") { literal += "0" }
        if let dot = literal.firstIndex(of: "."), literal[literal.index(after: dot)...].first.map({ $0 == "e" || $0 == "E" }) ?? false {
            literal.insert("0", at: literal.index(after: dot))
        }
        guard let value = Double(literal) else { return nil }
        return (sign * value, index)
    }

    /// ECMA-262 §6.1.6.1.20 Number::toString (radix 10): the shortest digits that round-trip, in plain
    /// notation from 1e-7 to 1e21, exponential outside.
    static func string(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value == 0 { return "0" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value < 0 { return "-" + string(-value) }
        // Swift's description holds the shortest round-trip digits; read them and the exponent back.
        let description = "\(value)"
        var mantissa = description
        var exponent = 0
        if let e = description.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = String(description[..<e])
            exponent = Int(description[description.index(after: e)...]) ?? 0
        }
        var integerPart = mantissa
        var fractionPart = ""
        if let dot = mantissa.firstIndex(of: ".") {
            integerPart = String(mantissa[..<dot])
            fractionPart = String(mantissa[mantissa.index(after: dot)...])
        }
        var digits = integerPart + fractionPart
        var point = integerPart.count + exponent  // n in ECMA-262: the decimal point after n digits
        while digits.hasPrefix("0"), digits.count > 1 {
            digits.removeFirst()
            point -= 1
        }
        while digits.hasSuffix("0"), digits.count > 1 { digits.removeLast() }
        let k = digits.count
        if k <= point, point <= 21 { return digits + String(repeating: "0", count: point - k) }
        if 0 < point, point <= 21 {
            return String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
        }
        if -6 < point, point <= 0 { return "0." + String(repeating: "0", count: -point) + digits }
        let e = point - 1
        let exponentText = (e >= 0 ? "+" : "-") + String(abs(e))
        if k == 1 { return digits + "e" + exponentText }
        return String(digits.prefix(1)) + "." + String(digits.dropFirst()) + "e" + exponentText
    }
}
