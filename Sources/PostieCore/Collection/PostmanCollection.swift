import PostieJSON

/// A Postman collection (schema v2.1 or v2.0) as postie reads it.
public struct PostmanCollection: Sendable, Equatable {
    public var info: CollectionInfo
    /// Top-level folders and requests, in order.
    public var items: [CollectionItem]
    /// Collection-level auth; `.inherit` when the collection sets none.
    public var auth: AuthSetting
    /// Collection variables (`variable`).
    public var variables: [VariableDefinition]
    /// Collection-level scripts, kept for reporting; postie does not run scripts.
    public var events: [ScriptEvent]
    /// Collection-level request settings, inherited by every folder and request.
    public var behavior: ProtocolProfileBehavior
    /// What reading the file found worth a warning (a v1 collection converted on load).
    public var warnings: [String] = []

    public init(
        info: CollectionInfo, items: [CollectionItem], auth: AuthSetting = .inherit,
        variables: [VariableDefinition] = [], events: [ScriptEvent] = [], behavior: ProtocolProfileBehavior = .inherit
    ) {
        self.info = info
        self.items = items
        self.auth = auth
        self.variables = variables
        self.events = events
        self.behavior = behavior
    }
}

/// `info` of a collection.
public struct CollectionInfo: Sendable, Equatable {
    public var name: String
    /// `_postman_id`, when the collection has one.
    public var id: String?
    public var schema: String?
    public var description: String?

    public init(name: String, id: String? = nil, schema: String? = nil, description: String? = nil) {
        self.name = name
        self.id = id
        self.schema = schema
        self.description = description
    }
}

/// A node of the collection tree.
public enum CollectionItem: Sendable, Equatable {
    case folder(Folder)
    case request(RequestItem)

    public var name: String {
        switch self {
        case .folder(let folder): return folder.name
        case .request(let request): return request.name
        }
    }
}

/// A folder (`item-group`): holds requests and folders, may set auth and scripts for them.
public struct Folder: Sendable, Equatable {
    public var id: String?
    public var name: String
    public var items: [CollectionItem]
    public var auth: AuthSetting
    public var events: [ScriptEvent]
    public var variables: [VariableDefinition]
    /// The folder's request settings, over the collection's.
    public var behavior: ProtocolProfileBehavior

    public init(
        id: String? = nil, name: String, items: [CollectionItem], auth: AuthSetting = .inherit,
        events: [ScriptEvent] = [], variables: [VariableDefinition] = [], behavior: ProtocolProfileBehavior = .inherit
    ) {
        self.id = id
        self.name = name
        self.items = items
        self.auth = auth
        self.events = events
        self.variables = variables
        self.behavior = behavior
    }
}

/// A request of the collection with its name and scripts.
public struct RequestItem: Sendable, Equatable {
    public var id: String?
    public var name: String
    public var request: RequestDefinition
    public var events: [ScriptEvent]
    /// The request's own settings, over its folders'.
    public var behavior: ProtocolProfileBehavior

    public init(
        id: String? = nil, name: String, request: RequestDefinition, events: [ScriptEvent] = [],
        behavior: ProtocolProfileBehavior = .inherit
    ) {
        self.id = id
        self.name = name
        self.request = request
        self.events = events
        self.behavior = behavior
    }
}

/// The request as written in the collection, variables unresolved.
public struct RequestDefinition: Sendable, Equatable {
    public var method: String
    public var url: URLDefinition
    public var headers: [KeyValueEntry]
    public var body: RequestBody?
    public var auth: AuthSetting
    /// The request's `description` (what the legacy `request.description` of a script reads).
    public var description: String?

    public init(
        method: String = "GET", url: URLDefinition, headers: [KeyValueEntry] = [], body: RequestBody? = nil,
        auth: AuthSetting = .inherit, description: String? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.auth = auth
        self.description = description
    }
}

/// A request URL as a Postman collection holds it: either only `raw` text, or split into parts.
public struct URLDefinition: Sendable, Equatable {
    public var raw: String?
    public var scheme: String?
    /// Host labels as written (`["{{gallery-url}}"]` or `["api", "example", "com"]`).
    public var host: [String]?
    public var port: String?
    /// Path segments as written, `:name` for path variables, `""` for a trailing slash.
    public var path: [String]?
    public var query: [KeyValueEntry]
    /// Path variables (`url.variable`): values for `:name` segments.
    public var pathVariables: [KeyValueEntry]
    public var hash: String?
    /// `url.auth`: the credentials the URL carries (`https://user:password@host`), sent as Basic auth.
    public var credentials: URLCredentials?

    public init(
        raw: String? = nil, scheme: String? = nil, host: [String]? = nil, port: String? = nil,
        path: [String]? = nil, query: [KeyValueEntry] = [], pathVariables: [KeyValueEntry] = [],
        hash: String? = nil, credentials: URLCredentials? = nil
    ) {
        self.raw = raw
        self.scheme = scheme
        self.host = host
        self.port = port
        self.path = path
        self.query = query
        self.pathVariables = pathVariables
        self.hash = hash
        self.credentials = credentials
    }

    /// Whether the URL is given by its parts (Postman then ignores `raw`); else by `raw` alone.
    public var hasParts: Bool { host != nil || path != nil }
}

/// A URL's `auth` object (`{ "user": …, "password": … }`), either part possibly absent.
public struct URLCredentials: Sendable, Equatable {
    public var user: String?
    public var password: String?

    public init(user: String?, password: String?) {
        self.user = user
        self.password = password
    }
}

/// A key/value row: a header, a query parameter, a path variable or a urlencoded field.
public struct KeyValueEntry: Sendable, Equatable {
    public var key: String
    /// nil when the collection gives `null` (a query parameter then has no `=`).
    public var value: String?
    public var disabled: Bool

    public init(key: String, value: String?, disabled: Bool = false) {
        self.key = key
        self.value = value
        self.disabled = disabled
    }
}

/// A request body in one of Postman's modes.
public enum RequestBody: Sendable, Equatable {
    /// Text sent as is; `language` from `options.raw.language` chooses the default Content-Type.
    case raw(text: String, language: String?)
    case urlencoded([KeyValueEntry])
    case formdata([FormDataPart])
    /// A file's bytes; `src` relative to the working directory, nil when none was chosen.
    case file(src: String?)
    /// GraphQL: sent as JSON `{"query":…,"variables":…}`; `variables` is JSON text.
    case graphql(query: String, variables: String?, operationName: String?)
    /// `mode` was missing, empty or `disabled: true`: nothing is sent.
    case none
    /// A mode postie does not know: that request fails, saying so; the rest of the collection runs.
    case unknown(mode: String)
}

/// One part of a `formdata` body.
public struct FormDataPart: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case text(String)
        /// Files to attach, relative to the working directory; empty when none was chosen.
        case file([String])
    }

    public var key: String
    public var kind: Kind
    /// An explicit Content-Type for the part, when the collection sets one.
    public var contentType: String?
    public var disabled: Bool

    public init(key: String, kind: Kind, contentType: String? = nil, disabled: Bool = false) {
        self.key = key
        self.kind = kind
        self.contentType = contentType
        self.disabled = disabled
    }
}

/// How a collection, folder or request sets auth: Postman's inheritance rules.
public enum AuthSetting: Sendable, Equatable {
    /// `auth` absent or `null`: use the parent's.
    case inherit
    /// `type: "noauth"`: no auth here or below unless set again.
    case none
    case auth(AuthDefinition)
}

/// An auth block: its type (`oauth1`, `basic`, …) and its parameters, variables unresolved.
public struct AuthDefinition: Sendable, Equatable {
    public var type: String
    /// Parameters in document order; values are JSON because Postman stores Booleans as Booleans.
    public var parameters: [(key: String, value: JSONValue)]

    public init(type: String, parameters: [(key: String, value: JSONValue)] = []) {
        self.type = type
        self.parameters = parameters
    }

    /// The parameter named `key`, if set.
    public subscript(key: String) -> JSONValue? {
        parameters.last { $0.key == key }?.value
    }

    public static func == (lhs: AuthDefinition, rhs: AuthDefinition) -> Bool {
        lhs.type == rhs.type && lhs.parameters.count == rhs.parameters.count
            && zip(lhs.parameters, rhs.parameters).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}

/// A collection, folder or request variable.
public struct VariableDefinition: Sendable, Equatable {
    public var key: String
    public var value: String
    /// `type: "secret"`: the value is redacted wherever postie shows it.
    public var isSecret: Bool
    public var disabled: Bool

    public init(key: String, value: String, isSecret: Bool = false, disabled: Bool = false) {
        self.key = key
        self.value = value
        self.isSecret = isSecret
        self.disabled = disabled
    }
}

/// A `prerequest` or `test` script of the collection, a folder or a request.
public struct ScriptEvent: Sendable, Equatable {
    public var listen: String
    public var lines: [String]
    /// Where the script is set (filled in when requests are flattened): `collection`, `folder` or `request`.
    public var level = ScriptSource.Level.request
    /// The name of the collection, folder or request that holds it.
    public var ownerName = ""

    public init(listen: String, lines: [String]) {
        self.listen = listen
        self.lines = lines
    }

    /// Whether the script has no code (`"exec": [""]`, as the public Gallery collection ships).
    public var isEmpty: Bool {
        // A line of code is told by its first ASCII byte that is not a blank; only a line of blanks and
        // other characters is read as Characters (a no-break space is white space too).
        lines.allSatisfy { line in
            var onlyASCII = true
            for byte in line.utf8 {
                if byte >= 0x80 {
                    onlyASCII = false
                } else if byte != 0x20, !(0x09...0x0D).contains(byte) {
                    return false
                }
            }
            return onlyASCII || line.allSatisfy(\.isWhitespace)
        }
    }

    /// The script's text (its lines joined by newlines, as Postman does).
    public var source: String { lines.joined(separator: "\n") }

    /// The same script marked with where it is set.
    func owned(by name: String, level: ScriptSource.Level) -> ScriptEvent {
        var copy = self
        copy.ownerName = name
        copy.level = level
        return copy
    }
}
