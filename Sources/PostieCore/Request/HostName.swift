/// Host names as postman-url-encoder's `encodeHost` writes them (Node's `url.domainToASCII`, WHATWG
/// URL §3.5 host parsing): lower-case, an IPv4 address in any of its spellings (`127.1`, `0x7f.0.0.1`,
/// `2130706433`) written as four decimal numbers, other labels in Punycode (RFC 3492) when not ASCII.
/// A host that is not a valid domain (a `{{variable}}`, a space) is kept as written, lower-cased, as
/// `encodeHost` keeps it when `domainToASCII` gives nothing.
enum HostName {
    /// The host as sent in the request line's authority and the `Host` header.
    static func ascii(_ host: String) -> String {
        if isPlainName(host) { return host }
        let lowered = host.lowercased()
        if lowered.isEmpty || lowered.hasPrefix("[") { return lowered }
        guard !lowered.unicodeScalars.contains(where: { $0.value <= 0x20 || "{}%/\\?#@<>|^".unicodeScalars.contains($0) })
        else { return lowered }
        var labels = lowered.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if labels.contains(where: { !$0.unicodeScalars.allSatisfy(\.isASCII) }) {
            labels = labels.map { label in
                guard !label.unicodeScalars.allSatisfy(\.isASCII) else { return label }
                return Punycode.encode(label).map { "xn--" + $0 } ?? label
            }
        }
        let domain = labels.joined(separator: ".")
        if endsInNumber(domain) { return ipv4(domain) ?? lowered }
        return domain
    }

    /// Whether `host` is already as `ascii` writes it, read from its bytes: lower-case ASCII letters,
    /// digits, `-` and `.`, with a last label that is not a number (so no IPv4 rewriting), or four
    /// decimal parts from 0 to 255 without leading zeros (`127.0.0.1`, the most common host of all).
    static func isPlainName(_ host: String) -> Bool {
        var parts = 1
        var digitsInPart = 0
        var partValue = 0
        var partStartsWithZero = false
        var allDecimal = true
        for byte in host.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "-"):
                allDecimal = false
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if digitsInPart == 0 { partStartsWithZero = byte == UInt8(ascii: "0") }
                digitsInPart += 1
                partValue = min(partValue * 10 + Int(byte - UInt8(ascii: "0")), 1000)
            case UInt8(ascii: "."):
                if digitsInPart == 0 || partValue > 255 || (partStartsWithZero && digitsInPart > 1) { allDecimal = false }
                parts += 1
                digitsInPart = 0
                partValue = 0
            default:
                return false
            }
        }
        guard !host.isEmpty else { return false }
        if allDecimal {
            return parts == 4 && digitsInPart > 0 && partValue <= 255 && !(partStartsWithZero && digitsInPart > 1)
        }
        return !endsInNumber(host)  // `foo.0x1f` ends in a (hex) number: IPv4 rules apply
    }

    /// WHATWG URL §3.5 "ends in a number": the last label (a final empty one ignored) is digits or `0x` hex.
    static func endsInNumber(_ host: String) -> Bool {
        var labels = host.split(separator: ".", omittingEmptySubsequences: false)
        if labels.last == "", labels.count > 1 { labels.removeLast() }
        guard let last = labels.last, !last.isEmpty else { return false }
        if last.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        return parseIPv4Number(last) != nil
    }

    /// WHATWG URL §3.5 IPv4 parser: dotted decimal, octal (leading 0) or hex (`0x`) parts, 1 to 4 of them.
    static func ipv4(_ host: String) -> String? {
        var parts = host.split(separator: ".", omittingEmptySubsequences: false)
        if parts.last == "", parts.count > 1 { parts.removeLast() }
        guard (1...4).contains(parts.count) else { return nil }
        var numbers: [UInt64] = []
        for part in parts {
            guard let number = parseIPv4Number(part) else { return nil }
            numbers.append(number)
        }
        for number in numbers.dropLast() where number > 255 { return nil }
        guard let last = numbers.last, last < (1 << (8 * UInt64(5 - numbers.count))) else { return nil }
        var address = last
        for (index, number) in numbers.dropLast().enumerated() {
            address += number << (8 * UInt64(3 - index))
        }
        return [24, 16, 8, 0].map { String((address >> UInt64($0)) & 0xFF) }.joined(separator: ".")
    }

    /// One IPv4 part: decimal, `0x` hex or leading-zero octal; nil when it is none of them (or too long).
    static func parseIPv4Number(_ part: Substring) -> UInt64? {
        var text = part
        var radix = 10
        if text.count >= 2, text.hasPrefix("0x") || text.hasPrefix("0X") {
            text = text.dropFirst(2)
            radix = 16
        } else if text.count >= 2, text.hasPrefix("0") {
            text = text.dropFirst()
            radix = 8
        }
        if text.isEmpty { return 0 }
        guard text.count <= 20 else { return nil }
        return UInt64(text, radix: radix)
    }
}

/// Punycode (RFC 3492 §6.3), the encoding of IDNA labels.
enum Punycode {
    private static let base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700, initialBias = 72, initialN = 128

    /// The Punycode form of `label` (without `xn--`), or nil when it would overflow.
    static func encode(_ label: String) -> String? {
        let input = label.unicodeScalars.map { Int($0.value) }
        var output: [UInt8] = input.filter { $0 < 0x80 }.map { UInt8($0) }
        let basicCount = output.count
        var handled = basicCount
        if basicCount > 0 { output.append(UInt8(ascii: "-")) }
        var n = initialN
        var delta = 0
        var bias = initialBias
        while handled < input.count {
            guard let m = input.filter({ $0 >= n }).min() else { return nil }
            let (product, overflow) = (m - n).multipliedReportingOverflow(by: handled + 1)
            guard !overflow else { return nil }
            delta += product
            n = m
            for code in input {
                if code < n { delta += 1 }
                if code == n {
                    var q = delta
                    var k = base
                    while true {
                        let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                        if q < t { break }
                        output.append(digit(t + (q - t) % (base - t)))
                        q = (q - t) / (base - t)
                        k += base
                    }
                    output.append(digit(q))
                    bias = adapt(delta, handled + 1, handled == basicCount)
                    delta = 0
                    handled += 1
                }
            }
            delta += 1
            n += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func digit(_ value: Int) -> UInt8 {
        value < 26 ? UInt8(0x61 + value) : UInt8(0x30 + value - 26)
    }

    private static func adapt(_ delta: Int, _ count: Int, _ first: Bool) -> Int {
        var delta = first ? delta / damp : delta / 2
        delta += delta / count
        var k = 0
        while delta > ((base - tMin) * tMax) / 2 {
            delta /= base - tMin
            k += base
        }
        return k + (base - tMin + 1) * delta / (delta + skew)
    }
}
