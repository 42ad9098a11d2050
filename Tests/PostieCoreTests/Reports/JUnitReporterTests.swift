import Foundation
import Testing

@testable import PostieCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

extension ReportsTests {
    @Suite("JUnit reporter")
    struct JUnitReporterTests {
        /// Runs the reporter through `run` and parses its file with Foundation's `XMLParser`.
        static func report(_ run: RunResult) throws -> XMLElementTree {
            let directory = try TestFixtures.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let path = directory.appendingPathComponent("junit.xml").path
            try ReportFixtures.drive(JUnitReporter(path: path, redactor: ReportFixtures.redactor()), with: run)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["junit.xml"])
            return try XMLElementTree.parse(Data(contentsOf: URL(fileURLWithPath: path)))
        }

        @Test("well-formed XML with totals on testsuites")
        func totals() throws {
            let root = try Self.report(ReportFixtures.fullRun())
            #expect(root.name == "testsuites")
            #expect(root.attributes["name"] == "Gallery & Co")
            #expect(root.attributes["tests"] == "10")
            #expect(root.attributes["failures"] == "2")
            #expect(root.attributes["errors"] == "2")
            #expect(root.attributes["time"] == "2.500")
            let cases = root.children.flatMap { $0.children(named: "testcase") }
            #expect(cases.count == 10)
        }

        @Test("one testsuite per request per iteration, named with the iteration")
        func suitesPerIteration() throws {
            let suites = try Self.report(ReportFixtures.fullRun()).children(named: "testsuite")
            #expect(
                suites.map { $0.attributes["name"] } == [
                    "Subscription › Queue Job [iteration 1/2]", "Subscription › Jobs [iteration 1/2]",
                    "Subscription › Outputs › Output [iteration 1/2]", "Files › Download [iteration 1/2]",
                    "Files › Large [iteration 1/2]", "Files › Spooled [iteration 1/2]",
                    "Subscription › Queue Job [iteration 2/2]", "Hawk <&> \"quoted\" [iteration 2/2]",
                ])
            #expect(suites.map { $0.attributes["id"] } == (0..<8).map { String($0) })
            for suite in suites {
                let cases = suite.children(named: "testcase")
                #expect(suite.attributes["tests"] == String(cases.count))
                #expect(suite.attributes["failures"] == String(cases.filter { !$0.children(named: "failure").isEmpty }.count))
                #expect(suite.attributes["errors"] == String(cases.filter { !$0.children(named: "error").isEmpty }.count))
                #expect(suite.attributes["skipped"] == "0")
                let time = try #require(suite.attributes["time"])
                #expect(time.range(of: #"^[0-9]+\.[0-9]{3}$"#, options: .regularExpression) != nil)
                // Testcase times add up to the suite's.
                let sum = cases.compactMap { $0.attributes["time"].flatMap(Double.init) }.reduce(0, +)
                #expect(abs(sum - (Double(time) ?? -1)) < 0.0005)
                #expect(suite.attributes["timestamp"]?.hasPrefix("2023-11-14T22:13:2") == true)
            }
            #expect(suites[1].attributes["time"] == "0.028")  // the three attempts of the poll
            #expect(suites[0].children(named: "properties").first?.children(named: "property").map { $0.attributes["name"] } == ["iteration", "itemId"])
        }

        @Test("one testcase per check; failures carry the expected and actual values")
        func checks() throws {
            let suites = try Self.report(ReportFixtures.fullRun()).children(named: "testsuite")
            let queue = suites[0].children(named: "testcase")
            #expect(queue.map { $0.attributes["name"] } == ["status eq 200", "$.password eq \"[redacted]\""])
            #expect(queue[0].attributes["classname"] == "Gallery & Co.Subscription.Queue Job [iteration 1/2]")
            #expect(queue[0].children.isEmpty)

            let output = suites[2].children(named: "testcase")
            let failure = try #require(output[0].children(named: "failure").first)
            #expect(failure.attributes["type"] == "AssertionFailure")
            #expect(failure.attributes["message"] == "status eq 200: expected 200, got 401")
            #expect(failure.text.hasPrefix("expected: 200\nactual: 401\n"))
            #expect(failure.text.contains("GET https://gallery.example/api/v1/outputs/o1?key=[redacted] → 401 Unauthorized"))
            let secondFailure = try #require(output[1].children(named: "failure").first)
            #expect(secondFailure.attributes["message"] == "header X-Key eq \"[redacted]\": expected \"[redacted]\", got \"[redacted]\"")
        }

        @Test("a request that could not be sent is an error; one without checks a passing testcase")
        func requestCases() throws {
            let suites = try Self.report(ReportFixtures.fullRun()).children(named: "testsuite")
            let download = suites[3].children(named: "testcase")
            #expect(download.map { $0.attributes["name"] } == ["request"])
            #expect(download[0].children.isEmpty)
            #expect(download[0].attributes["time"] == "0.020")

            let refused = try #require(suites[6].children(named: "testcase").first?.children(named: "error").first)
            #expect(refused.attributes["type"] == "RequestError")
            #expect(refused.attributes["message"]?.hasPrefix("cannot connect to gallery.example: connection refused") == true)

            // NUL and ESC, which XML 1.0 forbids, are dropped.
            let notBuilt = try #require(suites[7].children(named: "testcase").first?.children(named: "error").first)
            #expect(notBuilt.attributes["message"] == "unsupported auth type \"hawk\" for [redacted]")
        }

        @Test("system-out holds the request, its status, attempts, captures and saved file")
        func systemOut() throws {
            let suites = try Self.report(ReportFixtures.fullRun()).children(named: "testsuite")
            let poll = try #require(suites[1].children(named: "system-out").first?.text)
            #expect(
                poll == """
                    GET https://gallery.example/api/v1/jobs/615d3f0e/ → 200 OK · 9 ms · 46 B
                    attempt 1 · 200 · 12 ms · $.status is "Running"
                    attempt 2 · 503 · 7 ms · retry after 503; key [redacted]
                    attempt 3 · 200 · 9 ms
                    """)
            let queue = try #require(suites[0].children(named: "system-out").first?.text)
            #expect(queue.contains("captured jobId = 615d3f0e"))
            #expect(queue.contains("captured accessToken = [redacted]"))
            let download = try #require(suites[3].children(named: "system-out").first?.text)
            #expect(download.contains("saved postie-output/logo.png (57 B)"))
        }

        @Test("a single iteration leaves names as they are")
        func singleIteration() throws {
            let suites = try Self.report(ReportFixtures.smallRun()).children(named: "testsuite")
            #expect(suites.map { $0.attributes["name"] } == ["Subscription › Queue Job", "Subscription › Jobs", "Output"])
            #expect(suites[0].children(named: "testcase").first?.attributes["classname"] == "Gallery.Subscription.Queue Job")
        }

        @Test("an interrupted run ends with an error suite that says so")
        func interrupted() throws {
            let root = try Self.report(ReportFixtures.fullRun(interrupted: true))
            let last = try #require(root.children(named: "testsuite").last)
            #expect(last.attributes["name"] == "postie run")
            let error = try #require(last.children(named: "testcase").first?.children(named: "error").first)
            #expect(error.attributes["type"] == "Interrupted")
            #expect(root.attributes["errors"] == "3")
        }

        @Test(
            "XML text: markup escaped, characters XML 1.0 forbids dropped",
            arguments: [
                ("a & b < c > d", "a &amp; b &lt; c &gt; d", "a &amp; b &lt; c &gt; d"),
                ("say \"hi\" 'x'", "say \"hi\" 'x'", "say &quot;hi&quot; &apos;x&apos;"),
                ("nul\u{0}bell\u{7}vt\u{B}ff\u{C}esc\u{1B}", "nulbellvtffesc", "nulbellvtffesc"),
                ("tab\tline\ncr\r", "tab\tline\ncr&#13;", "tab&#9;line&#10;cr&#13;"),
                ("\u{FFFE}\u{FFFF}ok ✓ 🚀", "ok ✓ 🚀", "ok ✓ 🚀"),
            ])
        func escaping(input: String, content: String, attribute: String) {
            #expect(XMLText.escape(input) == content)
            #expect(XMLText.attributeValue(input) == attribute)
        }
    }
}

/// An XML document read with Foundation's `XMLParser`, which fails on anything not well-formed.
final class XMLElementTree {
    let name: String
    let attributes: [String: String]
    fileprivate(set) var children: [XMLElementTree] = []
    fileprivate(set) var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    func children(named name: String) -> [XMLElementTree] { children.filter { $0.name == name } }

    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ data: Data) throws -> XMLElementTree {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw ParseError(
                description: "not well-formed XML at line \(parser.lineNumber): \(String(describing: parser.parserError))")
        }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLElementTree?
        var stack: [XMLElementTree] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let element = XMLElementTree(name: elementName, attributes: attributes)
            if let parent = stack.last { parent.children.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
