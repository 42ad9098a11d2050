import PostieJSON

/// Postman's request settings (`protocolProfileBehavior`) on a collection, a folder or a request.
///
/// Every setting is optional: an unset one inherits from the folder above, then the collection, then
/// postie's default (which is Postman's). Inheritance is postman-collection's
/// `getProtocolProfileBehaviorResolved`: a shallow merge from the collection down, the nearest level
/// winning key by key (so a request's `disabledSystemHeaders` replaces its folder's whole).
public struct ProtocolProfileBehavior: Sendable, Equatable {
    /// Follow 3xx answers that carry a `Location` (default true; `--ignore-redirects` sets false).
    public var followRedirects: Bool?
    /// Keep the method and body on every redirect, not only 307 and 308 (default false: GET, no body).
    public var followOriginalHttpMethod: Bool?
    /// Keep `Authorization` and the request's own `Cookie` header on a redirect to another origin
    /// (default false). Never kept from `https` to `http`.
    public var followAuthorizationHeader: Bool?
    /// Redirects followed before the request fails (default 10).
    public var maxRedirects: Int?
    /// Send no `Referer` on redirects (a `Referer` the request sets is kept; default false).
    public var removeRefererHeaderOnRedirect: Bool?
    /// Send the body of a GET, HEAD, COPY, PURGE or UNLOCK request (default false: dropped).
    public var disableBodyPruning: Bool?
    /// Send the URL as written, without percent-encoding (default false).
    public var disableUrlEncoding: Bool?
    /// System headers not to add, by lower-case name (`user-agent`, `accept`, `cache-control`,
    /// `postman-token`, `host`, `accept-encoding`, `connection`, `content-type`, `content-length`).
    public var disabledSystemHeaders: Set<String>?
    /// Neither send cookies from the run's jar nor store the ones this request receives (default false).
    public var disableCookies: Bool?
    /// Verify TLS certificates (default true; `-k` sets false); this request's setting wins over `-k`.
    public var strictSSL: Bool?
    /// Ask the server to choose the cipher order (`tlsPreferServerCiphers`); a client cannot: warned.
    public var tlsPreferServerCiphers: Bool?
    /// TLS versions not to offer: `TLSv1`, `TLSv1_1`, `TLSv1_2`, `TLSv1_3` (and `SSLv2`, `SSLv3`, never offered).
    public var tlsDisabledProtocols: [String]?
    /// OpenSSL cipher list to offer (`tlsCipherSelection`), joined with `:`.
    public var tlsCipherSelection: [String]?
    /// `insecureHTTPParser`: refused with a warning; postie's parser has one strictness.
    public var insecureHTTPParser: Bool?
    /// Keys postie does not know, for a warning.
    public var unknownKeys: [String]

    public init(
        followRedirects: Bool? = nil, followOriginalHttpMethod: Bool? = nil, followAuthorizationHeader: Bool? = nil,
        maxRedirects: Int? = nil, removeRefererHeaderOnRedirect: Bool? = nil, disableBodyPruning: Bool? = nil,
        disableUrlEncoding: Bool? = nil, disabledSystemHeaders: Set<String>? = nil, disableCookies: Bool? = nil,
        strictSSL: Bool? = nil, tlsPreferServerCiphers: Bool? = nil, tlsDisabledProtocols: [String]? = nil,
        tlsCipherSelection: [String]? = nil, insecureHTTPParser: Bool? = nil, unknownKeys: [String] = []
    ) {
        self.followRedirects = followRedirects
        self.followOriginalHttpMethod = followOriginalHttpMethod
        self.followAuthorizationHeader = followAuthorizationHeader
        self.maxRedirects = maxRedirects
        self.removeRefererHeaderOnRedirect = removeRefererHeaderOnRedirect
        self.disableBodyPruning = disableBodyPruning
        self.disableUrlEncoding = disableUrlEncoding
        self.disabledSystemHeaders = disabledSystemHeaders
        self.disableCookies = disableCookies
        self.strictSSL = strictSSL
        self.tlsPreferServerCiphers = tlsPreferServerCiphers
        self.tlsDisabledProtocols = tlsDisabledProtocols
        self.tlsCipherSelection = tlsCipherSelection
        self.insecureHTTPParser = insecureHTTPParser
        self.unknownKeys = unknownKeys
    }

    /// Nothing set: everything inherits.
    public static let inherit = ProtocolProfileBehavior()

    /// This level's settings over `parent`'s, key by key (postman-collection's shallow merge).
    public func inheriting(from parent: ProtocolProfileBehavior) -> ProtocolProfileBehavior {
        var merged = self
        merged.followRedirects = followRedirects ?? parent.followRedirects
        merged.followOriginalHttpMethod = followOriginalHttpMethod ?? parent.followOriginalHttpMethod
        merged.followAuthorizationHeader = followAuthorizationHeader ?? parent.followAuthorizationHeader
        merged.maxRedirects = maxRedirects ?? parent.maxRedirects
        merged.removeRefererHeaderOnRedirect = removeRefererHeaderOnRedirect ?? parent.removeRefererHeaderOnRedirect
        merged.disableBodyPruning = disableBodyPruning ?? parent.disableBodyPruning
        merged.disableUrlEncoding = disableUrlEncoding ?? parent.disableUrlEncoding
        merged.disabledSystemHeaders = disabledSystemHeaders ?? parent.disabledSystemHeaders
        merged.disableCookies = disableCookies ?? parent.disableCookies
        merged.strictSSL = strictSSL ?? parent.strictSSL
        merged.tlsPreferServerCiphers = tlsPreferServerCiphers ?? parent.tlsPreferServerCiphers
        merged.tlsDisabledProtocols = tlsDisabledProtocols ?? parent.tlsDisabledProtocols
        merged.tlsCipherSelection = tlsCipherSelection ?? parent.tlsCipherSelection
        merged.insecureHTTPParser = insecureHTTPParser ?? parent.insecureHTTPParser
        merged.unknownKeys = parent.unknownKeys + unknownKeys.filter { !parent.unknownKeys.contains($0) }
        return merged
    }

    /// Whether the system header `name` (any case) is disabled.
    public func disables(systemHeader name: String) -> Bool {
        guard let disabledSystemHeaders, !disabledSystemHeaders.isEmpty else { return false }
        return disabledSystemHeaders.contains(name.lowercased())
    }

    /// The settings the transport applies to one request.
    public var transportBehavior: RequestBehavior {
        RequestBehavior(
            followRedirects: followRedirects, followOriginalHttpMethod: followOriginalHttpMethod ?? false,
            followAuthorizationHeader: followAuthorizationHeader ?? false, maxRedirects: maxRedirects,
            removeRefererHeader: removeRefererHeaderOnRedirect ?? false, disableCookies: disableCookies ?? false,
            strictSSL: strictSSL, tlsDisabledProtocols: tlsDisabledProtocols ?? [], tlsCiphers: tlsCipherSelection,
            suppressedHeaders: Set(
                ["host", "connection", "content-length", "content-type", "accept-encoding"].filter(disables(systemHeader:))))
    }

    /// Warnings for settings postie reads but cannot honour, and for unknown keys.
    public var warnings: [String] {
        var messages: [String] = []
        if insecureHTTPParser == true {
            messages.append(
                "protocolProfileBehavior.insecureHTTPParser is refused: postie parses every answer with the same strict parser")
        }
        if tlsPreferServerCiphers == true {
            messages.append(
                "protocolProfileBehavior.tlsPreferServerCiphers has no effect on a client: the server chooses the cipher order it prefers")
        }
        for key in unknownKeys {
            messages.append("protocolProfileBehavior.\(key) is not a setting postie knows; it is ignored")
        }
        return messages
    }

    /// Every key postie reads.
    static let knownKeys: Set<String> = [
        "followRedirects", "followOriginalHttpMethod", "followAuthorizationHeader", "maxRedirects",
        "removeRefererHeaderOnRedirect", "disableBodyPruning", "disableUrlEncoding", "disabledSystemHeaders",
        "disableCookies", "strictSSL", "tlsPreferServerCiphers", "tlsDisabledProtocols", "tlsCipherSelection",
        "insecureHTTPParser",
    ]

    /// Keys Postman writes that change nothing on the wire postie sends (`protocolVersion` picks HTTP/2
    /// where Postman can; postie speaks HTTP/1.1, which `auto` allows).
    static let ignoredKeys: Set<String> = ["protocolVersion"]
}

/// What the transport does differently for one request: its `protocolProfileBehavior`, resolved.
public struct RequestBehavior: Sendable, Equatable {
    /// nil: the transport's option (`--ignore-redirects`).
    public var followRedirects: Bool?
    public var followOriginalHttpMethod: Bool
    public var followAuthorizationHeader: Bool
    /// nil: Postman's 10.
    public var maxRedirects: Int?
    public var removeRefererHeader: Bool
    public var disableCookies: Bool
    /// nil: the transport's option (`--insecure`).
    public var strictSSL: Bool?
    /// `TLSv1_2`, `TLSv1_3`…: versions not to offer.
    public var tlsDisabledProtocols: [String]
    /// An OpenSSL cipher list, nil for the library's default.
    public var tlsCiphers: [String]?
    /// Lower-case names of headers the serializer must not add itself (`host`, `connection`, `content-length`).
    public var suppressedHeaders: Set<String>

    public init(
        followRedirects: Bool? = nil, followOriginalHttpMethod: Bool = false, followAuthorizationHeader: Bool = false,
        maxRedirects: Int? = nil, removeRefererHeader: Bool = false, disableCookies: Bool = false,
        strictSSL: Bool? = nil, tlsDisabledProtocols: [String] = [], tlsCiphers: [String]? = nil,
        suppressedHeaders: Set<String> = []
    ) {
        self.followRedirects = followRedirects
        self.followOriginalHttpMethod = followOriginalHttpMethod
        self.followAuthorizationHeader = followAuthorizationHeader
        self.maxRedirects = maxRedirects
        self.removeRefererHeader = removeRefererHeader
        self.disableCookies = disableCookies
        self.strictSSL = strictSSL
        self.tlsDisabledProtocols = tlsDisabledProtocols
        self.tlsCiphers = tlsCiphers
        self.suppressedHeaders = suppressedHeaders
    }

    /// Postman's defaults: everything from the transport's options.
    public static let standard = RequestBehavior()
}
