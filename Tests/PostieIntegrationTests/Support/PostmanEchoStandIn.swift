import Foundation
import PostieCrypto
import PostieHTTPServer
import PostieJSON

/// A loopback stand-in for postman-echo.com: the endpoints Newman's integration collections call, answering
/// in postman-echo's documented shapes (`args`, `data`, `files`, `form`, `headers`, `json`, `url`), so those
/// collections run offline. Plain http on 127.0.0.1, port 0.
///
/// Where it differs from the real service, on purpose: `url` is `http://HOST/…` as the request reached it (the
/// harness points every postman-echo URL here, so scripts comparing the two agree); request headers are echoed
/// as received, names lower-cased, without the proxy's `x-forwarded-*`; `/delay/N` really waits N seconds.
final class PostmanEchoStandIn: Sendable {
    let server: HTTPServer
    let port: Int

    /// postman-echo's OAuth 1.0a consumer secret for `/oauth1` (its documentation's example credentials).
    static let oauth1ConsumerSecret = "D+EdQ-gs$-%@2Nu7"
    /// The digest challenge's realm and nonce; fixed, so a nonce read from one answer verifies the next.
    static let digestRealm = "Users"
    static let digestNonce = "ni1LiL0O37PRRhofWdCLmwFsnEtH1lew"

    init() throws {
        server = HTTPServer(configuration: .init(requestTimeout: 30)) { request in Self.answer(request) }
        port = try server.start()
    }

    deinit { server.stop() }

    /// `127.0.0.1:PORT`.
    var authority: String { "127.0.0.1:\(port)" }

    // MARK: - Routing

    static func answer(_ request: HTTPRequest) -> HTTPResponse {
        let path = request.path
        // httpbin.org (also pointed here) redirects a path with empty segments to the path without them,
        // as its server (werkzeug, `merge_slashes`) does: whatwg-url's `//get` reaches `/get` that way.
        if path.contains("//") {
            var merged = path
            while merged.contains("//") { merged = merged.replacingOccurrences(of: "//", with: "/") }
            let query = request.target.firstIndex(of: "?").map { String(request.target[$0...]) } ?? ""
            return HTTPResponse(status: 308, headers: ["Location": merged + query])
        }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        switch (request.method, segments.first ?? "") {
        case (_, "get"), (_, "post"), (_, "put"), (_, "patch"), (_, "delete"):
            guard segments.count == 1 else { return notFound() }
            let expected = segments[0].uppercased()
            // HEAD and OPTIONS are answered on every route, as Express answers them.
            if request.method == "OPTIONS" { return HTTPResponse(status: 200, headers: ["Allow": "GET,HEAD,PUT,PATCH,POST,DELETE"]) }
            guard request.method == expected || (request.method == "HEAD" && expected == "GET") else { return notFound() }
            return json(expected == "GET" ? getEcho(request) : bodyEcho(request))
        case (_, "headers"):
            return json(["headers": headers(request)])
        case (_, "response-headers"):
            return responseHeaders(request)
        case (_, "status"):
            let code = segments.count > 1 ? Int(segments[1]) ?? 200 : 200
            return json(["status": .number(Double(code))], status: code)
        case (_, "cookies"):
            return cookies(request, action: segments.count > 1 ? segments[1] : nil)
        case (_, "basic-auth"):
            return basicAuth(request)
        case (_, "digest-auth"):
            return digestAuth(request)
        case (_, "auth") where segments.count == 2 && segments[1] == "hawk":
            return hawkAuth(request)
        case (_, "oauth1"):
            return oauth1(request)
        case (_, "oauth2"):
            return oauth2(request, step: segments.dropFirst().joined(separator: "/"))
        case (_, "gzip"), (_, "deflate"):
            return compressed(request, gzip: segments[0] == "gzip")
        case (_, "delay"):
            let seconds = segments.count > 1 ? min(Int(segments[1]) ?? 0, 10) : 0
            Thread.sleep(forTimeInterval: TimeInterval(seconds))
            return json(["delay": .string(String(seconds))])
        case (_, "stream"):
            return stream(request, count: segments.count > 1 ? Int(segments[1]) ?? 1 : 1)
        case (_, "encoding"):
            return .text(utf8Page, contentType: "text/html; charset=utf-8")
        case (_, "type"):
            switch segments.count > 1 ? segments[1] : "" {
            case "html": return .text("<html><head><title>postman-echo</title></head><body><p>html</p></body></html>", contentType: "text/html; charset=utf-8")
            case "xml": return .text("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<food><name>Homestyle Breakfast</name></food>", contentType: "application/xml; charset=utf-8")
            default: return notFound()
            }
        case (_, "redirect-to"):
            let target = request.queryItems.first { $0.name == "url" }?.value ?? "/"
            return HTTPResponse(status: 302, headers: ["Location": target])
        case (_, "ip"):
            return json(["ip": "127.0.0.1"])
        case ("HEAD", _), (_, ""):
            // `http://google.com`, `http://github.com` in head-requests: any answer 200 is what they check.
            return .text("ok")
        default:
            return notFound()
        }
    }

    // MARK: - Echoes

    /// `GET /get`: `{args, headers, url}`.
    static func getEcho(_ request: HTTPRequest) -> JSONValue {
        ["args": args(request), "headers": headers(request), "url": url(request)]
    }

    /// `POST /post` and friends: `{args, data, files, form, headers, json, url}`, the body read by its type as
    /// postman-echo's body parsers read it.
    static func bodyEcho(_ request: HTTPRequest) -> JSONValue {
        let contentType = request.headers["Content-Type"]?.lowercased() ?? ""
        var data: JSONValue = .string("")
        var files = JSONObject()
        var form = JSONObject()
        var parsedJSON: JSONValue = .null
        if contentType.hasPrefix("application/json") || contentType.hasSuffix("+json") {
            if let value = try? JSONParser.parse(request.body) {
                data = value
                parsedJSON = value
            } else {
                data = .string(String(decoding: request.body, as: UTF8.self))
            }
        } else if contentType.hasPrefix("application/x-www-form-urlencoded") {
            form = pairsObject(OAuth1.queryParameters(fromRawQuery: String(decoding: request.body, as: UTF8.self), decodingPlusAsSpace: true))
            parsedJSON = .object(form)
        } else if let boundary = MultipartFormData.boundary(fromContentType: request.headers["Content-Type"] ?? ""),
                  let parts = try? MultipartFormData.parse(body: request.body, boundary: boundary)
        {
            var fields: [(name: String, value: String)] = []
            for part in parts {
                if let filename = part.filename {
                    // postman-echo gives every file as an octet-stream data URL, whatever type it was sent with.
                    files[filename] = .string("data:application/octet-stream;base64," + part.body.base64EncodedString())
                } else {
                    fields.append((name: part.name ?? "", value: part.text))
                }
            }
            form = pairsObject(fields)
        } else if !request.body.isEmpty {
            data = .string(String(decoding: request.body, as: UTF8.self))
        }
        return [
            "args": args(request), "data": data, "files": .object(files), "form": .object(form),
            "headers": headers(request), "json": parsedJSON, "url": url(request),
        ]
    }

    /// `GET /response-headers?Name=value…`: each query pair becomes a response header, and the body repeats them.
    static func responseHeaders(_ request: HTTPRequest) -> HTTPResponse {
        let items = queryPairs(request)
        var response = json(.object(pairsObject(items)))
        for (name, value) in items {
            // Express formats a Content-Type it sends (`type; param=value`) with its charset.
            let field = name.lowercased() == "content-type" ? formattedContentType(value) : value
            if name.lowercased() == "content-type" { response.headers.remove("Content-Type") }
            response.headers.add(name, field)
        }
        return response
    }

    /// `/cookies` lists the request's cookies; `/cookies/set?k=v` and `/cookies/delete?k` set or expire them and
    /// redirect to `/cookies`, as postman-echo does.
    static func cookies(_ request: HTTPRequest, action: String?) -> HTTPResponse {
        switch action {
        case "set"?:
            var response = HTTPResponse(status: 302, headers: ["Location": "/cookies", "Content-Type": "text/plain; charset=utf-8"], body: Data("Found. Redirecting to /cookies".utf8))
            for (name, value) in queryPairs(request) { response.headers.add("Set-Cookie", "\(name)=\(value); Path=/") }
            return response
        case "delete"?:
            var response = HTTPResponse(status: 302, headers: ["Location": "/cookies", "Content-Type": "text/plain; charset=utf-8"], body: Data("Found. Redirecting to /cookies".utf8))
            for (name, _) in queryPairs(request) {
                response.headers.add("Set-Cookie", "\(name)=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT")
            }
            return response
        case nil:
            var cookies = JSONObject()
            for header in request.headers.values(for: "Cookie") {
                for pair in header.split(separator: ";") {
                    let trimmed = pair.trimmingCharacters(in: .whitespaces)
                    guard let equals = trimmed.firstIndex(of: "=") else { continue }
                    cookies[String(trimmed[..<equals])] = .string(String(trimmed[trimmed.index(after: equals)...]))
                }
            }
            return json(["cookies": .object(cookies)])
        default:
            return notFound()
        }
    }

    // MARK: - Authentication

    /// `/basic-auth`: `postman` / `password`.
    static func basicAuth(_ request: HTTPRequest) -> HTTPResponse {
        let expected = "Basic " + Data("postman:password".utf8).base64EncodedString()
        guard request.headers["Authorization"] == expected else { return .text("Unauthorized", status: 401) }
        return json(["authenticated": true])
    }

    /// `/digest-auth`: RFC 7616 MD5 digest, `postman` / `password`, realm `Users`; without valid credentials a
    /// 401 with the challenge.
    static func digestAuth(_ request: HTTPRequest) -> HTTPResponse {
        let challenge = HTTPResponse(
            status: 401,
            headers: ["WWW-Authenticate": "Digest realm=\"\(digestRealm)\", nonce=\"\(digestNonce)\", qop=\"auth\"", "Content-Type": "text/plain; charset=utf-8"],
            body: Data("Unauthorized".utf8))
        guard let header = request.headers["Authorization"], header.lowercased().hasPrefix("digest ") else { return challenge }
        let fields = authParameters(String(header.dropFirst(7)))
        guard fields["username"] == "postman", let nonce = fields["nonce"], let response = fields["response"] else { return challenge }
        func md5(_ text: String) -> String { Hex.encode(MD5.hash(text)) }
        let ha1 = md5("postman:\(fields["realm"] ?? digestRealm):password")
        let ha2 = md5("\(request.method):\(fields["uri"] ?? request.target)")
        let expected: String
        if let qop = fields["qop"], !qop.isEmpty {
            expected = md5("\(ha1):\(nonce):\(fields["nc"] ?? ""):\(fields["cnonce"] ?? ""):\(qop):\(ha2)")
        } else {
            expected = md5("\(ha1):\(nonce):\(ha2)")
        }
        guard expected == response.lowercased() else { return challenge }
        return json(["authenticated": true])
    }

    /// `/auth/hawk`: verifies a Hawk header (Hawk's `hawk.1.header` normalized string, HMAC-SHA256) made
    /// with postman-echo's credentials, id `dh37fgj492je`.
    static func hawkAuth(_ request: HTTPRequest) -> HTTPResponse {
        let refused = json(["statusCode": 401, "error": "Unauthorized", "message": "Bad mac"], status: 401)
        guard let header = request.headers["Authorization"], header.hasPrefix("Hawk ") else { return refused }
        let fields = authParameters(String(header.dropFirst(5)))
        guard fields["id"] == "dh37fgj492je", let ts = fields["ts"], let nonce = fields["nonce"], let mac = fields["mac"] else { return refused }
        let hostHeader = request.headers["Host"] ?? "127.0.0.1"
        let host = hostHeader.split(separator: ":").first.map(String.init) ?? hostHeader
        let port = hostHeader.split(separator: ":").dropFirst().first.map(String.init) ?? "80"
        var normalized = "hawk.1.header\n\(ts)\n\(nonce)\n\(request.method)\n\(request.target)\n\(host.lowercased())\n\(port)\n\(fields["hash"] ?? "")\n"
        normalized += (fields["ext"] ?? "") + "\n"
        if let app = fields["app"] { normalized += "\(app)\n\(fields["dlg"] ?? "")\n" }
        let expected = Data(HMAC<SHA256>.authenticationCode(for: Array(normalized.utf8), key: Array("werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn".utf8))).base64EncodedString()
        guard expected == mac else { return refused }
        return json(["message": "Hawk Authentication Successful"])
    }

    /// `/oauth1`: verifies an HMAC-SHA1 (or SHA-256/512) signature (RFC 5849 §3.4) made with postman-echo's
    /// consumer secret, over the URL as it reached this server.
    static func oauth1(_ request: HTTPRequest) -> HTTPResponse {
        var oauth: [OAuth1.Parameter] = []
        if let header = request.headers["Authorization"], let parsed = OAuth1.parseAuthorizationHeader(header) {
            oauth = parsed.filter { $0.name != "realm" }
        }
        var parameters = oauth + OAuth1.queryParameters(fromRawQuery: request.query ?? "")
        if request.headers["Content-Type"]?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true {
            parameters += OAuth1.queryParameters(fromRawQuery: String(decoding: request.body, as: UTF8.self), decodingPlusAsSpace: true)
        }
        let sent = parameters.first { $0.name == "oauth_signature" }?.value ?? ""
        let methodName = parameters.first { $0.name == "oauth_signature_method" }?.value ?? "HMAC-SHA1"
        let baseURI = "http://\(request.headers["Host"] ?? "127.0.0.1")\(request.path)"
        let baseString = OAuth1.signatureBaseString(method: request.method, baseURI: baseURI, parameters: parameters)
        let tokenSecret: String? = nil
        let expected = (try? OAuth1SignatureMethod(name: methodName)).flatMap {
            try? OAuth1.signature(method: $0, baseString: baseString, signingKey: OAuth1.signingKey(consumerSecret: oauth1ConsumerSecret, tokenSecret: tokenSecret))
        }
        guard let expected, expected == sent else {
            return json(
                ["status": "fail", "message": "HMAC-SHA1 verification failed", "base_uri": .string(baseURI),
                 "normalized_param_string": .string(OAuth1.normalizedParameters(parameters)), "base_string": .string(baseString),
                 "signing_key": .string(OAuth1.signingKey(consumerSecret: oauth1ConsumerSecret))],
                status: 401)
        }
        return json(["status": "pass", "message": "OAuth-1.0a signature verification was successful"])
    }

    /// `/oauth2/token` hands out a token; `/oauth2/user/info` answers with a user when a bearer token is sent.
    static func oauth2(_ request: HTTPRequest, step: String) -> HTTPResponse {
        switch step {
        case "token":
            return json(["access_token": "4e5b3b0c7d1b4a7f9f6e2c1d", "token_type": "Bearer", "expires_in": 3600, "refresh_token": "r-7c1d"])
        case "user/info":
            guard request.headers["Authorization"] != nil else { return json(["error": "unauthorized"], status: 401) }
            return json(["user_id": "1", "name": "Postman Echo"])
        default:
            return notFound()
        }
    }

    // MARK: - Utilities

    /// `/gzip` and `/deflate`: the echo, compressed (stored blocks: a valid stream that any inflater reads).
    static func compressed(_ request: HTTPRequest, gzip: Bool) -> HTTPResponse {
        let body: JSONValue = [gzip ? "gzipped" : "deflated": true, "headers": headers(request), "method": .string(request.method)]
        let plain = Data(JSONWriter.pretty(body).utf8)
        return HTTPResponse(
            status: 200,
            headers: ["Content-Type": "application/json; charset=utf-8", "Content-Encoding": gzip ? "gzip" : "deflate"],
            body: gzip ? StoredDeflate.gzip(plain) : StoredDeflate.zlib(plain))
    }

    /// `/stream/N`: N JSON lines, sent chunked.
    static func stream(_ request: HTTPRequest, count: Int) -> HTTPResponse {
        let line = JSONWriter.compact(getEcho(request))
        let total = max(0, min(count, 100))
        return HTTPResponse(
            status: 200, headers: ["Content-Type": "application/json; charset=utf-8"],
            streaming: .stream(length: nil) { write in
                for index in 0..<total where !write(Data("{\"id\":\(index),\(line.dropFirst())\n".utf8)) { return }
            })
    }

    static let utf8Page = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>UTF-8 demo</title></head>
        <body><pre>Unicode: ∮ E⋅da = Q, ∀x∈ℝ: ⌈x⌉ = −⌊−x⌋, ᚠᛇᚻ, Σὲ γνωρίζω, Зарегистрируйтесь, ๏ แผ่นดิน</pre></body></html>
        """

    // MARK: - Pieces

    /// The query's pairs, decoded as Express's query parser decodes them (`+` is a space).
    static func queryPairs(_ request: HTTPRequest) -> [(name: String, value: String)] {
        OAuth1.queryParameters(fromRawQuery: request.query ?? "", decodingPlusAsSpace: true)
    }

    static func args(_ request: HTTPRequest) -> JSONValue { .object(pairsObject(queryPairs(request))) }

    /// Pairs as an object in first-seen order; a repeated name collects its values in an array.
    static func pairsObject(_ pairs: [(name: String, value: String)]) -> JSONObject {
        var object = JSONObject()
        for (name, value) in pairs {
            switch object[name] {
            case nil: object[name] = .string(value)
            case .array(let values)?: object[name] = .array(values + [.string(value)])
            case let existing?: object[name] = .array([existing, .string(value)])
            }
        }
        return object
    }

    /// Request headers as Node gives them: names lower-cased, repeats joined with `, ` (cookies with `; `).
    static func headers(_ request: HTTPRequest) -> JSONValue {
        var object = JSONObject()
        for (name, value) in request.headers.fields {
            let key = name.lowercased()
            if case .string(let existing)? = object[key] {
                object[key] = .string(existing + (key == "cookie" ? "; " : ", ") + value)
            } else {
                object[key] = .string(value)
            }
        }
        return .object(object)
    }

    static func url(_ request: HTTPRequest) -> JSONValue {
        .string("http://\(request.headers["Host"] ?? "127.0.0.1")\(request.target)")
    }

    /// `type/subtype; name=value` as the `content-type` module formats it, with `charset=utf-8` set.
    static func formattedContentType(_ value: String) -> String {
        let pieces = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let type = pieces.first?.lowercased() else { return value }
        var parameters = pieces.dropFirst().compactMap { piece -> (String, String)? in
            guard let equals = piece.firstIndex(of: "=") else { return nil }
            return (piece[..<equals].trimmingCharacters(in: .whitespaces).lowercased(), piece[piece.index(after: equals)...].trimmingCharacters(in: .whitespaces))
        }
        parameters.removeAll { $0.0 == "charset" }
        parameters.append(("charset", "utf-8"))
        return ([type] + parameters.sorted { $0.0 < $1.0 }.map { "\($0.0)=\($0.1)" }).joined(separator: "; ")
    }

    /// `name="value", name=value` of an `Authorization` or `WWW-Authenticate` value (RFC 7235 §2.1).
    static func authParameters(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        var rest = Substring(text)
        while let equals = rest.firstIndex(of: "=") {
            let name = rest[..<equals].trimmingCharacters(in: CharacterSet(charactersIn: " ,")).lowercased()
            rest = rest[rest.index(after: equals)...]
            var value = ""
            if rest.first == "\"" {
                rest = rest.dropFirst()
                let end = rest.firstIndex(of: "\"") ?? rest.endIndex
                value = String(rest[..<end])
                rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
            } else {
                let end = rest.firstIndex(of: ",") ?? rest.endIndex
                value = rest[..<end].trimmingCharacters(in: .whitespaces)
                rest = rest[end...]
            }
            result[name] = value
        }
        return result
    }

    static func json(_ value: JSONValue, status: Int = 200) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "application/json; charset=utf-8"], body: Data(JSONWriter.compact(value).utf8))
    }

    static func notFound() -> HTTPResponse {
        .text("Not Found", status: 404, contentType: "text/html; charset=utf-8")
    }
}
