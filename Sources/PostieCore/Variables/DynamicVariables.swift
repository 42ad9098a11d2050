import Foundation

/// Postman's dynamic variables (`{{$guid}}`, `{{$timestamp}}`, …): a fresh value at every use.
///
/// The core set Postman documents (`$guid`, `$timestamp`, `$isoTimestamp`, `$randomInt`, `$randomUUID`,
/// `$randomAlphaNumeric`, `$randomBoolean`) plus common faker-style ones with small built-in word lists.
public struct DynamicVariables: Sendable {
    /// Where randomness comes from: 64 random bits a call.
    public var random: @Sendable () -> UInt64
    /// The current time.
    public var now: @Sendable () -> Date

    public init(
        random: @escaping @Sendable () -> UInt64 = { UInt64.random(in: .min ... .max) },
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.random = random
        self.now = now
    }

    /// A generator with a fixed seed, for tests and reproducible runs.
    public static func seeded(_ seed: UInt64, now: @escaping @Sendable () -> Date = { Date() }) -> DynamicVariables {
        let state = SeededRandom(seed: seed)
        return DynamicVariables(random: { state.next() }, now: now)
    }

    /// The names postie knows, `$` included.
    public static let knownNames: Set<String> = Set(generators.keys)

    public static func isKnown(_ name: String) -> Bool { generators[name] != nil }

    /// One value per name, made on first use, given again at every use instead of a fresh one.
    private var fixedValues: MemoizedValues?

    /// A fresh value for `name` (with its `$`), or nil when the name is unknown.
    public func value(for name: String) -> String? {
        guard let fixedValues else { return Self.generators[name].map { $0(self) } }
        var fresh = self
        fresh.fixedValues = nil
        return fixedValues.value(for: name) { fresh.value(for: name) }
    }

    /// Values of the right shape for every known name, made once per process: what the preflight
    /// resolves `{{$guid}}` and the like to, since it sends nothing and throws its requests away.
    /// Each is made on first use (making them all costs a third of a one-request run: ICU date formats).
    public static let standIns: DynamicVariables = {
        var standIns = DynamicVariables.seeded(0, now: { Date(timeIntervalSince1970: 1_700_000_000) })
        standIns.fixedValues = MemoizedValues()
        return standIns
    }()

    // MARK: Building blocks

    func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(random() % width)
    }

    func pick(_ list: [String]) -> String { list[int(in: 0...(list.count - 1))] }

    func uuid() -> String {
        var bytes = (0..<16).map { _ in UInt8(truncatingIfNeeded: random()) }
        return bytes.withUnsafeMutableBytes(UUIDText.version4)
    }

    static func isoFormatter() -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }

    static let firstNames = ["Ada", "Grace", "Alan", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Frances", "Edsger"]
    static let lastNames = ["Lovelace", "Hopper", "Turing", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson", "Allen", "Dijkstra"]
    static let words = ["alpha", "bravo", "delta", "matrix", "signal", "harbor", "copper", "meadow", "orbit", "quartz", "river", "summit"]
    static let colors = ["red", "green", "blue", "orange", "purple", "teal", "silver", "gold", "black", "white"]
    static let cities = ["Zurich", "Lyon", "Porto", "Leeds", "Graz", "Ghent", "Turku", "Bergen", "Kraków", "Bilbao"]
    static let countries = [("Switzerland", "CH"), ("France", "FR"), ("Portugal", "PT"), ("United Kingdom", "GB"), ("Austria", "AT"), ("Belgium", "BE"), ("Finland", "FI"), ("Norway", "NO"), ("Poland", "PL"), ("Spain", "ES")]
    static let domains = ["example.com", "example.org", "example.net"]
    static let companies = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay"]
    static let jobs = ["Data Analyst", "Engineer", "Curator", "Designer", "Product Manager"]

    static let generators: [String: @Sendable (DynamicVariables) -> String] = [
        "$guid": { $0.uuid() },
        "$randomUUID": { $0.uuid() },
        "$timestamp": { String(Int($0.now().timeIntervalSince1970)) },
        "$isoTimestamp": { isoFormatter().string(from: $0.now()) },
        "$randomInt": { String($0.int(in: 0...1000)) },
        "$randomAlphaNumeric": { $0.pick((Array("abcdefghijklmnopqrstuvwxyz0123456789")).map(String.init)) },
        "$randomBoolean": { $0.int(in: 0...1) == 1 ? "true" : "false" },
        "$randomFirstName": { $0.pick(firstNames) },
        "$randomLastName": { $0.pick(lastNames) },
        "$randomFullName": { "\($0.pick(firstNames)) \($0.pick(lastNames))" },
        "$randomUserName": { "\($0.pick(firstNames)).\($0.pick(lastNames))\($0.int(in: 1...99))" },
        "$randomEmail": { "\($0.pick(firstNames).lowercased()).\($0.pick(lastNames).lowercased())@\($0.pick(domains))" },
        "$randomExampleEmail": { "\($0.pick(firstNames).lowercased())@\($0.pick(domains))" },
        "$randomWord": { $0.pick(words) },
        "$randomWords": { "\($0.pick(words)) \($0.pick(words)) \($0.pick(words))" },
        "$randomLoremWord": { $0.pick(["lorem", "ipsum", "dolor", "sit", "amet", "consectetur"]) },
        "$randomColor": { $0.pick(colors) },
        "$randomHexColor": { String(format: "#%06x", $0.int(in: 0...0xFFFFFF)) },
        "$randomIP": { "\($0.int(in: 1...254)).\($0.int(in: 0...255)).\($0.int(in: 0...255)).\($0.int(in: 1...254))" },
        "$randomIPV6": { generator in (0..<8).map { _ in String(format: "%x", generator.int(in: 0...0xFFFF)) }.joined(separator: ":") },
        "$randomMACAddress": { generator in (0..<6).map { _ in String(format: "%02x", generator.int(in: 0...255)) }.joined(separator: ":") },
        "$randomPhoneNumber": { "\($0.int(in: 200...999))-\($0.int(in: 200...999))-\($0.int(in: 1000...9999))" },
        "$randomCity": { $0.pick(cities) },
        "$randomCountry": { countries[$0.int(in: 0...(countries.count - 1))].0 },
        "$randomCountryCode": { countries[$0.int(in: 0...(countries.count - 1))].1 },
        "$randomPrice": { String(format: "%d.%02d", $0.int(in: 1...999), $0.int(in: 0...99)) },
        "$randomUrl": { "https://\($0.pick(words)).\($0.pick(domains))" },
        "$randomDomainName": { "\($0.pick(words)).\($0.pick(domains))" },
        "$randomCompanyName": { $0.pick(companies) },
        "$randomJobTitle": { $0.pick(jobs) },
        "$randomDateFuture": { $0.now().addingTimeInterval(Double($0.int(in: 86_400...31_536_000))).formattedISO8601 },
        "$randomDatePast": { $0.now().addingTimeInterval(-Double($0.int(in: 86_400...31_536_000))).formattedISO8601 },
        "$randomDateRecent": { $0.now().addingTimeInterval(-Double($0.int(in: 0...86_400))).formattedISO8601 },
    ]
}

/// SplitMix64: small, fast, and the same sequence for the same seed on every machine.
final class SeededRandom: @unchecked Sendable {
    private var state: UInt64
    private let lock = NSLock()

    init(seed: UInt64) { state = seed }

    func next() -> UInt64 {
        lock.lock()
        defer { lock.unlock() }
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension Date {
    fileprivate var formattedISO8601: String { DynamicVariables.isoFormatter().string(from: self) }
}

/// Values by name, each made once on first use; shared by copies and threads.
private final class MemoizedValues: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: String] = [:]

    func value(for name: String, making make: () -> String?) -> String? {
        lock.withLock {
            if let known = values[name] { return known }
            guard let made = make() else { return nil }
            values[name] = made
            return made
        }
    }
}
