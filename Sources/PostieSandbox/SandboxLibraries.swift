/// The libraries `require` can load in the sandbox, by the names scripts use.
enum SandboxLibraries {
    /// Names that are not the file's own.
    static let aliases: [String: String] = [
        "postie:sandbox": "sandbox",
        "postman-collection": "sdk",
        "crypto": "crypto-js",
        "csv-parse/lib/sync": "csv-parse",
    ]

    static func fileName(of name: String) -> String {
        (aliases[name] ?? name) + ".js"
    }

    /// The source of the library called `name`, or nil when there is none.
    static func source(named name: String) -> String? {
        let file = aliases[name] ?? name
        // Only plain names: `require('../x')` or an absolute path finds nothing.
        guard !file.contains("/"), !file.contains(".") || file == "sandbox" else { return nil }
        return EmbeddedLibraries.sources[file]
    }
}
