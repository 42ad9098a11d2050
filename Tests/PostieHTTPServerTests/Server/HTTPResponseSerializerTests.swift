import Foundation
import Testing

@testable import PostieHTTPServer

private let fixedDate = "Sun, 06 Nov 1994 08:49:37 GMT"

private func serialize(
    _ response: HTTPResponse, method: String = "GET", minorVersion: Int = 1, keepAlive: Bool = true
) -> SerializedResponse {
    HTTPResponseSerializer.serialize(
        response, method: method, minorVersion: minorVersion, keepAlive: keepAlive, date: fixedDate)
}

private func headText(_ serialized: SerializedResponse) -> String {
    String(decoding: serialized.head, as: UTF8.self)
}

@Suite("HTTP response serializer")
struct HTTPResponseSerializerTests {
    @Test func writesStatusLineFieldsDateAndLength() {
        let serialized = serialize(.text("hi", status: 201))
        #expect(
            headText(serialized) == """
                HTTP/1.1 201 Created\r
                Content-Type: text/plain; charset=utf-8\r
                Content-Length: 2\r
                Date: Sun, 06 Nov 1994 08:49:37 GMT\r
                \r

                """)
        #expect(serialized.keepAlive)
        guard case .data(let data) = serialized.body else {
            Issue.record("expected a data body")
            return
        }
        #expect(data == Data("hi".utf8))
    }

    @Test func replacesFramingFieldsTheHandlerSet() {
        let response = HTTPResponse(
            status: 200, headers: ["Content-Length": "999", "Transfer-Encoding": "chunked", "Connection": "keep-alive"],
            body: Data("abc".utf8))
        let text = headText(serialize(response))
        #expect(text.contains("Content-Length: 3\r\n"))
        #expect(!text.contains("999"))
        #expect(!text.contains("Transfer-Encoding"))
        #expect(!text.contains("Connection"))
    }

    @Test func headKeepsTheGetLengthWithoutBody() {
        let withBody = serialize(.text("hello"), method: "HEAD")
        #expect(headText(withBody).contains("Content-Length: 5\r\n"))
        guard case .none = withBody.body else {
            Issue.record("HEAD must not have a body")
            return
        }
        let announced = serialize(HTTPResponse(status: 200, headers: ["Content-Length": "1234"]), method: "HEAD")
        #expect(headText(announced).contains("Content-Length: 1234\r\n"))
    }

    @Test func noContentHasNoLengthNorBody() {
        // RFC 9110 §8.6, §15.3.5.
        let serialized = serialize(HTTPResponse(status: 204, body: Data("ignored".utf8)))
        #expect(!headText(serialized).contains("Content-Length"))
        guard case .none = serialized.body else {
            Issue.record("204 must not have a body")
            return
        }
    }

    @Test func streamsAreChunkedWithoutLengthAndCloseDelimitedForHTTP10() {
        let stream = HTTPResponse(status: 200, streaming: .stream(length: nil) { write in _ = write(Data("x".utf8)) })
        let chunked = serialize(stream)
        #expect(headText(chunked).contains("Transfer-Encoding: chunked\r\n"))
        #expect(chunked.keepAlive)
        let http10 = serialize(stream, minorVersion: 0, keepAlive: true)
        #expect(!headText(http10).contains("Transfer-Encoding"))
        #expect(headText(http10).contains("Connection: close\r\n"))
        #expect(!http10.keepAlive)
        let sized = serialize(HTTPResponse(status: 200, streaming: .stream(length: 10) { _ in }))
        #expect(headText(sized).contains("Content-Length: 10\r\n"))
    }

    @Test func connectionFieldFollowsPersistence() {
        #expect(headText(serialize(.text(""), keepAlive: false)).contains("Connection: close\r\n"))
        #expect(headText(serialize(.text(""), minorVersion: 0, keepAlive: true)).contains("Connection: keep-alive\r\n"))
        let handlerClose = serialize(HTTPResponse(status: 200, headers: ["Connection": "close"]))
        #expect(!handlerClose.keepAlive)
        #expect(headText(handlerClose).contains("Connection: close\r\n"))
    }

    @Test func lineBreaksInFieldsCannotSplitTheResponse() {
        let response = HTTPResponse(status: 200, headers: ["X-Evil": "a\r\nSet-Cookie: b"])
        let text = headText(serialize(response))
        #expect(text.contains("X-Evil: a  Set-Cookie: b\r\n"))
    }

    @Test func keepsTheHandlersDateAndNeverAddsWWWAuthenticate() {
        let text = headText(serialize(HTTPResponse(status: 401, headers: ["Date": "custom"])))
        #expect(text.contains("Date: custom\r\n"))
        #expect(!text.contains(fixedDate))
        #expect(!text.lowercased().contains("www-authenticate"))
        #expect(text.hasPrefix("HTTP/1.1 401 Unauthorized\r\n"))
    }

    @Test func errorResponsesAreShortJSON() throws {
        let response = HTTPResponseSerializer.errorResponse(status: 400, message: "bad \"quote\"\n\u{1}")
        #expect(response.headers["Content-Type"] == "application/json")
        guard case .data(let body) = response.body else {
            Issue.record("expected a data body")
            return
        }
        let object = try JSONSerialization.jsonObject(with: body) as? [String: String]
        #expect(object == ["message": "bad \"quote\"\n\u{1}"])
    }

    @Test("a small body is written in the head's buffer, a larger one after it, the same bytes either way")
    func inlinesSmallBodies() {
        let response = HTTPResponse(
            status: 401, headers: ["Content-Type": "application/json", "X-Split": "a\r\nb"], body: Data(#"{"a":1}"#.utf8))
        let separate = serialize(response)
        let inline = HTTPResponseSerializer.serialize(
            response, method: "GET", minorVersion: 1, keepAlive: true, date: fixedDate, inlineBodyBytes: 7)
        guard case .data(let body) = separate.body, case .none = inline.body else {
            Issue.record("expected the body apart without inlining and inside the head with it")
            return
        }
        #expect(inline.head == separate.head + Array(body))
        #expect(
            String(decoding: inline.head, as: UTF8.self)
                == "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nX-Split: a  b\r\nContent-Length: 7\r\n"
                + "Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n\r\n{\"a\":1}")
        let tooLarge = HTTPResponseSerializer.serialize(
            response, method: "GET", minorVersion: 1, keepAlive: true, date: fixedDate, inlineBodyBytes: 6)
        guard case .data = tooLarge.body else {
            Issue.record("a body over the inline limit stays apart")
            return
        }
        let head = HTTPResponseSerializer.serialize(
            response, method: "HEAD", minorVersion: 1, keepAlive: true, date: fixedDate, inlineBodyBytes: 100)
        #expect(String(decoding: head.head, as: UTF8.self).hasSuffix("Content-Length: 7\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\n\r\n"))
    }

    @Test(arguments: [
        (0, "Thu, 01 Jan 1970 00:00:00 GMT"),
        (784_111_777, "Sun, 06 Nov 1994 08:49:37 GMT"),
        (1_709_251_199, "Thu, 29 Feb 2024 23:59:59 GMT"),
    ])
    func formatsIMFFixdate(seconds: Int, expected: String) {
        // RFC 9110 §5.6.7.
        #expect(HTTPDate.format(secondsSince1970: seconds) == expected)
    }
}
