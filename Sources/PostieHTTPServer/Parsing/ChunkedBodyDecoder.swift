import Foundation
import PostieHTTP

/// Decodes a `Transfer-Encoding: chunked` body (RFC 9112 §7.1) incrementally.
///
/// ```
/// chunked-body = *chunk last-chunk trailer-section CRLF
/// chunk        = chunk-size [ chunk-ext ] CRLF chunk-data CRLF
/// ```
/// Extensions are checked for stray control bytes and otherwise ignored (§7.1.1); trailer fields are
/// read and dropped (§7.1.2). Bare LF line endings are accepted, like in the head.
struct ChunkedBodyDecoder {
    /// A chunk-size line longer than this (the extensions make it long) is refused.
    static let maxSizeLineBytes = 4096

    private enum State {
        case size
        case data(remaining: Int)
        case dataEnd
        case trailers(bytes: Int)
        case done
    }

    let maxBodyBytes: Int
    let maxTrailerBytes: Int
    private var state = State.size

    init(maxBodyBytes: Int, maxTrailerBytes: Int) {
        self.maxBodyBytes = maxBodyBytes
        self.maxTrailerBytes = maxTrailerBytes
    }

    /// Whether the last chunk and the trailer section have been read.
    var isDone: Bool {
        if case .done = state { return true }
        return false
    }

    /// Consumes what it can of `input`, appending chunk data to `body`; returns how many bytes it used.
    /// Bytes of an incomplete line are left for the next call.
    mutating func decode(_ input: UnsafeBufferPointer<UInt8>, into body: inout Data) throws(HTTPParseError) -> Int {
        var index = 0
        let count = input.count
        while index < count {
            switch state {
            case .done:
                return index

            case .size:
                guard let lineFeed = Self.lineFeed(in: input, from: index) else {
                    if count - index > Self.maxSizeLineBytes { throw .badRequest("chunk size line is too long") }
                    return index
                }
                if lineFeed - index > Self.maxSizeLineBytes { throw .badRequest("chunk size line is too long") }
                let size = try Self.parseSizeLine(Self.line(input, from: index, to: lineFeed))
                index = lineFeed + 1
                if size == 0 {
                    state = .trailers(bytes: 0)
                } else {
                    let (total, overflow) = body.count.addingReportingOverflow(size)
                    if overflow || total > maxBodyBytes { throw .contentTooLarge(limit: maxBodyBytes) }
                    state = .data(remaining: size)
                }

            case .data(let remaining):
                let take = min(remaining, count - index)
                body.append(UnsafeBufferPointer(rebasing: input[index..<(index + take)]))
                index += take
                state = take == remaining ? .dataEnd : .data(remaining: remaining - take)

            case .dataEnd:
                // chunk-data is followed by CRLF (or a bare LF).
                if input[index] == ASCII.lineFeed {
                    index += 1
                } else if input[index] == ASCII.carriageReturn {
                    guard index + 1 < count else { return index }
                    guard input[index + 1] == ASCII.lineFeed else { throw .badRequest("chunk data not followed by CRLF") }
                    index += 2
                } else {
                    throw .badRequest("chunk data longer than its size")
                }
                state = .size

            case .trailers(let used):
                guard let lineFeed = Self.lineFeed(in: input, from: index) else {
                    if used + (count - index) > maxTrailerBytes { throw .headersTooLarge(limit: maxTrailerBytes) }
                    return index
                }
                let lineLength = lineFeed + 1 - index
                let line = Self.line(input, from: index, to: lineFeed)
                index = lineFeed + 1
                let total = used + lineLength
                if total > maxTrailerBytes { throw .headersTooLarge(limit: maxTrailerBytes) }
                if line.isEmpty {
                    state = .done
                } else {
                    // A trailer field must look like a field; its value is not used.
                    guard line.contains(ASCII.colon), !line.contains(ASCII.carriageReturn) else {
                        throw .badRequest("malformed trailer field")
                    }
                    state = .trailers(bytes: total)
                }
            }
        }
        return index
    }

    private static func lineFeed(in input: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        input[index...].firstIndex(of: ASCII.lineFeed)
    }

    /// The line from `start` to the LF at `lineFeed`, without its CR.
    private static func line(_ input: UnsafeBufferPointer<UInt8>, from start: Int, to lineFeed: Int)
        -> Slice<UnsafeBufferPointer<UInt8>>
    {
        var end = lineFeed
        if end > start, input[end - 1] == ASCII.carriageReturn { end -= 1 }
        return input[start..<end]
    }

    /// `chunk-size [ chunk-ext ]`: 1*HEXDIG, then optional `BWS ";" …` extensions.
    static func parseSizeLine(_ line: Slice<UnsafeBufferPointer<UInt8>>) throws(HTTPParseError) -> Int {
        var size = 0
        var index = line.startIndex
        while index < line.endIndex, let digit = HTTPGrammar.hexValue(line[index]) {
            let (times, overflowTimes) = size.multipliedReportingOverflow(by: 16)
            let (sum, overflowSum) = times.addingReportingOverflow(digit)
            if overflowTimes || overflowSum { throw .badRequest("chunk size is out of range") }
            size = sum
            index += 1
        }
        guard index > line.startIndex else { throw .badRequest("chunk size is not hexadecimal") }
        while index < line.endIndex, line[index] == ASCII.space || line[index] == ASCII.tab { index += 1 }
        guard index == line.endIndex || line[index] == ASCII.semicolon else {
            throw .badRequest("chunk size is not hexadecimal")
        }
        // §7.1.1: extensions are name[=value] pairs; unrecognised ones are ignored. Only controls are refused.
        guard line[index...].allSatisfy({ $0 == ASCII.tab || ($0 >= ASCII.space && $0 != ASCII.delete) }) else {
            throw .badRequest("invalid character in chunk extension")
        }
        return size
    }
}
