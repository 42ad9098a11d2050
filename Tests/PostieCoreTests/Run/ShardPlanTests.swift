import Foundation
import PostieJSON
import Testing

@testable import PostieCore

@Suite("Shard plans")
struct ShardPlanTests {
    /// Two folders (one nested), and two requests outside any folder: seven requests.
    static func plan() -> RunPlan {
        func request(_ name: String, _ folders: [String]) -> PlannedStep {
            PlannedStep(
                request: CollectionRequest(
                    item: RequestItem(name: name, request: RequestDefinition(method: "GET", url: URLDefinition(raw: "http://x.test/"))),
                    folderPath: folders, auth: nil, authSource: nil, scripts: [], folderVariables: []))
        }
        return RunPlan(
            name: "shards",
            steps: [
                request("a1", ["A"]), request("a2", ["A", "Inner"]), request("top1", []), request("b1", ["B"]),
                request("b2", ["B"]), request("b3", ["B"]), request("top2", []),
            ])
    }

    @Test("the shards together hold every unit exactly once", arguments: ShardUnitKind.allCases, 1...5)
    func everyUnitOnce(kind: ShardUnitKind, count: Int) {
        let split = ShardPlan(plan: Self.plan(), iterations: 4, kind: kind, count: count)
        var seen: [String] = []
        var steps = 0
        var iterations = 0
        for index in 1...count {
            let applied = split.apply(ShardSpec(index: index, count: count), to: Self.plan())
            seen += applied.record.units
            #expect(applied.record.total == split.units.count)
            steps += applied.plan.steps.count
            iterations += applied.iterations?.count ?? 0
        }
        #expect(seen.sorted() == split.units.sorted())
        #expect(Set(seen).count == seen.count)
        switch kind {
        case .iteration:
            #expect(split.units.count == 4)
            #expect(iterations == 4)
        case .folder:
            #expect(split.units == ["folder:A", "request:top1", "folder:B", "request:top2"])
            #expect(steps == 7)
        case .request:
            #expect(split.units.count == 7)
            #expect(steps == 7)
        }
    }

    @Test("a step keeps its place in the whole plan")
    func wholePositions() {
        let split = ShardPlan(plan: Self.plan(), iterations: 1, kind: .folder, count: 2)
        let second = split.apply(ShardSpec(index: 2, count: 2), to: Self.plan())
        // Longest first: B (3 requests) to shard 1, A (2) to shard 2, top1 to shard 2 (lighter), top2 to
        // shard 1 (a tie goes to the lower index).
        #expect(second.plan.steps.map(\.request.name) == ["a1", "a2", "top1"])
        #expect(second.plan.steps.map(\.wholePosition) == [0, 1, 2])
    }

    @Test("earlier durations balance the shards")
    func timings() {
        let timings = ["request:A/a1": 5000.0, "request:A/Inner/a2": 100, "request:top1": 100, "request:B/b1": 100,
                       "request:B/b2": 100, "request:B/b3": 100, "request:top2": 4800]
        let split = ShardPlan(plan: Self.plan(), iterations: 1, kind: .request, count: 2, timings: timings)
        // The two long requests go to different shards; the short ones even the loads out.
        #expect(split.units(ofShard: 1) == ["request:A/a1", "request:B/b1", "request:B/b3"])
        #expect(split.units(ofShard: 2) == ["request:A/Inner/a2", "request:top1", "request:B/b2", "request:top2"])
    }

    @Test("I/N is read strictly", arguments: [("1/1", true), ("3/5", true), ("0/3", false), ("4/3", false), ("2", false), ("a/b", false)])
    func spec(text: String, valid: Bool) {
        #expect((ShardSpec(text) != nil) == valid)
    }
}
