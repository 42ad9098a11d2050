import Foundation
import Glibc
import PostieHTTPServer
import Testing

@Suite("HTTP server lifecycle and load")
struct HTTPServerLifecycleTests {
    @Test func servesManyConcurrentKeepAliveConnections() throws {
        let server = try TestServer.start()
        defer { server.stop() }
        let connectionCount = 200
        let rounds = 5
        // All connections open at once; every round sends on all of them before reading any answer,
        // so the server has 200 requests in flight on 200 connection threads.
        let clients = try (0..<connectionCount).map { _ in try RawClient(port: server.port) }
        var failures: [String] = []
        for round in 0..<rounds {
            for (index, client) in clients.enumerated() {
                try client.send("POST /c\(index)/r\(round) HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nhello")
            }
            for (index, client) in clients.enumerated() {
                do {
                    let response = try client.readResponse()
                    if response.status != 200 || response.text != "POST /c\(index)/r\(round)\nhello" {
                        failures.append("connection \(index) round \(round): \(response.status) \(response.text)")
                    }
                } catch {
                    failures.append("connection \(index) round \(round): \(error)")
                }
            }
            if round == 0 { #expect(server.activeConnectionCount == connectionCount) }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    @Test func stopClosesOpenConnectionsAndRefusesNewOnes() throws {
        let server = try TestServer.start()
        let port = server.port
        let idle = try RawClient(port: port)
        try idle.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(try idle.readResponse().status == 200)
        let partial = try RawClient(port: port)
        try partial.send("GET /unfinished HTTP/1.1\r\nHost: local")
        let silent = try RawClient(port: port)
        _ = silent

        server.stop()

        #expect(server.activeConnectionCount == 0)
        #expect(idle.closesWithin())
        #expect(partial.closesWithin())
        let error = #expect(throws: RawClientError.self) { _ = try RawClient(port: port) }
        #expect(error?.isConnectionRefused == true, "\(String(describing: error))")
        server.stop()  // a second stop is harmless
    }

    @Test func stopLetsARequestInProgressFinish() throws {
        let entered = Signal()
        let release = Signal()
        let server = try TestServer.serving { _ in
            entered.fire()
            _ = release.wait(timeout: 30)
            return .text("finished")
        }
        let client = try RawClient(port: server.port)
        try client.send("GET /busy HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(entered.wait())
        let stopped = Signal()
        Thread.detachNewThread {
            server.stop()
            stopped.fire()
        }
        release.fire()
        let response = try client.readResponse()
        #expect(response.text == "finished")
        // Whether stop() began before the handler returned (then the response says close) is a race;
        // either way the connection ends and stop() returns.
        #expect(client.closesWithin())
        #expect(stopped.wait(timeout: 30))
    }

    @Test func answers503BeyondTheConnectionLimitWhenEveryConnectionIsBusy() throws {
        let server = try TestServer.start { $0.maxConnections = 2 }
        defer { server.stop() }
        let first = try RawClient(port: server.port)
        let second = try RawClient(port: server.port)
        // Half a request each: busy, not idle, so neither is closed to make room.
        for client in [first, second] { try client.send("GET / HTTP/1.1\r\nHost: local") }
        try waitUntil { server.activeConnectionCount == 2 && server.idleConnectionCount == 0 }
        let third = try RawClient(port: server.port)
        let refused = try third.readResponse()
        #expect(refused.status == 503)
        #expect(refused.header("Connection") == "close")
        #expect(third.closesWithin())
        #expect(server.activeConnectionCount == 2)
    }

    /// Issue 15: 1,500 idle sockets from one client locked everyone else out for 20 s.
    @Test func idleConnectionsMakeRoomForNewOnesAtTheLimit() throws {
        let server = try TestServer.start { $0.maxConnections = 3 }
        defer { server.stop() }
        let idle = try (0..<3).map { _ in try RawClient(port: server.port) }
        try waitUntil { server.idleConnectionCount == 3 }
        let newcomer = try RawClient(port: server.port)
        try newcomer.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(try newcomer.readResponse().status == 200)
        // The longest-idle one was closed to make room.
        #expect(idle[0].closesWithin())
    }

    @Test func startTwiceIsAnError() throws {
        let server = try TestServer.start()
        defer { server.stop() }
        #expect(throws: HTTPServerError.alreadyStarted) { try server.start() }
    }

    @Test func portInUseIsReported() throws {
        let first = try TestServer.start()
        defer { first.stop() }
        let second = HTTPServer(configuration: .init(port: first.port)) { _ in .text("") }
        do {
            try second.start()
            Issue.record("binding a used port succeeded")
        } catch {
            #expect(error == .addressInUse(host: "127.0.0.1", port: first.port))
            #expect(error.errno == EADDRINUSE)
            #expect(error.description.contains("address already in use"))
            #expect(error.description.contains("errno \(EADDRINUSE)"))
        }
    }

    @Test(arguments: ["no such host.invalid", "256.1.1.1x"])
    func badHostIsReported(host: String) {
        let server = HTTPServer(configuration: .init(host: host)) { _ in .text("") }
        let error = #expect(throws: HTTPServerError.self) { try server.start() }
        guard case .invalidHost(let reported, _) = error else {
            Issue.record("expected invalidHost, got \(String(describing: error))")
            return
        }
        #expect(reported == host)
    }

    @Test func badPortIsReported() {
        let server = HTTPServer(configuration: .init(port: 70_000)) { _ in .text("") }
        #expect(throws: HTTPServerError.invalidPort(70_000)) { try server.start() }
    }

    @Test(arguments: ["localhost", "0.0.0.0", "127.0.0.1"])
    func listensOnIPv4Hosts(host: String) throws {
        let server = try TestServer.start { $0.host = host }
        defer { server.stop() }
        try TestServer.expectStillServing(server)
    }

    @Test func listensOnIPv6Loopback() throws {
        let server = HTTPServer(configuration: .init(host: "::1")) { _ in .text("six") }
        do {
            try server.start()
        } catch {
            // A machine without IPv6 cannot bind ::1; that is not the server's fault.
            #expect(error.errno == EADDRNOTAVAIL || error.errno == EAFNOSUPPORT, "\(error)")
            return
        }
        defer { server.stop() }
        #expect(server.port > 0)
    }

    @Test func releasingTheServerStopsIt() throws {
        var server: HTTPServer? = try TestServer.start()
        let port = try #require(server?.port)
        server = nil
        #expect(throws: RawClientError.self) { _ = try RawClient(port: port) }
    }

    /// Waits (polling, at most 10 s) until `condition` holds.
    func waitUntil(_ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(10)
        while !condition() {
            guard Date() < deadline else { throw CancellationError() }
            usleep(5_000)
        }
    }
}
