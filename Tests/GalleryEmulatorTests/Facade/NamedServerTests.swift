import Foundation
import GalleryEmulator
import PostieHTTPServer
import PostieJSON
import Testing

/// `postie serve --server dev --server prod`: each named server has its own key pairs and its own store.
@Suite("Named servers")
struct NamedServerTests {
    static func token(_ emulator: GalleryEmulator, key: String, secret: String) -> HTTPResponse {
        emulator.handle(
            HTTPRequest(
                method: "POST", target: "/webapi/oauth2/token",
                headers: ["Host": Fixture.host, "Content-Type": "application/x-www-form-urlencoded"],
                body: Data("grant_type=client_credentials&client_id=\(key)&client_secret=\(secret)".utf8)))
    }

    static func curatorToken(_ emulator: GalleryEmulator) throws -> String {
        let response = token(emulator, key: emulator.configuration.userKey, secret: emulator.configuration.userSecret)
        #expect(response.status == 200)
        return try #require(try json(response)["access_token"]?.stringValue)
    }

    @Test func eachNameHasItsOwnKeysTheSameEveryTime() {
        let dev = GalleryEmulator.Configuration(server: "dev")
        let prod = GalleryEmulator.Configuration(server: "prod")
        let unnamed = GalleryEmulator.Configuration()
        let keys = [dev, prod, unnamed].map { [$0.studioKey, $0.userKey, $0.artisanKey, $0.viewerKey, $0.noAccessKey] }
        #expect(Set(keys.joined()).count == 15, "\(keys)")
        #expect(dev.userKey == GalleryEmulator.Configuration(server: "dev").userKey)
        #expect(dev.userKey.count == 55 && dev.userSecret.count == 64)
        #expect(dev.userSecret != prod.userSecret)
    }

    @Test func oneServersKeysAndTokensOpenNoOther() throws {
        let dev = GalleryEmulator(configuration: GalleryEmulator.Configuration(server: "dev"))
        let prod = GalleryEmulator(configuration: GalleryEmulator.Configuration(server: "prod"))
        // dev's key pair is refused by prod's token endpoint…
        let refused = Self.token(prod, key: dev.configuration.userKey, secret: dev.configuration.userSecret)
        #expect(refused.status == 401, "\(text(refused))")
        // …and a token dev issued is refused by prod's API, while dev accepts it.
        let devToken = try Self.curatorToken(dev)
        #expect(dev.handle(Fixture.bearer("GET", "/webapi/v3/workflows", token: devToken)).status == 200)
        #expect(prod.handle(Fixture.bearer("GET", "/webapi/v3/workflows", token: devToken)).status == 401)
    }

    @Test func aWorkflowPublishedOnProdIsNotOnDev() throws {
        let dev = GalleryEmulator(configuration: GalleryEmulator.Configuration(server: "dev"))
        let prod = GalleryEmulator(configuration: GalleryEmulator.Configuration(server: "prod"))
        let prodToken = try Self.curatorToken(prod)
        let boundary = "postie-test-boundary"
        let package = try Data(contentsOf: PostmanRequestBuilder.packageRoot.appendingPathComponent("collections/fixtures/promoted-rates.yxzp"))
        var body = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.yxzp\"\r\n\r\n".utf8)
        body += package
        body += Data("\r\n".utf8)
        body += multipart(
            boundary: boundary, [("name", nil, "Only on prod"), ("ownerId", nil, GalleryEmulator.SeedIDs.curator)])
        let published = prod.handle(
            Fixture.bearer(
                "POST", "/webapi/v3/workflows", token: prodToken, body: body,
                headers: ["Content-Type": "multipart/form-data; boundary=\(boundary)"]))
        #expect(published.status == 200, "\(text(published))")
        let names = { (emulator: GalleryEmulator) throws -> [String] in
            let listed = emulator.handle(Fixture.bearer("GET", "/webapi/v3/workflows", token: try Self.curatorToken(emulator)))
            return try json(listed).arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
        }
        #expect(try names(prod).contains("Only on prod"))
        #expect(try !names(dev).contains("Only on prod"))
        #expect(try names(dev).contains("ECB euro reference rates"))
    }

    @Test func aPackageDownloadedFromOneServerRunsTheSameOnAnother() throws {
        let dev = GalleryEmulator(configuration: GalleryEmulator.Configuration(server: "dev"))
        let downloaded = dev.handle(
            Fixture.bearer("GET", "/webapi/v3/workflows/\(GalleryEmulator.SeedIDs.ecbWorkflow)/package", token: try Self.curatorToken(dev)))
        #expect(downloaded.status == 200)
        #expect(text(downloaded).contains("<PostieEmulatedBehavior>ecb-reference-rates</PostieEmulatedBehavior>"))
    }

    /// `environments/dev…` and `prod…`, which the promotion flow names, are what
    /// `postie serve --server dev --server prod` writes on its default ports 8080 and 8081.
    @Test(arguments: [("dev", 8080), ("prod", 8081)])
    func theCommittedEnvironmentsAreWhatServeWrites(name: String, port: Int) throws {
        var configuration = GalleryEmulator.Configuration(server: name)
        configuration.port = port
        let written = GalleryEmulator(configuration: configuration).environmentFile(name: "postie serve \(name)")
        let committed = try JSONParser.parse(
            Data(contentsOf: PostmanRequestBuilder.packageRoot.appendingPathComponent("environments/\(name).postman_environment.json")))
        #expect(committed == written)
    }

    @Test func theBannerAndTheEnvironmentNameTheServer() {
        let prod = GalleryEmulator(configuration: GalleryEmulator.Configuration(server: "prod"))
        #expect(prod.bannerText.hasPrefix("postie Gallery emulator \"prod\":"))
        // Keys derived for the name count as demo values: shown, not "(as given)".
        #expect(prod.bannerText.contains(prod.configuration.userSecret))
    }
}
