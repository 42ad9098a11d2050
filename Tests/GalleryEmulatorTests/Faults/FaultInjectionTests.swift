import Foundation
import PostieHTTPServer
import PostieJSON
import Testing

@testable import GalleryEmulator

@Suite("Fault injection")
struct FaultInjectionTests {
    /// The statuses of `count` sequential API requests.
    func statuses(seed: UInt64, errorRate: Double, count: Int = 40) -> [Int] {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock) {
            $0.seed = seed
            $0.errorRate = errorRate
        }
        return (0..<count).map { _ in emulator.legacy("GET", "v1/workflows/subscription/", clock: clock).status }
    }

    @Test("the same seed gives the same faults, another seed other ones")
    func deterministicPerSeed() {
        let first = statuses(seed: 7, errorRate: 0.5)
        #expect(first == statuses(seed: 7, errorRate: 0.5))
        #expect(Set(first) == [200, 503])
        #expect(first != statuses(seed: 8, errorRate: 0.5))
        // Roughly half fail: a very loose bound, to catch a rate that is ignored or inverted.
        let failures = first.filter { $0 == 503 }.count
        #expect((8...32).contains(failures))
    }

    @Test("rates 0 and 1 mean never and always")
    func extremes() {
        #expect(statuses(seed: 3, errorRate: 0, count: 10).allSatisfy { $0 == 200 })
        #expect(statuses(seed: 3, errorRate: 1, count: 10).allSatisfy { $0 == 503 })
    }

    @Test("an injected 503 has a JSON body and changes nothing")
    func injected503() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock) { $0.errorRate = 1 }
        let response = emulator.legacy(
            "POST", "v1/workflows/\(Fixture.ids.ecbWorkflow)/jobs/", clock: clock, json: "{}")
        #expect(response.status == 503)
        #expect(try json(response)["exceptionName"] == "ServiceUnavailableException")
        #expect(response.headers["Retry-After"] == "1")
        let runCount = emulator.core.store.read { $0.workflow(Fixture.ids.ecbWorkflow)?.runCount }
        #expect(runCount == 118)
    }

    @Test("a dropped answer is cut half-way through its body")
    func drop() {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock) { $0.dropRate = 1 }
        let response = emulator.legacy("GET", "v1/workflows/subscription/", clock: clock)
        #expect(response.status == 200)
        let body = bodyData(response)
        let cut = response.dropAfterBytes ?? 0
        // The head is a few hundred bytes at most; the cut must fall after it and before the body ends.
        #expect(cut > body.count / 2)
        #expect(cut < body.count / 2 + 400)
    }

    @Test("faults leave the landing page alone")
    func landingIsReliable() {
        let emulator = Fixture.emulator {
            $0.errorRate = 1
            $0.dropRate = 1
        }
        let response = emulator.handle(HTTPRequest(method: "GET", target: "/"))
        #expect(response.status == 200)
        #expect(response.dropAfterBytes == nil)
    }

    @Test("the seeded generator is SplitMix64")
    func splitMix() {
        var generator = SeededGenerator(seed: 0)
        // Reference values of SplitMix64 seeded with 0.
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    }
}
