import Foundation
import Testing

@testable import PostieCore

/// Runs collection requests through the whole pipeline a run uses (builder → signer → system headers →
/// `RoutingTransport`), so that wire tests see what `postie run` would put on the socket.
struct WireHarness {
    var transport: RoutingTransport
    var executor: RequestExecutor
    var jar: CookieJar

    init(options: (inout TransportOptions) -> Void = { _ in }, workingDirectory: String = "/tmp") {
        jar = CookieJar()
        var transportOptions = TransportOptions(cookieJar: jar)
        options(&transportOptions)
        transport = RoutingTransport(options: transportOptions, proxy: .none)
        executor = RequestExecutor(
            builder: RequestBuilder(workingDirectory: workingDirectory, userAgent: "postie/test"),
            signer: RequestSigner(tokenProvider: OAuth2TokenProvider(transport: transport)), transport: transport,
            redactor: SecretRedactor())
    }

    /// The collection in `json` with `{{PORT}}` replaced, parsed.
    static func collection(_ json: String, port: Int) throws -> PostmanCollection {
        try CollectionParser.parse(data: Data(json.replacingOccurrences(of: "{{PORT}}", with: String(port)).utf8), file: "wire.json")
    }

    /// Sends every request of `collection` in order with `variables` in the environment.
    func run(_ collection: PostmanCollection, variables: [(String, String)] = []) -> [RequestExecutor.Outcome] {
        var context = VariableContext()
        for (key, value) in variables { context.environment.set(key, value) }
        for variable in collection.variables { context.collection.set(variable.key, variable.value) }
        let resolver = VariableResolver(context: context)
        return collection.flattenedRequests().map { executor.execute($0, resolver: resolver) }
    }

    /// One request: `request` is the JSON of a collection item's `request`; `item` adds item keys.
    func send(request: String, item: String = "", port: Int) throws -> RequestExecutor.Outcome {
        let json = """
            {"info": {"name": "wire"}, "item": [{"name": "r", \(item.isEmpty ? "" : item + ",") "request": \(request)}]}
            """
        let outcomes = run(try Self.collection(json, port: port))
        return try #require(outcomes.first)
    }
}
