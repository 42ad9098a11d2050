import Foundation
import PostieJSON
import PostieYAML

/// Mutated YAML documents through the parser, the core schema and the writer. Every document must end
/// with a value or a `YAMLError`; a crash or a hang stops the process, which is what a campaign is there
/// to find (the case seed in the log replays it). Documents that parse are written back with
/// `YAMLWriter` and must read back to the same value.
public struct YAMLFuzzCampaign {
    public struct Summary: Sendable {
        public var documents = 0
        public var parsed = 0
        public var syntaxErrors = 0
        public var limits = 0
        /// Parsed documents whose written form did not read back the same (a writer bug).
        public var writerMismatches = 0
        /// The first document whose written form read back differently, to replay it.
        public var firstMismatch: String?
        /// The slowest document, in milliseconds.
        public var slowestMilliseconds = 0.0
    }

    public let seeds: [String]

    public init(seeds: [String]) {
        self.seeds = seeds.isEmpty ? ["a: 1\nb: [x, y]\n"] : seeds
    }

    static let fragments: [String] = [
        ":", ": ", "-", "- ", "? ", ",", "[", "]", "{", "}", "#", " #", "&a ", "*a", "!!str ", "!x ", "|", "|-", "|+", ">",
        ">-", "|2", "'", "''", "\"", "\\", "\\n", "\\x4", "\\u00e9", "%YAML 1.2\n", "---\n", "...\n", "\n", "\n  ", "\n    ",
        "\t", " ", "  ", "{{baseUrl}}", "~", "null", "true", "0o17", "0x1F", "1e3", ".inf", "é", "\r\n", "\u{FEFF}", "@",
        "`", "<<: *a\n", "&a [*a]", "*b", "key: value\n", "- item\n", "? k\n: v\n",
    ]

    /// One mutant of `base`.
    public static func mutate(_ base: String, other: String, random: inout ProgramMutator.Random) -> String {
        var scalars = Array(base.unicodeScalars)
        let rounds = 1 + random.below(4)
        for _ in 0..<rounds {
            let position = scalars.isEmpty ? 0 : random.below(scalars.count + 1)
            switch random.below(7) {
            case 0, 1:
                scalars.insert(contentsOf: fragments[random.below(fragments.count)].unicodeScalars, at: position)
            case 2:
                if !scalars.isEmpty {
                    let length = min(1 + random.below(8), scalars.count - min(position, scalars.count - 1))
                    let start = min(position, scalars.count - 1)
                    scalars.removeSubrange(start..<min(scalars.count, start + length))
                }
            case 3:
                // Splice a piece of another seed.
                let donor = Array(other.unicodeScalars)
                if !donor.isEmpty {
                    let start = random.below(donor.count)
                    let end = min(donor.count, start + 1 + random.below(40))
                    scalars.insert(contentsOf: donor[start..<end], at: position)
                }
            case 4:
                // Change a line's indentation.
                var lines = String(String.UnicodeScalarView(scalars)).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                if !lines.isEmpty {
                    let index = random.below(lines.count)
                    lines[index] = random.chance(50) ? "  " + lines[index] : String(lines[index].drop { $0 == " " })
                }
                scalars = Array(lines.joined(separator: "\n").unicodeScalars)
            case 5:
                // Duplicate a line.
                var lines = String(String.UnicodeScalarView(scalars)).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                if !lines.isEmpty {
                    let index = random.below(lines.count)
                    lines.insert(lines[index], at: random.below(lines.count + 1))
                }
                scalars = Array(lines.joined(separator: "\n").unicodeScalars)
            default:
                if !scalars.isEmpty {
                    let index = min(position, scalars.count - 1)
                    scalars[index] = Array(fragments[random.below(fragments.count)].unicodeScalars).first ?? " "
                }
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Runs `count` mutants from `seed`; `trace` sees each document before it is parsed, `progress` is
    /// called every 10,000 documents.
    public func run(
        count: Int, seed: UInt64, trace: ((UInt64, String) -> Void)? = nil, progress: ((Summary, UInt64) -> Void)? = nil
    ) -> Summary {
        var summary = Summary()
        var random = ProgramMutator.Random(seed: seed)
        let limits = YAMLLimits(maximumBytes: 1 << 20, maximumDepth: 200, maximumAliasNodes: 100_000)
        for index in 0..<count {
            let caseSeed = random.next()
            var caseRandom = ProgramMutator.Random(seed: caseSeed)
            let base = seeds[caseRandom.below(seeds.count)]
            let other = seeds[caseRandom.below(seeds.count)]
            let document = Self.mutate(base, other: other, random: &caseRandom)
            trace?(caseSeed, document)
            summary.documents += 1
            let started = DispatchTime.now().uptimeNanoseconds
            do {
                let values = try YAMLParser.parseDocuments(document, limits: limits).map(YAMLSchema.jsonValue)
                summary.parsed += 1
                for value in values where !Self.containsNaN(value) {
                    let again = try? YAMLParser.parse(YAMLWriter.document(value), limits: YAMLLimits(maximumBytes: 1 << 26, maximumDepth: 400, maximumAliasNodes: 100_000))
                    if again != value {
                        summary.writerMismatches += 1
                        if summary.firstMismatch == nil { summary.firstMismatch = document }
                    }
                }
            } catch let error as YAMLError {
                if case .limit = error { summary.limits += 1 } else { summary.syntaxErrors += 1 }
            } catch {
                summary.syntaxErrors += 1
            }
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
            summary.slowestMilliseconds = max(summary.slowestMilliseconds, milliseconds)
            if index % 10_000 == 9_999 { progress?(summary, caseSeed) }
        }
        return summary
    }

    static func containsNaN(_ value: JSONValue) -> Bool {
        switch value {
        case .number(let number): return number.isNaN
        case .array(let items): return items.contains(where: containsNaN)
        case .object(let object): return object.members.contains { containsNaN($0.value) }
        default: return false
        }
    }

    /// The YAML seeds: the vendored yaml-test-suite inputs in `suiteFile` and every `.yaml`/`.yml`
    /// under `directories`.
    public static func loadSeeds(suiteFile: String?, directories: [String]) -> [String] {
        var seeds: [String] = []
        if let suiteFile, let data = FileManager.default.contents(atPath: suiteFile), let root = try? JSONParser.parse(data) {
            seeds += (root["cases"]?.arrayValue ?? []).compactMap { $0["yaml"]?.stringValue }
        }
        for directory in directories {
            guard let enumerator = FileManager.default.enumerator(atPath: directory) else { continue }
            while let path = enumerator.nextObject() as? String {
                guard path.hasSuffix(".yaml") || path.hasSuffix(".yml"),
                    let text = try? String(contentsOfFile: directory + "/" + path, encoding: .utf8)
                else { continue }
                seeds.append(text)
            }
        }
        return seeds.sorted()
    }
}
