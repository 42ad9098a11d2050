import Foundation
import PostieHTTPServer
import Testing

/// A form as Postman sends it: a text field and a binary file whose content holds CRLF and dashes.
private let fileBytes: [UInt8] = [0x00, 0xFF, 0x0D, 0x0A, 0x2D, 0x2D, 0x58, 0x0D, 0x0A, 0x01]

private func formBody(boundary: String = "----postie123", finalCRLF: Bool = true) -> Data {
    var body = Data(
        """
        --\(boundary)\r
        Content-Disposition: form-data; name="name"\r
        \r
        My Workflow\r
        --\(boundary)\r
        Content-Disposition: form-data; name="file"; filename="flow \\"v2\\".yxzp"\r
        Content-Type: application/octet-stream\r
        \r

        """.utf8)
    body.append(contentsOf: fileBytes)
    body.append(Data("\r\n--\(boundary)--".utf8))
    if finalCRLF { body.append(Data("\r\n".utf8)) }
    return body
}

@Suite("multipart/form-data")
struct MultipartFormDataTests {
    @Test(arguments: [true, false])
    func parsesFieldsAndFiles(finalCRLF: Bool) throws {
        let parts = try MultipartFormData.parse(body: formBody(finalCRLF: finalCRLF), boundary: "----postie123")
        #expect(parts.count == 2)
        #expect(parts[0].name == "name")
        #expect(parts[0].filename == nil)
        #expect(parts[0].contentType == nil)
        #expect(parts[0].text == "My Workflow")
        #expect(parts[1].name == "file")
        #expect(parts[1].filename == "flow \"v2\".yxzp")
        #expect(parts[1].contentType == "application/octet-stream")
        #expect(parts[1].body == Data(fileBytes))
        #expect(parts[1].headers["content-disposition"]?.hasPrefix("form-data") == true)
    }

    @Test func ignoresPreambleAndEpilogue() throws {
        var body = Data("This is a preamble.\r\n".utf8)
        body.append(formBody())
        body.append(Data("epilogue, ignored".utf8))
        let parts = try MultipartFormData.parse(body: body, boundary: "----postie123")
        #expect(parts.map(\.name) == ["name", "file"])
    }

    @Test func keepsEmptyParts() throws {
        let body = Data("--b\r\nContent-Disposition: form-data; name=\"empty\"\r\n\r\n\r\n--b\r\n\r\nno headers\r\n--b--".utf8)
        let parts = try MultipartFormData.parse(body: body, boundary: "b")
        #expect(parts.count == 2)
        #expect(parts[0].name == "empty")
        #expect(parts[0].body.isEmpty)
        #expect(parts[1].headers.fields.isEmpty)
        #expect(parts[1].text == "no headers")
    }

    @Test func decodesExtendedFilename() throws {
        let body = Data("--b\r\nContent-Disposition: form-data; name=f; filename*=UTF-8''na%C3%AFve.txt\r\n\r\nx\r\n--b--".utf8)
        let parts = try MultipartFormData.parse(body: body, boundary: "b")
        #expect(parts.first?.name == "f")
        #expect(parts.first?.filename == "na\u{EF}ve.txt")
    }

    @Test func missingClosingBoundaryIsAnError() {
        var truncated = formBody()
        truncated.removeLast(20)
        #expect(throws: MultipartFormData.ParseError.missingClosingBoundary) {
            try MultipartFormData.parse(body: truncated, boundary: "----postie123")
        }
        let noClose = Data("--b\r\nContent-Disposition: form-data; name=a\r\n\r\nvalue\r\n--b".utf8)
        #expect(throws: MultipartFormData.ParseError.missingClosingBoundary) {
            try MultipartFormData.parse(body: noClose, boundary: "b")
        }
    }

    @Test func otherMalformedBodies() {
        #expect(throws: MultipartFormData.ParseError.missingOpeningBoundary) {
            try MultipartFormData.parse(body: formBody(), boundary: "other")
        }
        #expect(throws: MultipartFormData.ParseError.invalidBoundary("")) {
            try MultipartFormData.parse(body: formBody(), boundary: "")
        }
        let badHeader = Data("--b\r\nno colon here\r\n\r\nx\r\n--b--".utf8)
        #expect(throws: MultipartFormData.ParseError.malformedPartHeaders(part: 0)) {
            try MultipartFormData.parse(body: badHeader, boundary: "b")
        }
    }

    @Test(arguments: [
        ("multipart/form-data; boundary=----postie123", "----postie123"),
        ("multipart/form-data; boundary=\"quoted; with semicolon\"", "quoted; with semicolon"),
        ("Multipart/Form-Data;charset=utf-8;BOUNDARY=abc", "abc"),
        ("multipart/mixed; boundary=xyz", "xyz"),
    ])
    func readsBoundaryFromContentType(contentType: String, boundary: String) {
        #expect(MultipartFormData.boundary(fromContentType: contentType) == boundary)
    }

    @Test(arguments: ["application/json", "multipart/form-data", "multipart/form-data; boundary=", "text/plain; boundary=x"])
    func noBoundaryForOtherContentTypes(contentType: String) {
        #expect(MultipartFormData.boundary(fromContentType: contentType) == nil)
    }

    @Test func sniffsBoundaryFromBodyWithWrongContentType() throws {
        let body = formBody()
        let boundary = try #require(MultipartFormData.sniffBoundary(fromBody: body))
        #expect(boundary == "----postie123")
        #expect(try MultipartFormData.parse(body: body, boundary: boundary).count == 2)
        #expect(MultipartFormData.sniffBoundary(fromBody: Data("{\"json\": true}".utf8)) == nil)
        #expect(MultipartFormData.sniffBoundary(fromBody: Data("--\r\n".utf8)) == nil)
        #expect(MultipartFormData.sniffBoundary(fromBody: Data("--no-line-end".utf8)) == nil)
    }

    @Test func survivesRandomBodies() {
        var generator = SplitMix64(seed: 7)
        let alphabet = Array("--b\r\n:;=\" xContent-Disposition".utf8)
        for _ in 0..<500 {
            let count = Int(generator.next() % 120)
            let bytes = (0..<count).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            _ = try? MultipartFormData.parse(body: Data(bytes), boundary: "b")
            _ = MultipartFormData.sniffBoundary(fromBody: Data(bytes))
        }
    }
}
