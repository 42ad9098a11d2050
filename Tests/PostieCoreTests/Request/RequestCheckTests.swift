import Foundation
import PostieJSON
import Testing

@testable import PostieCore

/// `RequestBuilder.check`, what the preflight runs, finds what `build` finds: the same undefined
/// variables in the same places and order, the same reason a request cannot be sent, the same auth.
@Suite("Request check")
struct RequestCheckTests {
    enum Outcome: Equatable {
        case built(unresolved: [UnresolvedReference], warnings: [String], auth: ResolvedAuth?)
        case failed(RequestBuildFailure)
    }

    static func outcome(_ make: () throws(RequestBuildFailure) -> RequestBuildResult) -> Outcome {
        do {
            let result = try make()
            return .built(unresolved: result.unresolved, warnings: result.warnings, auth: result.request.auth)
        } catch {
            return .failed(error)
        }
    }

    static let cases: [(String, RequestDefinition)] = [
        ("plain", RequestDefinition(url: URLDefinition(raw: "http://h/x"))),
        (
            "every place",
            RequestDefinition(
                method: "POST", url: URLDefinition(raw: "http://h/{{a}}?q={{q}}"),
                headers: [KeyValueEntry(key: "X-{{n}}", value: "{{b}}"), KeyValueEntry(key: "Off", value: "{{off}}", disabled: true)],
                body: .raw(text: "{\"id\": {{c}}, \"g\": \"{{$guid}}\", \"u\": \"{{$nope}}\"}", language: "json"))
        ),
        ("undefined host", RequestDefinition(method: "PUT", url: URLDefinition(raw: "{{base}}/x"), body: .raw(text: "{{c}}", language: nil))),
        ("no URL", RequestDefinition(url: URLDefinition(raw: "  "))),
        ("bad port", RequestDefinition(url: URLDefinition(raw: "http://h:99999/{{p}}"))),
        ("unknown mode", RequestDefinition(method: "POST", url: URLDefinition(raw: "http://h/"), body: .unknown(mode: "binary"))),
        (
            "form fields and a missing file",
            RequestDefinition(
                method: "POST", url: URLDefinition(raw: "http://h/"),
                body: .formdata([
                    FormDataPart(key: "{{k}}", kind: .text("{{v}}")), FormDataPart(key: "f", kind: .file(["{{dir}}/missing.bin"])),
                    FormDataPart(key: "present", kind: .file(["present.txt"])), FormDataPart(key: "empty", kind: .file([])),
                ]))
        ),
        ("a directory as the body file", RequestDefinition(method: "POST", url: URLDefinition(raw: "http://h/"), body: .file(src: "."))),
        ("a file body", RequestDefinition(method: "POST", url: URLDefinition(raw: "http://h/"), body: .file(src: "present.txt"))),
        (
            "urlencoded",
            RequestDefinition(
                method: "POST", url: URLDefinition(raw: "http://h/"),
                body: .urlencoded([KeyValueEntry(key: "a", value: "{{x}}"), KeyValueEntry(key: "{{y}}", value: "1")]))
        ),
        (
            "graphql",
            RequestDefinition(
                method: "POST", url: URLDefinition(raw: "http://h/g"),
                body: .graphql(query: "{ user(id: \"{{id}}\") }", variables: "{\"x\": {{vx}}}", operationName: "Q"))
        ),
        (
            "path variables",
            RequestDefinition(
                url: URLDefinition(
                    raw: "", host: ["{{h}}"], path: ["api", ":appId"], pathVariables: [KeyValueEntry(key: "appId", value: "{{id}}")]))
        ),
        ("pruned GET body", RequestDefinition(method: "GET", url: URLDefinition(raw: "http://h/"), body: .raw(text: "{{gone}}", language: nil))),
        ("a cycle", RequestDefinition(url: URLDefinition(raw: "http://h/{{loop}}"))),
        ("too large", RequestDefinition(method: "POST", url: URLDefinition(raw: "http://h/"), body: .raw(text: "{{big}}", language: nil))),
    ]

    @Test(arguments: cases.indices)
    func checkFindsWhatBuildFinds(index: Int) throws {
        let (_, definition) = Self.cases[index]
        let directory = try TestFixtures.temporaryDirectory()
        try Data("x".utf8).write(to: directory.appendingPathComponent("present.txt"))
        var context = VariableContext()
        context.environment.set("q", "1")
        context.environment.set("loop", "{{loop}}")
        context.environment.set("big", "{{b2}}{{b2}}{{b2}}{{b2}}")
        context.environment.set("b2", String(repeating: "x", count: 400))
        let resolver = VariableResolver(
            context: context, dynamicVariables: .standIns, limits: ResolutionLimits(maximumBytes: 1000))
        let request = CollectionRequest(
            item: RequestItem(name: "R", request: definition), folderPath: [], auth: AuthDefinition(type: "bearer", parameters: [("token", "{{t}}")]),
            authSource: nil, scripts: [], folderVariables: [])
        let builder = RequestBuilder(workingDirectory: directory.path, userAgent: "postie/test", random: { 3 })
        let built = Self.outcome { () throws(RequestBuildFailure) in try builder.build(request, resolver: resolver) }
        let checked = Self.outcome { () throws(RequestBuildFailure) in try builder.check(request, resolver: resolver) }
        #expect(checked == built)
    }

    @Test func checkingMakesNoBody() throws {
        let request = CollectionRequest(
            item: RequestItem(
                name: "R", request: RequestDefinition(method: "POST", url: URLDefinition(raw: "http://h/"), body: .raw(text: "abc", language: nil))),
            folderPath: [], auth: nil, authSource: nil, scripts: [], folderVariables: [])
        let checked = try RequestBuilder().check(request, resolver: VariableResolver(context: VariableContext()))
        #expect(checked.request.body.encoded() == nil)
        let built = try RequestBuilder().build(request, resolver: VariableResolver(context: VariableContext()))
        #expect(built.request.body.encoded() == Data("abc".utf8))
    }
}

@Suite("Byte scans")
struct ByteScanTests {
    @Test(arguments: [
        ("pm.vault.get('x')", "pm.vault", true), ("pm.vaul", "pm.vault", false), ("", "x", false), ("abc", "", true),
        ("aaab", "aab", true), ("naïve BigInt(1)", "BigInt", true), ("pm.require (x)", "pm.require(", false),
    ])
    func scriptSourcesAreSearchedOnTheirBytes(text: String, pattern: String, found: Bool) {
        #expect(TextDecoding.contains(utf8: Array(pattern.utf8), in: text) == found)
    }

    @Test(arguments: [
        [UInt8](), Array("plain ascii text, long enough for words".utf8), Array("naïve 日本 😀 mixed with ascii".utf8),
        [0xC0, 0x80], [0xC2], [0xE0, 0x9F, 0x80], [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF],
        [0xF4, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xFF], Array("12345678".utf8) + [0x80] + Array("abcdefgh".utf8),
        [0x61, 0xE2, 0x82], Array("abcdefg".utf8) + [0xE2, 0x82, 0xAC],
    ])
    func utf8IsValidatedAsTheStandardLibraryValidatesIt(bytes: [UInt8]) {
        #expect(TextDecoding.isValidUTF8(Data(bytes)) == (String(validating: bytes, as: UTF8.self) != nil))
        #expect((TextDecoding.firstInvalidUTF8(in: Data(bytes)) == nil) == (String(validating: bytes, as: UTF8.self) != nil))
    }
}
