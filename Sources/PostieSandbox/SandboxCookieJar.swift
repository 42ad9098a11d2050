import Foundation
import PostieJSON

/// The cookies `pm.cookies.jar()` reads and changes: per run, matched by domain (the host and its
/// parents) and path prefix.
final class SandboxCookieJar {
    struct Cookie {
        var name: String
        var value: String
        var domain: String
        var path: String
        var rest: JSONObject
    }

    private(set) var cookies: [Cookie] = []

    init(seed: [JSONValue] = []) {
        for entry in seed { if let cookie = Self.cookie(from: entry, host: nil) { cookies.append(cookie) } }
    }

    /// The cookies that apply to `url`.
    func matching(_ url: String) -> [Cookie] {
        guard let components = URLComponents(string: url), let host = components.host?.lowercased() else { return [] }
        let path = components.path.isEmpty ? "/" : components.path
        return cookies.filter { cookie in
            let domain = cookie.domain.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
            let domainMatches = domain.isEmpty || host == domain || host.hasSuffix("." + domain)
            return domainMatches && (path.hasPrefix(cookie.path) || cookie.path == "/")
        }
    }

    /// `get`, `getAll`, `set`, `unset`, `clear` as the sandbox's jar calls them; the result as JSON.
    func perform(_ operation: String, url: String, name: JSONValue, value: JSONValue) -> Result<JSONValue, CookieJarError> {
        let host = URLComponents(string: url)?.host
        switch operation {
        case "get":
            guard let cookieName = name.stringValue else { return .success(.null) }
            return .success(matching(url).last { $0.name == cookieName }.map(Self.json) ?? .null)
        case "getAll":
            return .success(.array(matching(url).map(Self.json)))
        case "set":
            var made: Cookie?
            if case .object = name {
                made = Self.cookie(from: name, host: host)
            } else if let cookieName = name.stringValue {
                if let text = value.stringValue {
                    made = Cookie(name: cookieName, value: text, domain: host ?? "", path: "/", rest: JSONObject())
                } else if !value.isNull, value != .bool(false) {
                    made = Cookie(name: cookieName, value: value.textValue, domain: host ?? "", path: "/", rest: JSONObject())
                } else {
                    made = Self.parseSetCookie(cookieName, host: host)
                }
            }
            guard let cookie = made else { return .failure(CookieJarError(message: "pm.cookies.jar().set: no cookie given")) }
            cookies.removeAll { $0.name == cookie.name && $0.domain == cookie.domain && $0.path == cookie.path }
            cookies.append(cookie)
            return .success(Self.json(cookie))
        case "unset":
            let found = Set(matching(url).filter { $0.name == name.stringValue }.map { "\($0.name)|\($0.domain)|\($0.path)" })
            cookies.removeAll { found.contains("\($0.name)|\($0.domain)|\($0.path)") }
            return .success(.null)
        case "clear":
            let found = Set(matching(url).map { "\($0.name)|\($0.domain)|\($0.path)" })
            cookies.removeAll { found.contains("\($0.name)|\($0.domain)|\($0.path)") }
            return .success(.null)
        default:
            return .failure(CookieJarError(message: "unknown cookie jar operation \(operation)"))
        }
    }

    static func json(_ cookie: Cookie) -> JSONValue {
        var object = cookie.rest
        object["name"] = .string(cookie.name)
        object["value"] = .string(cookie.value)
        object["domain"] = .string(cookie.domain)
        object["path"] = .string(cookie.path)
        return .object(object)
    }

    static func cookie(from value: JSONValue, host: String?) -> Cookie? {
        guard let object = value.objectValue, let name = object["name"]?.stringValue ?? object["key"]?.stringValue else { return nil }
        var rest = object
        for key in ["name", "key", "value", "domain", "path"] { rest[key] = nil }
        return Cookie(
            name: name, value: object["value"].map { $0.textValue } ?? "", domain: object["domain"]?.stringValue ?? host ?? "",
            path: object["path"]?.stringValue ?? "/", rest: rest)
    }

    /// `name=value; Path=/x; Domain=d` as `set` may receive it.
    static func parseSetCookie(_ text: String, host: String?) -> Cookie? {
        let parts = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = parts.first, let equals = first.firstIndex(of: "=") else { return nil }
        var cookie = Cookie(
            name: String(first[..<equals]).trimmingCharacters(in: .whitespaces),
            value: String(first[first.index(after: equals)...]).trimmingCharacters(in: .whitespaces),
            domain: host ?? "", path: "/", rest: JSONObject())
        for attribute in parts.dropFirst() {
            let pieces = attribute.split(separator: "=", maxSplits: 1).map(String.init)
            let key = pieces[0].lowercased()
            let value = pieces.count > 1 ? pieces[1] : ""
            switch key {
            case "domain": cookie.domain = value.hasPrefix(".") ? String(value.dropFirst()) : value
            case "path": cookie.path = value
            case "httponly": cookie.rest["httpOnly"] = .bool(true)
            case "secure": cookie.rest["secure"] = .bool(true)
            case "expires": cookie.rest["expires"] = .string(value)
            case "max-age": cookie.rest["maxAge"] = .string(value)
            default: break
            }
        }
        return cookie
    }
}

/// Why a cookie jar operation failed.
struct CookieJarError: Error {
    let message: String
}
