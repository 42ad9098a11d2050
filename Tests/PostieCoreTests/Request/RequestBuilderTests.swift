import Foundation
import PostieJSON
import Testing

@testable import PostieCore

@Suite("Request builder")
struct RequestBuilderTests {
    static func request(_ definition: RequestDefinition, name: String = "R", auth: AuthDefinition? = nil) -> CollectionRequest {
        CollectionRequest(
            item: RequestItem(name: name, request: definition), folderPath: ["F"], auth: auth, authSource: nil, scripts: [],
            folderVariables: [])
    }

    static func build(
        _ definition: RequestDefinition, variables: [(String, String)] = [], workingDirectory: String = "/tmp",
        overrides: RequestOverrides = RequestOverrides(), auth: AuthDefinition? = nil
    ) throws -> RequestBuildResult {
        var context = VariableContext()
        for (key, value) in variables { context.environment.set(key, value) }
        return try RequestBuilder(workingDirectory: workingDirectory, userAgent: "postie/test", random: { 3 })
            .build(request(definition, auth: auth), resolver: VariableResolver(context: context), overrides: overrides)
    }

    static func text(_ body: BuiltBody) -> String? { body.encoded().map { String(decoding: $0, as: UTF8.self) } }

    @Test(arguments: [
        ("json", "application/json"), ("javascript", "application/javascript"), ("html", "text/html"),
        ("xml", "application/xml"), ("text", "text/plain"), ("graphql", "text/plain"),
    ])
    func rawBodyContentTypeFollowsLanguage(language: String, contentType: String) throws {
        let built = try Self.build(
            RequestDefinition(method: "POST", url: URLDefinition(raw: "http://h/"), body: .raw(text: "x", language: language))
        ).request
        #expect(built.header("Content-Type") == contentType)
    }

    @Test func aContentTypeHeaderWinsForRawBodiesAndEmptyBodiesSendNothing() throws {
        let own = try Self.build(
            RequestDefinition(
                method: "POST", url: URLDefinition(raw: "http://h/"), headers: [KeyValueEntry(key: "content-type", value: "text/something")],
                body: .raw(text: "{}", language: "json"))
        ).request
        #expect(own.headers.filter { $0.name.lowercased() == "content-type" }.map(\.value) == ["text/something"])
        let empty = try Self.build(
            RequestDefinition(method: "POST", url: URLDefinition(raw: "http://h/"), body: .raw(text: "", language: "json"))
        ).request
        #expect(empty.body == .none)
        #expect(empty.header("Content-Type") == nil)
    }

    @Test func getRequestsDropTheirBodyAsPostmanDoes() throws {
        for method in ["GET", "HEAD", "COPY", "PURGE", "UNLOCK"] {
            let built = try Self.build(
                RequestDefinition(method: method, url: URLDefinition(raw: "http://h/"), body: .raw(text: "x", language: nil))
            ).request
            #expect(built.body == .none, "\(method)")
        }
        let delete = try Self.build(
            RequestDefinition(method: "DELETE", url: URLDefinition(raw: "http://h/"), body: .raw(text: "x", language: nil))
        ).request
        #expect(Self.text(delete.body) == "x")
    }

    @Test func urlencodedBodiesEncodeLikeNodeQuerystringAndFixTheContentType() throws {
        let built = try Self.build(
            RequestDefinition(
                method: "POST", url: URLDefinition(raw: "http://h/"),
                headers: [KeyValueEntry(key: "Content-Type", value: "application/json")],
                body: .urlencoded([
                    KeyValueEntry(key: "grant_type", value: "client_credentials"), KeyValueEntry(key: "a b", value: "x&y=z!*'()~"),
                    KeyValueEntry(key: "who", value: "{{user}}"), KeyValueEntry(key: "off", value: "1", disabled: true),
                ])),
            variables: [("user", "é@x")]
        ).request
        #expect(Self.text(built.body) == "grant_type=client_credentials&a%20b=x%26y%3Dz%21%2A%27%28%29~&who=%C3%A9%40x")
        #expect(built.header("Content-Type") == "application/x-www-form-urlencoded")
    }

    @Test func formDataReadsFilesFromTheWorkingDirectoryAndOverridesContentType() throws {
        let directory = try TestFixtures.temporaryDirectory()
        try Data("a,b\n1,2\n".utf8).write(to: directory.appendingPathComponent("rates.csv"))
        let built = try Self.build(
            RequestDefinition(
                method: "POST", url: URLDefinition(raw: "http://h/"),
                headers: [KeyValueEntry(key: "Content-Type", value: "application/json")],
                body: .formdata([
                    FormDataPart(key: "inputFile", kind: .file(["rates.csv"])),
                    FormDataPart(key: "name", kind: .text("{{name}}")),
                    FormDataPart(key: "off", kind: .text("x"), disabled: true),
                ])),
            variables: [("name", "ECB")], workingDirectory: directory.path
        ).request
        let boundary = "--------------------------" + String(repeating: "3", count: 24)
        #expect(built.header("Content-Type") == "multipart/form-data; boundary=\(boundary)")
        #expect(
            Self.text(built.body)
                == "--\(boundary)\r\nContent-Disposition: form-data; name=\"inputFile\"; filename=\"rates.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\na,b\n1,2\n\r\n--\(boundary)\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nECB\r\n"
                + "--\(boundary)--\r\n")
    }

    @Test func aMissingFileFailsTheRequestWithItsPath() throws {
        #expect(
            throws: RequestBuildFailure(
                reason: .fileUnreadable(place: "form field \"f\"", path: "/tmp/postie-no-such/x.bin", reason: "no such file"))
        ) {
            try Self.build(
                RequestDefinition(
                    method: "POST", url: URLDefinition(raw: "http://h/"), body: .formdata([FormDataPart(key: "f", kind: .file(["x.bin"]))])),
                workingDirectory: "/tmp/postie-no-such")
        }
    }

    @Test func graphqlBodiesAreJSON() throws {
        let built = try Self.build(
            RequestDefinition(
                method: "POST", url: URLDefinition(raw: "http://h/graphql"),
                body: .graphql(query: "query { user(id: \"{{id}}\") { name } }", variables: "{\"x\": {{id}}}", operationName: nil)),
            variables: [("id", "7")]
        ).request
        #expect(Self.text(built.body) == #"{"query":"query { user(id: \"7\") { name } }","variables":{"x": 7}}"#)
        #expect(built.header("Content-Type") == "application/json")
    }

    @Test func pathVariablesResolveAndTheURLIsReparsedAfterVariables() throws {
        let built = try Self.build(
            RequestDefinition(
                url: URLDefinition(
                    raw: "ignored when parts exist", host: ["{{base}}"], path: ["api", ":appId", "jobs", ""],
                    query: [KeyValueEntry(key: "a", value: "{{q}}"), KeyValueEntry(key: "off", value: "1", disabled: true)],
                    pathVariables: [KeyValueEntry(key: "appId", value: "{{id}}")])),
            variables: [("base", "https://H.example:8443/gallery"), ("id", "app 1"), ("q", "x y")]
        ).request
        #expect(built.url.string == "https://h.example:8443/gallery/api/app%201/jobs/?a=x%20y")
    }

    /// whatwg-url's "params with & and #" and "multiple : and @ in auth" (Newman's integration suite): a URL
    /// given by parts keeps each query parameter whole (postman-collection percent-encodes a key's `&`, `=`
    /// and `#`, a value's `&` and `#`, outside `{{variables}}` that hold them) and sends `url.auth` as userinfo.
    @Test func aURLGivenByPartsKeepsEachParameterAndItsCredentials() throws {
        let url = URLDefinition(
            raw: "ignored", scheme: "https", host: ["postman-echo", "com"], path: ["get"],
            query: [
                KeyValueEntry(key: "q", value: "%23{{foo&bar}}%23"), KeyValueEntry(key: "x%26y", value: "{{#foo#}}"),
                KeyValueEntry(key: "b#a&r", value: nil), KeyValueEntry(key: "v", value: "{{both}}"),
            ],
            credentials: URLCredentials(user: "us@r", password: "{{pass}}"))
        let built = try Self.build(
            RequestDefinition(url: url), variables: [("foo&bar", "1"), ("#foo#", "2"), ("both", "a&b#c"), ("pass", "p@ss/w:rd")]
        ).request
        #expect(built.url.encodedQuery == "q=%231%23&x%26y=2&b%23a%26r&v=a%26b%23c")
        #expect(built.url.query.map(\.key) == ["q", "x%26y", "b%23a%26r", "v"])
        #expect(built.url.host == "postman-echo.com" && built.url.encodedPath == "/get")
        #expect(built.url.userInfo?.removingPercentEncoding == "us@r:p@ss/w:rd")
        #expect(built.url.string.hasPrefix("https://us%40r:p%40ss%2Fw%3Ard@postman-echo.com/get?"))
        // As the collection writes it: the variables holding reserved characters stay whole.
        #expect(RequestBuilder.unresolvedText(of: url) == "https://us@r:{{pass}}@postman-echo.com/get?q=%23{{foo&bar}}%23&x%26y={{#foo#}}&b%23a%26r&v={{both}}")
    }

    @Test func unresolvedReferencesAreReportedWithTheirPlace() throws {
        let result = try Self.build(
            RequestDefinition(
                method: "POST", url: URLDefinition(raw: "http://h/{{a}}"), headers: [KeyValueEntry(key: "X-T", value: "{{b}}")],
                body: .raw(text: "{{c}}", language: nil)),
            auth: AuthDefinition(type: "bearer", parameters: [("token", "{{d}}")]))
        #expect(
            result.unresolved.map(\.description) == [
                "{{a}} in the url", "{{b}} in the header X-T", "{{c}} in the body", "{{d}} in the auth token",
            ])
        #expect(result.request.auth == ResolvedAuth(type: "bearer", values: ["token": "{{d}}"]))
    }

    @Test func overridesChangeQueryHeadersAndBodyBeforeSigning() throws {
        let built = try Self.build(
            RequestDefinition(
                method: "POST", url: URLDefinition(raw: "http://h/x?format=Raw&keep=1&format=Other"),
                headers: [KeyValueEntry(key: "X-Drop", value: "1"), KeyValueEntry(key: "Accept", value: "*/*")],
                body: .raw(text: "old", language: nil)),
            variables: [("fmt", "Csv")],
            overrides: RequestOverrides(
                query: [("format", "{{fmt}}"), ("keep", nil), ("new", "1")], headers: [("X-Drop", nil), ("Accept", "text/csv")],
                body: .json(["questions": [], "priority": 0]))
        ).request
        #expect(built.url.string == "http://h/x?format=Csv&new=1")
        #expect(built.header("X-Drop") == nil)
        #expect(built.header("Accept") == "text/csv")
        #expect(Self.text(built.body) == #"{"questions":[],"priority":0}"#)
        #expect(built.header("Content-Type") == "application/json")
    }

    @Test(arguments: [
        ("http://:8080/api/x", RequestBuildError.missingHost(url: "http://:8080/api/x")),
        ("", .noURL),
        ("{{APIURL}}/jobs/", .undefinedHost(variables: ["APIURL"])),
        ("http://{{Sub}}.{{Domain}}/x", .undefinedHost(variables: ["Sub", "Domain"])),
        ("http://Example.invalid:99999/x", .invalidURL(url: "http://Example.invalid:99999/x", reason: "the port 99999 is not a number from 1 to 65535")),
        ("http://Example.invalid:8o/x", .invalidURL(url: "http://Example.invalid:8o/x", reason: "the port \"8o\" is not a number")),
        ("http://exa mple.invalid/x", .invalidURL(url: "http://exa mple.invalid/x", reason: "the host contains a space")),
        ("ftp://files.invalid/x", .invalidURL(url: "ftp://files.invalid/x", reason: "postie sends http:// and https:// URLs, not ftp://")),
        ("http://[::1/x", .invalidURL(url: "http://[::1/x", reason: "the IPv6 address has no closing \"]\"")),
    ])
    func aURLThatCannotBeSentIsABuildErrorNamingItAsWritten(url: String, reason: RequestBuildError) {
        do {
            _ = try Self.build(RequestDefinition(url: URLDefinition(raw: url)))
            Issue.record("built \(url)")
        } catch let error as RequestBuildFailure {
            #expect(error.reason == reason)
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func aRequestThatCannotBeBuiltStillReportsEveryUndefinedVariable() {
        do {
            _ = try Self.build(
                RequestDefinition(
                    method: "POST", url: URLDefinition(raw: "{{base}}/x"), headers: [KeyValueEntry(key: "X-T", value: "{{b}}")],
                    body: .raw(text: "{{c}}", language: nil)))
            Issue.record("built")
        } catch let error as RequestBuildFailure {
            #expect(error.reason == .undefinedHost(variables: ["base"]))
            #expect(error.unresolved.map(\.description) == ["{{base}} in the url", "{{b}} in the header X-T", "{{c}} in the body"])
            #expect(
                error.description
                    == "{{base}} is not defined, so the URL has no host; give an environment (-e FILE) or --env-var base=VALUE")
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func systemHeadersAreAddedOnlyWhenTheRequestHasNone() throws {
        var built = try Self.build(
            RequestDefinition(url: URLDefinition(raw: "http://h/"), headers: [KeyValueEntry(key: "accept", value: "text/csv")])
        ).request
        #expect(built.headers.map(\.name) == ["accept"])
        RequestBuilder(userAgent: "postie/test").addSystemHeaders(to: &built)
        #expect(
            built.headers.map(\.name)
                == ["accept", "User-Agent", "Cache-Control", "Postman-Token", "Host", "Accept-Encoding", "Connection"])
    }

    @Test("every request's Postman-Token is a fresh lower-case version 4 UUID, past the random pool's first block")
    func postmanTokensAreDistinctVersion4UUIDs() throws {
        let builder = RequestBuilder()
        var tokens: Set<String> = []
        // 16 bytes a token, 256 bytes a block: 40 tokens take the pool through two refills.
        for _ in 0..<40 {
            var built = try builder.build(
                Self.request(RequestDefinition(method: "GET", url: URLDefinition(raw: "http://example.test/"))),
                resolver: VariableResolver(context: VariableContext())
            ).request
            builder.addSystemHeaders(to: &built)
            let token = try #require(built.header("Postman-Token"))
            let groups = token.split(separator: "-", omittingEmptySubsequences: false)
            #expect(groups.map(\.count) == [8, 4, 4, 4, 12])
            #expect(token.allSatisfy { "0123456789abcdef-".contains($0) })
            #expect(groups[2].first == "4")
            #expect(groups.count == 5 && "89ab".contains(groups[3].first!))
            tokens.insert(token)
        }
        #expect(tokens.count == 40)
    }
}
