import Foundation

/// Which files a run may write besides its saved responses (reports, the terminal transcript, the
/// exported environment), decided before anything is sent:
///
/// - never over one of the run's input files (collection, flow, globals, data, cookie jar, TLS files; a
///   flow's saved responses neither; the environment only for
///   `--export-environment` with `--overwrite`), by any spelling or link;
/// - inside the output directory, freely: it is postie's own folder, and the next run replaces what the
///   last one wrote (as Newman's and Hurl's report paths are);
/// - elsewhere, over an existing file only with `--overwrite`;
/// - only where a file can be created: not over a directory, under a directory that exists or can be made
///   and that the user may write in.
public struct OutputFilePolicy: Sendable {
    /// The output directory (`--output-dir`), absolute.
    public var outputDirectory: String
    /// How messages name it.
    public var displayOutputDirectory: String
    /// `--overwrite`.
    public var overwrite: Bool
    /// The run's input files (URLs are left out: a fetched document is no file to protect).
    public var inputs: [String]

    public init(outputDirectory: String, overwrite: Bool, inputs: [String], workingDirectory: String) {
        self.outputDirectory = Self.absolute(outputDirectory, in: workingDirectory)
        self.displayOutputDirectory = outputDirectory
        self.overwrite = overwrite
        self.inputs = inputs.filter { !InputLoader.isURL($0) }
        self.workingDirectory = workingDirectory
    }

    private let workingDirectory: String

    /// Checks that `path` may be written; `what` names it in messages (`the JSON report`).
    public func check(_ path: String, what: String) throws {
        try check(path, what: what, allowingExisting: false)
    }

    /// Checks the `--export-environment` target: as `check`, except that it may be `environment` (the
    /// one the run reads) with `--overwrite`. Returns whether the export replaces that environment.
    public func checkEnvironmentExport(_ path: String, environment: String?) throws -> Bool {
        if let environment, !InputLoader.isURL(environment),
            EnvironmentExporter.sameFile(absolute(path), Self.absolute(environment, in: workingDirectory))
        {
            guard overwrite else { throw ReportError.wouldOverwriteEnvironment(path: path) }
            try check(path, what: "the exported environment", allowingExisting: true, except: environment)
            return true
        }
        try check(path, what: "the exported environment", allowingExisting: false)
        return false
    }

    /// Checks only that `path` is none of the run's inputs (a response a flow step saves in the output
    /// directory, which is otherwise postie's to replace).
    public func checkNotInput(_ path: String, what: String) throws {
        let target = absolute(path)
        if let input = inputs.first(where: { EnvironmentExporter.sameFile(target, Self.absolute($0, in: workingDirectory)) }) {
            throw ReportError.wouldOverwriteInput(path: path, input: input, what: what)
        }
    }

    private func check(_ path: String, what: String, allowingExisting: Bool, except allowed: String? = nil) throws {
        let target = absolute(path)
        if let input = inputs.first(where: { $0 != allowed && EnvironmentExporter.sameFile(target, Self.absolute($0, in: workingDirectory)) }) {
            throw ReportError.wouldOverwriteInput(path: path, input: input, what: what)
        }
        try checkPlace(path, what: what, allowingExisting: allowingExisting)
    }


    /// Whether `path` lies under the output directory.
    public func isInsideOutputDirectory(_ path: String) -> Bool {
        let target = absolute(path)
        if target.hasPrefix(outputDirectory + "/") { return true }
        let resolvedDirectory = URL(fileURLWithPath: outputDirectory).resolvingSymlinksInPath().path
        let resolvedParent = URL(fileURLWithPath: target).deletingLastPathComponent().resolvingSymlinksInPath().path
        return (resolvedParent + "/").hasPrefix(resolvedDirectory + "/")
    }

    private func checkPlace(_ path: String, what: String, allowingExisting: Bool) throws {
        let target = absolute(path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw ReportError.cannotWrite(path: path, reason: "it is a directory") }
            if !allowingExisting, !overwrite, !isInsideOutputDirectory(path) {
                throw ReportError.exists(path: path, what: what, outputDirectory: displayOutputDirectory)
            }
        }
        // The nearest directory that exists must be one the user may write in.
        var ancestor = FilePath.deletingLastComponent(target)
        while !FileManager.default.fileExists(atPath: ancestor, isDirectory: &isDirectory) {
            let parent = FilePath.deletingLastComponent(ancestor)
            if parent == ancestor { break }
            ancestor = parent
        }
        guard isDirectory.boolValue else {
            throw ReportError.cannotWrite(path: path, reason: "\(ancestor) is not a directory")
        }
        if access(ancestor, W_OK) != 0 {
            throw ReportError.cannotWrite(path: path, reason: "\(ancestor): \(String(cString: strerror(errno)))")
        }
    }

    private func absolute(_ path: String) -> String { Self.absolute(path, in: workingDirectory) }

    static func absolute(_ path: String, in directory: String) -> String {
        let full = path.hasPrefix("/") ? path : (directory as NSString).appendingPathComponent(path)
        return URL(fileURLWithPath: full).standardizedFileURL.path
    }
}
