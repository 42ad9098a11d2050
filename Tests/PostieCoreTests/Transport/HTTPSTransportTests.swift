import Foundation
import PostieTLS
import Testing

@testable import PostieCore

/// `https://` on postie's own transport, against loopback TLS servers whose certificates the tests make.
@Suite(
    "Transport: HTTPS through OpenSSL",
    .enabled(if: (try? TLSTestCertificates.directory.get()) != nil, "openssl cannot make the test certificates; skipped"))
struct HTTPSTransportTests {
    static func transport(proxy: ProxySettings = .none, _ configure: (inout TransportOptions) -> Void = { _ in }) throws
        -> SocketHTTPTransport
    {
        var options = TransportOptions()
        options.extraCAFiles = [try TLSTestCertificates.path("ca.pem")]
        configure(&options)
        return SocketHTTPTransport(options: options, proxy: proxy)
    }

    @Test("a request goes out over TLS byte for byte, verified against the extra CA, connections kept alive")
    func secureRequest() throws {
        let server = try TLSWireServer()
        defer { server.stop() }
        let transport = try Self.transport()
        for index in 0..<5 {
            let response = try #require(
                transport.send(
                    TransportRequest(method: "POST", url: server.url("/n/\(index)?q=1"), headers: [HeaderField(name: "X-One", value: "1")], body: Data("hi".utf8))
                ).response())
            #expect(response.status == 200)
            #expect(response.text == "secure")
        }
        let first = try #require(server.requests.first)
        #expect(first.description == "POST /n/0?q=1 HTTP/1.1\r\nHost: localhost:\(server.port)\r\nX-One: 1\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\nhi")
        #expect(server.connectionCount == 1)
        #expect(server.protocolVersions == ["TLSv1.3"])
    }

    @Test(
        "certificates that do not verify are refused, saying what failed and how to proceed",
        arguments: [
            ("server.pem", "server.key", false, "localhost", "TLS failed: unable to get local issuer certificate (localhost): pass the issuing CA with --ssl-extra-ca-certs FILE, or -k/--insecure to skip verification"),
            ("self-signed.pem", "self-signed.key", true, "localhost", "TLS failed: self-signed certificate (localhost): pass the issuing CA with --ssl-extra-ca-certs FILE, or -k/--insecure to skip verification"),
            ("expired.pem", "server.key", true, "localhost", "TLS failed: certificate has expired (localhost): the server's certificate must be renewed (or the clock set right); -k/--insecure skips verification"),
            ("wrong-host.pem", "server.key", true, "localhost", "TLS failed: hostname mismatch: the certificate is for wrong.example (localhost): call the server by a name its certificate is for, or pass -k/--insecure to skip verification"),
            ("wrong-host.pem", "server.key", true, "127.0.0.1", "TLS failed: hostname mismatch: the certificate is for wrong.example (127.0.0.1): call the server by a name its certificate is for, or pass -k/--insecure to skip verification"),
        ])
    func refused(certificate: String, key: String, trustCA: Bool, host: String, message: String) throws {
        let server = try TLSWireServer(certificate: certificate, key: key)
        defer { server.stop() }
        let transport = try Self.transport { if !trustCA { $0.extraCAFiles = [] } }
        let error = try #require(transport.send(TransportRequest(method: "GET", url: server.url("/", host: host))).error())
        #expect(error.description == message)
        #expect(server.requests.isEmpty)

        // -k turns verification off for real; a request's strictSSL wins over it either way.
        let insecure = try Self.transport {
            $0.insecure = true
            if !trustCA { $0.extraCAFiles = [] }
        }
        #expect(insecure.send(TransportRequest(method: "GET", url: server.url("/", host: host))).response()?.status == 200)
        var strict = TransportRequest(method: "GET", url: server.url("/", host: host))
        strict.behavior.strictSSL = true
        #expect(insecure.send(strict).error() != nil)
        var lax = TransportRequest(method: "GET", url: server.url("/", host: host))
        lax.behavior.strictSSL = false
        #expect(transport.send(lax).response()?.status == 200)
    }

    @Test("a server that wants a client certificate gets the one whose pattern matches; a wrong passphrase is named")
    func clientCertificates() throws {
        let server = try TLSWireServer(clientCA: "client-ca.pem")
        defer { server.stop() }
        let none = try Self.transport()
        let refused = try #require(none.send(TransportRequest(method: "GET", url: server.url())).error())
        #expect(refused.description.hasPrefix("TLS failed:"))

        let rule = ClientCertificateRule(
            name: "local", matches: ["https://localhost:\(server.port)/*"], certificateFile: try TLSTestCertificates.path("client.pem"),
            keyFile: try TLSTestCertificates.path("client.key"), passphrase: TLSTestCertificates.passphrase)
        let other = ClientCertificateRule(
            name: "other", matches: ["https://*.example.com/*"], certificateFile: "/nonexistent.pem", keyFile: "/nonexistent.key")
        let presenting = try Self.transport { $0.clientCertificates = [other, rule] }
        #expect(presenting.send(TransportRequest(method: "GET", url: server.url("/me"))).response()?.status == 200)

        var wrong = rule
        wrong.passphrase = "wrong"
        let badKey = try Self.transport { $0.clientCertificates = [wrong] }
        let error = try #require(badKey.send(TransportRequest(method: "GET", url: server.url())).error())
        #expect(error.description.contains("client.key: cannot read the private key"))
        #expect(error.description.contains("wrong passphrase?"))
    }

    @Test("URL match patterns as Postman reads them", arguments: [
        ("https://api.example.com/*", "https://api.example.com/v1/x", true),
        ("https://*.example.com/*", "https://deep.api.example.com/", true),
        ("https://*.example.com/*", "https://example.com/", true),
        ("http://api.example.com/*", "https://api.example.com/", false),
        ("*://api.example.com/v1/*", "https://api.example.com/v2/x", false),
        ("https://api.example.com:8443/*", "https://api.example.com:8443/x", true),
        ("https://api.example.com:8443/*", "https://api.example.com/x", false),
        ("<all_urls>", "https://anything.test/", true),
    ])
    func patterns(pattern: String, url: String, matches: Bool) throws {
        #expect(ClientCertificateRule.pattern(pattern, matches: try #require(HTTPURLParts(url))) == matches)
    }

    @Test("a TLS server that cuts the response head is an error on that request, never a crash")
    func cutHead() throws {
        let server = try TLSWireServer { _ in nil }
        defer { server.stop() }
        let cut = try TLSWireServer { _ in Array("HTTP/1.1 200 OK\r\nContent-Ty".utf8) + [] }
        defer { cut.stop() }
        let transport = try Self.transport()
        let silent = try #require(transport.send(TransportRequest(method: "GET", url: server.url())).error())
        #expect(silent.description.contains("the connection was lost"))
        let partial = try #require(transport.send(TransportRequest(method: "GET", url: cut.url())).error())
        #expect(partial.description.hasPrefix("the connection was lost"))
    }

    @Test("CONNECT through HTTPS_PROXY: the tunnel carries TLS end to end; a refusing proxy says so")
    func proxy() throws {
        let server = try TLSWireServer()
        defer { server.stop() }
        let proxy = try ConnectProxy()
        defer { proxy.stop() }
        let settings = ProxySettings(
            httpProxy: nil, httpsProxy: ProxySettings.Proxy(host: "127.0.0.1", port: proxy.port, authorization: "Basic dTpw", source: "HTTPS_PROXY"))
        let transport = try Self.transport(proxy: settings)
        let response = try #require(transport.send(TransportRequest(method: "GET", url: server.url("/through"))).response())
        #expect(response.status == 200)
        #expect(proxy.connectHeads.first?.hasPrefix("CONNECT localhost:\(server.port) HTTP/1.1\r\nHost: localhost:\(server.port)\r\nProxy-Authorization: Basic dTpw\r\n") == true)
        #expect(server.requests.first?.target == "/through")
        #expect(server.requests.first?.header("Proxy-Authorization") == nil)

        let refusing = try ConnectProxy(refuse: true)
        defer { refusing.stop() }
        let blocked = try Self.transport(proxy: ProxySettings(httpProxy: nil, httpsProxy: ProxySettings.Proxy(host: "127.0.0.1", port: refusing.port, source: "HTTPS_PROXY")))
        let error = try #require(blocked.send(TransportRequest(method: "GET", url: server.url())).error())
        #expect(error.description.contains("the proxy in HTTPS_PROXY refused the tunnel: 407 Proxy Authentication Required"))
    }

    @Test("tlsDisabledProtocols holds the session to the versions left")
    func versions() throws {
        let server = try TLSWireServer()
        defer { server.stop() }
        let transport = try Self.transport()
        var request = TransportRequest(method: "GET", url: server.url())
        request.behavior.tlsDisabledProtocols = ["TLSv1_3"]
        #expect(transport.send(request).response()?.status == 200)
        #expect(server.protocolVersions == ["TLSv1.2"])
    }

    @Test("an https → http redirect never carries the Authorization header in clear text")
    func downgrade() throws {
        let plain = try WireServer()
        defer { plain.stop() }
        let target = plain.url("/landing")
        let server = try TLSWireServer { _ in Array(WireServer.response(302, headers: ["Location: \(target)"]).utf8) }
        defer { server.stop() }
        var request = TransportRequest(method: "GET", url: server.url("/start"), headers: [HeaderField(name: "Authorization", value: "Bearer secret-token")])
        request.behavior.followAuthorizationHeader = true
        let response = try #require(try Self.transport().send(request).response())
        #expect(response.status == 200)
        #expect(server.requests.first?.header("Authorization") == "Bearer secret-token")
        #expect(plain.requests.first?.header("Authorization") == nil)
        // Nor the Referer: the secure URL (its query credentials with it) is not sent in clear (issue 15, M3).
        #expect(plain.requests.first?.header("Referer") == nil)
    }

    @Test("without libssl.so.3 an https request fails saying what to install")
    func libraryMissing() {
        let result = OpenSSL.load(ssl: ["/nonexistent/libssl.so.3"], crypto: ["libcrypto.so.3"])
        guard case .failure(let error) = result else {
            Issue.record("loaded")
            return
        }
        #expect(
            error.description
                == "https needs the platform's OpenSSL 3, and /nonexistent/libssl.so.3 cannot be loaded: install it (Debian and Ubuntu: apt-get install libssl3)")
    }
}
