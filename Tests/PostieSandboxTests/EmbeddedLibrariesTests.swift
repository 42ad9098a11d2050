import Foundation
import Testing

@testable import PostieSandbox

/// The sandbox's JavaScript is compiled into the binary from Sources/PostieSandbox/Libraries/*.js by
/// embed.py; the embedded copy must be what the files say.
@Suite("Embedded sandbox libraries")
struct EmbeddedLibrariesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/PostieSandbox/Libraries")

    @Test func everyLibraryFileIsEmbeddedAsItIsOnDisk() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".js") }.sorted()
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
            #expect(EmbeddedLibraries.sources[String(file.dropLast(3))] == text, "\(file) changed: run python3 Sources/PostieSandbox/Libraries/embed.py")
        }
        #expect(EmbeddedLibraries.sources.count == files.count, "a library was removed: run embed.py")
    }

    @Test func requireFindsOnlyPlainNames() {
        #expect(SandboxLibraries.source(named: "postie:sandbox") != nil)
        #expect(SandboxLibraries.source(named: "../sandbox") == nil)
        #expect(SandboxLibraries.source(named: "no-such-library") == nil)
    }
}
