import Dispatch
import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One HTTP exchange (one task, one hop of a redirect chain) seen from both sides: the session's
/// delegate queue feeds it, the thread in `send` waits on it. It settles once, on whichever comes first:
/// the end of the body, an error, an answered auth challenge, the deadline, or `cancelAll()`.
final class TransportExchange: @unchecked Sendable {
    /// How the exchange ended.
    enum Outcome {
        case response(HTTPURLResponse, ResponseBody, finishedAt: UInt64)
        case failure(TransportError)
    }

    /// The host, for error messages.
    let host: String
    private let settled = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private let sink: ResponseBodySink
    private var response: HTTPURLResponse?
    private var outcome: Outcome?

    init(host: String, options: TransportOptions) {
        self.host = host
        self.sink = ResponseBodySink(limit: options.maximumInMemoryBodyBytes, directory: options.spoolDirectory)
    }

    func receive(_ response: HTTPURLResponse) {
        lock.withLock {
            if outcome == nil { self.response = response }
        }
    }

    /// Takes the next piece of body; false when the task should stop (settled already, or the spool failed).
    @discardableResult
    func receive(_ data: Data) -> Bool {
        lock.lock()
        guard outcome == nil else {
            lock.unlock()
            return false
        }
        do {
            try sink.append(data)
            lock.unlock()
            return true
        } catch {
            lock.unlock()
            fail(error)
            return false
        }
    }

    /// The transfer is over; `error` is FoundationNetworking's, nil for a complete answer.
    func complete(error: (any Error)?) {
        if let error {
            fail(TransportErrorMapping.map(error, host: host))
        } else {
            settleWithResponse()
        }
    }

    /// Ends the exchange with the response and body received so far: FoundationNetworking raises a Basic
    /// challenge only after the whole 401 has been delivered.
    func settleWithResponse() {
        let finishedAt = DispatchTime.now().uptimeNanoseconds
        lock.lock()
        guard outcome == nil else {
            lock.unlock()
            return
        }
        guard let response else {
            lock.unlock()
            fail(.failed(reason: "the transfer ended without a response"))
            return
        }
        outcome = .response(response, sink.finish(), finishedAt: finishedAt)
        lock.unlock()
        settled.signal()
    }

    /// Ends the exchange with `error` unless it has ended already, removing any spooled body.
    func fail(_ error: TransportError) {
        lock.lock()
        guard outcome == nil else {
            lock.unlock()
            return
        }
        outcome = .failure(error)
        sink.discard()
        lock.unlock()
        settled.signal()
    }

    /// Waits until the exchange settles or `deadline` passes (nil: no deadline); nil on the deadline.
    func wait(until deadline: DispatchTime?) -> Outcome? {
        if let deadline {
            guard settled.wait(timeout: deadline) == .success else { return nil }
        } else {
            settled.wait()
        }
        return lock.withLock { outcome }
    }

    /// The outcome, once settled.
    var currentOutcome: Outcome? {
        lock.withLock { outcome }
    }
}

/// The session's delegate: routes each task's callbacks to its exchange.
///
/// It must be a session delegate with the task-level challenge method: FoundationNetworking raises a
/// challenge for a 401 with `WWW-Authenticate: Basic realm=…` once the whole response has arrived, and
/// without an answer the task never completes. Every answer but `.cancelAuthenticationChallenge` hangs
/// or retries (`.performDefaultHandling` waits forever without a stored credential, `.useCredential`
/// resends with `Authorization: Basic`), so the exchange settles with the 401 it already holds and the
/// challenge is cancelled.
final class TransportSessionDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var exchanges: [Int: TransportExchange] = [:]

    func register(_ exchange: TransportExchange, for task: URLSessionTask) {
        lock.withLock { exchanges[task.taskIdentifier] = exchange }
    }

    func unregister(_ task: URLSessionTask) {
        _ = lock.withLock { exchanges.removeValue(forKey: task.taskIdentifier) }
    }

    private func exchange(for task: URLSessionTask) -> TransportExchange? {
        lock.withLock { exchanges[task.taskIdentifier] }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        if let response = response as? HTTPURLResponse {
            exchange(for: dataTask)?.receive(response)
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        guard let exchange = exchange(for: dataTask) else { return }
        if !exchange.receive(data) {
            dataTask.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        exchange(for: task)?.complete(error: error)
    }

    /// Redirects are followed by `URLSessionTransport` itself (see `RedirectPolicy`): answering nil makes
    /// FoundationNetworking deliver the 3xx, body included, as the response.
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, didReceive challenge: URLAuthenticationChallenge,
        completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void
    ) {
        // A challenge from a 401 (the only kind FoundationNetworking raises on Linux): the response is
        // the answer. Anything else: cancel rather than risk a wait without end.
        if let exchange = exchange(for: task), challenge.failureResponse != nil {
            exchange.settleWithResponse()
        }
        completionHandler(.cancelAuthenticationChallenge, nil)
    }

    /// Session-level challenges (server trust, client certificates) are never raised by FoundationNetworking
    /// on Linux; answered with the default so a future one cannot hang a request.
    func urlSession(
        _ session: URLSession, didReceive challenge: URLAuthenticationChallenge,
        completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void
    ) {
        completionHandler(.performDefaultHandling, nil)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, willCacheResponse proposedResponse: CachedURLResponse,
        completionHandler: @escaping (CachedURLResponse?) -> Void
    ) {
        completionHandler(nil)
    }
}
