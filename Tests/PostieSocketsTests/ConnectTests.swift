import Foundation
import Glibc
import PostieSockets
import Testing

@Suite("connecting")
struct ConnectTests {
    @Test func placeholder() {}
}
