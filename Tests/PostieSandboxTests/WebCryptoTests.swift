import Foundation
import PostieCore
import PostieJSON
import Testing

@testable import PostieSandbox

/// The `crypto` global: `randomUUID()` as WebCrypto gives it, and what postie's `crypto.subtle` leaves out.
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

    /// What postie's WebCrypto leaves out fails naming it (Node would run these; see webcrypto.js). The
    /// rest is checked against Node in Fixtures/libraries/webcrypto-cases.json.
    @Test func algorithmsPostieLacksAreNamedInTheRejection() throws {
        let lines = try Self.run("""
            const fail = e => console.log(e.name + ': ' + e.message);
            crypto.subtle.importKey('raw', new Uint8Array(16), { name: 'AES-CBC' }, false, ['encrypt']).catch(fail)
              .then(() => crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign'])).catch(fail)
              .then(() => crypto.subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, null, new Uint8Array(1))).catch(fail)
              .then(() => console.log(typeof crypto.subtle.digest, typeof crypto.getRandomValues, typeof Uint8Array, typeof ArrayBuffer));
            """)
        #expect(lines == [
            "NotSupportedError: AES-CBC is not available in postie's sandbox: crypto.subtle has SHA digests and HMAC only",
            "NotSupportedError: ECDSA is not available in postie's sandbox: crypto.subtle has SHA digests and HMAC only",
            "NotSupportedError: crypto.subtle.encrypt is not available in postie's sandbox: crypto.subtle has SHA digests and HMAC only",
            "function function function function",
        ])
    }

    /// The stand-in globals are installed again for every script: one that replaces them does not change
    /// them for the next.
    @Test func aScriptThatReplacesUint8ArrayDoesNotChangeTheNextOne() throws {
        let first = try Self.run("Uint8Array = function () { return { mine: true }; }; crypto = 1; console.log(new Uint8Array(1).mine, crypto);")
        #expect(first == ["true 1"])
        let lines = try Self.run("console.log(new Uint8Array([1, 2]).join('-'), typeof crypto.subtle.sign);")
        #expect(lines == ["1-2 function"])
    }
}
