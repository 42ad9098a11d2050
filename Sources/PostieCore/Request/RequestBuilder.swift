import Foundation
import PostieJSON

/// Changes a flow step makes to a request before it is signed (so an added query parameter is signed).
public struct RequestOverrides: Sendable, Equatable {
    /// A body that replaces the collection's.
    public enum Body: Sendable, Equatable {
        /// Text sent as is (Content-Type kept, or `text/plain`).
        case text(String)
        /// JSON sent as compact text (Content-Type `application/json` unless the request sets one).
        case json(JSONValue)
        /// No body at all.
        case removed
    }

    /// Query parameters to set (replacing any of that name) or, with a nil value, to remove.
    public var query: [(key: String, value: String?)]
    /// Headers to set (replacing any of that name) or, with a nil value, to remove.
    public var headers: [(name: String, value: String?)]
    public var body: Body?

    public init(query: [(key: String, value: String?)] = [], headers: [(name: String, value: String?)] = [],
        body: Body? = nil)
    {
        self.query = query
        self.headers = headers
        self.body = body
    }

    public var isEmpty: Bool { query.isEmpty && headers.isEmpty && body == nil }

    public static func == (lhs: RequestOverrides, rhs: RequestOverrides) -> Bool {
        lhs.body == rhs.body && lhs.query.map(\.key) == rhs.query.map(\.key)
            && lhs.query.map(\.value) == rhs.query.map(\.value) && lhs.headers.map(\.name) == rhs.headers.map(\.name)
            && lhs.headers.map(\.value) == rhs.headers.map(\.value)
    }
}

/// A `{{name}}` that nothing defines, and where it stands in the request.
public struct UnresolvedReference: Sendable, Equatable, CustomStringConvertible {
    public var name: String
    /// `url`, `header Accept`, `body`, `form field owner`, `auth consumerKey`…
    public var place: String

    public init(name: String, place: String) {
        self.name = name
        self.place = place
    }

    public var description: String { "{{\(name)}} in the \(place)" }
}

/// A built request and what building it found.
public struct RequestBuildResult: Sendable, Equatable {
    public var request: BuiltRequest
    public var unresolved: [UnresolvedReference]
    /// Problems worth a warning that did not stop the request (unknown dynamic variables, empty file fields).
    public var warnings: [String]
}

/// Why a request cannot be built: recorded as that request's failure; the run goes on.
public enum RequestBuildError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A file named by a form field or a file body cannot be read.
    case fileUnreadable(place: String, path: String, reason: String)
    /// The request has no URL at all.
    case noURL
    /// The URL, as written (variables resolved), has no host.
    case missingHost(url: String)
    /// The URL's host is made of `{{variables}}` that nothing defines (names as written).
    case undefinedHost(variables: [String])
    /// The URL, as written (variables resolved), cannot be sent, and why.
    case invalidURL(url: String, reason: String)
    /// The body's `mode` is not one Postman defines; this request fails, the others run.
    case unsupportedBodyMode(String)
    /// Resolving `{{variable}}` in the `place` would make the text larger than the limit
    /// (`--max-resolved-size`), or take more substitutions than allowed.
    case resolutionLimit(variable: String, place: String, limit: String)

    public var description: String {
        switch self {
        case .fileUnreadable(let place, let path, let reason):
            return "cannot read \(path) for the \(place): \(reason)"
        case .noURL:
            return "the request has no URL"
        case .missingHost(let url):
            return "the URL \"\(url)\" has no host"
        case .undefinedHost(let variables):
            let names = variables.map { "{{\($0)}}" }.joined(separator: " and ")
            let verb = variables.count == 1 ? "is" : "are"
            let first = variables.first ?? "name"
            return "\(names) \(verb) not defined, so the URL has no host; give an environment (-e FILE) or --env-var \(first)=VALUE"
        case .invalidURL(let url, let reason):
            return "the URL \"\(url)\" cannot be sent: \(reason)"
        case .unsupportedBodyMode(let mode):
            return "the body mode \"\(mode)\" is not one postie sends (raw, urlencoded, formdata, file, graphql)"
        case .resolutionLimit(let variable, let place, let limit):
            let name = variable.count > 80 ? String(variable.prefix(80)) + "…" : variable
            return "resolving {{\(name)}} in the \(place) would exceed \(limit); "
                + "check whether it refers to itself, or raise --max-resolved-size"
        }
    }
}

/// A request that cannot be built: why, and every undefined `{{variable}}` met while building it (all
/// of its parts are resolved before the problem is raised, so that the preflight can name them).
public struct RequestBuildFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: RequestBuildError
    public var unresolved: [UnresolvedReference]

    public init(reason: RequestBuildError, unresolved: [UnresolvedReference] = []) {
        self.reason = reason
        self.unresolved = unresolved
    }

    public var description: String { reason.description }
}

/// Turns a collection request into the request Postman would send: variables resolved, URL re-parsed
/// and encoded, body encoded with its default Content-Type, system headers added. Auth values are
/// resolved here and applied later by the signer.
public struct RequestBuilder: Sendable {
    /// Where relative file paths of form fields and file bodies start (`--working-dir`).
    public var workingDirectory: String
    /// The `User-Agent` sent unless the request sets one.
    public var userAgent: String
    /// Randomness for multipart boundaries.
    public var random: @Sendable () -> UInt64
    /// How far resolution may grow a text (`--max-resolved-size`); nil keeps the resolver's own.
    public var resolutionLimits: ResolutionLimits?

    /// Methods whose body Postman drops (postman-runtime `METHODS_WITHOUT_BODY`).
    static let methodsWithoutBody: Set<String> = ["GET", "COPY", "HEAD", "PURGE", "UNLOCK"]

    /// Content-Type for a raw body by `options.raw.language`; anything else is `text/plain`.
    static let rawLanguageContentTypes = [
        "json": "application/json", "javascript": "application/javascript", "html": "text/html",
        "xml": "application/xml", "text": "text/plain",
    ]

    public init(
        workingDirectory: String = FileManager.default.currentDirectoryPath, userAgent: String = "postie",
        random: @escaping @Sendable () -> UInt64 = { UInt64.random(in: .min ... .max) }
    ) {
        self.workingDirectory = workingDirectory
        self.userAgent = userAgent
        self.random = random
    }

    /// Builds `request` with variables from `resolver`, after applying `overrides`. Throws a
    /// `RequestBuildFailure` when the request cannot be sent.
    public func build(
        _ request: CollectionRequest, resolver: VariableResolver, overrides: RequestOverrides = RequestOverrides()
    ) throws(RequestBuildFailure) -> RequestBuildResult {
        try make(request, resolver: resolver, overrides: overrides, checksOnly: false)
    }

    /// What `build` would find for `request` (every undefined variable and where, why it cannot be sent,
    /// warnings, the auth it resolves to) without making what it sends: texts without `{{` are passed
    /// over, no body is encoded, files are checked for reading but not read. The result's request has
    /// its URL, headers and auth, and no body.
    public func check(
        _ request: CollectionRequest, resolver: VariableResolver, overrides: RequestOverrides = RequestOverrides()
    ) throws(RequestBuildFailure) -> RequestBuildResult {
        try make(request, resolver: resolver, overrides: overrides, checksOnly: true)
    }

    private func make(
        _ request: CollectionRequest, resolver: VariableResolver, overrides: RequestOverrides, checksOnly: Bool
    ) throws(RequestBuildFailure) -> RequestBuildResult {
        // The resolver is copied once, into the state (copying it means retaining each of its scopes).
        var state = BuildState(resolver: resolver)
        if let resolutionLimits { state.resolver.limits = resolutionLimits }
        state.checksOnly = checksOnly
        let definition = request.item.request
        let behavior = request.behavior
        state.warnings += behavior.warnings

        // URL: resolve the text (a URL given by parts part by part, as postman-runtime resolves them before
        // it joins them), then parse it (postman-runtime re-parses after resolving).
        let template = Self.unresolvedText(of: definition.url)
        let urlText =
            definition.url.hasParts
            ? Self.joinedText(of: definition.url, forWire: true) { state.resolve($0, place: "url") }
            : state.resolve(template, place: "url")
        var url = RequestURL.parse(urlText)
        url.encodesForWire = !(behavior.disableUrlEncoding ?? false)
        if !definition.url.pathVariables.isEmpty {
            let pathVariables = Dictionary(
                definition.url.pathVariables.map { ($0.key, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
            url.pathSegments = url.pathSegments.map { segment in
                guard segment.count > 1, segment.hasPrefix(":"), let value = pathVariables[String(segment.dropFirst())]
                else { return segment }
                return state.resolve(value, place: "path variable \(segment.dropFirst())")
            }
        }
        for (key, value) in overrides.query {
            let resolvedValue = value.map { state.resolve($0, place: "query parameter \(key)") }
            Self.setQuery(&url, key: key, value: resolvedValue)
        }
        // The rest of the request is still resolved when the URL cannot be sent, so that every undefined
        // variable is known; the problem is raised at the end.
        var problem = Self.problem(of: url, text: urlText, template: template, unresolved: state.unresolved)

        var built = BuiltRequest(method: definition.method, url: url, behavior: behavior)
        for header in definition.headers where !header.disabled {
            let name = state.resolve(header.key, place: "header name").trimmingBlanks()
            guard !name.isEmpty else { continue }
            built.headers.append(
                HeaderField(name: name, value: state.resolve(header.value ?? "", place: "header \(name)")))
        }
        for (name, value) in overrides.headers {
            if let value {
                built.setHeader(name, state.resolve(value, place: "header \(name)"))
            } else {
                built.removeHeader(name)
            }
        }

        // postman-runtime prunes the body of GET, HEAD, COPY, PURGE and UNLOCK before building it, so such a
        // request has no Content-Type either, unless `disableBodyPruning` keeps the body.
        let prunesBody = Self.methodsWithoutBody.contains(built.method) && !(behavior.disableBodyPruning ?? false)
        if !prunesBody {
            do {
                try buildBody(
                    definition.body, override: overrides.body, into: &built, state: &state, requestName: request.displayName)
            } catch {
                problem = problem ?? error
            }
        }

        if let auth = request.auth {
            var values: [String: String] = [:]
            for (key, value) in auth.parameters {
                switch value {
                case .string(let text): values[key] = state.resolve(text, place: "auth \(key)")
                case .null: values[key] = ""
                default: values[key] = value.textValue
                }
            }
            built.auth = ResolvedAuth(type: auth.type, values: values)
        }

        if let limit = state.limitProblem { problem = limit }
        if let problem { throw RequestBuildFailure(reason: problem, unresolved: state.unresolved) }
        return RequestBuildResult(request: built, unresolved: state.unresolved, warnings: state.warnings)
    }

    /// Why `url` cannot be sent, naming the URL and its variables as the collection writes them.
    static func problem(of url: RequestURL, text: String, template: String, unresolved: [UnresolvedReference])
        -> RequestBuildError?
    {
        if Self.isBlank(template) { return .noURL }
        // The parsed host is lower-cased; the names come from the references as written.
        let hostReferences = VariableResolver.references(in: url.host)
        if !hostReferences.isEmpty {
            let written = hostReferences.map { lowered in
                unresolved.first { $0.place == "url" && $0.name.lowercased() == lowered.lowercased() }?.name ?? lowered
            }
            var unique: [String] = []
            for name in written where !unique.contains(name) { unique.append(name) }
            return .undefinedHost(variables: unique)
        }
        // The text is shown only when something is wrong: trimmed then, not for every request.
        func shown() -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        if url.host.isEmpty { return .missingHost(url: shown()) }
        if let reason = url.sendingProblem { return .invalidURL(url: shown(), reason: reason) }
        return nil
    }

    /// Whether `text` is empty or only white space and line breaks (any Unicode ones), read from its
    /// bytes: a URL template is almost never blank, and its first byte says so.
    static func isBlank(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return true }
        switch first {
        case 0x09...0x0D, 0x20, 0x80...: return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        default: return false
        }
    }

    // MARK: System headers

    /// What postie asks servers to compress with: the encodings it decodes (Postman adds `br`).
    public static let acceptEncoding = "gzip, deflate"

    /// Adds Postman's system headers (postman-runtime `addSystemHeaders`) after the request's own and its
    /// auth's, each unless the request sets it or `disabledSystemHeaders` turns it off: `User-Agent`,
    /// `Accept: */*`, `Cache-Control: no-cache`, a fresh `Postman-Token`, `Host`, `Accept-Encoding`,
    /// `Connection: keep-alive`. A form or file body's Content-Type follows them, as postman-request
    /// adds it later; a disabled `content-type` drops the one postie would add (a request's own stays).
    /// Postman's system headers, in the order it adds them (the values are in `addSystemHeaders`).
    static let systemHeaderNames = [
        "User-Agent", "Accept", "Cache-Control", "Postman-Token", "Host", "Accept-Encoding", "Connection",
    ]

    public func addSystemHeaders(to request: inout BuiltRequest) {
        let behavior = request.behavior
        var laterContentType: HeaderField?
        if let index = request.headers.lastIndex(where: { $0.isSystem && $0.hasName("Content-Type") }) {
            if behavior.disables(systemHeader: "content-type") {
                request.headers.remove(at: index)
            } else if ["urlencoded", "formdata", "file"].contains(request.bodyMode ?? "") {
                laterContentType = request.headers.remove(at: index)
            }
        }
        // Which system headers the request sets already, in one pass over its headers: an ASCII name
        // (nearly all) is compared as ASCII, which is what `equalsIgnoringCase` does with two of them.
        var present: UInt32 = 0  // bit n: systemHeaderNames[n]
        for header in request.headers {
            let isASCII = header.name.isASCIIText
            for (index, name) in Self.systemHeaderNames.enumerated() where present & (1 << index) == 0 {
                if isASCII ? header.name.equalsIgnoringASCIICase(name) : header.name.equalsIgnoringCase(name) {
                    present |= 1 << index
                }
            }
        }
        // Each value is made only when its header is added (a token only for a request that sends one).
        for (index, name) in Self.systemHeaderNames.enumerated()
        where present & (1 << index) == 0 && !behavior.disables(systemHeader: name) {
            let value: String
            switch name {
            case "User-Agent": value = userAgent
            case "Accept": value = "*/*"
            case "Cache-Control": value = "no-cache"
            case "Postman-Token": value = PostmanToken.make()
            case "Host": value = request.url.authority
            case "Accept-Encoding": value = Self.acceptEncoding
            default: value = "keep-alive"
            }
            request.headers.append(HeaderField(name: name, value: value, isSystem: true))
        }
        if let laterContentType { request.headers.append(laterContentType) }
    }

    // MARK: Body

    private func buildBody(
        _ body: RequestBody?, override: RequestOverrides.Body?, into built: inout BuiltRequest, state: inout BuildState,
        requestName: String
    ) throws(RequestBuildError) {
        if let override {
            switch override {
            case .text(let text):
                let resolved = state.resolve(text, place: "body")
                guard !resolved.isEmpty, !state.checksOnly else { return }
                built.body = .bytes(Data(resolved.utf8))
                built.bodyMode = "raw"
                if built.header("Content-Type") == nil { built.headers.append(HeaderField(name: "Content-Type", value: "text/plain", isSystem: true)) }
            case .removed:
                built.body = .none
            case .json(let value):
                let resolved = state.resolve(JSONWriter.compact(value), place: "body")
                if state.checksOnly { return }
                built.body = .bytes(Data(resolved.utf8))
                built.bodyMode = "raw"
                if built.header("Content-Type") == nil {
                    built.headers.append(HeaderField(name: "Content-Type", value: "application/json", isSystem: true))
                }
            }
            return
        }
        guard let body else { return }
        switch body {
        case .none:
            return
        case .unknown(let mode):
            throw RequestBuildError.unsupportedBodyMode(mode)
        case .raw(let text, let language):
            let resolved = state.resolve(text, place: "body")
            // postman-runtime sends nothing for an empty body.
            guard !resolved.isEmpty, !state.checksOnly else { return }
            built.body = .bytes(Data(resolved.utf8))
            built.bodyMode = "raw"
            if built.header("Content-Type") == nil {
                let type = language.flatMap { Self.rawLanguageContentTypes[$0] } ?? "text/plain"
                built.headers.append(HeaderField(name: "Content-Type", value: type, isSystem: true))
            }
        case .urlencoded(let entries):
            let fields = entries.filter { !$0.disabled }.map { entry in
                BuiltBody.FormField(
                    key: state.resolve(entry.key, place: "form field name"),
                    value: state.resolve(entry.value ?? "", place: "form field \(entry.key)"))
            }
            guard !fields.isEmpty else { return }
            built.body = .urlencoded(fields)
            built.bodyMode = "urlencoded"
            // postman-request replaces a Content-Type that is not urlencoded.
            if !(built.header("Content-Type")?.lowercased().hasPrefix("application/x-www-form-urlencoded") ?? false) {
                built.setHeader("Content-Type", "application/x-www-form-urlencoded", isSystem: true)
            }
        case .formdata(let entries):
            var parts: [MultipartBody.Part] = []
            for entry in entries where !entry.disabled {
                let name = state.resolve(entry.key, place: "form field name")
                switch entry.kind {
                case .text(let value):
                    parts.append(
                        MultipartBody.Part(
                            name: name, contentType: entry.contentType,
                            data: Data(state.resolve(value, place: "form field \(name)").utf8)))
                case .file(let sources):
                    if sources.isEmpty {
                        state.warnings.append(
                            "\(requestName): form field \"\(name)\" is a file field with no file chosen; sending it empty")
                        parts.append(
                            MultipartBody.Part(
                                name: name, filename: "", contentType: "application/octet-stream", data: Data()))
                    }
                    for source in sources {
                        let path = state.resolve(source, place: "form field \(name)")
                        let data = try readFile(path, place: "form field \"\(name)\"", checksOnly: state.checksOnly)
                        let filename = URL(fileURLWithPath: path).lastPathComponent
                        parts.append(
                            MultipartBody.Part(
                                name: name, filename: filename,
                                contentType: entry.contentType ?? Self.mediaType(forFileNamed: filename), data: data))
                    }
                }
            }
            guard !parts.isEmpty, !state.checksOnly else { return }
            let multipart = MultipartBody(boundary: MultipartBody.makeBoundary(random: random), parts: parts)
            built.body = .multipart(multipart)
            built.bodyMode = "formdata"
            // postman-runtime overrides a user Content-Type on form-data (see its form-data tests).
            built.setHeader("Content-Type", multipart.contentType, isSystem: true)
        case .file(let source):
            guard let source else {
                state.warnings.append("\(requestName): the body is a file but no file is chosen; sending no body")
                return
            }
            let path = state.resolve(source, place: "body file")
            built.body = .bytes(try readFile(path, place: "body", checksOnly: state.checksOnly))
            built.bodyMode = "file"
            // postman-request types a file stream by its name (mime-types), else application/octet-stream.
            if built.header("Content-Type") == nil {
                built.headers.append(
                    HeaderField(
                        name: "Content-Type", value: Self.mediaType(forFileNamed: (path as NSString).lastPathComponent),
                        isSystem: true))
            }
        case .graphql(let query, let variables, let operationName):
            if state.checksOnly {
                _ = state.resolve(query, place: "GraphQL query")
                if let variables, !variables.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    _ = state.resolve(variables, place: "GraphQL variables")
                }
                return
            }
            var members: [String] = ["\"query\":" + JSONWriter.quote(state.resolve(query, place: "GraphQL query"))]
            if let operationName { members.append("\"operationName\":" + JSONWriter.quote(operationName)) }
            if let variables, !variables.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                members.append("\"variables\":" + state.resolve(variables, place: "GraphQL variables"))
            }
            built.body = .bytes(Data(("{" + members.joined(separator: ",") + "}").utf8))
            built.bodyMode = "graphql"
            if built.header("Content-Type") == nil {
                built.headers.append(HeaderField(name: "Content-Type", value: "application/json", isSystem: true))
            }
        }
    }

    /// The bytes of the file at `path`; with `checksOnly`, none, once it is known that it could be read.
    private func readFile(_ path: String, place: String, checksOnly: Bool = false) throws(RequestBuildError) -> Data {
        let full = path.hasPrefix("/") ? path : (workingDirectory as NSString).appendingPathComponent(path)
        if checksOnly {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                FileManager.default.isReadableFile(atPath: full)
            {
                return Data()
            }
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: full))
        } catch {
            let reason = FileManager.default.fileExists(atPath: full) ? "it cannot be read" : "no such file"
            throw RequestBuildError.fileUnreadable(place: place, path: full, reason: reason)
        }
    }

    // MARK: URL helpers

    /// The URL text before variables are resolved: `raw` alone, or the parts joined as
    /// postman-collection's `Url.toString()` joins them (disabled query parameters left out).
    static func unresolvedText(of url: URLDefinition) -> String {
        guard url.hasParts else { return url.raw ?? "" }
        return joinedText(of: url, forWire: false) { $0 }
    }

    /// `url`'s parts, each passed through `resolve`, joined as postman-collection's `Url.toString()` joins
    /// them: `auth` as `user:password@`, disabled query parameters left out, and in a query key `&`, `=` and
    /// `#` (in a value `&` and `#`) percent-encoded outside the `{{variables}}` that hold them, so that
    /// parsing the text again gives the same parameters (`QueryParam.unparseSingle`). `forWire` encodes the
    /// credentials as postman-url-encoder's `toNodeUrl` does, so an `@` or `/` in them splits nothing.
    static func joinedText(of url: URLDefinition, forWire: Bool, resolve: (String) -> String) -> String {
        var text = ""
        if let scheme = url.scheme, !scheme.isEmpty { text += resolve(scheme) + "://" }
        if let credentials = url.credentials, credentials.user != nil || credentials.password != nil {
            let user = credentials.user.map(resolve)
            let password = credentials.password.map(resolve)
            if forWire {
                text += (user.map(URLEncodeSet.userInfo.encode) ?? "") + (password.map { ":" + URLEncodeSet.userInfo.encode($0) } ?? "")
            } else {
                text += [user, password].compactMap { $0 }.joined(separator: ":")
            }
            text += "@"
        }
        text += resolve((url.host ?? []).joined(separator: "."))
        if let port = url.port, !port.isEmpty { text += ":" + resolve(port) }
        if let path = url.path, !path.isEmpty { text += "/" + resolve(path.joined(separator: "/")) }
        let enabled = url.query.filter { !$0.disabled }
        if !enabled.isEmpty {
            text += "?"
            for (index, entry) in enabled.enumerated() {
                if index > 0 { text += "&" }
                text += Self.normalizedQueryPart(resolve(entry.key), encodingEquals: true)
                if let value = entry.value { text += "=" + Self.normalizedQueryPart(resolve(value), encodingEquals: false) }
            }
        }
        if let hash = url.hash, !hash.isEmpty { text += "#" + resolve(hash) }
        return text
    }

    /// `part` with `&` and `#` (and `=` when `encodingEquals`) percent-encoded, except inside a `{{…}}`
    /// without braces in it that holds one of them (postman-collection's `normalizeParam`).
    static func normalizedQueryPart(_ part: String, encodingEquals: Bool) -> String {
        func reserved(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "#") || (encodingEquals && byte == UInt8(ascii: "="))
        }
        let bytes = Array(part.utf8)
        guard bytes.contains(where: reserved) else { return part }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 8)
        var index = 0
        while index < bytes.count {
            // A variable reference: `{{` then no brace up to `}}`, kept whole when it holds a reserved byte.
            if bytes[index] == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{") {
                var end = index + 2
                while end < bytes.count, bytes[end] != UInt8(ascii: "{"), bytes[end] != UInt8(ascii: "}") { end += 1 }
                if end + 1 < bytes.count, bytes[end] == UInt8(ascii: "}"), bytes[end + 1] == UInt8(ascii: "}"),
                    bytes[(index + 2)..<end].contains(where: reserved)
                {
                    output += bytes[index..<(end + 2)]
                    index = end + 2
                    continue
                }
            }
            let byte = bytes[index]
            if reserved(byte) {
                output += byte == UInt8(ascii: "&") ? Array("%26".utf8) : byte == UInt8(ascii: "#") ? Array("%23".utf8) : Array("%3D".utf8)
            } else {
                output.append(byte)
            }
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    static func setQuery(_ url: inout RequestURL, key: String, value: String?) {
        guard let value else {
            url.query.removeAll { $0.key == key }
            return
        }
        if let first = url.query.firstIndex(where: { $0.key == key }) {
            url.query[first].value = value
            var index = url.query.count - 1
            while index > first {
                if url.query[index].key == key { url.query.remove(at: index) }
                index -= 1
            }
        } else {
            url.appendQuery(key: key, value: value)
        }
    }

    /// A media type for an uploaded file, by extension.
    static func mediaType(forFileNamed name: String) -> String {
        switch (name as NSString).pathExtension.lowercased() {
        case "json": return "application/json"
        case "csv": return "text/csv"
        case "txt": return "text/plain"
        case "xml": return "application/xml"
        case "html", "htm": return "text/html"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "pdf": return "application/pdf"
        case "zip": return "application/zip"
        case "xlsx": return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        default: return "application/octet-stream"
        }
    }
}

/// Resolves text for one request and remembers what could not be resolved, and where.
private struct BuildState {
    var resolver: VariableResolver
    var unresolved: [UnresolvedReference] = []
    var warnings: [String] = []
    /// The first resolution limit reached: the request fails with it.
    var limitProblem: RequestBuildError?
    /// Whether the request is only checked (`RequestBuilder.check`): no body is made.
    var checksOnly = false

    init(resolver: VariableResolver) { self.resolver = resolver }

    /// `text` resolved; `place` (`header Accept`, …) is made only when a problem needs it.
    mutating func resolve(_ text: String, place makePlace: @autoclosure () -> String) -> String {
        guard VariableResolver.mayHoldReference(text) else { return text }
        let resolution = resolver.resolve(text)
        var madePlace: String?
        func placeText() -> String {
            if let madePlace { return madePlace }
            let made = makePlace()
            madePlace = made
            return made
        }
        if let reached = resolution.limitReached, limitProblem == nil {
            let limit =
                reached.kind == .size
                ? ResolutionLimits.describe(reached.limit) + " (resolved size)"
                : "\(reached.limit) substitutions"
            limitProblem = .resolutionLimit(variable: reached.variable, place: placeText(), limit: limit)
        }
        for name in resolution.unresolved {
            let reference = UnresolvedReference(name: name, place: placeText())
            if !unresolved.contains(reference) { unresolved.append(reference) }
        }
        for name in resolution.unknownDynamic {
            let warning = "unknown dynamic variable {{\(name)}} in the \(placeText()) is sent as written"
            if !warnings.contains(warning) { warnings.append(warning) }
        }
        if resolution.hitPassLimit {
            warnings.append(
                "variables in the \(placeText()) still refer to others after \(VariableResolver.maximumPasses) passes; is there a cycle?")
        }
        return resolution.text
    }
}
