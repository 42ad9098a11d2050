import Foundation
import PostieJSON
import Testing

@testable import PostieCore

/// What each request of a collection puts on the wire, through the whole pipeline a run uses (builder,
/// signer, system headers), with randomness fixed (multipart boundaries, OAuth 1.0a nonces, clocks) and
/// `Postman-Token` masked. The transport writes a `TransportRequest` as `HTTPRequestSerializer.head`
/// plus its body, so equal texts here are equal bytes on the socket.
enum WireCapture {
    static let fixedDate = Date(timeIntervalSince1970: 1_700_000_000)

    static func requests(
        of collection: PostmanCollection, variables: [(String, String)] = [], workingDirectory: String = "/tmp"
    ) -> [String] {
        let transport = StubTransport { request, _ in
            let body = request.url.contains("token") ? #"{"access_token":"t0k3n","token_type":"Bearer","expires_in":3600}"# : "{}"
            return .success(
                TransportResponse(
                    status: 200, headers: [HeaderField(name: "Content-Type", value: "application/json")], body: .memory(Data(body.utf8)),
                    durationMilliseconds: 1))
        }
        let fixed = fixedDate
        let executor = RequestExecutor(
            builder: RequestBuilder(workingDirectory: workingDirectory, userAgent: "postie/test", random: { 0x5eed }),
            signer: RequestSigner(
                oauth1: OAuth1Signer(now: { fixed }, random: { 42 }), tokenProvider: OAuth2TokenProvider(transport: transport, now: { fixed }),
                now: { fixed }),
            transport: transport, redactor: SecretRedactor())
        var context = VariableContext()
        for (key, value) in variables { context.environment.set(key, value) }
        for variable in collection.variables where !variable.disabled { context.collection.set(variable.key, variable.value) }
        let resolver = VariableResolver(context: context)
        var texts: [String] = []
        for request in collection.flattenedRequests() {
            let before = transport.requests.count
            let outcome = executor.execute(request, resolver: resolver)
            for sent in transport.requests[before...] { texts.append("\(request.pathName)\n\(render(sent))") }
            if let error = outcome.error { texts.append("\(request.pathName): \(error)") }
        }
        return texts
    }

    static func render(_ request: TransportRequest) -> String {
        var request = request
        request.headers = request.headers.map { $0.hasName("Postman-Token") ? HeaderField(name: $0.name, value: "masked") : $0 }
        let head = HTTPURLParts(request.url).map { HTTPRequestSerializer.head(for: request, url: $0) } ?? Array("no URL \(request.url)".utf8)
        return String(decoding: head + Array(request.body ?? Data()), as: UTF8.self) + "\n(\(request.behavior))"
    }

    /// Names, folders, effective auth and scripts of every request: what the sandbox and reports see.
    static func outline(of collection: PostmanCollection) -> [String] {
        collection.flattenedRequests().map { request in
            let auth = request.auth.map { "\($0.type) \($0.parameters.map { "\($0.key)=\($0.value.textValue)" })" } ?? "none"
            let scripts = request.scripts.map { "\($0.listen)@\($0.level):\($0.source)" }
            let variables = request.folderVariables.map { "\($0.key)=\($0.value)" }
            return "\(request.pathName) | \(auth) from \(request.authSource ?? "-") | \(scripts) | \(variables)"
        }
    }
}

@Suite("v3 collections: Postman v12 folders of YAML")
struct V3CollectionTests {
    static let fixtures = TestFixtures.packageRoot.appendingPathComponent("Tests/PostieCoreTests/Fixtures/v3")
    static let environment: [(String, String)] = [
        ("token", "t-1"), ("apiKey", "k-1"), ("adminPassword", "s3cret"), ("newPassword", "n3w"), ("reportToken", "r-1"),
        ("orderId", "o_1"),
    ]

    @Test("a folder in the shape public v3 repositories use builds the same requests as its v2.1 twin")
    func shopMatchesItsV21Twin() throws {
        let v3 = try V3CollectionReader.load(path: Self.fixtures.appendingPathComponent("shop").path)
        let v21 = try CollectionParser.load(path: Self.fixtures.appendingPathComponent("shop.postman_collection.json").path)
        #expect(v3.info.name == "Shop API")
        #expect(
            v3.flattenedRequests().map(\.pathName) == [
                "Health", "Orders/List orders", "Orders/Get order", "Orders/Create order", "Admin/Upload catalogue",
                "Admin/Reports/Export", "Admin/Reports/Sales", "Admin/Reset password",
            ])
        #expect(WireCapture.outline(of: v3) == WireCapture.outline(of: v21))
        let directory = Self.fixtures.appendingPathComponent("shop").path
        let v3Wire = WireCapture.requests(of: v3, variables: Self.environment, workingDirectory: directory)
        let v21Wire = WireCapture.requests(of: v21, variables: Self.environment, workingDirectory: directory)
        #expect(v3Wire.count == 8)
        for (v3Request, v21Request) in zip(v3Wire, v21Wire) { #expect(v3Request == v21Request) }
        #expect(v3Wire.contains { $0.contains("X-Api-Key: k-1") && $0.contains("GET /v2/orders?status=open&limit=10 HTTP/1.1") })
        #expect(v3Wire.contains { $0.contains("Content-Disposition: form-data; name=\"file\"; filename=\"catalogue.csv\"") })
        #expect(!v3Wire.contains { $0.contains("X-Trace") || $0.contains("dryRun") })
    }

    @Test("examples are read as the request's saved responses")
    func examples() throws {
        let document = try V3CollectionReader.document(at: Self.fixtures.appendingPathComponent("shop").path).document
        let orders = try #require(document["item"]?[1])
        let create = try #require(orders["item"]?.arrayValue?.first { $0["name"]?.stringValue == "Create order" })
        let response = try #require(create["response"]?[0])
        #expect(response["code"] == 201)
        #expect(response["status"] == "Created")
        #expect(response["body"] == #"{"id": "o_1"}"#)
    }

    /// Every collection the project ships, and the public Alteryx collection when ../shared is present.
    static var roundTripCollections: [String] {
        let directory = TestFixtures.packageRoot.appendingPathComponent("collections").path
        var paths = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".postman_collection.json") }.sorted().map { "\(directory)/\($0)" }
        if let shared = TestFixtures.publicCollectionPath { paths.append(shared) }
        paths.append(Self.fixtures.appendingPathComponent("shop.postman_collection.json").path)
        return paths
    }

    static let localEnvironment: [(String, String)] = {
        let path = TestFixtures.packageRoot.appendingPathComponent("environments/local.postman_environment.json").path
        return ((try? EnvironmentParser.load(path: path))?.values ?? []).map { ($0.key, $0.value) } + environment
    }()

    @Test("v2.1 -> v3 -> v2.1 sends the same requests, byte for byte", arguments: roundTripCollections)
    func roundTrip(path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let original = try CollectionParser.parse(data: data, file: path)
        let conversion = try V3CollectionWriter.convert(data: data, file: path)
        let folder = try TestFixtures.temporaryDirectory().appendingPathComponent("v3")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        for file in conversion.files {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
        }
        let v3 = try V3CollectionReader.load(path: folder.path)
        let back = try CollectionParser.parse(
            data: JSONWriter.prettyData(V3CollectionReader.document(at: folder.path).document), file: "back.json")
        let working = Self.fixtures.appendingPathComponent("shop").path
        let expected = WireCapture.requests(of: original, variables: Self.localEnvironment, workingDirectory: working)
        #expect(!expected.isEmpty)
        for (label, collection) in [("v3", v3), ("v2.1 again", back)] {
            #expect(collection.info.name == original.info.name, "\(label)")
            #expect(WireCapture.outline(of: collection) == WireCapture.outline(of: original), "\(label)")
            let wire = WireCapture.requests(of: collection, variables: Self.localEnvironment, workingDirectory: working)
            #expect(wire.count == expected.count, "\(label)")
            for (sent, wanted) in zip(wire, expected) { #expect(sent == wanted, "\(label)") }
        }
    }

    @Test("the v3 forms of the project's collections mean what the JSON ones mean")
    func shippedV3Collections() throws {
        let root = TestFixtures.packageRoot.appendingPathComponent("collections")
        let folders = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("v3").path).filter { !$0.hasPrefix(".") }
        #expect(folders.sorted() == ["alteryx-gallery", "alteryx-webapi", "alteryx-webapi-v3"])
        for name in folders {
            let json = try CollectionParser.load(path: root.appendingPathComponent("\(name).postman_collection.json").path)
            let v3 = try V3CollectionReader.load(path: root.appendingPathComponent("v3/\(name)").path)
            #expect(v3.info == json.info.withSchema(V3CollectionReader.v21Schema), "\(name)")
            #expect(v3.variables == json.variables, "\(name)")
            #expect(WireCapture.outline(of: v3) == WireCapture.outline(of: json), "\(name)")
            #expect(
                WireCapture.requests(of: v3, variables: Self.localEnvironment) == WireCapture.requests(of: json, variables: Self.localEnvironment),
                "\(name)")
            #expect(v3.warnings.isEmpty, "\(name): \(v3.warnings)")
        }
    }

    // MARK: Reading

    /// Writes `files` (relative path → text) into a fresh folder.
    static func folder(_ files: [String: String]) throws -> URL {
        let root = try TestFixtures.temporaryDirectory()
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    @Test("order is fractional, missing orders come last, ties go by name")
    func ordering() throws {
        let root = try Self.folder([
            "b.request.yaml": "$kind: http-request\nurl: http://x/b\norder: 2\n",
            "a.request.yaml": "$kind: http-request\nurl: http://x/a\norder: 2\n",
            "c.request.yaml": "$kind: http-request\nurl: http://x/c\norder: 1.5\n",
            "z.request.yaml": "$kind: http-request\nurl: http://x/z\n",
            "F/.resources/definition.yaml": "$kind: collection\norder: 1.75\n",
            "F/in.request.yml": "$kind: http-request\nurl: http://x/in\n",
            "notes.md": "not a request",
        ])
        let collection = try V3CollectionReader.load(path: root.path)
        #expect(collection.flattenedRequests().map(\.pathName) == ["c", "F/in", "a", "b", "z"])
        #expect(collection.info.name == root.lastPathComponent)
    }

    /// Found by `postie-fuzz inputs`: a flow naming `/` as its collection walked the whole file system,
    /// through `/proc/self/task/N/root` back to `/`, without end.
    @Test("a link back into the collection is read once, with a warning; folders nest 64 deep at most")
    func linkLoops() throws {
        let root = try Self.folder([
            "a.request.yaml": "$kind: http-request\nurl: http://x/a\n",
            "F/.resources/definition.yaml": "$kind: collection\n",
            "F/in.request.yaml": "$kind: http-request\nurl: http://x/in\n",
        ])
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("F/back").path, withDestinationPath: root.path)
        let collection = try V3CollectionReader.load(path: root.path)
        #expect(collection.flattenedRequests().map(\.pathName) == ["a", "F/in"])
        #expect(collection.warnings.contains { $0.contains("F/back: a link to a folder already read") }, "\(collection.warnings)")

        let deep = try Self.folder(["a.request.yaml": "$kind: http-request\nurl: http://x/a\n"])
        let chain = (1...70).map { "d\($0)" }.joined(separator: "/")
        try FileManager.default.createDirectory(at: deep.appendingPathComponent(chain), withIntermediateDirectories: true)
        #expect {
            try V3CollectionReader.load(path: deep.path)
        } throws: { error in
            "\(error)".contains("folders nest more than 64 deep")
        }
    }

    /// Found by `postie-fuzz inputs` (yaml): a key that is empty (`: 0text`) crashed the warning.
    @Test("an empty key is an unknown key like any other, not a crash")
    func emptyKey() throws {
        let root = try Self.folder([
            ".resources/definition.yaml": "$kind: collection\nname: c\ndescription: >-\n  Folded\n: 0text\n",
            "a.request.yaml": "$kind: http-request\nurl: http://x/a\n",
        ])
        let collection = try V3CollectionReader.load(path: root.path)
        #expect(collection.flattenedRequests().count == 1)
        #expect(collection.warnings.contains { $0.contains("unknown key ``") }, "\(collection.warnings)")
    }

    @Test("unknown keys are warned about once, with the first place, and never stop the run")
    func unknownKeys() throws {
        let root = try Self.folder([
            "a.request.yaml": "$kind: http-request\nurl: http://x/a\nmetod: POST\n",
            "b.request.yaml": "$kind: http-request\nurl: http://x/b\nmetod: PUT\nevent: []\nitem: [1]\n",
        ])
        let collection = try V3CollectionReader.load(path: root.path)
        #expect(collection.flattenedRequests().count == 2)
        let metod = collection.warnings.filter { $0.contains("`metod`") }
        #expect(metod.count == 1)
        #expect(metod.first?.contains("a.request.yaml:3:1") == true)
        #expect(metod.first?.contains("in 2 request files") == true)
        #expect(collection.warnings.contains { $0.contains("`event`") })
    }

    @Test(
        "problems name the file, line and column and say what to do",
        arguments: [
            ("$kind: http-request\nurl: {{baseUrl}}/users\n", "r.request.yaml:2:6: an unquoted value starting with `{{`"),
            ("$kind: http-request\nurl: {{baseUrl}}\n", "r.request.yaml:2:6: url: expected text, found a mapping: an unquoted value starting with `{{`"),
            ("url: http://x\n", "r.request.yaml:1:1: $kind: the file has no `$kind`"),
            ("$kind: http-request\nurl: 'http://x\n", "r.request.yaml:2:6: a single-quoted value is not closed"),
            ("$kind: http-request\nurl: http://x\nheaders:\n  - key: A\n    value: [1]\n", "r.request.yaml:5:12: headers[0].value: expected text, found a list"),
            ("$kind: http-request\nurl: http://x\nbody:\n  content: x\n", "r.request.yaml:4:3: body: a body needs a `type`"),
            ("$kind: http-request\nurl: http://x\norder: soon\n", "r.request.yaml:3:8: order: expected a number"),
            ("$kind: http-request\nurl: http://x\nauth:\n  credentials: {}\n", "r.request.yaml:4:3: auth: auth has no `type`"),
            ("$kind: http-request\nurl: http://x\nscripts:\n  - code: x\n", "r.request.yaml:4:5: scripts[0]: a script needs a `type`"),
        ] as [(String, String)])
    func errors(text: String, expected: String) throws {
        let root = try Self.folder(["r.request.yaml": text])
        do {
            _ = try V3CollectionReader.load(path: root.path, displayName: "c")
            Issue.record("no error for \(text)")
        } catch {
            #expect("\(error)".contains(expected.replacingOccurrences(of: "r.request.yaml", with: "c/r.request.yaml")), "\(error)")
        }
    }

    @Test("a definition of another kind is refused; other request kinds are skipped with a warning")
    func kinds() throws {
        let wrong = try Self.folder([".resources/definition.yaml": "$kind: http-request\n"])
        #expect(throws: InputFileError.self) { try V3CollectionReader.load(path: wrong.path) }
        let mixed = try Self.folder([
            "ws.request.yaml": "$kind: websocket-request\nurl: ws://x\n",
            "gql.request.yaml": "$kind: graphql-request\nurl: http://x/graphql\nquery: '{ me { id } }'\nvariables: '{\"a\": 1}'\n",
        ])
        let collection = try V3CollectionReader.load(path: mixed.path)
        #expect(collection.flattenedRequests().map(\.name) == ["gql"])
        #expect(collection.flattenedRequests().first?.item.request.method == "POST")
        #expect(collection.flattenedRequests().first?.item.request.body == .graphql(query: "{ me { id } }", variables: #"{"a": 1}"#, operationName: nil))
        #expect(collection.warnings.contains { $0.contains("websocket-request") })
    }

    @Test("v3 environments: a list or a mapping of values, secrets by type or flag")
    func environments() throws {
        let text = """
            name: Dev
            values:
              - key: base_url
                value: https://api.example.com
                enabled: true
                type: default
              - key: token
                value: abc
                type: default
                secret: true
              - key: old
                value: x
                enabled: false
            """
        let environment = try V3Environment.parse(data: Data(text.utf8), file: "Dev.environment.yaml")
        #expect(environment.name == "Dev")
        #expect(environment.values.map(\.key) == ["base_url", "token", "old"])
        #expect(environment.values[1].isSecret)
        #expect(!environment.values[2].enabled)
        let again = try V3Environment.parse(data: Data(V3Environment.yaml(environment).utf8), file: "again.environment.yaml")
        #expect(again.values == environment.values.map { var value = $0; value.type = value.type ?? "default"; return value })
        let map = try V3Environment.parse(data: Data("name: M\nvalues:\n  a: 1\n  b: 'on'\n".utf8), file: "m.environment.yaml")
        #expect(map.values.map(\.value) == ["1", "on"])
        #expect(throws: InputFileError.self) { try V3Environment.parse(data: Data("values: [\n".utf8), file: "bad.environment.yaml") }
    }
}

extension CollectionInfo {
    func withSchema(_ schema: String) -> CollectionInfo {
        var copy = self
        copy.schema = schema
        return copy
    }
}
