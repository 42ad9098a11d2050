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

/// The release binaries carry the Swift runtime and Foundation inside them (no libswiftCore.so or
/// libFoundation.so to load at start-up). Foundation's static archives need their ICU and collections
/// archives named after them, which `-static-stdlib` alone leaves out.
let staticRuntime: [LinkerSetting] = [
    .unsafeFlags(
        ["-static-stdlib", "-Xlinker", "--start-group", "-lFoundation", "-lCoreFoundation", "-lFoundationInternationalization",
         "-l_FoundationICU", "-lFoundationEssentials", "-l_FoundationCollections", "-l_FoundationCShims", "-lswiftDispatch",
         "-ldispatch", "-lBlocksRuntime", "-lswiftSynchronization", "-lstdc++", "-lm", "-Xlinker", "--end-group"],
        .when(configuration: .release))
]

let package = Package(
    name: "postie",
    products: [
        .executable(name: "postie", targets: ["postie"]),
        .executable(name: "postie-bench", targets: ["postie-bench"]),
        .executable(name: "postie-fuzz", targets: ["postie-fuzz"]),
    ],
    targets: [
        .target(name: "PostieJSON"),
        // YAML 1.2 (Postman v12's collection folders), parsed into PostieJSON's values.
        .target(name: "PostieYAML", dependencies: ["PostieJSON"]),
        .target(name: "PostieCrypto"),
        .target(name: "PostieSockets"),
        // TLS through the platform's OpenSSL 3, loaded at run time (no headers or link-time library).
        .target(name: "PostieTLS", dependencies: ["PostieSockets"]),
        .target(name: "PostieHTTP"),
        .target(
            name: "PostieScript", dependencies: ["PostieJSON"],
            // The interpreter's state lives in class properties; dynamic exclusivity checks on every
            // access cost a third of a call (measured), and the engine is single-threaded per runtime.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        // zlib for gzip and deflate bodies: a system library every Swift toolchain on Linux already needs.
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        // epoll from the C library, for the HTTP server's workers.
        .systemLibrary(name: "CEpoll"),
        .target(name: "PostieHTTPServer", dependencies: ["PostieSockets", "PostieHTTP", "CEpoll"]),
        .target(name: "PostieCore", dependencies: ["PostieJSON", "PostieYAML", "PostieCrypto", "PostieSockets", "PostieHTTP", "CZlib", "PostieTLS"]),
        .target(name: "GalleryEmulator", dependencies: ["PostieHTTPServer", "PostieJSON", "PostieCrypto"]),
        .target(name: "PostieCLI", dependencies: ["PostieCore", "GalleryEmulator", "PostieHTTPServer", "PostieJSON", "PostieScript", "PostieSandbox"]),
        // No FoundationNetworking or libcurl either (.ci/run checks with ldd).
        .executableTarget(
            name: "postie", dependencies: ["PostieCLI"],
            linkerSettings: staticRuntime),
        .target(name: "PostieFuzzing", dependencies: ["PostieScript", "PostieYAML", "PostieJSON", "PostieHTTPServer"]),
        .target(
            name: "PostieSandbox", dependencies: ["PostieCore", "PostieScript", "PostieJSON", "PostieCrypto", "PostieHTTP"],
            exclude: ["Libraries"]),
        .executableTarget(name: "postie-fuzz", dependencies: ["PostieFuzzing", "PostieScript", "PostieYAML"]),
        .executableTarget(
            name: "postie-bench",
            dependencies: [
                "PostieCore", "PostieHTTPServer", "GalleryEmulator", "PostieCLI", "PostieTLS", "PostieSockets", "PostieSandbox",
                "PostieScript", "PostieJSON", "PostieYAML",
            ],
            linkerSettings: staticRuntime
        ),
        .testTarget(name: "PostieJSONTests", dependencies: ["PostieJSON"]),
        .testTarget(name: "PostieYAMLTests", dependencies: ["PostieYAML", "PostieJSON", "PostieFuzzing"], exclude: ["Fixtures"]),
        .testTarget(name: "PostieScriptTests", dependencies: ["PostieScript", "PostieJSON", "PostieFuzzing"], exclude: ["Conformance", "Dates/Fixtures", "RegExp/Fixtures", "Language/generate-language-cases.py"]),
        .testTarget(name: "PostieCryptoTests", dependencies: ["PostieCrypto"]),
        .testTarget(
            name: "PostieSandboxTests", dependencies: ["PostieSandbox", "PostieCore", "PostieScript", "PostieJSON"],
            exclude: ["Fixtures"]),
        .testTarget(name: "PostieSocketsTests", dependencies: ["PostieSockets"]),
        .testTarget(name: "PostieHTTPServerTests", dependencies: ["PostieHTTPServer", "PostieSockets"]),
        .testTarget(
            name: "PostieCoreTests",
            dependencies: ["PostieCore", "PostieJSON", "PostieCrypto", "PostieHTTPServer", "PostieSockets", "PostieTLS"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "GalleryEmulatorTests",
            dependencies: ["GalleryEmulator", "PostieHTTPServer", "PostieJSON", "PostieCrypto", "PostieCore"]
        ),
        // Newman's integration collections through `postie run`, against loopback stand-ins (needs ../shared).
        .testTarget(
            name: "PostieIntegrationTests", dependencies: ["PostieHTTPServer", "PostieJSON", "PostieCrypto", "PostieSockets", "PostieTLS"],
            exclude: ["KNOWN-DIFFERENCES.md"]),
        .testTarget(
            name: "PostieCLITests",
            dependencies: ["PostieCLI", "PostieCore", "GalleryEmulator", "PostieHTTPServer", "PostieJSON", "PostieCrypto", "PostieFuzzing"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
