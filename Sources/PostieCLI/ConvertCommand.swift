import Foundation
import PostieCore
import PostieJSON

/// `postie convert INPUT -o OUTPUT`: a v2.1 collection to a v3 folder and back, environments too.
struct ConvertCommand: Command {
    let console: Console

    static let options: [OptionSpec] = [
        OptionSpec(names: ["-o", "--output"], valueName: "PATH", help: "where to write: a folder for v3, a file for JSON"),
        OptionSpec(
            names: ["--overwrite"], valueName: nil,
            help: "replace an existing output file, or a v3 collection folder"),
        OptionSpec(names: ["-h", "--help"], valueName: nil, help: "show this help"),
    ]

    static let parser = ArgumentParser(command: "convert", options: options)

    static var help: String {
        """
        usage: postie convert COLLECTION.json -o FOLDER        (v2.1 to v3)
               postie convert FOLDER -o COLLECTION.json        (v3 to v2.1)
               postie convert ENV.postman_environment.json -o ENV.environment.yaml
               postie convert ENV.environment.yaml -o ENV.postman_environment.json

        Converts between Postman's v2.1 JSON and v3 (Postman v12's folders of YAML
        files): requests, folders, auth, scripts, variables, settings and saved
        examples. Each request's URL is written as the text postie sends, so both
        forms send the same bytes. What one format cannot hold is listed. A folder
        that is not empty, or a file that exists, is only replaced with --overwrite
        (and a folder only when it holds a v3 collection).

        Options:
        \(parser.optionsHelp())

        Exit status: 0 converted, 64 usage (missing input, output exists), 65 bad
        input (FILE:LINE:COLUMN), 73 the output could not be written.

        """
    }

    func run(_ parsed: ParsedArguments) throws -> ExitCode {
        guard parsed.operands.count == 1, let input = parsed.operands.first else {
            throw UsageError("postie convert takes one input, a collection file or folder or an environment; see `postie convert --help`")
        }
        guard let output = parsed.value("--output") else {
            throw UsageError("postie convert needs -o OUTPUT: a folder for a v3 collection, a file for JSON")
        }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: input, isDirectory: &isDirectory) else { throw UsageError("\(input): no such file or folder") }
        let inputURL = URL(fileURLWithPath: input).standardizedFileURL
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL
        if inputURL.path == outputURL.path || outputURL.path.hasPrefix(inputURL.path + "/") {
            throw UsageError("the output \(output) is the input or inside it: write somewhere else")
        }
        let overwrite = parsed.flag("--overwrite")
        if isDirectory.boolValue {
            // v3 folder -> v2.1 JSON.
            let translated = try V3CollectionReader.document(at: input)
            _ = try V3CollectionReader.load(path: input)
            try checkFile(output, overwrite: overwrite)
            try write(Data(JSONWriter.pretty(translated.document).utf8), to: output)
            for warning in translated.warnings { console.warning(warning) }
            let requests = Self.count(translated.document)
            console.line("\(output): v2.1 collection \"\(translated.document["info"]?["name"]?.stringValue ?? "")\", \(requests.requests) requests in \(requests.folders) folders")
            return .success
        }
        let data = try InputLoader(timeoutMilliseconds: nil).data(at: input)
        if V3Environment.isYAMLPath(input) {
            let environment = try V3Environment.parse(data: data, file: input)
            try checkFile(output, overwrite: overwrite)
            try write(Data(JSONWriter.pretty(environment.jsonDocument(values: environment.values)).utf8), to: output)
            console.line("\(output): environment \"\(environment.name)\", \(environment.values.count) values")
            return .success
        }
        if Self.looksLikeEnvironment(data) {
            let environment = try EnvironmentParser.parse(data: data, file: input)
            try checkFile(output, overwrite: overwrite)
            try write(Data(V3Environment.yaml(environment).utf8), to: output)
            if environment.id != nil { console.warning("the environment's id has no place in a v3 environment file: dropped") }
            console.line("\(output): environment \"\(environment.name)\", \(environment.values.count) values")
            return .success
        }
        let conversion = try V3CollectionWriter.convert(data: data, file: input)
        try writeFolder(conversion, to: output, overwrite: overwrite)
        for note in conversion.notes { console.warning(note) }
        let requests = conversion.files.filter { $0.path.hasSuffix(".request.yaml") }.count
        let examples = conversion.files.filter { $0.path.hasSuffix(".example.yaml") }.count
        let folders = conversion.files.filter { $0.path.hasSuffix(".resources/definition.yaml") }.count - 1
        console.line("\(output): v3 collection, \(requests) requests in \(folders) folders, \(examples) examples (\(conversion.files.count) files)")
        return .success
    }

    static func looksLikeEnvironment(_ data: Data) -> Bool {
        guard let root = try? JSONParser.parse(TextDecoding.utf8(from: data)) else { return false }
        if root.arrayValue != nil { return true }
        return (root["values"] != nil || root["environment"] != nil || root["globals"] != nil) && root["item"] == nil
    }

    static func count(_ document: PostieJSON.JSONValue) -> (requests: Int, folders: Int) {
        var requests = 0, folders = 0
        func walk(_ items: [PostieJSON.JSONValue]) {
            for item in items {
                if let children = item["item"]?.arrayValue {
                    folders += 1
                    walk(children)
                } else {
                    requests += 1
                }
            }
        }
        walk(document["item"]?.arrayValue ?? [])
        return (requests, folders)
    }

    func checkFile(_ path: String, overwrite: Bool) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        if isDirectory.boolValue { throw UsageError("\(path) is a folder: give a file name for the JSON output") }
        if !overwrite { throw UsageError("\(path) exists: give --overwrite to replace it") }
    }

    func write(_ data: Data, to path: String) throws {
        do {
            try writeFileAtomically(data, to: path)
        } catch {
            throw ConvertWriteError(message: "\(path): cannot be written: \(error.localizedDescription)")
        }
    }

    /// Writes the folder beside its place, then moves it there: a failed conversion leaves nothing half
    /// written, and `--overwrite` replaces only a folder that holds a v3 collection.
    func writeFolder(_ conversion: V3Conversion, to output: String, overwrite: Bool) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: output, isDirectory: &isDirectory)
        if exists {
            guard isDirectory.boolValue else { throw UsageError("\(output) is a file: give a folder for the v3 collection") }
            let entries = (try? manager.contentsOfDirectory(atPath: output)) ?? []
            if !entries.isEmpty {
                guard overwrite else { throw UsageError("\(output) is not empty: give --overwrite to replace the collection in it") }
                guard V3CollectionReader.isCollectionRoot(output) else {
                    throw UsageError("\(output) is not empty and holds no v3 collection: postie will not replace it, even with --overwrite")
                }
            }
        }
        // Beside the output, so that the final move is a rename on the same file system.
        let parent = URL(fileURLWithPath: output).standardizedFileURL.deletingLastPathComponent().path
        let staging = (parent as NSString).appendingPathComponent(".postie-convert-\(UUID().uuidString)")
        do {
            for file in conversion.files {
                let path = (staging as NSString).appendingPathComponent(file.path)
                try manager.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: URL(fileURLWithPath: path))
            }
            if exists { try manager.removeItem(atPath: output) }
            try manager.moveItem(atPath: staging, toPath: output)
        } catch {
            try? manager.removeItem(atPath: staging)
            throw ConvertWriteError(message: "\(output): cannot be written: \(error.localizedDescription)")
        }
    }
}

/// The converted collection or environment could not be written (exit 73).
struct ConvertWriteError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
