import Foundation
import PostieJSON
import PostieYAML

/// Why a file the user gave (collection, environment, globals, iteration data, flow) cannot be used.
public enum InputFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file does not exist. A usage error: the path was mistyped.
    case fileNotFound(file: String)
    /// The file exists but could not be read (permissions, a directory…).
    case unreadable(file: String, reason: String)
    /// A URL given as an input could not be fetched: no connection, no answer in time, or an answer other
    /// than 2xx. A usage error, like a missing file.
    case unreachable(url: String, reason: String)
    /// The file is not valid JSON; `error` says where and why.
    case malformedJSON(file: String, error: JSONParseError)
    /// The file is not valid YAML (a v3 collection's file or environment); `error` says where and why.
    case malformedYAML(file: String, error: YAMLError)
    /// The file is JSON but not the kind of document expected.
    case wrongDocument(file: String, expected: String, reason: String)
    /// A field of the document has the wrong type or an unusable value.
    case invalidField(file: String, location: JSONSourceLocation?, path: String, message: String)
    /// A line of a CSV data file cannot be read.
    case malformedCSV(file: String, line: Int, column: Int, message: String)

    public var description: String {
        switch self {
        case .fileNotFound(let file):
            return "\(file): no such file"
        case .unreadable(let file, let reason):
            return "\(file): cannot be read: \(reason)"
        case .unreachable(let url, let reason):
            return "\(url): \(reason)"
        case .malformedJSON(let file, let error):
            return "\(file):\(error.location.line):\(error.location.column): \(error.message)"
        case .malformedYAML(let file, let error):
            return "\(file):\(error.location.line):\(error.location.column): \(error.message)"
        case .wrongDocument(let file, let expected, let reason):
            return "\(file): not \(expected): \(reason)"
        case .invalidField(let file, let location, let path, let message):
            let place = location.map { "\(file):\($0.line):\($0.column)" } ?? file
            return "\(place): \(path): \(message)"
        case .malformedCSV(let file, let line, let column, let message):
            return "\(file):\(line):\(column): \(message)"
        }
    }

    /// Whether this is a usage error (exit 64) rather than bad input data (exit 65).
    public var isUsageError: Bool {
        switch self {
        case .fileNotFound, .unreachable: return true
        default: return false
        }
    }
}

/// Reads a JSON input file and reports problems with its name, line and column.
struct JSONInputDocument {
    let file: String
    let data: Data
    let root: JSONValue
    /// Where `root` stands in `data` when it is a part of the document (a `{"collection": …}` wrapper).
    var rootPath: [JSONNodePath.Element] = []
    /// A member `root` has that `data` does not (a bare list read as `{"values": […]}`), left out of
    /// error locations.
    var virtualMember: String?
    /// Where the file held its first byte that is not UTF-8 (read as U+FFFD), and the byte.
    var invalidUTF8: (location: JSONSourceLocation, byte: UInt8)?

    init(file: String, data: Data, root: JSONValue, rootPath: [JSONNodePath.Element] = [], virtualMember: String? = nil) {
        self.file = file
        self.data = data
        self.root = root
        self.rootPath = rootPath
        self.virtualMember = virtualMember
    }

    /// Reads and parses `path`; `displayName` is how errors name the file.
    static func load(path: String, displayName: String? = nil) throws -> JSONInputDocument {
        let name = displayName ?? path
        let data = try readInputFile(path: path, displayName: name)
        return try parse(data: data, file: name)
    }

    /// Parses `raw`; `root`, when given, is its parse already made (by a caller that had to look inside
    /// the file first), so the file is parsed once.
    static func parse(data raw: Data, root parsedRoot: JSONValue? = nil, file: String) throws -> JSONInputDocument {
        // UTF-16 (with a byte-order mark, as PowerShell writes) and UTF-8 with one read as Newman reads them.
        let data = TextDecoding.utf8(from: raw)
        do {
            var document = JSONInputDocument(file: file, data: data, root: try parsedRoot ?? JSONParser.parse(data))
            if TextDecoding.detect(raw).0 == .utf8 {
                document.invalidUTF8 = TextDecoding.firstInvalidUTF8(in: raw.dropFirst(TextDecoding.detect(raw).bomLength))
            }
            return document
        } catch let error as JSONParseError {
            throw InputFileError.malformedJSON(file: file, error: error)
        }
    }

    /// An error at the value found by `path`.
    func error(at path: JSONNodePath, _ message: String) -> InputFileError {
        var elements = path.elements
        if let virtualMember, elements.first == .member(virtualMember) { elements.removeFirst() }
        let real = JSONNodePath(rootPath + elements)
        return .invalidField(
            file: file, location: JSONParser.location(of: real, in: data), path: real.description, message: message)
    }
}

/// Reads a whole input file, turning file-system failures into `InputFileError`s.
func readInputFile(path: String, displayName: String) throws -> Data {
    // The file system would read the name only up to the NUL: another file, or a directory.
    if path.contains("\u{0}") {
        throw InputFileError.unreadable(file: displayName.replacingOccurrences(of: "\u{0}", with: "\\0"), reason: "a file name cannot hold a NUL character")
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw InputFileError.fileNotFound(file: displayName)
    }
    if isDirectory.boolValue { throw InputFileError.unreadable(file: displayName, reason: "it is a directory") }
    do {
        return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
        throw InputFileError.unreadable(file: displayName, reason: "\(error.localizedDescription)")
    }
}
