import Testing

@testable import PostieCore

@Suite("Request URL")
struct RequestURLTests {
    @Test(arguments: [
        ("http://localhost/gallery/api/v1/x/", "http://localhost/gallery/api/v1/x/"),
        ("HTTPS://Gallery.Example.COM:8443/a", "https://gallery.example.com:8443/a"),
        ("localhost:3000/x?y=1", "http://localhost:3000/x?y=1"),
        ("http://h/a b/\"q\"/{c}?k=a b&q='x'#frag", "http://h/a%20b/%22q%22/%7Bc%7D?k=a%20b&q=%27x%27"),
        ("http://h/path?flag&empty=&x==y", "http://h/path?flag&empty=&x=%3Dy"),
        ("http://h/already%20encoded?v=%2B", "http://h/already%20encoded?v=%2B"),
        ("http://h/été?q=日本", "http://h/%C3%A9t%C3%A9?q=%E6%97%A5%E6%9C%AC"),
        ("http://h/x?", "http://h/x?"),
        ("http://user:p%40ss@h/x", "http://user:p%40ss@h/x"),
        ("http://[::1]:8080/x", "http://[::1]:8080/x"),
        ("http://h", "http://h/"),
        ("  http://h/trim  ", "http://h/trim%20%20"),
    ])
    func encodesLikePostmanURLEncoder(input: String, expected: String) {
        #expect(RequestURL.parse(input).string == expected)
    }

    /// Expected values from postman-url-encoder 3.0.8's `toNodeUrl(text).href`, run under Node 20.
    @Test(
        "parsed and encoded as postman-url-encoder does",
        arguments: [
            ("http://h/x?v=line\n", "http://h/x?v=line%0A"),
            ("http://us@er:p@ss@h/x", "http://us%40er:p%40ss@h/x"),
            ("http://127.1:8080/x", "http://127.0.0.1:8080/x"),
            ("http://h/x?a={{a#b}}&c=1", "http://h/x?a={{a%23b}}&c=1"),
            ("http://h\\a\\b?x=\\", "http://h/a/b?x=\\"),
            ("http:////h/x", "http://h/x"),
            ("  http://h/trim  ", "http://h/trim%20%20"),
            ("http://user:pa ss@h/", "http://user:pa%20ss@h/"),
            ("http://h/{{p/q}}/r", "http://h/%7B%7Bp/q%7D%7D/r"),
            ("http://HOST.example/%7B?a=%zz", "http://host.example/%7B?a=%zz"),
            ("http://[::1]:80/x", "http://[::1]:80/x"),
            ("http://bücher.de/ü?ü=ü", "http://xn--bcher-kva.de/%C3%BC?%C3%BC=%C3%BC"),
            ("http://h/x?=v&k", "http://h/x?=v&k"),
            ("http://h?", "http://h/?"),
            ("h/x", "http://h/x"),
            ("http://h/a b", "http://h/a%20b"),
        ])
    func matchesPostmanURLEncoder(input: String, expected: String) {
        #expect(RequestURL.parse(input).string == expected)
    }

    /// Expected values from Node 20's `url.domainToASCII`, as postman-url-encoder's `encodeHost` uses it
    /// (an empty answer keeps the host as written).
    @Test(
        "hosts written as Node writes them",
        arguments: [
            ("127.1", "127.0.0.1"), ("0x7f.1", "127.0.0.1"), ("2130706433", "127.0.0.1"), ("0177.0.0.1", "127.0.0.1"),
            ("bücher.de", "xn--bcher-kva.de"), ("ÉCOLE.fr", "xn--cole-9oa.fr"), ("{{host}}", "{{host}}"),
            ("a b", "a b"), ("256.1.1.1", "256.1.1.1"), ("1.2.3.4.5", "1.2.3.4.5"), ("localhost", "localhost"),
            ("example.com.", "example.com."), ("127.0.0.1.", "127.0.0.1"), ("09.1", "09.1"), ("日本.jp", "xn--wgv71a.jp"),
            ("xn--bcher-kva.de", "xn--bcher-kva.de"), ("1.256", "1.0.1.0"), ("0x", "0.0.0.0"), ("foo.0x1", "foo.0x1"),
        ])
    func hostNames(input: String, expected: String) {
        #expect(HostName.ascii(input) == expected)
    }

    @Test("disableUrlEncoding sends path, query and userinfo as written")
    func withoutEncoding() {
        var url = RequestURL.parse("http://u:p q@h/a b/{c}?k=a b&q='x'")
        url.encodesForWire = false
        #expect(url.string == "http://u:p q@h/a b/{c}?k=a b&q='x'")
    }

    @Test func splitsIntoParts() {
        let url = RequestURL.parse("https://u@Host.io:444/a//b/?x=1&y&=z#h")
        #expect(url.scheme == "https")
        #expect(url.userInfo == "u")
        #expect(url.host == "host.io")
        #expect(url.port == "444")
        #expect(url.pathSegments == ["a", "", "b", ""])
        #expect(url.query == [.init(key: "x", value: "1"), .init(key: "y", value: nil), .init(key: "", value: "z")])
        #expect(url.authority == "host.io:444")
    }

    @Test func encodeSetsMatchWHATWG() {
        #expect(URLEncodeSet.path.encode("a b\"#<>?`{}|^[]") == "a%20b%22%23%3C%3E%3F%60%7B%7D|^[]")
        #expect(URLEncodeSet.queryValue.encode("a b\"#&'<=>+/") == "a%20b%22%23%26%27%3C%3D%3E+/")
        #expect(URLEncodeSet.queryKey.encode("a=b&c") == "a%3Db%26c")
        #expect(URLEncodeSet.query.encode("=") == "%3D")  // the query set itself holds `=`
        #expect(URLEncodeSet.path.encode("\u{7F}\u{01}é") == "%7F%01%C3%A9")
    }
}
