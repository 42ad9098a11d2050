import Foundation

/// Issues and checks the bearer tokens of `POST /webapi/oauth2/token` (RFC 6749 §4.4, client credentials).
final class OAuth2TokenIssuer: Sendable {
    private struct IssuedToken {
        var consumerKey: String
        var expiresAt: Date
    }

    private let tokens = Locked([String: IssuedToken]())
    let lifetime: TimeInterval

    init(lifetime: TimeInterval) {
        self.lifetime = lifetime
    }

    /// A new opaque token for `consumerKey`, valid for `lifetime` from `now`.
    func issue(for consumerKey: String, now: Date) -> String {
        var generator = SystemRandomNumberGenerator()
        let token = (0..<4).map { _ in
            let text = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - text.count) + text
        }.joined()
        tokens.withLock { tokens in
            // Expired tokens are kept a day so that a late caller hears "expired", not "unknown".
            tokens = tokens.filter { $0.value.expiresAt > now.addingTimeInterval(-86_400) }
            tokens[token] = IssuedToken(consumerKey: consumerKey, expiresAt: now.addingTimeInterval(lifetime))
        }
        return token
    }

    /// Why `token` is not accepted at `now`, or the consumer key it was issued to.
    func consumerKey(for token: String, now: Date) -> Result<String, TokenRefusal> {
        tokens.withLock { tokens in
            guard let issued = tokens[token] else { return .failure(.unknown) }
            guard issued.expiresAt > now else { return .failure(.expired) }
            return .success(issued.consumerKey)
        }
    }

    /// Why a bearer token was refused.
    enum TokenRefusal: Error, Sendable {
        case unknown
        case expired
    }
}
