/// Which auth parameters are secrets, per auth type, so that their values never reach output.
public enum AuthSecrets {
    static let secretKeys: [String: [String]] = [
        "basic": ["password"],
        "bearer": ["token"],
        "apikey": ["value"],
        "oauth1": ["consumerSecret", "tokenSecret", "token", "privateKey"],
        "oauth2": [
            "accessToken", "clientSecret", "password", "refreshToken", "refresh_token", "access_token", "client_secret", "code",
            "authCode", "code_verifier",
        ],
        "digest": ["password"],
        "ntlm": ["password"],
        "awsv4": ["secretKey", "sessionToken"],
        "hawk": ["authKey"],
        "edgegrid": ["clientSecret", "accessToken", "clientToken"],
        "akamaiedgegrid": ["clientSecret", "accessToken", "clientToken"],
        "jwt": ["secret", "privateKey", "passphrase"],
        "asap": ["privateKey"],
    ]

    /// Whether parameter `key` of an auth of `type` holds a secret.
    public static func isSecret(key: String, authType: String) -> Bool {
        secretKeys[authType]?.contains(key) ?? false
    }

    /// The secret values of a resolved auth block. Empty ones are left out, and so is a value that is
    /// only an undefined `{{reference}}`: that text is the collection's, not a secret.
    public static func values(of auth: ResolvedAuth) -> [String] {
        (secretKeys[auth.type] ?? []).compactMap { auth.text($0) }.filter { !isOnlyAReference($0) }
    }

    /// Whether `value` is one `{{reference}}` and nothing else (left unresolved: the collection's text).
    static func isOnlyAReference(_ value: String) -> Bool {
        let references = VariableResolver.references(in: value)
        return references.count == 1 && value == "{{\(references[0])}}"
    }

    /// The password a URL carries in its userinfo (`https://user:password@host`, or a collection URL's
    /// `auth`), percent-decoded: a secret, as a Basic auth password is, so it is redacted wherever the URL
    /// is shown. Nil without one, and for a password that is only an undefined `{{reference}}`.
    public static func password(in url: RequestURL) -> String? {
        guard let userInfo = url.userInfo, let colon = userInfo.firstIndex(of: ":") else { return nil }
        let written = String(userInfo[userInfo.index(after: colon)...])
        let password = written.removingPercentEncoding ?? written
        return password.isEmpty || isOnlyAReference(password) ? nil : password
    }

    /// The secrets of a built request: its auth's and its URL's password.
    public static func values(of request: BuiltRequest) -> [String] {
        (request.auth.map(values(of:)) ?? []) + (password(in: request.url).map { [$0] } ?? [])
    }

    /// Header names whose values are always secret.
    public static let headerNames: Set<String> = ["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"]

    public static func isSecretHeader(_ name: String) -> Bool {
        // Asked of every header of every request: an ASCII name is compared as it is, not lower-cased.
        guard name.isASCIIText else { return headerNames.contains(name.lowercased()) }
        return orderedHeaderNames.contains { name.equalsIgnoringASCIICase($0) }
    }

    private static let orderedHeaderNames = Array(headerNames)
}
