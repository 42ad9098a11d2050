import Foundation
import PostieJSON

/// What `--shard-by` splits a run into.
public enum ShardUnitKind: String, Sendable, Equatable, CaseIterable {
    /// Iterations (data rows): every shard runs every step of its iterations.
    case iteration
    /// Top-level folders (a request outside any folder is a unit of its own), every iteration.
    case folder
    /// Single requests, every iteration.
    case request
}

/// `--shard I/N`: which share of the whole this run is.
public struct ShardSpec: Sendable, Equatable {
    /// 1-based.
    public var index: Int
    public var count: Int

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// `2/5`; nil when the text is not `I/N` with 1 ≤ I ≤ N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index)
        else { return nil }
        self.init(index: index, count: count)
    }
}

/// What a shard's report records: the units it ran, of how many, split how — enough for
/// `merge-reports` to tell a complete set from one with a shard missing or doubled.
public struct ShardRecord: Sendable, Equatable {
    public var index: Int
    public var count: Int
    public var by: ShardUnitKind
    /// The keys of the units this shard ran (`iteration:3`, `folder:Subscription`, `request:Admin/Users`).
    public var units: [String]
    /// Units in the whole run.
    public var total: Int

    public init(index: Int, count: Int, by: ShardUnitKind, units: [String], total: Int) {
        self.index = index
        self.count = count
        self.by = by
        self.units = units
        self.total = total
    }

    /// The record as the JSON report's `run.shard`.
    public var json: JSONValue {
        [
            "index": .number(Double(index)), "count": .number(Double(count)), "by": .string(by.rawValue),
            "units": .array(units.map(JSONValue.string)), "total": .number(Double(total)),
        ]
    }

    /// The record of a JSON report's `run.shard`; nil when absent or malformed.
    public init?(json: JSONValue?) {
        guard let json, let index = json["index"]?.numberValue, let count = json["count"]?.numberValue,
            let by = json["by"]?.stringValue.flatMap(ShardUnitKind.init(rawValue:)),
            let units = json["units"]?.arrayValue, let total = json["total"]?.numberValue
        else { return nil }
        self.init(
            index: Int(index), count: Int(count), by: by, units: units.compactMap(\.stringValue), total: Int(total))
    }
}

/// A deterministic split of a run into shards: the same inputs give every shard the same view of the
/// whole, so N jobs that each run `--shard I/N` together run every unit exactly once.
///
/// Units are weighed (by the durations of an earlier run when `--shard-timings` gives one, else by the
/// requests they hold) and dealt longest first, each to the least loaded shard (lowest index on a tie):
/// equal weights are dealt round-robin.
public struct ShardPlan: Sendable {
    public var kind: ShardUnitKind
    /// Every unit key of the whole, in run order.
    public var units: [String]
    /// The shard (0-based) each unit goes to.
    public var assignment: [Int]

    /// The split of `plan` over `iterations` iterations into `count` shards.
    public init(plan: RunPlan, iterations: Int, kind: ShardUnitKind, count: Int, timings: [String: Double] = [:]) {
        self.kind = kind
        var units: [String] = []
        var weights: [String: Double] = [:]
        switch kind {
        case .iteration:
            units = (0..<max(iterations, 0)).map { "iteration:\($0)" }
            for unit in units { weights[unit] = 1 }
        case .folder, .request:
            for key in Self.stepKeys(plan, kind: kind) {
                if weights[key] == nil { units.append(key) }
                weights[key, default: 0] += 1
            }
        }
        if !timings.isEmpty {
            let known = units.compactMap { timings[$0] }
            let fallback = known.isEmpty ? 1 : known.reduce(0, +) / Double(known.count)
            for unit in units { weights[unit] = timings[unit] ?? fallback }
        }
        let order = units.indices.sorted { lhs, rhs in
            let (left, right) = (weights[units[lhs]] ?? 0, weights[units[rhs]] ?? 0)
            return left != right ? left > right : lhs < rhs
        }
        var loads = [Double](repeating: 0, count: max(count, 1))
        var assignment = [Int](repeating: 0, count: units.count)
        for unit in order {
            let shard = loads.indices.min { loads[$0] != loads[$1] ? loads[$0] < loads[$1] : $0 < $1 } ?? 0
            assignment[unit] = shard
            loads[shard] += weights[units[unit]] ?? 0
        }
        self.units = units
        self.assignment = assignment
    }

    /// The unit keys of the shard `index` (1-based), in run order.
    public func units(ofShard index: Int) -> [String] {
        zip(units, assignment).filter { $0.1 == index - 1 }.map(\.0)
    }

    /// The unit of each step of `plan`: its top-level folder, or the request itself.
    static func stepKeys(_ plan: RunPlan, kind: ShardUnitKind) -> [String] {
        var seen: [String: Int] = [:]
        return plan.steps.map { step in
            if kind == .folder, let folder = step.request.folderPath.first { return "folder:\(folder)" }
            let path = (step.request.folderPath + [step.request.name]).joined(separator: "/")
            seen[path, default: 0] += 1
            let count = seen[path] ?? 1
            return "request:\(path)" + (count > 1 ? "#\(count)" : "")
        }
    }

    /// The share `spec` of the run: the steps it keeps (each knowing its place in the whole plan), the
    /// iterations it runs (nil for all), and the record its reports carry.
    public func apply(_ spec: ShardSpec, to plan: RunPlan) -> (plan: RunPlan, iterations: Set<Int>?, record: ShardRecord) {
        let mine = units(ofShard: spec.index)
        let record = ShardRecord(index: spec.index, count: spec.count, by: kind, units: mine, total: units.count)
        var shardPlan = plan
        for index in shardPlan.steps.indices { shardPlan.steps[index].wholePosition = index }
        switch kind {
        case .iteration:
            return (shardPlan, Set(mine.compactMap { Int($0.dropFirst("iteration:".count)) }), record)
        case .folder, .request:
            let keep = Set(mine)
            let keys = Self.stepKeys(plan, kind: kind)
            shardPlan.steps = zip(shardPlan.steps, keys).filter { keep.contains($0.1) }.map(\.0)
            return (shardPlan, nil, record)
        }
    }

    /// Milliseconds per unit of an earlier JSON report (`--shard-timings`): every attempt's time, or the
    /// response time, of the executions that belong to each unit.
    public static func timings(fromReport report: JSONValue, kind: ShardUnitKind) -> [String: Double] {
        var timings: [String: Double] = [:]
        for execution in report["run"]?["executions"]?.arrayValue ?? [] {
            guard let key = unitKey(ofExecution: execution, kind: kind) else { continue }
            let attempts = execution["attempts"]?.arrayValue ?? []
            let time =
                attempts.isEmpty
                ? execution["response"]?["responseTime"]?.numberValue ?? 0
                : attempts.reduce(0) { $0 + ($1["responseTime"]?.numberValue ?? 0) }
            timings[key, default: 0] += time
        }
        return timings
    }

    /// The unit a reported execution belongs to.
    static func unitKey(ofExecution execution: JSONValue, kind: ShardUnitKind) -> String? {
        switch kind {
        case .iteration:
            return execution["cursor"]?["iteration"]?.numberValue.map { "iteration:\(Int($0))" }
        case .folder, .request:
            let path = execution["item"]?["path"]?.arrayValue?.compactMap(\.stringValue) ?? []
            guard !path.isEmpty else { return nil }
            if kind == .folder, path.count > 1 { return "folder:\(path[0])" }
            return "request:" + path.joined(separator: "/")
        }
    }
}
