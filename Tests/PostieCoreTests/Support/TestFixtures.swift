import Foundation

/// Where the tests find their files.
enum TestFixtures {
    /// The package root, found from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `../shared` beside the checkout, when present (CI has it; a bare clone may not).
    static let sharedDirectory: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// The public Alteryx Gallery collection users bring, or nil when `../shared` is absent.
    static var publicCollectionPath: String? {
        let path = sharedDirectory.appendingPathComponent(
            "fixtures/alteryx-api-postman/Alteryx Server API.postman_collection.json"
        ).path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// Why a test that needs `../shared` did not run.
    static let sharedMissingNote = "../shared/fixtures is absent beside this checkout; the public-collection tests are skipped"

    /// A fresh empty directory for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("postie-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
