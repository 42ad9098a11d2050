import Foundation
import PostieHTTPServer
import PostieJSON

/// The request pipeline behind `GalleryEmulator.handle(_:)`:
/// faults → body limit → routing (404/405) → authentication (401) → API scope (401) → handler → log line.
final class EmulatorCore: Sendable {
    let configuration: GalleryEmulator.Configuration
    let store: GalleryStore
    let jobs: JobEngine
    let registry: CredentialRegistry
    let verifier: OAuth1Verifier
    let tokens: OAuth2TokenIssuer
    let faults: FaultInjector
    private let legacyRouter: Router
    private let webapiRouter: Router
    /// `host:port` the clients use, for requests that come without a `Host` header and for the banner.
    private let authority: Locked<String>

    init(configuration: GalleryEmulator.Configuration) {
        self.configuration = configuration
        store = GalleryStore(SeedData.state(configuration))
        jobs = JobEngine(
            store: store, clock: configuration.clock, jobTime: configuration.jobTime, workers: configuration.workers,
            retention: configuration.jobRetention, maximumCompleted: configuration.maximumCompletedJobs)
        registry = CredentialRegistry(SeedData.credentials(configuration))
        verifier = OAuth1Verifier(registry: registry, window: configuration.timestampWindow)
        tokens = OAuth2TokenIssuer(lifetime: configuration.tokenLifetime)
        faults = FaultInjector(
            seed: configuration.seed, errorRate: configuration.errorRate, dropRate: configuration.dropRate,
            latencyMilliseconds: configuration.latencyMilliseconds)
        let gallery = SubscriptionRoutes.all + UserV2Routes.all + AdminRoutes.v1 + AdminRoutes.v2
        legacyRouter = Router(routes: gallery)
        webapiRouter = Router(routes: gallery + V3Routes.all + TokenRoute.all + OpenAPIDocument.routes)
        authority = Locked(Self.authority(host: configuration.host, port: configuration.port == 0 ? 80 : configuration.port))
    }

    /// `host:port` for URLs: a wildcard address becomes `127.0.0.1`, an IPv6 one gets brackets, port 80 is dropped.
    static func authority(host: String, port: Int) -> String {
        var name = host
        if name.isEmpty || name == "0.0.0.0" { name = "127.0.0.1" }
        if name == "::" { name = "::1" }
        if name.contains(":"), !name.hasPrefix("[") { name = "[\(name)]" }
        return port == 80 ? name : "\(name):\(port)"
    }

    var currentAuthority: String { authority.withLock { $0 } }

    func setPort(_ port: Int) {
        authority.withLock { $0 = Self.authority(host: configuration.host, port: port) }
    }

    // MARK: Handling

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        guard let logger = configuration.logger else { return respond(request) }
        let started = DispatchTime.now().uptimeNanoseconds
        let response = respond(request)
        let elapsed = Int((DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
        logger("\(request.method) \(Self.redactedTarget(request)) \(response.status) \(elapsed)ms")
        return response
    }

    private func respond(_ request: HTTPRequest) -> HTTPResponse {
        let path = request.path
        let mount: Mount
        if path.utf8.starts(with: Mount.legacy.rawValue.utf8) {
            mount = .legacy
        } else if path.utf8.starts(with: Mount.webapi.rawValue.utf8) {
            mount = .webapi
        } else {
            return landing(request)
        }

        let fault = faults.decide()
        if fault.latencyMilliseconds > 0 { usleep(useconds_t(min(fault.latencyMilliseconds, 60_000) * 1000)) }
        if fault.failsWith503 {
            var response = errorResponse(
                GalleryError(
                    status: 503, exceptionName: "ServiceUnavailableException",
                    message: "Injected fault: the emulator answers 503 to this request (error rate \(faults.errorRate)). Retry it."))
            response.headers.set("Retry-After", "1")
            return response
        }
        var response = route(request, mount: mount)
        if fault.dropsConnection, case .data(let body) = response.body {
            response.dropAfterBytes = FaultInjector.cutPoint(
                status: response.status, headers: response.headers.fields, bodyLength: body.count)
        }
        return response
    }

    private func route(_ request: HTTPRequest, mount: Mount) -> HTTPResponse {
        guard request.body.count <= configuration.maxBodyBytes else {
            return errorResponse(.bodyTooLarge(limit: configuration.maxBodyBytes))
        }
        let path = request.path
        let relative = String(Substring(path.utf8.dropFirst(mount.rawValue.utf8.count)))
        let router = mount == .legacy ? legacyRouter : webapiRouter
        do {
            switch router.match(method: request.method, relativePath: relative) {
            case .notFound:
                throw GalleryError.notFound(
                    "No API endpoint at \(request.path) (\(request.method)). Gallery paths look like "
                        + "\(mount == .legacy ? "/gallery/api/v1/workflows/subscription/" : "/webapi/v3/workflows").")
            case .wrongMethod(let allowed):
                throw GalleryError.methodNotAllowed(request.method, path: request.path, allowed: allowed)
            case .found(let route, let parameters):
                var principal: Principal?
                if let family = route.family {
                    let caller = try authenticate(request, mount: mount)
                    if let refusal = family.refusal(for: caller) { throw GalleryError.unauthorized(refusal) }
                    if let userId = caller.userId {
                        let user = store.read { $0.user(userId) }
                        guard let user, user.active, user.isApiEnabled else {
                            throw GalleryError.unauthorized(
                                "API access is not enabled for the user this key belongs to (a Curator turns it on: "
                                    + "PUT /webapi/v3/users/{userId} with \"isApiEnabled\": true and \"isActive\": true).")
                        }
                    }
                    principal = caller
                }
                let now = jobs.refresh()
                let context = RequestContext(
                    request: request, mount: mount, parameters: parameters, query: QueryParameters(request),
                    principal: principal, now: now, core: self)
                return try route.handler(context)
            }
        } catch let error as GalleryError {
            return errorResponse(error)
        } catch {
            return errorResponse(
                GalleryError(status: 500, exceptionName: "InternalServerErrorException", message: "The emulator failed: \(error)."))
        }
    }

    /// OAuth 1.0a on the legacy mount, a bearer token on /webapi.
    private func authenticate(_ request: HTTPRequest, mount: Mount) throws -> Principal {
        let now = configuration.clock()
        switch mount {
        case .legacy:
            return try verifier.verify(request, now: now, defaultAuthority: currentAuthority)
        case .webapi:
            guard let authorization = request.headers["Authorization"], let token = Self.bearerToken(authorization) else {
                throw GalleryError.unauthorized(Self.missingBearerTokenMessage)
            }
            switch tokens.consumerKey(for: token, now: now) {
            case .success(let key):
                guard let credential = registry.credential(forKey: key) else {
                    throw GalleryError.unauthorized("The access token is not valid.")
                }
                return Principal(credential: credential)
            case .failure(.expired):
                throw GalleryError.unauthorized("The access token has expired: request a new one from /webapi/oauth2/token.")
            case .failure(.unknown):
                throw GalleryError.unauthorized("The access token is not valid: request one from /webapi/oauth2/token.")
            }
        }
    }

    /// The 401 message for a /webapi request without a bearer token (made once: it is the commonest 401).
    static let missingBearerTokenMessage =
        "Missing bearer token: get one from POST /webapi/oauth2/token (grant_type=client_credentials, "
        + "your API key and secret) and send Authorization: Bearer <access_token>."

    /// The token of an `Authorization: Bearer <token>` value (scheme in any case, blanks around the
    /// token dropped), or nil for another scheme.
    static func bearerToken(_ authorization: String) -> String? {
        let bytes = authorization.utf8
        guard bytes.count >= 7, ASCIICase.equal(String(decoding: bytes.prefix(7), as: UTF8.self), "bearer ") else { return nil }
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        let token = bytes.dropFirst(7).drop(while: isBlank)
        let end = token.lastIndex { !isBlank($0) }.map { token.index(after: $0) } ?? token.startIndex
        return String(decoding: token[token.startIndex..<end], as: UTF8.self)
    }

    /// `/`, `/gallery` and `/gallery/`: what this server is (no auth, no faults); anything else outside
    /// the APIs is a 404.
    private func landing(_ request: HTTPRequest) -> HTTPResponse {
        let path = request.path
        guard ["/", "/gallery", "/gallery/", "/webapi", "/gallery/api"].contains(path) else {
            return errorResponse(
                .notFound(
                    "Nothing at \(path): the legacy API is under /gallery/api/ (OAuth 1.0a), the current one under "
                        + "/webapi/ (OAuth 2)."))
        }
        guard request.method == "GET" || request.method == "HEAD" else {
            return errorResponse(.methodNotAllowed(request.method, path: path, allowed: ["GET"]))
        }
        let base = "http://\(request.headers["Host"] ?? currentAuthority)"
        return jsonResponse([
            "name": "postie Gallery emulator",
            "description": "An Alteryx Server Gallery stand-in for tests: legacy OAuth 1.0a API and /webapi with OAuth 2.",
            "galleryUrl": .string("\(base)/gallery"),
            "webapiUrl": .string("\(base)/webapi"),
            "tokenUrl": .string("\(base)/webapi/oauth2/token"),
        ])
    }

    // MARK: Responses

    func jsonResponse(_ value: JSONValue, status: Int = 200) -> HTTPResponse {
        var body: [UInt8] = configuration.sendsByteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        if body.isEmpty {
            body = JSONWriter.compactBytes(value)
        } else {
            body += JSONWriter.compactBytes(value)
        }
        return jsonAnswer(body, status: status)
    }

    /// A JSON answer already written as bytes (`DirectJSON`), with the byte order mark when configured.
    func jsonResponse(bytes: [UInt8], status: Int = 200) -> HTTPResponse {
        jsonAnswer(configuration.sendsByteOrderMark ? [0xEF, 0xBB, 0xBF] + bytes : bytes, status: status)
    }

    private func jsonAnswer(_ body: [UInt8], status: Int) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "application/json; charset=utf-8"], body: Data(body))
    }

    /// The Gallery's error body (`GalleryError.body`), written straight into bytes. Never a
    /// `WWW-Authenticate` header: a client on this toolchain hangs on one.
    func errorResponse(_ error: GalleryError) -> HTTPResponse {
        var body: [UInt8] = configuration.sendsByteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        body.reserveCapacity(body.count + 80 + error.exceptionName.utf8.count + error.message.utf8.count)
        body += #"{"data":null,"exceptionName":"#.utf8
        JSONWriter.appendQuoted(error.exceptionName, to: &body)
        body += #","innerExceptionMessage":"","message":"#.utf8
        JSONWriter.appendQuoted(error.message, to: &body)
        body.append(UInt8(ascii: "}"))
        var response = jsonAnswer(body, status: error.status)
        for field in error.headers { response.headers.set(field.name, field.value) }
        return response
    }

    /// The request target for the log: the path, and the query with OAuth and token values hidden.
    static func redactedTarget(_ request: HTTPRequest) -> String {
        guard let query = request.query, !query.isEmpty else { return request.path }
        let pieces = query.split(separator: "&", omittingEmptySubsequences: false).map { piece -> String in
            let name = piece.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            let lower = FormURLEncoding.percentDecode(name).lowercased()
            let secret =
                lower.hasPrefix("oauth_") || lower.contains("token") || lower.contains("secret")
                || lower.contains("password")
            return secret ? "\(name)=[redacted]" : String(piece)
        }
        return request.path + "?" + pieces.joined(separator: "&")
    }
}
