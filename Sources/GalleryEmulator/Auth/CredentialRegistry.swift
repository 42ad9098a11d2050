import Foundation

/// The two kinds of Gallery key pair.
enum CredentialKind: Sendable, Equatable {
    /// A private studio key: the Subscription API only, scoped to its subscription.
    case studio
    /// A user's API access key: Subscription and User V2, Admin V1/V2 when the user is a curator.
    case user
}

/// A key pair the emulator accepts, and whose it is.
struct APICredential: Sendable, Equatable {
    var key: String
    var secret: String
    var kind: CredentialKind
    var subscriptionId: String
    /// The user the key belongs to (nil for a studio key).
    var userId: String?
    var isCurator: Bool
    /// For messages and banners: "studio", "curator", "artisan".
    var label: String
}

/// Who a verified request comes from.
struct Principal: Sendable, Equatable {
    var credential: APICredential
    var kind: CredentialKind { credential.kind }
    var subscriptionId: String { credential.subscriptionId }
    var userId: String? { credential.userId }
    var isCurator: Bool { credential.isCurator }
}

/// The key pairs the emulator accepts, looked up by key (compared exactly, as the Gallery does).
struct CredentialRegistry: Sendable {
    private let byKey: [String: APICredential]
    let all: [APICredential]

    /// The registry for these credentials. When two pairs share a key, the later one in the list wins.
    init(_ credentials: [APICredential]) {
        var byKey: [String: APICredential] = [:]
        for credential in credentials { byKey[credential.key] = credential }
        self.byKey = byKey
        self.all = credentials
    }

    /// The pair with this key, or nil.
    func credential(forKey key: String) -> APICredential? { byKey[key] }
}

/// Which part of the API a route belongs to, and so which keys may use it.
enum APIFamily: String, Sendable {
    case subscription = "Subscription API"
    case userV2 = "User V2 API"
    case adminV1 = "Admin V1 API"
    case adminV2 = "Admin V2 API"
    case v3 = "v3 API"

    /// Nil when `principal` may use this family; else why not, in the Gallery's words.
    func refusal(for principal: Principal) -> String? {
        switch (self, principal.kind) {
        case (.subscription, _):
            return nil
        case (.userV2, .user), (.v3, .user):
            return nil
        case (.adminV1, .user), (.adminV2, .user):
            return principal.isCurator
                ? nil
                : "The provided API Key (oauth_consumer_key) belongs to a user without the Curator role: "
                    + "the \(rawValue) is for Curators only."
        case (_, .studio):
            return "The provided API Key (oauth_consumer_key) is a private studio key, which opens the "
                + "Subscription API only: use an API access key (Profile › Keys) for the \(rawValue)."
        }
    }
}
