import Foundation

/// Collects a response body as it arrives: in memory up to a limit, then in a temporary file, so a
/// 200 MB download costs a few buffers of memory, not 200 MB.
///
/// Not thread-safe: one owner at a time (`TransportExchange` under its lock, or the thread of a
/// `SocketHTTPTransport` exchange).
final class ResponseBodySink {
    /// How much of a spooled body stays in memory, for reports and checks.
    static let prefixByteCount = 64 * 1024

    private let limit: Int
    private let directory: URL
    private var memory = Data()
    private var prefix = Data()
    private var spool: (url: URL, handle: FileHandle)?
    private var size = 0

    init(limit: Int, directory: URL) {
        self.limit = max(0, limit)
        self.directory = directory
    }

    /// Adds the next bytes; moves everything to a file once the body is larger than the limit.
    func append(_ data: Data) throws(TransportError) {
        if prefix.count < Self.prefixByteCount {
            prefix.append(data.prefix(Self.prefixByteCount - prefix.count))
        }
        size += data.count
        if let spool {
            try write(data, to: spool)
            return
        }
        if memory.count + data.count <= limit {
            memory.append(data)
            return
        }
        let file = try openSpoolFile()
        spool = file
        try write(memory, to: file)
        memory = Data()
        try write(data, to: file)
    }

    /// The body as received; a spooled body's file is closed and left for the caller.
    func finish() -> ResponseBody {
        guard let spool else { return .memory(memory) }
        try? spool.handle.close()
        self.spool = nil
        return .file(url: spool.url, size: size, prefix: prefix)
    }

    /// Forgets the body and removes its file, if any.
    func discard() {
        memory = Data()
        prefix = Data()
        if let spool {
            try? spool.handle.close()
            try? FileManager.default.removeItem(at: spool.url)
            self.spool = nil
        }
    }

    private func openSpoolFile() throws(TransportError) -> (url: URL, handle: FileHandle) {
        let url = directory.appendingPathComponent("postie-response-\(UUID().uuidString).body")
        guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]),
            let handle = try? FileHandle(forWritingTo: url)
        else {
            throw .failed(reason: "cannot create a file in \(directory.path) to hold a large response body")
        }
        return (url, handle)
    }

    private func write(_ data: Data, to file: (url: URL, handle: FileHandle)) throws(TransportError) {
        do {
            try file.handle.write(contentsOf: data)
        } catch {
            throw .failed(reason: "cannot write the response body to \(file.url.path): \(error.localizedDescription)")
        }
    }
}

extension ResponseBody {
    /// Removes the file of a spooled body; a memory body has nothing to remove.
    public func removeSpoolFile() {
        if case .file(let url, _, _) = self {
            try? FileManager.default.removeItem(at: url)
        }
    }
}
