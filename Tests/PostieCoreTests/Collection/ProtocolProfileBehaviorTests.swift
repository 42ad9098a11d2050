import Foundation
import Testing

@testable import PostieCore

@Suite("protocolProfileBehavior")
struct ProtocolProfileBehaviorTests {
    static func requests(_ json: String) throws -> [CollectionRequest] {
        try CollectionParser.parse(data: Data(json.utf8), file: "c.json").flattenedRequests()
    }

    @Test("inherited collection → folder → request, the nearest level winning key by key")
    func inheritance() throws {
        let requests = try Self.requests(
            #"""
            {"info": {"name": "c"}, "protocolProfileBehavior": {"followRedirects": false, "maxRedirects": 3, "disabledSystemHeaders": {"accept": true}},
             "item": [
               {"name": "F", "protocolProfileBehavior": {"followRedirects": true, "disabledSystemHeaders": {"user-agent": true}},
                "item": [
                  {"name": "plain", "request": "http://h/"},
                  {"name": "own", "protocolProfileBehavior": {"maxRedirects": 11, "strictSSL": false}, "request": "http://h/"}]},
               {"name": "top", "request": "http://h/"}]}
            """#)
        try #require(requests.count == 3)
        #expect(requests[0].behavior.followRedirects == true)
        #expect(requests[0].behavior.maxRedirects == 3)
        #expect(requests[0].behavior.disabledSystemHeaders == ["user-agent"])
        #expect(requests[1].behavior.maxRedirects == 11)
        #expect(requests[1].behavior.strictSSL == false)
        #expect(requests[1].behavior.followRedirects == true)
        #expect(requests[2].behavior.followRedirects == false)
        #expect(requests[2].behavior.disabledSystemHeaders == ["accept"])
        #expect(requests[2].behavior.strictSSL == nil)
    }

    @Test("what the transport gets")
    func transportBehavior() {
        let behavior = ProtocolProfileBehavior(
            followRedirects: false, followOriginalHttpMethod: true, maxRedirects: 2, disabledSystemHeaders: ["connection", "accept"],
            disableCookies: true, strictSSL: false, tlsDisabledProtocols: ["TLSv1_2"])
        #expect(
            behavior.transportBehavior
                == RequestBehavior(
                    followRedirects: false, followOriginalHttpMethod: true, maxRedirects: 2, disableCookies: true, strictSSL: false,
                    tlsDisabledProtocols: ["TLSv1_2"], suppressedHeaders: ["connection"]))
    }

    @Test("settings postie cannot honour, and unknown ones, are warnings on the request")
    func warnings() throws {
        let requests = try Self.requests(
            #"{"info": {"name": "c"}, "item": [{"name": "r", "protocolProfileBehavior": {"insecureHTTPParser": true, "protocolVersion": "http2", "madeUp": 1}, "request": "http://h/"}]}"#)
        let built = try RequestBuilder().build(try #require(requests.first), resolver: VariableResolver(context: VariableContext()))
        #expect(
            built.warnings == [
                "protocolProfileBehavior.insecureHTTPParser is refused: postie parses every answer with the same strict parser",
                "protocolProfileBehavior.madeUp is not a setting postie knows; it is ignored",
            ])
    }

    @Test(
        "a setting of the wrong type is an error at its place",
        arguments: [
            (#"{"followRedirects": 1}"#, "c.json:1:95: item[0].protocolProfileBehavior.followRedirects: expected true or false, found a number"),
            (#"{"maxRedirects": -1}"#, "c.json:1:92: item[0].protocolProfileBehavior.maxRedirects: expected a whole number of redirects, found -1"),
            (#"[]"#, "c.json:1:75: item[0].protocolProfileBehavior: expected an object of request settings, found an array"),
        ])
    func wrongType(setting: String, message: String) {
        let json = #"{"info": {"name": "c"}, "item": [{"name": "r", "protocolProfileBehavior": \#(setting), "request": "http://h/"}]}"#
        do {
            _ = try Self.requests(json)
            Issue.record("parsed")
        } catch {
            #expect("\(error)" == message)
        }
    }
}
