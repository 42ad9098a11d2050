import Foundation
import PostieCrypto
import Testing

@testable import PostieCore

extension ReportsTests {
    /// Issue 15, H1: a secret is recognised in every form it takes on its way out, not only as written.
    @Suite("Secret encodings")
    struct SecretEncodingsTests {
        static let passwords = ["Summer 2024!", "p@ss:w/rd$", "a'b(c)*d+e", "back\\slash\"quote", "café-naïve", "tab\there&x=1"]

        /// Each form a password takes in a URL component, a form body, JSON, XML.
        static func placements(_ secret: String) -> [(String, String)] {
            [
                ("query value", "https://h/x?api_key=" + URLEncodeSet.queryValue.encode(secret)),
                ("query key", "https://h/x?" + URLEncodeSet.queryKey.encode(secret) + "=1"),
                ("path", "https://h/" + URLEncodeSet.path.encode(secret) + "/y"),
                ("userinfo", "https://u:" + URLEncodeSet.userInfo.encode(secret) + "@h/"),
                ("fragment", "https://h/#" + URLEncodeSet.fragment.encode(secret)),
                ("rfc 3986", "oauth_signature=\"" + PercentEncoding.rfc3986(secret) + "\""),
                ("form", "password=" + SecretRedactor.formEncoded(secret) + "&x=1"),
                ("json", #"{"password":""# + SecretRedactor.jsonEscaped(secret, asciiOnly: false, slash: false) + #""}"#),
                ("json ascii", #"{"echo":""# + SecretRedactor.jsonEscaped(secret, asciiOnly: true, slash: true) + #""}"#),
                ("xml", "<p v=\"" + SecretRedactor.xmlEscaped(secret) + "\"/>"),
            ]
        }

        @Test("every placement of every password is redacted", arguments: passwords)
        func everyPlacement(secret: String) {
            let redactor = SecretRedactor(secrets: [secret])
            for (place, text) in Self.placements(secret) {
                let shown = redactor.redact(text)
                #expect(shown.contains(SecretRedactor.placeholder), "\(place): \(shown)")
                #expect(!shown.contains(secret), "\(place): \(shown)")
            }
        }

        @Test("the issue's case: Summer 2024! in a query as postman-url-encoder leaves it")
        func issueCase() {
            let redactor = SecretRedactor(secrets: ["Summer 2024!"])
            #expect(redactor.redact("GET https://h/?api_key=Summer%202024!") == "GET https://h/?api_key=[redacted]")
            #expect(redactor.redact(#"{"args":{"api_key":"Summer 2024!"}}"#) == #"{"args":{"api_key":"[redacted]"}}"#)
        }

        @Test("a server's JSON-escaped echo (\\\" and \\u00e9) is redacted")
        func jsonEcho() {
            let redactor = SecretRedactor(secrets: ["é\"x/y-secret"])
            #expect(!redactor.redact(#"{"a":"\u00e9\"x\/y-secret"}"#).contains("secret"))
            #expect(!redactor.redact(#"{"a":"\u00E9\"x\/y-secret"}"#).contains("secret"))
        }
    }
}
