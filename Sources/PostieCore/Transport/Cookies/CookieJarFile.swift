import Foundation
import PostieJSON

/// Newman's `--cookie-jar` and `--export-cookie-jar` files: tough-cookie's serialized jar
/// (`{"version": "tough-cookie@…", "storeType": "MemoryCookieStore", …, "cookies": [{key, value, domain,
/// path, expires, maxAge, secure, httpOnly, hostOnly, pathIsDefault, creation, lastAccessed, sameSite}]}`),
/// fields left out where they hold tough-cookie's defaults, as `CookieJar.toJSON()` writes them.
public enum CookieJarFile {
    /// The `version` written.
    public static let version = "tough-cookie@4.1.3"

    /// The cookies of a jar file; `file` names it in errors. A bare list of cookies is read too.
    public static func parse(data: Data, file: String) throws -> [Cookie] {
        let document = try JSONInputDocument.parse(data: data, file: file)
        let listPath: JSONNodePath
        let list: [JSONValue]
        switch document.root {
        case .array(let elements):
            listPath = JSONNodePath()
            list = elements
        case .object(let object):
            listPath = JSONNodePath([.member("cookies")])
            guard let cookies = object["cookies"] else {
                throw InputFileError.wrongDocument(
                    file: file, expected: "a cookie jar", reason: "it has no `cookies` list (tough-cookie's JSON format)")
            }
            guard let elements = cookies.arrayValue else {
                throw document.error(at: listPath, "expected a list of cookies, found \(article(cookies.typeName))")
            }
            list = elements
        default:
            throw InputFileError.wrongDocument(
                file: file, expected: "a cookie jar",
                reason: "the document is \(article(document.root.typeName)), not an object with `cookies`")
        }
        var cookies: [Cookie] = []
        for (index, element) in list.enumerated() {
            let path = listPath.appending(index)
            guard let object = element.objectValue else {
                throw document.error(at: path, "expected a cookie object, found \(article(element.typeName))")
            }
            guard let key = object["key"]?.stringValue else { throw document.error(at: path, "the cookie has no `key`") }
            guard let domain = object["domain"]?.stringValue, !domain.isEmpty else {
                throw document.error(at: path, "the cookie \"\(key)\" has no `domain`")
            }
            func date(_ name: String) throws -> Date? {
                switch object[name] {
                case nil, .null?: return nil
                case .string(let text)?:
                    if text == "Infinity" { return nil }
                    guard let parsed = parseDate(text) else {
                        throw document.error(at: path.appending(name), "\"\(text)\" is not an ISO 8601 date")
                    }
                    return parsed
                case .number(let milliseconds)?: return Date(timeIntervalSince1970: milliseconds / 1000)
                case let other?:
                    throw document.error(at: path.appending(name), "expected a date, found \(article(other.typeName))")
                }
            }
            let creation = try date("creation") ?? Date()
            var cookie = Cookie(
                name: key, value: object["value"]?.stringValue ?? "",
                domain: (domain.hasPrefix(".") ? String(domain.dropFirst()) : domain).lowercased(),
                path: object["path"]?.stringValue ?? "/", expires: try date("expires"),
                maxAge: object["maxAge"]?.numberValue.flatMap { $0.isFinite ? Int(exactly: $0.rounded()) : nil },
                secure: object["secure"]?.boolValue ?? false, httpOnly: object["httpOnly"]?.boolValue ?? false,
                hostOnly: object["hostOnly"]?.boolValue ?? false, pathIsDefault: object["pathIsDefault"]?.boolValue ?? false,
                sameSite: object["sameSite"]?.stringValue?.lowercased(), creation: creation,
                lastAccessed: try date("lastAccessed"))
            if case .array(let extensions)? = object["extensions"] { cookie.extensions = extensions.compactMap(\.stringValue) }
            cookies.append(cookie)
        }
        return cookies
    }

    /// The jar as tough-cookie serializes it.
    public static func document(of cookies: [Cookie]) -> JSONValue {
        var root = JSONObject()
        root["version"] = .string(version)
        root["storeType"] = .string("MemoryCookieStore")
        root["rejectPublicSuffixes"] = .bool(true)
        root["enableLooseMode"] = .bool(false)
        root["allowSpecialUseDomain"] = .bool(true)
        root["prefixSecurity"] = .string("silent")
        root["cookies"] = .array(
            cookies.map { cookie in
                var object = JSONObject()
                object["key"] = .string(cookie.name)
                if !cookie.value.isEmpty { object["value"] = .string(cookie.value) }
                if let expires = cookie.expires { object["expires"] = .string(formatDate(expires)) }
                if let maxAge = cookie.maxAge { object["maxAge"] = .number(Double(maxAge)) }
                object["domain"] = .string(cookie.domain)
                object["path"] = .string(cookie.path)
                if cookie.secure { object["secure"] = .bool(true) }
                if cookie.httpOnly { object["httpOnly"] = .bool(true) }
                if !cookie.extensions.isEmpty { object["extensions"] = .array(cookie.extensions.map(JSONValue.string)) }
                object["hostOnly"] = .bool(cookie.hostOnly)
                if cookie.pathIsDefault { object["pathIsDefault"] = .bool(true) }
                object["creation"] = .string(formatDate(cookie.creation))
                object["lastAccessed"] = .string(formatDate(cookie.lastAccessed))
                if let sameSite = cookie.sameSite { object["sameSite"] = .string(sameSite) }
                return .object(object)
            })
        return .object(root)
    }

    /// `2020-06-09T16:57:46.999Z`, as JavaScript's `Date.prototype.toISOString`.
    public static func formatDate(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }

    static func parseDate(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }
}
