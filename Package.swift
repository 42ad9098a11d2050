// swift-tools-version:6.0
// postie: a dependency-free runner for Postman collections, with an embedded Alteryx Gallery emulator.
//
// The pipeline, stage by stage (each a folder of PostieCore):
//   Collection -> Variables -> Request -> Signing -> Transport -> Checks -> Reports, driven by Run.
// Shared leaves: PostieJSON (JSON with line/column errors), PostieCrypto (digests, HMAC, OAuth 1.0a
// signature base), PostieSockets (POSIX TCP sockets with deadlines), PostieHTTP (the HTTP grammar client
// and server share: token characters, hex digits, reason phrases), PostieHTTPServer (HTTP/1.1 server on
// PostieSockets). The transport sends http:// itself over PostieSockets. GalleryEmulator is `postie serve`.
import PackageDescription

let package = Package(
    name: "postie",
    products: [
        .executable(name: "postie", targets: ["postie"]),
        .executable(name: "postie-bench", targets: ["postie-bench"]),
        .executable(name: "postie-fuzz", targets: ["postie-fuzz"]),
    ],
    targets: [
        .target(name: "PostieJSON"),
        .target(name: "PostieCrypto"),
        .target(name: "PostieSockets"),
        .target(name: "PostieHTTP"),
        .target(
            name: "PostieScript", dependencies: ["PostieJSON"],
            // The interpreter's state lives in class properties; dynamic exclusivity checks on every
            // access cost a third of a call (measured), and the engine is single-threaded per runtime.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        .target(name: "PostieHTTPServer", dependencies: ["PostieSockets", "PostieHTTP"]),
        .target(name: "PostieCore", dependencies: ["PostieJSON", "PostieCrypto", "PostieSockets", "PostieHTTP"]),
        .target(name: "GalleryEmulator", dependencies: ["PostieHTTPServer", "PostieJSON", "PostieCrypto"]),
        .target(name: "PostieCLI", dependencies: ["PostieCore", "GalleryEmulator", "PostieHTTPServer", "PostieJSON", "PostieScript", "PostieSandbox"]),
        .executableTarget(name: "postie", dependencies: ["PostieCLI"]),
        .target(name: "PostieFuzzing", dependencies: ["PostieScript"]),
        .target(
            name: "PostieSandbox", dependencies: ["PostieCore", "PostieScript", "PostieJSON", "PostieCrypto", "PostieHTTP"],
            exclude: ["Libraries"]),
        .executableTarget(name: "postie-fuzz", dependencies: ["PostieFuzzing", "PostieScript"]),
        .executableTarget(
            name: "postie-bench",
            dependencies: ["PostieCore", "PostieHTTPServer", "GalleryEmulator", "PostieCLI", "PostieSandbox", "PostieScript", "PostieJSON"]
        ),
        .testTarget(name: "PostieJSONTests", dependencies: ["PostieJSON"]),
        .testTarget(name: "PostieScriptTests", dependencies: ["PostieScript", "PostieJSON", "PostieFuzzing"], exclude: ["Conformance", "Dates/Fixtures", "RegExp/Fixtures", "Language/generate-language-cases.py"]),
        .testTarget(name: "PostieCryptoTests", dependencies: ["PostieCrypto"]),
        .testTarget(
            name: "PostieSandboxTests", dependencies: ["PostieSandbox", "PostieCore", "PostieScript", "PostieJSON"],
            exclude: ["Fixtures"]),
        .testTarget(name: "PostieSocketsTests", dependencies: ["PostieSockets"]),
        .testTarget(name: "PostieHTTPServerTests", dependencies: ["PostieHTTPServer", "PostieSockets"]),
        .testTarget(
            name: "PostieCoreTests",
            dependencies: ["PostieCore", "PostieJSON", "PostieCrypto", "PostieHTTPServer", "PostieSockets"]
        ),
        .testTarget(
            name: "GalleryEmulatorTests",
            dependencies: ["GalleryEmulator", "PostieHTTPServer", "PostieJSON", "PostieCrypto", "PostieCore"]
        ),
        // Newman's integration collections through `postie run`, against loopback stand-ins (needs ../shared).
        .testTarget(
            name: "PostieIntegrationTests", dependencies: ["PostieHTTPServer", "PostieJSON", "PostieCrypto"],
            exclude: ["KNOWN-DIFFERENCES.md"]),
        .testTarget(
            name: "PostieCLITests",
            dependencies: ["PostieCLI", "PostieCore", "GalleryEmulator", "PostieHTTPServer", "PostieJSON"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
