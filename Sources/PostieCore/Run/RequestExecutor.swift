import Foundation
import PostieJSON

/// Takes one collection request through the pipeline: build (variables) → sign → send.
///
/// Failures to build, sign or send become the outcome's `error` rather than thrown errors: they are
/// that request's failure, and the run goes on. An OAuth 2 request whose fetched token is refused with
/// a 401 gets a fresh token and is sent once more.
public struct RequestExecutor: Sendable {
    public var builder: RequestBuilder
    public var signer: RequestSigner
    public var transport: any HTTPTransport
    public var redactor: SecretRedactor

    public init(builder: RequestBuilder, signer: RequestSigner, transport: any HTTPTransport, redactor: SecretRedactor) {
        self.builder = builder
        self.signer = signer
        self.transport = transport
        self.redactor = redactor
    }

    /// What happened to one request.
    public struct Outcome: Sendable {
        public var sent: SentRequest?
        public var response: TransportResponse?
        /// Why no usable response came back (build, sign or transport failure).
        public var error: String?
        /// Whether the failure was the run being interrupted.
        public var cancelled = false
        public var unresolved: [UnresolvedReference] = []
        public var warnings: [String] = []
    }

    /// Builds, signs and sends `request` with the variables of `resolver`. `prebuilt` is this attempt's
    /// build when the caller has already made it (to look at its variables), so it is not built twice.
    public func execute(
        _ request: CollectionRequest, resolver: VariableResolver, overrides: RequestOverrides = RequestOverrides(),
        prebuilt: Result<RequestBuildResult, RequestBuildFailure>? = nil
    ) -> Outcome {
        var outcome = Outcome()
        let built: RequestBuildResult
        do {
            if let prebuilt {
                built = try prebuilt.get()
            } else {
                built = try builder.build(request, resolver: resolver, overrides: overrides)
            }
        } catch {
            outcome.error = error.description
            outcome.unresolved = error.unresolved
            return outcome
        }
        outcome.unresolved = built.unresolved
        outcome.warnings = built.warnings
        redactor.register(AuthSecrets.values(of: built.request))

        var signed = built.request
        do {
            let signing = try signer.sign(&signed)
            redactor.register(signing.secrets)
            outcome.warnings += signing.warnings
        } catch {
            outcome.error = "cannot sign the request: \(error)"
            outcome.sent = SentRequest(TransportRequest(built.request))
            return outcome
        }
        builder.addSystemHeaders(to: &signed)
        registerHeaderSecrets(of: signed)
        send(signed, into: &outcome)

        // Digest: a 401 (or 403) with a Digest challenge is answered once, as postman-runtime replays it.
        if let response = outcome.response, response.status == 401 || response.status == 403,
            let auth = built.request.auth, auth.type == "digest", !auth.flag("disableRetryRequest"),
            let challenge = response.headers.first(where: {
                $0.hasName("WWW-Authenticate") && $0.value.lowercased().hasPrefix("digest ")
            }),
            signer.digestChallenges.store(
                challenge.value, auth: auth, url: built.request.url,
                usedNonce: signed.header("Authorization").flatMap { DigestAuth.field("nonce", in: $0) })
        {
            var retried = built.request
            do {
                let signing = try signer.sign(&retried)
                redactor.register(signing.secrets)
                builder.addSystemHeaders(to: &retried)
                registerHeaderSecrets(of: retried)
                send(retried, into: &outcome)
            } catch {
                outcome.error = "cannot answer the Digest challenge: \(error)"
            }
            return outcome
        }

        // A fetched OAuth 2 token refused with 401: fetch a new one and try once more.
        if outcome.response?.status == 401, let auth = built.request.auth, auth.type == "oauth2",
            auth.text("accessToken") == nil, let provider = signer.tokenProvider
        {
            provider.invalidate(for: auth)
            var retried = built.request
            do {
                let signing = try signer.sign(&retried)
                redactor.register(signing.secrets)
                builder.addSystemHeaders(to: &retried)
                registerHeaderSecrets(of: retried)
                outcome.warnings.append("the OAuth 2 token was refused (401); fetched a new one and sent the request again")
                send(retried, into: &outcome)
            } catch {
                outcome.error = "cannot sign the request again after a 401: \(error)"
            }
        }
        return outcome
    }

    private func send(_ request: BuiltRequest, into outcome: inout Outcome) {
        let transportRequest = TransportRequest(request)
        outcome.sent = SentRequest(transportRequest)
        switch transport.send(transportRequest) {
        case .success(let response):
            outcome.response = response
            outcome.error = nil
            registerIssuedTokens(in: response)
            for cookie in response.cookies where cookie.isSecret { redactor.register(cookie.value) }
            // The report shows the headers as they went out (the jar's Cookie header included).
            if let sentHeaders = response.sentHeaders, response.redirectCount == 0 { outcome.sent?.headers = sentHeaders }
        case .failure(let error):
            outcome.response = nil
            outcome.error = "\(error)"
            if case .cancelled = error { outcome.cancelled = true }
        }
    }

    /// Tokens a server issues in a JSON answer (an OAuth token endpoint called as a request of the
    /// collection) are credentials: they are redacted from then on, like auth secrets.
    private func registerIssuedTokens(in response: TransportResponse) {
        guard response.header("Content-Type")?.containsIgnoringASCIICase("json") ?? false,
            case .memory(let body) = response.body, body.count <= 1 << 20,
            // Every field name ends in `_token"`: most answers are skipped without being parsed.
            body.withUnsafeBytes({ TextDecoding.contains(utf8: Self.tokenFieldSuffix, in: $0) }),
            let json = try? JSONParser.parse(body)
        else { return }
        for key in Self.issuedTokenFields { if let token = json[key]?.stringValue { redactor.register(token) } }
    }

    static let issuedTokenFields = ["access_token", "refresh_token", "id_token"]
    static let tokenFieldSuffix = Array("_token\"".utf8)

    /// Authorization values are secrets whole (a Basic credential, a bearer token, an OAuth header).
    private func registerHeaderSecrets(of request: BuiltRequest) {
        for header in request.headers where AuthSecrets.isSecretHeader(header.name) {
            redactor.register(header.value)
        }
    }
}
