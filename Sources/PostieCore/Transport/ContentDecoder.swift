import CZlib
import Foundation

/// Decodes a `gzip` or `deflate` response body (RFC 9110 §8.4.1) as it arrives, with zlib, so that a
/// compressed download is never held whole, and refuses to decode past a bound so that a
/// decompression bomb is an error on that request, not an exhausted disk or memory.
///
/// - `gzip` (and `x-gzip`): RFC 1952, several members one after another read as one body, as Node's
///   zlib (and so Postman) reads them.
/// - `deflate`: RFC 1950 zlib-wrapped data as the RFC says, or a raw RFC 1951 stream as some servers
///   send; told apart by the first two bytes, as browsers and curl do.
/// - A body that ends before its compressed stream does, or holds bytes that are not one, is an error
///   naming the coding and zlib's reason.
final class ContentDecoder {
    enum Coding: String {
        case gzip
        case deflate
    }

    /// The coding of a `Content-Encoding` value postie decodes, or nil (`identity`, `br`, several codings).
    static func coding(forContentEncoding value: String?) -> Coding? {
        guard let value else { return nil }
        switch value.trimmingCharacters(in: .whitespaces).lowercased() {
        case "gzip", "x-gzip": return .gzip
        case "deflate": return .deflate
        default: return nil
        }
    }

    static let outputChunkBytes = 64 * 1024

    let coding: Coding
    /// The most decoded bytes accepted.
    let limit: Int
    private let stream: UnsafeMutablePointer<z_stream>
    private var started = false
    private var ended = false
    private(set) var decodedByteCount = 0
    private(set) var encodedByteCount = 0
    private let output: UnsafeMutablePointer<UInt8>

    init(coding: Coding, limit: Int) {
        self.coding = coding
        self.limit = limit
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        output = .allocate(capacity: Self.outputChunkBytes)
    }

    deinit {
        if started { inflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
        output.deallocate()
    }

    /// Decodes the next bytes of the body, handing each decoded piece to `emit`.
    func decode(_ data: Data, emit: (Data) throws(TransportError) -> Void) throws(TransportError) {
        guard !data.isEmpty else { return }
        encodedByteCount += data.count
        var input = [UInt8](data)
        var offset = 0
        while offset < input.count {
            if ended {
                // Another gzip member; anything else after the end of the stream is ignored, as zlib
                // in Node ignores trailing garbage after a complete deflate stream.
                guard coding == .gzip, input[offset] == 0x1F else { return }
                inflateReset(stream)
                ended = false
            }
            if !started { try start(first: input[offset...]) }
            let consumed = try input.withUnsafeMutableBufferPointer { buffer throws(TransportError) -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                stream.pointee.next_in = base + offset
                stream.pointee.avail_in = UInt32(buffer.count - offset)
                repeat {
                    stream.pointee.next_out = output
                    stream.pointee.avail_out = UInt32(Self.outputChunkBytes)
                    let status = inflate(stream, Z_NO_FLUSH)
                    let produced = Self.outputChunkBytes - Int(stream.pointee.avail_out)
                    if produced > 0 {
                        decodedByteCount += produced
                        guard decodedByteCount <= limit else {
                            throw .failed(
                                reason: "the \(coding.rawValue) body decodes to more than \(ReportText.byteCount(limit)): "
                                    + "refused as a decompression bomb")
                        }
                        try emit(Data(bytes: output, count: produced))
                    }
                    switch status {
                    case Z_STREAM_END:
                        ended = true
                    case Z_OK:
                        break
                    case Z_BUF_ERROR where stream.pointee.avail_in == 0:
                        break
                    default:
                        throw .failed(reason: "the \(coding.rawValue) body is corrupt: \(reason(status))")
                    }
                } while !ended && (stream.pointee.avail_in > 0 || stream.pointee.avail_out == 0)
                return buffer.count - offset - Int(stream.pointee.avail_in)
            }
            offset += consumed
            if consumed == 0 && !ended { break }
        }
        input.removeAll()
    }

    /// Checks that the compressed stream ended with the body.
    func finish() throws(TransportError) {
        guard encodedByteCount > 0, !ended else { return }
        throw .connectionLost(reason: "the \(coding.rawValue) body ended before its compressed data did (unexpected end of file)")
    }

    private func start(first: ArraySlice<UInt8>) throws(TransportError) {
        var windowBits: Int32 = 15 + 16  // gzip
        if coding == .deflate {
            // RFC 1950 header: CM 8, and CMF·256+FLG a multiple of 31; anything else is raw deflate.
            let bytes = Array(first.prefix(2))
            let wrapped = bytes.count == 2 && bytes[0] & 0x0F == 8 && (Int(bytes[0]) << 8 | Int(bytes[1])) % 31 == 0
            windowBits = wrapped ? 15 : -15
        }
        let status = inflateInit2_(stream, windowBits, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw .failed(reason: "cannot decode the \(coding.rawValue) body: zlib status \(status)") }
        started = true
    }

    private func reason(_ status: Int32) -> String {
        if let message = stream.pointee.msg { return String(cString: message) }
        switch status {
        case Z_DATA_ERROR: return "invalid compressed data"
        case Z_MEM_ERROR: return "out of memory"
        default: return "zlib status \(status)"
        }
    }
}
