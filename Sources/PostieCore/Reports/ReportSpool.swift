import Foundation

/// Bytes a reporter writes as the run goes and reads back once when it ends: an unlinked temporary file
/// behind a small buffer, so that what a long run's report holds is on disk, not in memory. The file has
/// no name from the moment it is made: nothing is left behind, however the process ends.
final class ReportSpool {
    private var descriptor: Int32 = -1
    private var buffer: [UInt8] = []
    /// Bytes written, the buffer included.
    private(set) var count = 0
    /// Why the spool stopped working (the temporary directory is full, or cannot be written).
    private(set) var failure: String?

    private static let flushSize = 64 * 1024

    init() { buffer.reserveCapacity(Self.flushSize) }

    deinit { if descriptor >= 0 { close(descriptor) } }

    var isEmpty: Bool { count == 0 }

    /// Appends bytes through `write`, which adds them to the buffer it is given.
    func append(_ write: (inout [UInt8]) -> Void) {
        let before = buffer.count
        write(&buffer)
        count += buffer.count - before
        if buffer.count >= Self.flushSize { flush() }
    }

    func append(_ bytes: some Sequence<UInt8>) { append { $0.append(contentsOf: bytes) } }

    func append(_ number: Double) {
        append { buffer in withUnsafeBytes(of: number) { buffer.append(contentsOf: $0) } }
    }

    /// Every byte written, in order, in pieces of at most 64 KiB; the spool is empty after.
    func drain(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        defer { reset() }
        if descriptor >= 0 {
            flush()
            if let failure { throw ReportError.cannotWrite(path: NSTemporaryDirectory(), reason: failure) }
            guard lseek(descriptor, 0, SEEK_SET) == 0 else {
                throw ReportError.cannotWrite(path: NSTemporaryDirectory(), reason: String(cString: strerror(errno)))
            }
            var chunk = [UInt8](repeating: 0, count: Self.flushSize)
            while true {
                let read = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
                if read < 0, errno == EINTR { continue }
                guard read >= 0 else {
                    throw ReportError.cannotWrite(path: NSTemporaryDirectory(), reason: String(cString: strerror(errno)))
                }
                if read == 0 { break }
                try chunk.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[..<read])) }
            }
        }
        try buffer.withUnsafeBytes { try body($0) }
    }

    /// The doubles `append(_: Double)` wrote, in order; the spool is empty after.
    func drainNumbers(_ body: (Double) -> Void) throws {
        var partial: [UInt8] = []
        try drain { bytes in
            var offset = 0
            if !partial.isEmpty {
                let needed = MemoryLayout<Double>.size - partial.count
                partial.append(contentsOf: bytes.prefix(needed))
                offset = min(needed, bytes.count)
                guard partial.count == MemoryLayout<Double>.size else { return }
                body(partial.withUnsafeBytes { $0.loadUnaligned(as: Double.self) })
                partial = []
            }
            while offset + MemoryLayout<Double>.size <= bytes.count {
                body(bytes.loadUnaligned(fromByteOffset: offset, as: Double.self))
                offset += MemoryLayout<Double>.size
            }
            partial.append(contentsOf: bytes[offset...])
        }
    }

    private func reset() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        buffer.removeAll(keepingCapacity: false)
        count = 0
    }

    private func flush() {
        guard failure == nil else {
            buffer.removeAll(keepingCapacity: true)
            return
        }
        guard !buffer.isEmpty else { return }
        if descriptor < 0 {
            var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("postie-report-XXXXXX").utf8CString)
            descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard descriptor >= 0 else {
                failure = String(cString: strerror(errno))
                return
            }
            template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        }
        let failed: String? = buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
        failure = failed
        buffer.removeAll(keepingCapacity: true)
    }
}
