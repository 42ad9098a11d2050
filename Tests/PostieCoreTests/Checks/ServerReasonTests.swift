import Foundation
import Testing

@testable import PostieCore

/// What a server says about an error answer, as reports show it (issue 10, item 2).
@Suite("Server reasons")
struct ServerReasonTests {
    @Test(arguments: [
        (#"{"data":null,"innerExceptionMessage":"","message":"The provided signature is invalid."}"#, "application/json",
         "The provided signature is invalid."),
        (#"{"error":"invalid_client","error_description":"Client authentication failed"}"#, "application/json",
         "Client authentication failed"),
        (#"{"error":{"code":42,"message":"quota exceeded"}}"#, "application/json", "quota exceeded"),
        (#"{"errors":[{"detail":"name is required"}]}"#, "application/json", "name is required"),
        (#""just a string""#, "application/json", "just a string"),
        ("<html><head><title> 502 Bad Gateway </title></head><body>…</body></html>", "text/html", "502 Bad Gateway"),
        ("no such\n   job", "text/plain", "no such job"),
        ("{not json", "application/json", "{not json"),
    ])
    func readsTheReason(body: String, contentType: String, reason: String) {
        #expect(ServerReason.of(body: Data(body.utf8), contentType: contentType) == reason)
    }

    @Test(arguments: [("", "text/plain"), (#"{"id": 3}"#, "application/json"), ("<html><body>x</body></html>", "text/html")])
    func saysNothingWhenThereIsNoReason(body: String, contentType: String) {
        #expect(ServerReason.of(body: Data(body.utf8), contentType: contentType) == nil)
    }

    @Test func aBinaryBodyHasNoReason() {
        #expect(ServerReason.of(body: Data([0x00, 0x01, 0x02, 0x41]), contentType: nil) == nil)
    }

    @Test func aLongReasonIsCutAtTheLimit() throws {
        let reason = try #require(ServerReason.of(body: Data(String(repeating: "word ", count: 200).utf8), contentType: "text/plain"))
        #expect(reason.count == ServerReason.limit + 1)
        #expect(reason.hasSuffix("…"))
    }
}
