import Foundation
import Testing

@testable import PostieCore

/// A URL a collection writes as one text is split into its parts before its variables are resolved, as
/// postman-collection's `Url.parse` (postman-url-encoder's parser) splits it when Postman loads the
/// collection. The expected parts are those of postman-url-encoder's own parser tests.
@Suite("A URL written as one text")
struct URLTextParsingTests {
    struct Parts: Equatable, CustomStringConvertible {
        var scheme: String?
        var user: String?
        var password: String?
        var host: [String]?
        var port: String?
        var path: [String]?
        var query: [String]?
        var hash: String?

        init(
            scheme: String? = nil, user: String? = nil, password: String? = nil, host: [String]? = nil, port: String? = nil,
            path: [String]? = nil, query: [String]? = nil, hash: String? = nil
        ) {
            (self.scheme, self.user, self.password, self.host) = (scheme, user, password, host)
            (self.port, self.path, self.query, self.hash) = (port, path, query, hash)
        }

        init(_ url: URLDefinition) {
            self.init(
                scheme: url.scheme, user: url.credentials?.user, password: url.credentials?.password, host: url.host,
                port: url.port, path: url.path,
                query: url.query.isEmpty && url.raw?.contains("?") != true
                    ? nil : url.query.map { entry in entry.value.map { "\(entry.key)=\($0)" } ?? entry.key },
                hash: url.hash)
        }

        var description: String {
            "scheme \(scheme ?? "-") auth \(user ?? "-"):\(password ?? "-") host \(host ?? []) port \(port ?? "-") path \(path ?? []) query \(query ?? []) hash \(hash ?? "-")"
        }
    }

    @Test(arguments: [
        ("protocol://user:password@host.com:port/p/a/t/h?q=query#hash",
         Parts(scheme: "protocol", user: "user", password: "password", host: ["host", "com"], port: "port",
               path: ["p", "a", "t", "h"], query: ["q=query"], hash: "hash")),
        ("http://{{hostname}}.com/{{path}}#", Parts(scheme: "http", host: ["{{hostname}}", "com"], path: ["{{path}}"], hash: "")),
        ("protocol://{{user}}:{{p@ssw?rd}}@{{host.name}}.com:{{#port}}/p/a/t/h?q=query#",
         Parts(scheme: "protocol", user: "{{user}}", password: "{{p@ssw?rd}}", host: ["{{host.name}}", "com"], port: "{{#port}}",
               path: ["p", "a", "t", "h"], query: ["q=query"], hash: "")),
        ("    http://postman.com", Parts(scheme: "http", host: ["postman", "com"])),
        ("http://postman.com    ", Parts(scheme: "http", host: ["postman", "com    "])),
        ("://:@:/?#", Parts(scheme: "", user: "", password: "", port: "", path: [""], query: [""], hash: "")),
        ("http://\n:\r@\r.\n:\n/\n/\n?\n=\r#\n",
         Parts(scheme: "http", user: "\n", password: "\r", host: ["\r", "\n"], port: "\n", path: ["\n", "\n"], query: ["\n=\r"], hash: "\n")),
        ("http://localhost\\foo\\bar", Parts(scheme: "http", host: ["localhost"], path: ["foo", "bar"])),
        ("http://postman.com:80\\@evil.com/#foo\\bar",
         Parts(scheme: "http", host: ["postman", "com"], port: "80", path: ["@evil.com", ""], hash: "foo\\bar")),
        ("http://[::1]:8080", Parts(scheme: "http", host: ["[::1]"], port: "8080")),
        ("http://user:password@[1080:0:0:0:8:800:200C:417A]:8080",
         Parts(scheme: "http", user: "user", password: "password", host: ["[1080:0:0:0:8:800:200C:417A]"], port: "8080")),
        (" \n\t\rhttp://localhost/path\n/name\n ", Parts(scheme: "http", host: ["localhost"], path: ["path\n", "name\n "])),
        ("http://user:p:a:s:s@localhost", Parts(scheme: "http", user: "user", password: "p:a:s:s", host: ["localhost"])),
        ("http://us@r:p@ssword@localhost", Parts(scheme: "http", user: "us@r", password: "p@ssword", host: ["localhost"])),
        ("http://localhost/p/q=foo@bar???&hl=en&s=",
         Parts(scheme: "http", host: ["localhost"], path: ["p", "q=foo@bar"], query: ["??", "hl=en", "s="])),
        ("http://localhost?foo=bar&&&bar=baz", Parts(scheme: "http", host: ["localhost"], query: ["foo=bar", "", "", "bar=baz"])),
        ("http://root@localhost", Parts(scheme: "http", user: "root", host: ["localhost"])),
        ("http:\\\\localhost", Parts(scheme: "http", host: ["localhost"])),
        ("http:////localhost/foo", Parts(scheme: "http", host: ["localhost"], path: ["foo"])),
        ("file://host/foo", Parts(scheme: "file", host: ["host"], path: ["foo"])),
        ("file:///foo/bar", Parts(scheme: "file", path: ["foo", "bar"])),
        ("file://///foo/bar", Parts(scheme: "file", path: ["foo", "bar"])),
        ("{{gallery-url}}/api/v1/workflows/{{appId}}/jobs/", Parts(host: ["{{gallery-url}}"], path: ["api", "v1", "workflows", "{{appId}}", "jobs", ""])),
    ] as [(String, Parts)])
    func theTextIsSplitAsPostmanSplitsIt(text: String, parts: Parts) {
        let url = URLDefinition(parsing: text)
        #expect(url.hasParts)
        #expect(Parts(url) == parts)
        #expect(url.raw == text)
    }

    @Test(arguments: ["", "   ", "?a=1", "#top"])
    func aTextWithNeitherHostNorPathKeepsItsRawTextAlone(text: String) {
        let url = URLDefinition(parsing: text)
        #expect(!url.hasParts)
        #expect(url == URLDefinition(raw: text))
    }

    static func build(_ url: URLDefinition, _ variables: [(String, String)]) throws -> BuiltRequest {
        try RequestBuilderTests.build(RequestDefinition(url: url), variables: variables).request
    }

    /// The difference it makes: each variable is resolved inside its own part, so a value's `&`, `#`, `@`
    /// or `/` no longer cuts the URL somewhere else (the text resolved whole and then parsed did).
    @Test func aVariableHoldingDelimitersStaysInItsPart() throws {
        let written = "http://{{user}}:{{pass}}@h.example/get?q={{search}}&x=1#{{anchor}}"
        let variables = [("user", "me"), ("pass", "p@ss/w#rd"), ("search", "a&b#c=d"), ("anchor", "top")]
        let built = try Self.build(URLDefinition(parsing: written), variables)
        #expect(built.url.query.map(\.key) == ["q", "x"])
        #expect(built.url.encodedQuery == "q=a%26b%23c%3Dd&x=1")
        #expect(built.url.host == "h.example" && built.url.encodedPath == "/get")
        #expect(built.url.userInfo?.removingPercentEncoding == "me:p@ss/w#rd")
        // Resolved as one text first, the same URL fell apart: the password's `/` began the path.
        let whole = try Self.build(URLDefinition(raw: written), variables)
        #expect(whole.url.host != "h.example")
    }

    @Test func aBaseURLVariableStillCarriesSchemeHostPortAndPath() throws {
        let built = try Self.build(
            URLDefinition(parsing: "{{gallery-url}}/api/v1/workflows/:appId/jobs/?limit={{n}}"),
            [("gallery-url", "https://Gallery.example:8443/gallery"), ("n", "5")])
        #expect(built.url.string == "https://gallery.example:8443/gallery/api/v1/workflows/:appId/jobs/?limit=5")
    }

    /// v2.0's bare URL string and a URL object with `raw` alone (its path variables kept) are split so.
    @Test func theCollectionReaderSplitsAURLGivenAsText() throws {
        let data = Data(
            #"""
            {"info": {"name": "c", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "item": [
              {"name": "bare", "request": "http://h/a?q={{q}}"},
              {"name": "raw only", "request": {"method": "GET", "url": {"raw": "{{base}}/users/:id", "variable": [{"key": "id", "value": "7"}]}}}
             ]}
            """#.utf8)
        let collection = try CollectionParser.parse(data: data, file: "c.json")
        let requests = collection.flattenedRequests()
        let bare = try #require(requests.first?.item.request.url)
        #expect(bare.host == ["h"] && bare.path == ["a"] && bare.query == [KeyValueEntry(key: "q", value: "{{q}}")])
        let rawOnly = try #require(requests.last?.item.request.url)
        #expect(rawOnly.host == ["{{base}}"] && rawOnly.path == ["users", ":id"])
        #expect(rawOnly.pathVariables == [KeyValueEntry(key: "id", value: "7")])
        let built = try Self.build(rawOnly, [("base", "http://api.example/v2")])
        #expect(built.url.string == "http://api.example/v2/users/7")
    }
}
