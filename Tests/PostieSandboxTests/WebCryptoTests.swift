import Foundation
import PostieCore
import PostieJSON
import Testing

@testable import PostieSandbox

/// The `crypto` global: `randomUUID()` as WebCrypto gives it; the parts that need typed arrays are absent.
@Suite("crypto global")
struct WebCryptoTests {
    static func run(_ script: String) throws -> [String] {
        let first = try #require(SandboxCaseTests.cases.first)
        let (_, console, error) = SandboxCaseTests.sandbox.runCase(
            context: first.json["context"] ?? .null, script: script, event: SandboxCaseTests.event(first.json),
            responses: [], cookies: [])
        #expect(error == nil, "\(error?.description ?? "")")
        return console.map(\.text)
    }

    @Test func randomUUIDGivesDistinctVersion4UUIDs() throws {
        let lines = try Self.run("for (var i = 0; i < 20; i++) console.log(crypto.randomUUID());")
        #expect(lines.count == 20)
        #expect(Set(lines).count == 20)
        let pattern = try Regex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
        for line in lines { #expect(line.wholeMatch(of: pattern) != nil, "\(line)") }
    }

    @Test func subtleIsAbsentRatherThanWrong() throws {
        let lines = try Self.run("console.log(typeof crypto.subtle, typeof crypto.randomUUID);")
        #expect(lines == ["undefined function"])
    }
}
