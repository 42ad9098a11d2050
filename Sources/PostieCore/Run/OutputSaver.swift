import Foundation

/// Why a response body was not saved.
public enum SaveError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The name would land outside the output directory, or names no file.
    case refused(name: String, reason: String)
    /// An earlier step or iteration of this run saved a file there already.
    case savedEarlierInThisRun(path: String)
    /// The server sent no usable `Content-Disposition` file name for `save: true`.
    case noServerFileName
    /// Writing failed.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .refused(let name, let reason): return "refused to save \"\(name)\": \(reason)"
        case .savedEarlierInThisRun(let path):
            return "\(path) was already saved earlier in this run; give each step or iteration its own file name"
        case .noServerFileName: return "the response has no Content-Disposition file name to save under"
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
        }
    }
}

/// Writes response bodies under one output directory, and nowhere else.
///
/// A name with `..`, an absolute path, or a path whose directories are symbolic links leading elsewhere is
/// refused. The directory is postie's own (as Newman's and Hurl's report paths are): a file an earlier
/// run saved is replaced, atomically; one saved earlier in this run is not, so that iterations do not
/// silently overwrite each other. Bodies the transport spooled to disk are copied in chunks, never
/// loaded whole.
public struct OutputSaver: Sendable {
    /// The output directory, absolute.
    public var directory: URL
    /// How messages name the directory (`postie-output`).
    public var displayDirectory: String
    /// The run's input files, absolute: never replaced, whatever the name or link.
    public var protectedPaths: [String]
    /// The files saved so far in this run.
    private let savedInThisRun = SavedPaths()

    public init(
        directory: String, workingDirectory: String = FileManager.default.currentDirectoryPath, protectedPaths: [String] = []
    ) {
        let absolute = directory.hasPrefix("/") ? directory : (workingDirectory as NSString).appendingPathComponent(directory)
        self.directory = URL(fileURLWithPath: absolute).standardizedFileURL
        self.displayDirectory = directory
        self.protectedPaths = protectedPaths.map { OutputFilePolicy.absolute($0, in: workingDirectory) }
    }

    /// The input file that saving under `name` would replace, if any.
    public func protectedInput(replacedBy name: String) -> String? {
        let target = directory.appendingPathComponent(name).standardizedFileURL.path
        return protectedPaths.first { EnvironmentExporter.sameFile(target, $0) }
    }

    /// Saves `body` under `name` (a relative path); returns where and how many bytes.
    public func save(_ body: ResponseBody, as name: String) throws -> SavedFile {
        if let reason = SaveTarget.refusal(forPath: name) { throw SaveError.refused(name: name, reason: reason) }
        let target = directory.appendingPathComponent(name).standardizedFileURL
        let displayPath = (displayDirectory as NSString).appendingPathComponent(name)
        guard target.path.hasPrefix(directory.path + "/") else {
            throw SaveError.refused(name: name, reason: "it would leave the output directory")
        }
        if let input = protectedInput(replacedBy: name) {
            throw SaveError.refused(name: name, reason: "it is \(input), an input of this run")
        }
        let parent = target.deletingLastPathComponent()
        // Before any directory is made: the nearest one that exists must lie inside the output directory
        // (a link there would carry the new directories, and then the file, out of it).
        if let realRoot = Self.realPath(directory.path) {
            var existing = parent.path
            while !FileManager.default.fileExists(atPath: existing), existing != directory.path, existing != "/" {
                existing = FilePath.deletingLastComponent(existing)
            }
            if let realExisting = Self.realPath(existing), realExisting != realRoot, !realExisting.hasPrefix(realRoot + "/") {
                throw SaveError.refused(name: name, reason: "a directory on the way is a link that leaves the output directory")
            }
        }
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw SaveError.cannotWrite(path: displayPath, reason: error.localizedDescription)
        }
        // A directory that is a symbolic link to elsewhere must not carry the file out.
        guard let realParent = Self.realPath(parent.path), let realRoot = Self.realPath(directory.path),
            realParent == realRoot || realParent.hasPrefix(realRoot + "/")
        else {
            throw SaveError.refused(name: name, reason: "a directory on the way is a link that leaves the output directory")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw SaveError.refused(name: name, reason: "a directory of that name exists")
        }
        guard savedInThisRun.insert(target.path) else { throw SaveError.savedEarlierInThisRun(path: displayPath) }
        let bytes = try write(body, to: target, displayPath: displayPath)
        return SavedFile(path: displayPath, bytes: bytes)
    }

    /// Where `name` was saved, when a step of this run saved it (a file left by an earlier run does not count).
    public func savedInThisRun(_ name: String) -> URL? {
        guard SaveTarget.refusal(forPath: name) == nil else { return nil }
        let target = directory.appendingPathComponent(name).standardizedFileURL
        return savedInThisRun.contains(target.path) ? target : nil
    }

    /// The file name in a `Content-Disposition` value (`filename*=UTF-8''…` preferred over `filename="…"`).
    public static func fileName(fromContentDisposition value: String) -> String? {
        var plain: String?
        var extended: String?
        for parameter in value.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            let key = pair[0].lowercased()
            var text = pair[1]
            if key == "filename*" {
                // RFC 8187: charset'language'percent-encoded
                let parts = text.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                if parts.count == 3 { extended = String(parts[2]).removingPercentEncoding }
            } else if key == "filename" {
                if text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 {
                    text = String(text.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
                }
                plain = text
            }
        }
        let name = extended ?? plain
        return (name?.isEmpty ?? true) ? nil : name
    }

    private func write(_ body: ResponseBody, to target: URL, displayPath: String) throws -> Int {
        // Written beside the target, then renamed over it: a reader never sees half a file, and an
        // interrupted save leaves the earlier one whole.
        let destination = target.deletingLastPathComponent().appendingPathComponent(
            ".\(target.lastPathComponent).\(UUID().uuidString).part")
        let descriptor = open(destination.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor < 0 {
            throw SaveError.cannotWrite(path: displayPath, reason: String(cString: strerror(errno)))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var written = 0
        do {
            switch body {
            case .memory(let data):
                try handle.write(contentsOf: data)
                written = data.count
            case .file(let url, _, _):
                let source = try FileHandle(forReadingFrom: url)
                defer { try? source.close() }
                while let chunk = try source.read(upToCount: 1 << 20), !chunk.isEmpty {
                    try handle.write(contentsOf: chunk)
                    written += chunk.count
                }
            }
            try handle.close()
        } catch {
            try? FileManager.default.removeItem(at: destination)
            throw SaveError.cannotWrite(path: displayPath, reason: error.localizedDescription)
        }
        if rename(destination.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: destination)
            throw SaveError.cannotWrite(path: displayPath, reason: reason)
        }
        return written
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// The paths saved in one run, shared by every copy of its `OutputSaver`.
private final class SavedPaths: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []

    /// Adds `path`; false when it was there already.
    func insert(_ path: String) -> Bool { lock.withLock { paths.insert(path).inserted } }

    func contains(_ path: String) -> Bool { lock.withLock { paths.contains(path) } }
}
