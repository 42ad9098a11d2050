import Testing

@testable import PostieCore

/// `RequestURL.parse` as it was before it read bytes (Unicode scalars, character-level indexing): the
/// reference the byte-level parser must agree with.
enum ScalarURLParser {
    static func parse(_ text: String) -> RequestURL {
        let all = Array(text.unicodeScalars)
        var start = 0
        while start < all.count, all[start].properties.isWhitespace { start += 1 }
        let scalars = Array(all[start...])
        let opaque = scalarMask(scalars)
        func find(_ scalar: Unicode.Scalar, in range: Range<Int>, last: Bool = false) -> Int? {
            let indices = last ? Array(range.reversed()) : Array(range)
            return indices.first { scalars[$0] == scalar && !opaque[$0] }
        }
        func slice(_ range: Range<Int>) -> String {
            var string = String.UnicodeScalarView()
            string.append(contentsOf: scalars[range])
            return String(string)
        }
        func split(_ range: Range<Int>, on separator: Unicode.Scalar) -> [String] {
            var parts: [String] = []
            var partStart = range.lowerBound
            for index in range where scalars[index] == separator && !opaque[index] {
                parts.append(slice(partStart..<index))
                partStart = index + 1
            }
            parts.append(slice(partStart..<range.upperBound))
            return parts
        }

        var end = scalars.count
        if let hash = find("#", in: 0..<end) { end = hash }
        var queryRange: Range<Int>?
        if let mark = find("?", in: 0..<end) {
            queryRange = (mark + 1)..<end
            end = mark
        }
        // Before the query, a backslash is a slash (WHATWG, special schemes).
        var head = Array(scalars[0..<end])
        for index in head.indices where head[index] == "\\" && !opaque[index] { head[index] = "/" }
        func headText(_ range: Range<Int>) -> String {
            var string = String.UnicodeScalarView()
            string.append(contentsOf: head[range])
            return String(string)
        }
        var pointer = 0
        var scheme = "http"
        func startsScheme(_ index: Int) -> Bool {
            let colon: Unicode.Scalar = ":"
            let slash: Unicode.Scalar = "/"
            guard !opaque[index], head[index] == colon else { return false }
            return head[index + 1] == slash && head[index + 2] == slash
        }
        if let separator = (0..<max(0, end - 2)).first(where: startsScheme) {
            let candidate = headText(0..<separator).lowercased()
            scheme = candidate.isEmpty ? "http" : candidate
            pointer = separator + 3
            while pointer < end, head[pointer] == "/" { pointer += 1 }
        }
        var authorityEnd = end
        var segments: [String] = []
        if let slash = (pointer..<end).first(where: { head[$0] == "/" && !opaque[$0] }) {
            authorityEnd = slash
            var segmentStart = slash + 1
            for index in (slash + 1)..<end where head[index] == "/" && !opaque[index] {
                segments.append(headText(segmentStart..<index))
                segmentStart = index + 1
            }
            segments.append(headText(segmentStart..<end))
        }
        var userInfo: String?
        var hostStart = pointer
        if let at = (pointer..<authorityEnd).reversed().first(where: { head[$0] == "@" && !opaque[$0] }) {
            userInfo = headText(pointer..<at)
            hostStart = at + 1
        }
        var hostEnd = authorityEnd
        var port: String?
        if let colon = (hostStart..<authorityEnd).reversed().first(where: { head[$0] == ":" && !opaque[$0] }),
            !head[(colon + 1)..<authorityEnd].contains("]")
        {
            port = headText((colon + 1)..<authorityEnd)
            hostEnd = colon
        }
        var query: [RequestURL.QueryParameter] = []
        if let queryRange {
            query = split(queryRange, on: "&").map { pair in
                let pairScalars = Array(pair.unicodeScalars)
                let pairMask = scalarMask(pairScalars)
                if let equals = pairScalars.indices.first(where: { pairScalars[$0] == "=" && !pairMask[$0] }) {
                    var key = String.UnicodeScalarView()
                    key.append(contentsOf: pairScalars[..<equals])
                    var value = String.UnicodeScalarView()
                    value.append(contentsOf: pairScalars[(equals + 1)...])
                    return RequestURL.QueryParameter(key: String(key), value: String(value))
                }
                return RequestURL.QueryParameter(key: pair, value: nil)
            }
            if query.count == 1, query[0].key.isEmpty, query[0].value == nil { query = [] }
        }
        return RequestURL(
            scheme: scheme, userInfo: userInfo, host: HostName.ascii(headText(hostStart..<hostEnd)), port: port,
            pathSegments: segments, query: query, hasQuery: queryRange != nil)
    }

    /// Which scalars stand inside a `{{name}}` (postman-url-encoder's `/{{[^{}]*}}/g`).
    static func variableMask(_ scalars: [Unicode.Scalar]) -> [Bool] {
        var mask = [Bool](repeating: false, count: scalars.count)
        var index = 0
        while index + 1 < scalars.count {
            if scalars[index] == "{", scalars[index + 1] == "{" {
                var close = index + 2
                while close < scalars.count, scalars[close] != "{", scalars[close] != "}" { close += 1 }
                if close + 1 < scalars.count, scalars[close] == "}", scalars[close + 1] == "}" {
                    for marked in index...(close + 1) { mask[marked] = true }
                    index = close + 2
                    continue
                }
            }
            index += 1
        }
        return mask
    }

    static func scalarMask(_ scalars: [Unicode.Scalar]) -> [Bool] {
        var mask = [Bool](repeating: false, count: scalars.count)
        var index = 0
        while index + 1 < scalars.count {
            if scalars[index] == "{", scalars[index + 1] == "{" {
                var close = index + 2
                while close < scalars.count, scalars[close] != "{", scalars[close] != "}" { close += 1 }
                if close + 1 < scalars.count, scalars[close] == "}", scalars[close + 1] == "}" {
                    for marked in index...(close + 1) { mask[marked] = true }
                    index = close + 2
                    continue
                }
            }
            index += 1
        }
        return mask
    }
}

/// `HostName.ascii` without its fast path for hosts already in their final form.
func hostAsWritten(_ host: String) -> String {
    let lowered = host.lowercased()
    if lowered.isEmpty || lowered.hasPrefix("[") { return lowered }
    guard !lowered.unicodeScalars.contains(where: { $0.value <= 0x20 || "{}%/\\?#@<>|^".unicodeScalars.contains($0) })
    else { return lowered }
    var labels = lowered.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    labels = labels.map { label in
        guard !label.unicodeScalars.allSatisfy(\.isASCII) else { return label }
        return Punycode.encode(label).map { "xn--" + $0 } ?? label
    }
    let domain = labels.joined(separator: ".")
    if HostName.endsInNumber(domain) { return HostName.ipv4(domain) ?? lowered }
    return domain
}

@Suite("Request URL: the byte-level parser")
struct ByteURLParserTests {
    static let inputs = [
        "http://localhost/gallery/api/v1/x/", "HTTPS://Gallery.Example.COM:8443/a", "localhost:3000/x?y=1",
        "http://h/a b/\"q\"/{c}?k=a b&q='x'#frag", "http://h/path?flag&empty=&x==y", "http://h/already%20encoded?v=%2B",
        "http://h/été?q=日本", "http://h/x?", "http://user:p%40ss@h/x", "http://[::1]:8080/x", "http://h", "  http://h/trim  ",
        "http://h/x?v=line\n", "http://us@er:p@ss@h/x", "http://127.1:8080/x", "http://h/x?a={{a#b}}&c=1", "http://h\\a\\b?x=\\",
        "http:////h/x", "http://user:pa ss@h/", "http://h/{{p/q}}/r", "http://HOST.example/%7B?a=%zz", "http://[::1]:80/x",
        "http://bücher.de/ü?ü=ü", "http://h/x?=v&k", "http://h?", "h/x", "http://h/a b", "", " ", "\u{00A0}\u{3000} http://h/x",
        "\u{00A0}x", "{{base}}/a/{{b}}?c={{d&e}}&f", "{{url}}", "http://{{host}}:{{port}}/p", "http://[2001:db8::1]/x",
        "http://[2001:db8::1", "http://[::1]]:9/x", "http://user@[::1]:8080/a?b#c", "http://a:b:c@h:1:2/x", "ftp://h/x",
        "ÉCOLE://h/x", "HtTp://h/x", "http://h:/x", "http://h:65536/x", "http://@h/x", "http://h//a//b//", "http://h/a?b?c#d#e",
        "http://h/{{a}}}}x{{b{{c}}", "{{", "}}{{", "http://h/?&&a=1&&", "http://h/?{{a=b}}=c", "http://0x7f.1/x",
        "http://127.0.0.1:8080/x", "http://10.0.0.255/x", "http://1.2.3.4./x", "http://01.2.3.4/x", "http://256.0.0.1/x",
        "http://a.b.c.123/x", "http://foo.0x1f/", "http://exa_mple.com/", "http://Über.de/", "http://日本.jp/パス",
        "http://h/😀?😀=😀#😀", "\t\n\rhttp://h/x", "http:\\\\h\\x", "http://h/x%", "://h/x", "http://",
    ]

    @Test("agrees with the scalar-level parser it replaced", arguments: inputs)
    func agreesWithScalarParser(input: String) {
        let bytes = RequestURL.parse(input)
        let scalars = ScalarURLParser.parse(input)
        #expect(bytes == scalars)
        #expect(bytes.string == scalars.string)
    }

    @Test("hosts skip the slow path only when it would give them back unchanged", arguments: [
        "localhost", "127.0.0.1", "10.0.0.255", "1.2.3.4.", "01.2.3.4", "256.0.0.1", "1.2.3", "a.b.c.123", "foo.0x1f", "0x",
        "example.com.", "a..b", "xn--bcher-kva.de", "Example.com", "exa_mple.com", "bücher.de", "", "[::1]", "{{host}}", "0.0.0.0",
        "255.255.255.255", "1.2.3.04", "host-1.example", "-", ".", "..", "0",
    ])
    func hostFastPath(host: String) {
        #expect(HostName.ascii(host) == hostAsWritten(host))
    }

    @Test("leading white space: ASCII and other Unicode spaces are dropped, the rest kept")
    func leadingWhitespace() {
        #expect(URLTextSplit.leadingWhitespaceByteCount("  x") == 2)
        #expect(URLTextSplit.leadingWhitespaceByteCount("\u{00A0}\u{3000}x") == 5)
        #expect(URLTextSplit.leadingWhitespaceByteCount("éx") == 0)
        #expect(URLTextSplit.leadingWhitespaceByteCount(" \t ") == 3)
        #expect(URLTextSplit.leadingWhitespaceByteCount("") == 0)
    }
}
