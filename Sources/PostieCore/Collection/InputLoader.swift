import Foundation

/// Reads the documents a run starts from (collection, flow, environment, globals, iteration data): a
/// file path, or an `http://` or `https://` URL fetched with postie's own transport, as Newman takes
/// URLs. Failures are `InputFileError`s naming the path or URL: a missing file or an unreachable URL is a
/// usage error, what they hold is checked by the parsers.
public struct InputLoader: Sendable {
    /// How long a fetch may take when `--timeout-request` gives no limit.
    public static let defaultTimeoutMilliseconds = 30_000
    /// The largest document fetched.
    public static let maximumBytes = 64 * 1024 * 1024

    public var transport: any HTTPTransport
    public var userAgent: String

    public init(transport: any HTTPTransport, userAgent: String = "postie") {
        self.transport = transport
        self.userAgent = userAgent
    }

    /// A loader over `RoutingTransport`: redirects followed, at most `timeoutMilliseconds` per fetch
    /// (`defaultTimeoutMilliseconds` when nil or 0).
    public init(timeoutMilliseconds: Int?, userAgent: String = "postie") {
        let limit = timeoutMilliseconds.flatMap { $0 > 0 ? $0 : nil } ?? Self.defaultTimeoutMilliseconds
        self.init(
            transport: RoutingTransport(options: TransportOptions(timeoutMilliseconds: limit, followRedirects: true)),
            userAgent: userAgent)
    }

    /// Whether `location` is an `http://` or `https://` URL rather than a path.
    public static func isURL(_ location: String) -> Bool {
        let lowered = location.prefix(8).lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    /// The bytes of the file or URL at `location`.
    public func data(at location: String) throws -> Data {
        guard Self.isURL(location) else { return try readInputFile(path: location, displayName: location) }
        let request = TransportRequest(
            method: "GET", url: location,
            headers: [
                HeaderField(name: "User-Agent", value: userAgent),
                HeaderField(name: "Accept", value: "application/json, text/csv, */*"),
            ])
        switch transport.send(request) {
        case .failure(let error):
            throw InputFileError.unreachable(url: location, reason: error.description)
        case .success(let response):
            defer { response.body.removeSpoolFile() }
            guard (200..<300).contains(response.status) else {
                throw InputFileError.unreachable(
                    url: location, reason: "the server answered \(ReportText.statusLine(response.status))")
            }
            guard response.body.size <= Self.maximumBytes, let data = response.body.contents(limit: Self.maximumBytes) else {
                throw InputFileError.unreachable(
                    url: location, reason: "the document is larger than \(ReportText.byteCount(Self.maximumBytes))")
            }
            return data
        }
    }

    /// `path` as a flow writes it (its `collection` or `environment`), relative to where the flow came
    /// from: the flow file's directory, or the flow's URL.
    public static func resolve(_ path: String, relativeTo flowLocation: String) -> String {
        if isURL(path) || path.hasPrefix("/") { return path }
        if isURL(flowLocation) {
            return URL(string: path, relativeTo: URL(string: flowLocation))?.absoluteURL.absoluteString ?? path
        }
        let directory = FilePath.deletingLastComponent(flowLocation)
        return directory.isEmpty ? path : (directory as NSString).appendingPathComponent(path)
    }
}
