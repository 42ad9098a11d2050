import Foundation
import PostieHTTPServer
import PostieJSON
import Testing

@testable import GalleryEmulator

@Suite("OAuth 2 client credentials under /webapi")
struct OAuth2TokenTests {
    static func tokenRequest(body: String, headers: HTTPHeaders = [:]) -> HTTPRequest {
        var all: HTTPHeaders = ["Host": Fixture.host, "Content-Type": "application/x-www-form-urlencoded"]
        for field in headers { all.set(field.name, field.value) }
        return HTTPRequest(method: "POST", target: "/webapi/oauth2/token", headers: all, body: Data(body.utf8))
    }

    @Test("a token is issued for the key and secret in the form body")
    func tokenFromBody() throws {
        let emulator = Fixture.emulator()
        let response = emulator.handle(
            Self.tokenRequest(
                body: "grant_type=client_credentials&client_id=\(Fixture.demo.userKey)&client_secret=\(Fixture.demo.userSecret)"))
        #expect(response.status == 200)
        let body = try json(response)
        #expect(body.objectValue?.keys == ["access_token", "token_type", "expires_in"])
        #expect(body["token_type"] == "bearer")
        #expect(body["expires_in"] == 3600)
        #expect((body["access_token"]?.stringValue?.count ?? 0) >= 32)
        #expect(response.headers["Cache-Control"] == "no-store")
    }

    @Test("a token is issued for the key and secret in a Basic header")
    func tokenFromBasicHeader() throws {
        let emulator = Fixture.emulator()
        let basic = Data("\(Fixture.demo.artisanKey):\(Fixture.demo.artisanSecret)".utf8).base64EncodedString()
        let response = emulator.handle(
            Self.tokenRequest(body: "grant_type=client_credentials", headers: ["Authorization": "Basic \(basic)"]))
        #expect(response.status == 200)
        let token = try #require(try json(response)["access_token"]?.stringValue)
        let credentials = emulator.handle(Fixture.bearer("GET", "/webapi/user/v2/credentials/", token: token))
        #expect(credentials.status == 200)
        #expect(try json(credentials).arrayValue?.count == 1)
    }

    @Test("the lifetime is configurable")
    func lifetime() throws {
        let emulator = Fixture.emulator { $0.tokenLifetime = 60 }
        let response = emulator.handle(
            Self.tokenRequest(
                body: "grant_type=client_credentials&client_id=\(Fixture.demo.userKey)&client_secret=\(Fixture.demo.userSecret)"))
        #expect(try json(response)["expires_in"] == 60)
    }

    @Test("wrong credentials get invalid_client, never WWW-Authenticate", arguments: [
        "grant_type=client_credentials&client_id=\(GalleryEmulator.DemoCredentials.userKey)&client_secret=wrong",
        "grant_type=client_credentials&client_id=nobody&client_secret=x",
        "grant_type=client_credentials",
    ])
    func invalidClient(body: String) throws {
        let response = Fixture.emulator().handle(Self.tokenRequest(body: body))
        #expect(response.status == 401)
        #expect(try json(response)["error"] == "invalid_client")
        #expect(!response.headers.contains("WWW-Authenticate"))
    }

    @Test("a grant other than client_credentials is unsupported_grant_type; none is invalid_request")
    func grantTypes() throws {
        let emulator = Fixture.emulator()
        let password = emulator.handle(Self.tokenRequest(body: "grant_type=password&username=a&password=b"))
        #expect(password.status == 400)
        #expect(try json(password)["error"] == "unsupported_grant_type")
        let none = emulator.handle(Self.tokenRequest(body: "client_id=a&client_secret=b"))
        #expect(none.status == 400)
        #expect(try json(none)["error"] == "invalid_request")
    }

    @Test("a token opens the same endpoints under /webapi")
    func tokenIsUsed() throws {
        let emulator = Fixture.emulator()
        let token = try Fixture.token(emulator, pair: .studio)
        let response = emulator.handle(Fixture.bearer("GET", "/webapi/v1/workflows/subscription/", token: token))
        #expect(response.status == 200)
        #expect(try json(response).arrayValue?.count == 5)
        // Scopes hold for tokens too.
        let admin = emulator.handle(Fixture.bearer("GET", "/webapi/admin/v1/users/", token: token))
        #expect(admin.status == 401)
        #expect(errorMessage(admin)?.contains("private studio key") == true)
    }

    @Test("a missing, unknown or expired token gets 401 with a JSON body")
    func refusedTokens() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock) { $0.tokenLifetime = 100 }
        let token = try Fixture.token(emulator)
        let path = "/webapi/v1/workflows/subscription/"

        let missing = emulator.handle(HTTPRequest(method: "GET", target: path, headers: ["Host": Fixture.host]))
        #expect(missing.status == 401)
        #expect(errorMessage(missing)?.contains("Missing bearer token") == true)

        let unknown = emulator.handle(Fixture.bearer("GET", path, token: "not-a-token"))
        #expect(unknown.status == 401)
        #expect(errorMessage(unknown)?.contains("not valid") == true)

        clock.advance(by: 99)
        #expect(emulator.handle(Fixture.bearer("GET", path, token: token)).status == 200)
        clock.advance(by: 1)
        let expired = emulator.handle(Fixture.bearer("GET", path, token: token))
        #expect(expired.status == 401)
        #expect(errorMessage(expired)?.contains("expired") == true)
        #expect(!expired.headers.contains("WWW-Authenticate"))
        #expect(try json(expired)["exceptionName"] == "UnauthorizedException")
    }

    @Test("OAuth 1.0a does not open /webapi, and a token does not open the legacy API")
    func mountsDoNotMix() throws {
        let clock = TestClock()
        let emulator = Fixture.emulator(clock: clock)
        let signed = Fixture.signed("GET", "/webapi/v1/workflows/subscription/", timestamp: clock.now)
        #expect(emulator.handle(signed).status == 401)
        let token = try Fixture.token(emulator)
        let legacy = emulator.handle(Fixture.bearer("GET", "/gallery/api/v1/workflows/subscription/", token: token))
        #expect(legacy.status == 401)
        #expect(errorMessage(legacy)?.contains("Missing required parameter oauth_consumer_key") == true)
    }
}
