import Foundation
import Testing

@testable import PostieCore

/// Issue 15, H2: passes alone do not bound resolution; size and substitutions do.
@Suite("Resolution limits")
struct ResolutionLimitsTests {
    static func resolver(_ values: [(String, String)], limits: ResolutionLimits = ResolutionLimits()) -> VariableResolver {
        var context = VariableContext()
        for (key, value) in values { context.environment.set(key, value) }
        return VariableResolver(context: context, limits: limits)
    }

    @Test("a variable that quadruples itself stops at the size limit, naming the variable, at once")
    func exponentialExpansionStops() {
        let resolver = Self.resolver([("a", "{{a}}{{a}}{{a}}{{a}}")])
        let started = Date()
        let resolution = resolver.resolve("https://h/?q={{a}}")
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(resolution.limitReached?.variable == "a")
        #expect(resolution.limitReached?.kind == .size)
        #expect(resolution.text.utf8.count <= ResolutionLimits.defaultMaximumBytes)
    }

    @Test("many small substitutions stop at the substitution limit")
    func substitutionLimit() {
        let resolver = Self.resolver([("b", "{{c}}{{c}}"), ("c", "")], limits: ResolutionLimits(maximumSubstitutions: 50))
        let resolution = resolver.resolve(String(repeating: "{{b}}", count: 40))
        #expect(resolution.limitReached?.kind == .substitutions)
    }

    @Test("text within the limits resolves as before")
    func withinLimits() {
        let resolver = Self.resolver([("a", String(repeating: "x", count: 1000))], limits: ResolutionLimits(maximumBytes: 2000))
        let resolution = resolver.resolve("{{a}}")
        #expect(resolution.limitReached == nil)
        #expect(resolution.text.count == 1000)
        #expect(Self.resolver([("a", "xx")], limits: ResolutionLimits(maximumBytes: 5)).resolve("{{a}}{{a}}{{a}}").limitReached?.variable == "a")
    }

    @Test("the built request fails with an error naming the variable and the place")
    func requestFails() throws {
        let request = RequestBuilderTests.request(RequestDefinition(method: "GET", url: URLDefinition(raw: "http://h/?q={{a}}")))
        let resolver = Self.resolver([("a", "{{a}}{{a}}{{a}}{{a}}")])
        #expect {
            try RequestBuilder().build(request, resolver: resolver)
        } throws: { error in
            let message = "\(error)"
            return message.contains("{{a}}") && message.contains("url") && message.contains("1 MiB")
                && message.contains("--max-resolved-size")
        }
    }

    @Test("sizes as --max-resolved-size reads them", arguments: [
        ("1048576", 1 << 20), ("64KiB", 64 << 10), ("4MiB", 4 << 20), ("2mb", 2 << 20), ("512k", 512 << 10),
    ])
    func sizes(text: String, bytes: Int) {
        #expect(ResolutionLimits.bytes(text) == bytes)
    }

    @Test("what --max-resolved-size refuses", arguments: ["", "0", "-1", "1.5MiB", "lots", "99999999999999999999GiB"])
    func badSizes(text: String) {
        #expect(ResolutionLimits.bytes(text) == nil)
    }
}
