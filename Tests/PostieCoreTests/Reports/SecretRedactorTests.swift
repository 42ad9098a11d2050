import Foundation
import Testing

@testable import PostieCore

extension ReportsTests {
    /// Redaction hides values and leaves the user's own names alone (issue 10, item 10).
    @Suite("Secret redactor")
    struct SecretRedactorTests {
        @Test(
            "a secret inside a name the user wrote stays; elsewhere, and across a name's edge, it goes",
            arguments: [
                ("test login: status 401", ["test login"], "test login: status 401"),
                ("test login sent password=test", ["test login"], "test login sent password=[redacted]"),
                ("test login", [String](), "[redacted] login"),
                ("xtest login", ["test login"], "xtest login"),
                ("attest", ["test login"], "at[redacted]"),
                ("{{test}} is not defined", ["test"], "{{test}} is not defined"),
            ])
        func namesAreKept(text: String, names: [String], shown: String) {
            let redactor = SecretRedactor(secrets: ["test"])
            #expect(redactor.redact(text, keeping: names) == shown)
        }

        @Test("a secret that overlaps a kept name only in part is still hidden")
        func overlappingSecret() {
            let redactor = SecretRedactor(secrets: ["login-s3cr3t"])
            #expect(redactor.redact("test login-s3cr3t", keeping: ["test login"]) == "test [redacted]")
        }

        @Test(
            "undefined references are not secrets",
            arguments: ["{{token}}", " {{token}} ", "Bearer {{token}}", "{{user}}:{{password}}", "Basic {{credentials}}"])
        func referencesAreNotRegistered(value: String) {
            let redactor = SecretRedactor(secrets: [value])
            #expect(redactor.redact("undefined {{token}} in the header Authorization") == "undefined {{token}} in the header Authorization")
            #expect(!redactor.isSecret(value))
        }

        @Test("a value with a real part besides its references is still a secret")
        func mixedValuesAreSecrets() {
            let redactor = SecretRedactor(secrets: ["Bearer abc123{{suffix}}"])
            #expect(redactor.isSecret("Bearer abc123{{suffix}}"))
        }

        @Test(
            "a secret is found wherever it stands, and a text without one comes back as it was",
            arguments: [
                ("s3cr3t-t0ken", "s3cr3t-t0ken", "[redacted]"),
                ("at the end: s3cr3t-t0ken", "s3cr3t-t0ken", "at the end: [redacted]"),
                ("s3cr3t-t0ken at the start, s3cr3t-t0ken twice", "s3cr3t-t0ken", "[redacted] at the start, [redacted] twice"),
                ("s3cr3t-t0ke is not it, nor 3cr3t-t0ken", "s3cr3t-t0ken", "s3cr3t-t0ke is not it, nor 3cr3t-t0ken"),
                ("ssss3cr3t-t0ken", "s3cr3t-t0ken", "sss[redacted]"),
                ("the URL ?q=p%C3%A4ss%20w%C3%B6rd", "päss wörd", "the URL ?q=[redacted]"),
                ("the text päss wörd", "päss wörd", "the text [redacted]"),
                ("nothing secret here", "päss wörd", "nothing secret here"),
                ("", "s3cr3t-t0ken", ""),
            ])
        func foundWherever(text: String, secret: String, shown: String) {
            let redactor = SecretRedactor(secrets: [secret])
            #expect(redactor.redact(text) == shown)
            #expect(redactor.redact(text, keeping: ["the"]) == shown)
        }

        @Test("without secrets every text comes back as it was")
        func noSecrets() {
            let redactor = SecretRedactor()
            for text in ["", "Bearer abc", "päss wörd", "[redacted]"] {
                #expect(redactor.redact(text) == text)
                #expect(redactor.redact(text, keeping: ["abc"]) == text)
            }
        }
    }
}
