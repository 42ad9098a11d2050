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
        ("  http://h/trim  ", "http://h/trim"),
    ])
    func encodesLikePostmanURLEncoder(input: String, expected: String) {
        #expect(RequestURL.parse(input).string == expected)
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
