import Foundation
import PostieJSON

/// Why a JSON report cannot be read back (`postie report`, `postie merge-reports`).
public enum ReportReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is JSON but not a report postie wrote (no `run.executions`).
    case notAReport(file: String)
    /// `merge-reports` was given a report of a whole run (no `run.shard`).
    case notAShard(file: String)
    /// The shards were split differently (another count, unit or whole).
    case mismatchedShards(file: String, expected: String, found: String)
    /// A shard of the set is absent.
    case missingShards([Int], count: Int)
    /// The same shard (or the same unit) is given twice.
    case doubledShard(index: Int, count: Int, files: [String])
    /// Two shards ran the same unit, or together they do not cover the whole.
    case overlappingUnits(unit: String, files: [String])
    case incompleteUnits(ran: Int, total: Int)

    public var description: String {
        switch self {
        case .notAReport(let file):
            return "\(file) is not a postie JSON report (no run.executions); write one with -r json"
        case .notAShard(let file):
            return "\(file) is the report of a whole run, not of a shard (--shard I/N); use `postie report` to combine whole reports"
        case .mismatchedShards(let file, let expected, let found):
            return "\(file) belongs to another split: \(found), the others \(expected); merge the shards of one run"
        case .missingShards(let indices, let count):
            let list = indices.map { "\($0)/\(count)" }.joined(separator: ", ")
            return "shard\(indices.count == 1 ? "" : "s") \(list) missing; give the reports of all \(count) shards"
        case .doubledShard(let index, let count, let files):
            return "shard \(index)/\(count) given twice (\(files.joined(separator: ", "))); give each shard's report once"
        case .overlappingUnits(let unit, let files):
            return "\(unit) ran in more than one shard (\(files.joined(separator: ", "))); the shards are not of one split"
        case .incompleteUnits(let ran, let total):
            return "the shards ran \(ran) of \(total) units; give the reports of every shard of one run"
        }
    }
}

/// Reads a JSON report (as `JSONReporter` writes it) back into a `RunResult`, so that every reporter can
/// render it again: the values in it are already redacted, and stay as they are.
public enum ReportReader {
    /// The run a report describes.
    public static func read(_ document: JSONValue, file: String) throws -> RunResult {
        guard let run = document["run"], let executions = run["executions"]?.arrayValue else {
            throw ReportReadError.notAReport(file: file)
        }
        let info = document["collection"]?["info"]
        let timings = run["timings"]
        var result = RunResult(
            collectionName: info?["name"]?.stringValue ?? file, collectionID: info?["_postman_id"]?.stringValue,
            environmentName: document["environment"]?["name"]?.stringValue,
            startedAt: date(timings?["started"]) ?? Date(timeIntervalSince1970: 0),
            finishedAt: date(timings?["completed"]) ?? Date(timeIntervalSince1970: 0),
            iterationCount: Int(run["stats"]?["iterations"]?["total"]?.numberValue ?? 1),
            executions: [], interrupted: run["interrupted"]?.boolValue ?? false, bailed: run["bailed"]?.boolValue ?? false,
            finalEnvironment: scope(document["environment"]?["values"], kind: .environment),
            finalGlobals: scope(document["globals"]?["values"], kind: .globals))
        result.diagnostics = (run["diagnostics"]?.arrayValue ?? []).compactMap { entry in
            guard let message = entry["message"]?.stringValue else { return nil }
            let severity = entry["severity"]?.stringValue.flatMap(Diagnostic.Severity.init(rawValue:)) ?? .warning
            return Diagnostic(severity, message)
        }
        result.options = (run["options"]?.arrayValue ?? []).compactMap { entry in
            entry["option"]?.stringValue.map { RunOptionRecord(name: $0, value: entry["value"]?.stringValue) }
        }
        result.shard = ShardRecord(json: run["shard"])
        // Where a failed check came from is written on its failure (`at`), not on the assertion.
        var sources: [String: [Int: AssertionOutcome.Source]] = [:]
        for failure in run["failures"]?.arrayValue ?? [] {
            guard let id = failure["execution"]?.stringValue, let at = failure["at"]?.stringValue,
                let index = failure["error"]?["index"]?.numberValue
            else { continue }
            let source: AssertionOutcome.Source =
                at.hasSuffix(" in checks") ? .flow : at.hasPrefix("assertion:") ? .test : .scriptError
            sources[id, default: [:]][Int(index)] = source
        }
        result.executions = executions.map { execution($0, sources: sources) }
        return result
    }

    /// The run of a report file's bytes; a malformed file is an `InputFileError`.
    public static func read(data: Data, file: String) throws -> RunResult {
        try read(document(data: data, file: file), file: file)
    }

    /// A report file's JSON document; a malformed file is an `InputFileError`, one that is not a report a
    /// `ReportReadError`.
    public static func document(data: Data, file: String) throws -> JSONValue {
        let document: JSONValue
        do {
            document = try JSONParser.parse(TextDecoding.utf8(from: data))
        } catch let error as JSONParseError {
            throw InputFileError.malformedJSON(file: file, error: error)
        }
        guard document["run"]?["executions"]?.arrayValue != nil else { throw ReportReadError.notAReport(file: file) }
        return document
    }

    static func date(_ value: JSONValue?) -> Date? {
        value?.numberValue.map { Date(timeIntervalSince1970: $0 / 1000) }
    }

    private static func scope(_ values: JSONValue?, kind: VariableScopeKind) -> VariableScope {
        var scope = VariableScope(kind)
        for entry in values?.arrayValue ?? [] {
            guard let key = entry["key"]?.stringValue else { continue }
            scope.set(key, entry["value"]?.stringValue ?? "", isSecret: entry["type"]?.stringValue == "secret")
        }
        return scope
    }

    private static func headers(_ value: JSONValue?) -> [HeaderField] {
        (value?.arrayValue ?? []).compactMap { header in
            guard let name = header["key"]?.stringValue else { return nil }
            return HeaderField(
                name: name, value: header["value"]?.stringValue ?? "", isSystem: header["system"]?.boolValue ?? false)
        }
    }

    private static func reported(_ content: JSONValue?, encoding: JSONValue?, truncated: JSONValue?, size: JSONValue?)
        -> ReportedBody
    {
        let text = content?.stringValue ?? ""
        return ReportedBody(
            content: text, isBase64: encoding?.stringValue == "base64", truncated: truncated?.boolValue ?? false,
            size: size?.numberValue.map { Int($0) } ?? text.utf8.count)
    }

    /// A reported body's bytes: the text, or the base64 decoded.
    private static func bytes(_ body: ReportedBody) -> Data {
        body.isBase64 ? Data(base64Encoded: body.content) ?? Data() : Data(body.content.utf8)
    }

    private static func execution(_ entry: JSONValue, sources: [String: [Int: AssertionOutcome.Source]]) -> RequestExecution {
        let id = entry["id"]?.stringValue ?? ""
        let item = entry["item"]
        let path = item?["path"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let name = item?["name"]?.stringValue ?? path.last ?? id
        var execution = RequestExecution(
            id: id, iteration: Int(entry["cursor"]?["iteration"]?.numberValue ?? 0),
            itemID: item?["id"]?.stringValue.flatMap { $0 == id ? nil : $0 }, name: name,
            folderPath: Array(path.dropLast()), stepName: entry["step"]?.stringValue,
            startedAt: date(entry["startedAt"]) ?? Date(timeIntervalSince1970: 0))
        if let request = entry["request"] {
            let body = request["body"]
            let headers = headers(request["header"])
            var sent = SentRequest(
                method: request["method"]?.stringValue ?? "GET", url: request["url"]?.stringValue ?? "", headers: headers,
                contentType: headers.last { $0.name.caseInsensitiveCompare("Content-Type") == .orderedSame }?.value)
            if let body {
                let shown = reported(body["raw"], encoding: body["encoding"], truncated: body["truncated"], size: body["size"])
                sent.body = bytes(shown)
                sent.reportedBody = shown
            }
            execution.request = sent
        }
        if let response = entry["response"] {
            let headers = headers(response["header"])
            let shown = reported(
                response["body"], encoding: response["encoding"], truncated: response["truncated"], size: response["responseSize"])
            let content = bytes(shown)
            var transport = TransportResponse(
                status: Int(response["code"]?.numberValue ?? 0), headers: headers,
                // The report's text is redacted (and maybe cut): its size is not the body's.
                body: shown.size == content.count
                    ? .memory(content) : .file(url: URL(fileURLWithPath: "/dev/null"), size: shown.size, prefix: content),
                durationMilliseconds: response["responseTime"]?.numberValue ?? 0,
                finalURL: response["url"]?.stringValue ?? execution.request?.url ?? "",
                redirectCount: Int(response["redirects"]?.numberValue ?? 0))
            transport.reportedBody = shown
            transport.encodedBodySize = response["encodedSize"]?.numberValue.map { Int($0) }
            transport.cookies = (response["cookie"]?.arrayValue ?? []).compactMap { cookie in
                guard let name = cookie["name"]?.stringValue else { return nil }
                return Cookie(
                    name: name, value: cookie["value"]?.stringValue ?? "", domain: cookie["domain"]?.stringValue ?? "",
                    path: cookie["path"]?.stringValue ?? "/",
                    expires: cookie["expires"]?.stringValue.flatMap(CookieJarFile.parseDate),
                    secure: cookie["secure"]?.boolValue ?? false, httpOnly: cookie["httpOnly"]?.boolValue ?? false,
                    hostOnly: cookie["hostOnly"]?.boolValue ?? true, sameSite: cookie["sameSite"]?.stringValue)
            }
            execution.response = transport
        }
        execution.assertions = (entry["assertions"]?.arrayValue ?? []).enumerated().map { index, assertion in
            let error = assertion["error"]
            var outcome = AssertionOutcome(
                name: assertion["assertion"]?.stringValue ?? "", passed: error == nil || error == .null,
                expected: error?["expected"]?.stringValue, actual: error?["actual"]?.stringValue,
                message: error?["message"]?.stringValue)
            outcome.skipped = assertion["skipped"]?.boolValue ?? false
            outcome.source = sources[id]?[index] ?? .flow
            if outcome.source != .flow { outcome.errorName = error?["name"]?.stringValue }
            outcome.stack = error?["stack"]?.stringValue
            return outcome
        }
        execution.console = (entry["console"]?.arrayValue ?? []).map {
            ScriptConsoleEntry(
                level: $0["level"]?.stringValue.flatMap(ScriptConsoleEntry.Level.init(rawValue:)) ?? .log,
                text: $0["message"]?.stringValue ?? "")
        }
        execution.visualizer = entry["visualizer"]
        execution.error = entry["requestError"]?["message"]?.stringValue
        execution.httpError = entry["httpError"]?["message"]?.stringValue
        execution.skipped = entry["skipped"]?.stringValue
        execution.attempts = (entry["attempts"]?.arrayValue ?? []).map { attempt in
            Attempt(
                number: Int(attempt["number"]?.numberValue ?? 0), status: attempt["code"]?.numberValue.map { Int($0) },
                durationMilliseconds: attempt["responseTime"]?.numberValue ?? 0, note: attempt["note"]?.stringValue,
                startedAt: date(attempt["startedAt"]))
        }
        execution.captures = (entry["captures"]?.arrayValue ?? []).map {
            (name: $0["name"]?.stringValue ?? "", value: $0["value"]?.stringValue ?? "")
        }
        if let saved = entry["savedFile"], let path = saved["path"]?.stringValue {
            execution.savedFile = SavedFile(path: path, bytes: Int(saved["bytes"]?.numberValue ?? 0))
        }
        execution.warnings = (entry["warnings"]?.arrayValue ?? []).compactMap(\.stringValue)
        return execution
    }
}

/// Several reports as one run (`postie report A.json B.json`, `postie merge-reports`).
public enum ReportCombiner {
    /// The runs one after the other, as one: executions in the order given, the earliest start and the
    /// latest end, iterations as many as the largest run had.
    public static func combine(_ runs: [RunResult]) -> RunResult {
        guard var combined = runs.first else {
            return RunResult(collectionName: "postie", startedAt: Date(), finishedAt: Date(), iterationCount: 0, executions: [])
        }
        var ids = Set(combined.executions.map(\.id))
        for (number, run) in runs.enumerated().dropFirst() {
            // Two reports of separate runs both have a `0-0`: the later one's ids say which report it is.
            combined.executions += run.executions.map { execution in
                var execution = execution
                if !ids.insert(execution.id).inserted {
                    execution.id = "report\(number + 1).\(execution.id)"
                    ids.insert(execution.id)
                }
                return execution
            }
            combined.startedAt = min(combined.startedAt, run.startedAt)
            combined.finishedAt = max(combined.finishedAt, run.finishedAt)
            combined.iterationCount = max(combined.iterationCount, run.iterationCount)
            combined.interrupted = combined.interrupted || run.interrupted
            combined.bailed = combined.bailed || run.bailed
            for diagnostic in run.diagnostics where !combined.diagnostics.contains(diagnostic) {
                combined.diagnostics.append(diagnostic)
            }
            for (key, value) in run.finalEnvironment.entries { combined.finalEnvironment.set(key, value) }
            for (key, value) in run.finalGlobals.entries { combined.finalGlobals.set(key, value) }
        }
        return combined
    }

    /// The shards of one run merged into the whole: refused when a shard is missing or doubled, when they
    /// were split differently, or when their units overlap or leave a gap. Executions come back in the
    /// whole run's order (iteration, then step).
    public static func merge(_ shards: [(file: String, run: RunResult)]) throws -> RunResult {
        var records: [(file: String, record: ShardRecord)] = []
        for shard in shards {
            guard let record = shard.run.shard else { throw ReportReadError.notAShard(file: shard.file) }
            records.append((shard.file, record))
        }
        guard let first = records.first?.record else { return combine([]) }
        func split(_ record: ShardRecord) -> String { "\(record.count) shards by \(record.by.rawValue) of \(record.total) units" }
        for (file, record) in records
        where record.count != first.count || record.by != first.by || record.total != first.total {
            throw ReportReadError.mismatchedShards(file: file, expected: split(first), found: split(record))
        }
        for index in 1...first.count {
            let files = records.filter { $0.record.index == index }.map(\.file)
            if files.count > 1 { throw ReportReadError.doubledShard(index: index, count: first.count, files: files) }
        }
        let missing = (1...first.count).filter { index in !records.contains { $0.record.index == index } }
        if !missing.isEmpty { throw ReportReadError.missingShards(missing, count: first.count) }
        var owner: [String: String] = [:]
        for (file, record) in records {
            for unit in record.units {
                if let other = owner[unit] { throw ReportReadError.overlappingUnits(unit: unit, files: [other, file]) }
                owner[unit] = file
            }
        }
        if owner.count != first.total { throw ReportReadError.incompleteUnits(ran: owner.count, total: first.total) }

        let ordered = records.sorted { $0.record.index < $1.record.index }.compactMap { record in
            shards.first { $0.file == record.file }?.run
        }
        var merged = combine(ordered)
        merged.executions = merged.executions.enumerated().sorted { lhs, rhs in
            let (left, right) = (order(of: lhs.element), order(of: rhs.element))
            return left != right ? left.lexicographicallyPrecedes(right) : lhs.offset < rhs.offset
        }.map(\.element)
        merged.shard = nil
        merged.options = merged.options.filter { !$0.name.hasPrefix("--shard") }
        return merged
    }

    /// `[iteration, step]` of an execution id `ITERATION-STEP`.
    private static func order(of execution: RequestExecution) -> [Int] {
        let parts = execution.id.split(separator: "-").compactMap { Int($0) }
        return parts.count == 2 ? parts : [execution.iteration, Int.max]
    }
}
