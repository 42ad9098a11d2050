import Foundation
import PostieCrypto
import PostieHTTPServer
import PostieJSON

@testable import GalleryEmulator

/// One request of a Postman collection with the auth it inherits.
struct PostmanItem: CustomStringConvertible {
    var path: [String]
    var request: JSONValue
    var auth: JSONValue?
    var description: String { path.joined(separator: " › ") }
}

/// Builds requests from a Postman v2.1 collection as Postman sends them, for tests: variables resolved
/// (environment over collection), path variables substituted, disabled query parameters and headers
/// left out, bodies encoded, OAuth 1.0a signed with PostieCrypto and OAuth 2 tokens fetched.
struct PostmanRequestBuilder {
    var variables: [String: String]
    /// Gets a bearer token: (token URL, client id, client secret) → access token.
    var fetchToken: (String, String, String) throws -> String
    /// The time to put in `oauth_timestamp`.
    var now: () -> Date

    static let boundary = "--------------------------postie000000000000000000"

    /// The package root (the folder with Package.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The public collection, or nil when `../shared/fixtures/alteryx-api-postman/` is absent.
    static let publicCollectionURL = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/fixtures/alteryx-api-postman/Alteryx Server API.postman_collection.json")

    static func load(_ url: URL) throws -> JSONValue { try JSONParser.parse(Data(contentsOf: url)) }

    /// Every request, depth first, with inherited auth (`null` or absent inherits, as in Postman).
    static func items(of collection: JSONValue) -> [PostmanItem] {
        func walk(_ node: JSONValue, path: [String], auth: JSONValue?) -> [PostmanItem] {
            let ownAuth = node["auth"].flatMap { $0.isNull ? nil : $0 } ?? auth
            if let children = node["item"]?.arrayValue {
                return children.flatMap { walk($0, path: path + [$0["name"]?.stringValue ?? ""], auth: ownAuth) }
            }
            guard let request = node["request"] else { return [] }
            let requestAuth = request["auth"].flatMap { $0.isNull ? nil : $0 } ?? ownAuth
            return [PostmanItem(path: path, request: request, auth: requestAuth)]
        }
        return walk(collection, path: [], auth: nil)
    }

    /// The collection's variables, then the environment's on top.
    static func variables(collection: JSONValue, environment: JSONValue) -> [String: String] {
        var variables: [String: String] = [:]
        for variable in collection["variable"]?.arrayValue ?? [] {
            if let key = variable["key"]?.stringValue { variables[key] = variable["value"]?.textValue ?? "" }
        }
        for variable in environment["values"]?.arrayValue ?? [] where variable["enabled"] != false {
            if let key = variable["key"]?.stringValue { variables[key] = variable["value"]?.textValue ?? "" }
        }
        return variables
    }

    func resolve(_ text: String) -> String {
        var result = text
        for _ in 0..<19 {
            var changed = false
            for (key, value) in variables where result.contains("{{\(key)}}") {
                result = result.replacingOccurrences(of: "{{\(key)}}", with: value)
                changed = true
            }
            if !changed { break }
        }
        return result
    }

    /// The request to send for `item`.
    func build(_ item: PostmanItem) throws -> HTTPRequest {
        let request = item.request
        let method = request["method"]?.stringValue ?? "GET"
        let url = request["url"] ?? .null
        let base = resolve((url["host"]?.arrayValue ?? []).map(\.textValue).joined(separator: "."))
        guard let schemeEnd = base.range(of: "://") else { throw BuildError("no scheme in \(base)") }
        let afterScheme = base[schemeEnd.upperBound...]
        let authority = String(afterScheme.prefix { $0 != "/" })
        let basePath = String(afterScheme.dropFirst(authority.count))
        var pathVariables: [String: String] = [:]
        for variable in url["variable"]?.arrayValue ?? [] {
            pathVariables[variable["key"]?.stringValue ?? ""] = resolve(variable["value"]?.textValue ?? "")
        }
        let segments = (url["path"]?.arrayValue ?? []).map { segment -> String in
            let text = resolve(segment.textValue)
            if text.hasPrefix(":"), let value = pathVariables[String(text.dropFirst())] { return value }
            return text
        }
        var target = basePath + "/" + segments.joined(separator: "/")
        let query = (url["query"]?.arrayValue ?? []).filter { $0["disabled"] != true }
        if !query.isEmpty {
            target += "?" + query.map { parameter in
                let key = PercentEncoding.rfc3986(resolve(parameter["key"]?.textValue ?? ""))
                let value = parameter["value"]?.isNull ?? true ? "" : PercentEncoding.rfc3986(resolve(parameter["value"]?.textValue ?? ""))
                return "\(key)=\(value)"
            }.joined(separator: "&")
        }

        var headers = HTTPHeaders()
        headers.set("Host", authority)
        for header in request["header"]?.arrayValue ?? [] where header["disabled"] != true {
            headers.add(resolve(header["key"]?.textValue ?? ""), resolve(header["value"]?.textValue ?? ""))
        }
        var body = Data()
        var formParameters: [OAuth1.Parameter] = []
        if let bodySpec = request["body"], let mode = bodySpec["mode"]?.stringValue {
            switch mode {
            case "raw":
                body = Data(resolve(bodySpec["raw"]?.stringValue ?? "").utf8)
                if !headers.contains("Content-Type") {
                    headers.set(
                        "Content-Type", bodySpec["options"]?["raw"]?["language"] == "json" ? "application/json" : "text/plain")
                }
            case "urlencoded":
                let pairs = (bodySpec["urlencoded"]?.arrayValue ?? []).filter { $0["disabled"] != true }.map {
                    (name: resolve($0["key"]?.textValue ?? ""), value: resolve($0["value"]?.textValue ?? ""))
                }
                formParameters = pairs
                body = Data(
                    pairs.map { "\(PercentEncoding.rfc3986($0.name))=\(PercentEncoding.rfc3986($0.value))" }
                        .joined(separator: "&").utf8)
                if !headers.contains("Content-Type") { headers.set("Content-Type", "application/x-www-form-urlencoded") }
            case "formdata":
                var text = ""
                for part in (bodySpec["formdata"]?.arrayValue ?? []) where part["disabled"] != true {
                    let name = resolve(part["key"]?.textValue ?? "")
                    text += "--\(Self.boundary)\r\n"
                    if part["type"] == "file" {
                        // A file part with no source is sent empty, as postie's runner does.
                        text += "Content-Disposition: form-data; name=\"\(name)\"; filename=\"\"\r\n"
                        text += "Content-Type: application/octet-stream\r\n\r\n\r\n"
                    } else {
                        text += "Content-Disposition: form-data; name=\"\(name)\"\r\n\r\n"
                        text += resolve(part["value"]?.textValue ?? "") + "\r\n"
                    }
                }
                text += "--\(Self.boundary)--\r\n"
                body = Data(text.utf8)
                if !headers.contains("Content-Type") {
                    headers.set("Content-Type", "multipart/form-data; boundary=\(Self.boundary)")
                }
            default:
                break
            }
        }

        switch item.auth?["type"]?.stringValue {
        case "oauth1":
            let settings = Self.settings(item.auth?["oauth1"])
            let key = resolve(settings["consumerKey"] ?? "")
            let secret = resolve(settings["consumerSecret"] ?? "")
            var oauth: [OAuth1.Parameter] = [
                ("oauth_consumer_key", key), ("oauth_signature_method", settings["signatureMethod"] ?? "HMAC-SHA1"),
                ("oauth_timestamp", String(Int64(now().timeIntervalSince1970))), ("oauth_nonce", Fixture.nextNonce()),
                ("oauth_version", settings["version"] ?? "1.0"),
            ]
            let pieces = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
            let parameters =
                OAuth1.queryParameters(fromRawQuery: pieces.count > 1 ? String(pieces[1]) : "") + formParameters + oauth
            let baseString = OAuth1.signatureBaseString(
                method: method, baseURI: "http://\(authority.lowercased())\(pieces[0])", parameters: parameters)
            oauth.append(
                ("oauth_signature", try OAuth1.signature(
                    method: .hmacSHA1, baseString: baseString, signingKey: OAuth1.signingKey(consumerSecret: secret))))
            headers.set("Authorization", OAuth1.authorizationHeader(parameters: oauth))
        case "oauth2":
            let settings = Self.settings(item.auth?["oauth2"])
            let token = try fetchToken(
                resolve(settings["accessTokenUrl"] ?? ""), resolve(settings["clientId"] ?? ""),
                resolve(settings["clientSecret"] ?? ""))
            headers.set("Authorization", "Bearer \(token)")
        default:
            break
        }
        return HTTPRequest(method: method, target: target, headers: headers, body: body)
    }

    static func settings(_ list: JSONValue?) -> [String: String] {
        var settings: [String: String] = [:]
        for entry in list?.arrayValue ?? [] {
            if let key = entry["key"]?.stringValue { settings[key] = entry["value"]?.textValue ?? "" }
        }
        return settings
    }

    struct BuildError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}

extension PostmanRequestBuilder {
    /// A builder for `collection` against `emulator` through `handle(_:)`.
    static func direct(collection: JSONValue, emulator: GalleryEmulator, clock: TestClock) -> PostmanRequestBuilder {
        PostmanRequestBuilder(
            variables: variables(collection: collection, environment: emulator.environmentFile(name: "test")),
            fetchToken: { tokenURL, id, secret in
                let path = URL(string: tokenURL)?.path ?? "/webapi/oauth2/token"
                let response = emulator.handle(
                    HTTPRequest(
                        method: "POST", target: path,
                        headers: ["Host": Fixture.host, "Content-Type": "application/x-www-form-urlencoded"],
                        body: Data("grant_type=client_credentials&client_id=\(id)&client_secret=\(secret)".utf8)))
                guard let token = try json(response)["access_token"]?.stringValue else { throw BuildError("no token") }
                return token
            }, now: { clock.now })
    }
}
