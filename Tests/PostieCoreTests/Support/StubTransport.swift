import Foundation

@testable import PostieCore

/// A transport that answers from a closure and records what it was sent.
final class StubTransport: CancellableTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var sent: [TransportRequest] = []
    private var cancelledFlag = false
    let answer: @Sendable (TransportRequest, Int) -> Result<TransportResponse, TransportError>

    /// `answer` gets the request and its 0-based position among all requests sent.
    init(answer: @escaping @Sendable (TransportRequest, Int) -> Result<TransportResponse, TransportError>) {
        self.answer = answer
    }

    /// Answers every request with `status` and a JSON body.
    convenience init(status: Int = 200, json: String = "{}") {
        self.init { _, _ in
            .success(
                TransportResponse(
                    status: status, headers: [HeaderField(name: "Content-Type", value: "application/json")],
                    body: .memory(Data(json.utf8)), durationMilliseconds: 5))
        }
    }

    var requests: [TransportRequest] {
        lock.lock()
        defer { lock.unlock() }
        return sent
    }

    func send(_ request: TransportRequest) -> Result<TransportResponse, TransportError> {
        lock.lock()
        let position = sent.count
        sent.append(request)
        let cancelled = cancelledFlag
        lock.unlock()
        if cancelled { return .failure(.cancelled) }
        return answer(request, position)
    }

    func cancelAll() {
        lock.lock()
        cancelledFlag = true
        lock.unlock()
    }
}
