import Foundation
import PostieHTTPServer
import PostieJSON

/// Newman's raw echo server (`npm/server.js`, port 4041 there): answers 200 with the request message as it
/// arrived as the body, and in a `raw-request` header (JSON-quoted) for HEAD requests.
///
/// Newman's is a TCP server that writes back the bytes it read; this one rebuilds the message from the parsed
/// request (request line, header fields in order with their case, the body), which is the same text for the
/// `Content-Length` requests the collections send. It answers at once where Newman's waits a second.
final class RawEchoServer: Sendable {
    let server: HTTPServer
    let port: Int

    init() throws {
        server = HTTPServer(configuration: .init()) { request in
            var message = "\(request.method) \(request.target) \(request.version)\r\n"
            for (name, value) in request.headers.fields { message += "\(name): \(value)\r\n" }
            message += "\r\n" + String(decoding: request.body, as: UTF8.self)
            var response = HTTPResponse(
                status: 200, headers: ["Content-Type": "text/plain"],
                body: request.method == "HEAD" ? Data() : Data(message.utf8))
            response.headers.add("raw-request", JSONWriter.quote(message))
            return response
        }
        port = try server.start()
    }

    deinit { server.stop() }
}

/// Newman's redirect server (`npm/server.js`, port 4042 there): `/N` redirects N times (302) down to `/`,
/// `/status/CODE` answers CODE with `Location: /`, anything else echoes `{url, method, headers, data}`.
final class RedirectServer: Sendable {
    let server: HTTPServer
    let port: Int

    init() throws {
        server = HTTPServer(configuration: .init()) { request in
            let path = request.target
            if path.count > 1, path.dropFirst().allSatisfy(\.isNumber), let hops = Int(path.dropFirst()) {
                return HTTPResponse(status: 302, headers: ["Location": hops - 1 > 0 ? "/\(hops - 1)" : "/"])
            }
            if path.hasPrefix("/status/"), path.count == 11, let code = Int(path.suffix(3)) {
                return HTTPResponse(status: code, headers: ["Location": "/"])
            }
            var headers = JSONObject()
            for (name, value) in request.headers.fields {
                let key = name.lowercased()
                if case .string(let existing)? = headers[key] {
                    headers[key] = .string(existing + ", " + value)
                } else {
                    headers[key] = .string(value)
                }
            }
            let body: JSONValue = [
                "url": .string(request.target), "method": .string(request.method), "headers": .object(headers),
                "data": .string(String(decoding: request.body, as: UTF8.self)),
            ]
            return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Data(JSONWriter.compact(body).utf8))
        }
        port = try server.start()
    }

    deinit { server.stop() }
}

/// Deflate streams made of stored (uncompressed) blocks (RFC 1951 §3.2.4), wrapped as gzip (RFC 1952) or zlib
/// (RFC 1950): valid compressed bodies for `/gzip` and `/deflate` without a compressor.
enum StoredDeflate {
    static func deflate(_ data: Data) -> [UInt8] {
        var out: [UInt8] = []
        let bytes = [UInt8](data)
        var offset = 0
        repeat {
            let length = min(65_535, bytes.count - offset)
            let final: UInt8 = offset + length >= bytes.count ? 1 : 0
            out.append(final)  // BFINAL, BTYPE=00
            out += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            out += bytes[offset..<offset + length]
            offset += length
        } while offset < bytes.count
        return out
    }

    static func gzip(_ data: Data) -> Data {
        var out: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3]
        out += deflate(data)
        out += littleEndian(crc32(data)) + littleEndian(UInt32(truncatingIfNeeded: data.count))
        return Data(out)
    }

    static func zlib(_ data: Data) -> Data {
        var out: [UInt8] = [0x78, 0x01]
        out += deflate(data)
        let adler = adler32(data)
        out += [UInt8(adler >> 24), UInt8((adler >> 16) & 0xFF), UInt8((adler >> 8) & 0xFF), UInt8(adler & 0xFF)]
        return Data(out)
    }

    static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    static func adler32(_ data: Data) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return b << 16 | a
    }

    static func littleEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8(value >> 24)]
    }
}
