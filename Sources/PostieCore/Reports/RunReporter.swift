import Foundation

/// What a reporter knows when the run starts.
public struct RunStart: Sendable, Equatable {
    public var collectionName: String
    public var environmentName: String?
    /// Iterations planned.
    public var iterationCount: Int
    /// Requests per iteration.
    public var requestCount: Int

    public init(collectionName: String, environmentName: String? = nil, iterationCount: Int, requestCount: Int) {
        self.collectionName = collectionName
        self.environmentName = environmentName
        self.iterationCount = iterationCount
        self.requestCount = requestCount
    }
}

/// Receives a run as it happens. Live reporters (the terminal) print at each event; file reporters
/// (JSON, JUnit, HTML) spool each execution as it finishes and write their files when the run finishes —
/// also after an interrupt, with what ran. No reporter keeps executions: a long run's memory stays flat.
public protocol RunReporter: AnyObject {
    func runStarted(_ start: RunStart)
    /// An iteration begins (0-based).
    func iterationStarted(_ iteration: Int, of count: Int)
    /// One try of a request that will be tried again (a poll or a retry), as it happens. `displayName` is
    /// the `RequestExecution.displayName` that `executionFinished` will bring, so that the terminal groups
    /// the attempts under their request and does not list them twice.
    func attemptFinished(_ attempt: Attempt, of displayName: String)
    /// A request (with all its attempts and checks) is done.
    func executionFinished(_ execution: RequestExecution)
    /// A warning or error worth showing now.
    func diagnosticRaised(_ diagnostic: Diagnostic)
    /// The run is over; file reporters write their files here. `result` counts every execution in its
    /// `summary`; its `executions` are empty unless the run kept them.
    func runFinished(_ result: RunResult) throws
}

extension RunReporter {
    public func runStarted(_ start: RunStart) {}
    public func iterationStarted(_ iteration: Int, of count: Int) {}
    public func attemptFinished(_ attempt: Attempt, of displayName: String) {}
    public func executionFinished(_ execution: RequestExecution) {}
    public func diagnosticRaised(_ diagnostic: Diagnostic) {}
    public func runFinished(_ result: RunResult) throws {}
}

/// Why a report could not be written.
public enum ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The report file (or its temporary sibling) could not be written or moved into place.
    case cannotWrite(path: String, reason: String)
    /// A report or export would replace one of the run's input files (never allowed).
    case wouldOverwriteInput(path: String, input: String, what: String)
    /// `--export-environment` names the environment the run reads, without `--overwrite`.
    case wouldOverwriteEnvironment(path: String)
    /// A report or export would replace a file outside the output directory, without `--overwrite`.
    case exists(path: String, what: String, outputDirectory: String)
    /// `-r` named a reporter that does not exist.
    case unknownReporter(name: String, available: [String])

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
        case .wouldOverwriteInput(let path, let input, let what):
            let same = path == input ? "" : " (the same file as \(input))"
            return "refusing to write \(what) over the input file \(path)\(same); give it another path"
        case .wouldOverwriteEnvironment(let path):
            return "--export-environment \(path) is the environment this run reads; pass --overwrite to update it "
                + "in place (its secrets keep the values it holds), or give another path"
        case .exists(let path, let what, let outputDirectory):
            return "\(what) \(path) exists and is outside the output directory \(outputDirectory); pass --overwrite "
                + "to replace it, or write it under \(outputDirectory)"
        case .unknownReporter(let name, let available):
            return "unknown reporter \"\(name)\"; the reporters are \(available.joined(separator: ", "))"
        }
    }
}

/// Writes a file piece by piece through `write`, atomically: a temporary file in the same directory,
/// renamed into place only when every piece is written (large reports never sit whole in memory).
public func writeFileAtomically(to path: String, _ write: (FileHandle) throws -> Void) throws {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent()
    let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw ReportError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        let handle = try FileHandle(forWritingTo: temporary)
        do {
            try write(handle)
            try handle.close()
        } catch {
            try? handle.close()
            throw error
        }
        if rename(temporary.path, url.path) != 0 {
            throw ReportError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
    } catch let error as ReportError {
        try? FileManager.default.removeItem(at: temporary)
        throw error
    } catch {
        try? FileManager.default.removeItem(at: temporary)
        throw ReportError.cannotWrite(path: path, reason: error.localizedDescription)
    }
}

/// Writes `data` to `path` atomically: a temporary file in the same directory, then a rename, so a
/// reader never sees half a report and an interrupted write leaves the old file intact.
public func writeFileAtomically(_ data: Data, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent()
    do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        // Written with write(2), so that a full disk is named as one (ENOSPC, EFBIG); a partial
        // temporary file goes, whatever failed.
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ReportError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        let failure: String? = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
        if let failure {
            close(descriptor)
            try? FileManager.default.removeItem(at: temporary)
            throw ReportError.cannotWrite(path: path, reason: failure)
        }
        close(descriptor)
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw ReportError.cannotWrite(path: path, reason: reason)
        }
    } catch let error as ReportError {
        throw error
    } catch {
        throw ReportError.cannotWrite(path: path, reason: error.localizedDescription)
    }
}
