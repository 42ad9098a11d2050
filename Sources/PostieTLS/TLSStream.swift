import Glibc
import PostieSockets

/// A TLS session over a connected, non-blocking `Socket`: the handshake, then reads and writes that wait
/// with the socket's deadline and cancellation, as plain socket I/O does. One owner at a time.
public final class TLSStream: @unchecked Sendable {
    public let socket: Socket
    private let context: TLSContext
    private let ssl: OpaquePointer
    private var library: OpenSSL { context.library }

    /// A client session to `host` (its name is sent as SNI and, when the context verifies, checked
    /// against the certificate; an IP address is checked as one).
    public init(client context: TLSContext, socket: Socket, host: String, verifiesHost: Bool) throws(TLSError) {
        self.socket = socket
        self.context = context
        guard let ssl = context.library.SSL_new(context.context) else {
            throw .handshake(reason: context.library.queuedError() ?? "SSL_new failed")
        }
        self.ssl = ssl
        _ = context.library.SSL_set_fd(ssl, socket.fileDescriptor)
        let isAddress = host.contains(":") || host.split(separator: ".").count == 4 && host.allSatisfy { $0.isNumber || $0 == "." }
        if !isAddress {
            // RFC 6066 §3: SNI carries host names only, never addresses.
            _ = host.withCString { context.library.SSL_ctrl(ssl, OpenSSL.SSL_CTRL_SET_TLSEXT_HOSTNAME, 0, UnsafeMutableRawPointer(mutating: $0)) }
        }
        if verifiesHost {
            if isAddress {
                _ = context.library.X509_VERIFY_PARAM_set1_ip_asc(context.library.SSL_get0_param(ssl), host)
            } else {
                _ = context.library.SSL_set1_host(ssl, host)
            }
        }
    }

    /// A server session on an accepted socket.
    public init(server context: TLSContext, socket: Socket) throws(TLSError) {
        self.socket = socket
        self.context = context
        guard let ssl = context.library.SSL_new(context.context) else {
            throw .handshake(reason: context.library.queuedError() ?? "SSL_new failed")
        }
        self.ssl = ssl
        _ = context.library.SSL_set_fd(ssl, socket.fileDescriptor)
    }

    deinit {
        library.SSL_free(ssl)
    }

    /// The negotiated protocol, `TLSv1.3` or `TLSv1.2`.
    public var protocolVersion: String {
        library.SSL_get_version(ssl).map { String(cString: $0) } ?? ""
    }

    /// Runs the client handshake until `deadline`.
    public func connect(until deadline: Deadline, cancellation: CancellationSignal? = nil) throws(TLSError) {
        try handshake(until: deadline, cancellation: cancellation) { library.SSL_connect(ssl) }
    }

    /// Runs the server handshake until `deadline`.
    public func accept(until deadline: Deadline, cancellation: CancellationSignal? = nil) throws(TLSError) {
        try handshake(until: deadline, cancellation: cancellation) { library.SSL_accept(ssl) }
    }

    private func handshake(until deadline: Deadline, cancellation: CancellationSignal?, step: () -> Int32) throws(TLSError) {
        while true {
            library.ERR_clear_error()
            let status = step()
            if status == 1 { return }
            let code = library.SSL_get_error(ssl, status)
            switch code {
            case OpenSSL.SSL_ERROR_WANT_READ, OpenSSL.SSL_ERROR_WANT_WRITE:
                try wait(forWriting: code == OpenSSL.SSL_ERROR_WANT_WRITE, until: deadline, cancellation: cancellation)
            default:
                let verify = library.SSL_get_verify_result(ssl)
                if verify != OpenSSL.X509_V_OK {
                    let reason = library.X509_verify_cert_error_string(verify).map { String(cString: $0) } ?? "verification failed"
                    library.ERR_clear_error()
                    let mismatch = verify == OpenSSL.X509_V_ERR_HOSTNAME_MISMATCH || verify == OpenSSL.X509_V_ERR_IP_ADDRESS_MISMATCH
                    throw .verification(reason: mismatch ? "hostname mismatch" : reason, certificateNames: mismatch ? peerNames() : [])
                }
                let queued = library.queuedError()
                if code == OpenSSL.SSL_ERROR_SYSCALL || code == OpenSSL.SSL_ERROR_ZERO_RETURN || queued == "unexpected eof while reading" {
                    throw .handshake(reason: "the server closed the connection during the handshake")
                }
                throw .handshake(reason: queued ?? "OpenSSL error \(code)")
            }
        }
    }

    /// Reads decrypted bytes into `buffer`, waiting until `deadline`; 0 when the peer closed.
    public func receive(
        into buffer: UnsafeMutableRawBufferPointer, until deadline: Deadline, cancellation: CancellationSignal? = nil
    ) throws(TLSError) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            library.ERR_clear_error()
            let count = library.SSL_read(ssl, base, Int32(clamping: buffer.count))
            if count > 0 { return Int(count) }
            let code = library.SSL_get_error(ssl, count)
            switch code {
            case OpenSSL.SSL_ERROR_WANT_READ, OpenSSL.SSL_ERROR_WANT_WRITE:
                try wait(forWriting: code == OpenSSL.SSL_ERROR_WANT_WRITE, until: deadline, cancellation: cancellation)
            case OpenSSL.SSL_ERROR_ZERO_RETURN:
                return 0
            case OpenSSL.SSL_ERROR_SYSCALL:
                let error = errno
                library.ERR_clear_error()
                if error == 0 { return 0 }
                throw .io(.connectionReset)
            default:
                throw .protocolError("a TLS record could not be read: \(library.queuedError() ?? "OpenSSL error \(code)")")
            }
        }
    }

    /// Writes every byte before `deadline`.
    public func send(_ bytes: UnsafeRawBufferPointer, until deadline: Deadline, cancellation: CancellationSignal? = nil) throws(TLSError) {
        guard var cursor = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            library.ERR_clear_error()
            let written = library.SSL_write(ssl, cursor, Int32(clamping: remaining))
            if written > 0 {
                cursor += Int(written)
                remaining -= Int(written)
                continue
            }
            let code = library.SSL_get_error(ssl, written)
            switch code {
            case OpenSSL.SSL_ERROR_WANT_READ, OpenSSL.SSL_ERROR_WANT_WRITE:
                try wait(forWriting: code == OpenSSL.SSL_ERROR_WANT_WRITE, until: deadline, cancellation: cancellation)
            case OpenSSL.SSL_ERROR_SYSCALL, OpenSSL.SSL_ERROR_ZERO_RETURN:
                library.ERR_clear_error()
                throw .io(.connectionReset)
            default:
                throw .protocolError("a TLS record could not be written: \(library.queuedError() ?? "OpenSSL error \(code)")")
            }
        }
    }

    /// For an idle kept-alive connection: whether it can carry another request. Records that arrived
    /// while idle (TLS 1.3 session tickets) are read without blocking; a close or any data means no.
    public var isReusable: Bool {
        guard socket.isReadableNow else { return true }
        var byte: UInt8 = 0
        library.ERR_clear_error()
        let count = library.SSL_peek(ssl, &byte, 1)
        if count > 0 { return false }
        let code = library.SSL_get_error(ssl, count)
        library.ERR_clear_error()
        return code == OpenSSL.SSL_ERROR_WANT_READ && !socket.isReadableNow
    }

    /// Sends close_notify, without waiting for the peer's.
    public func shutdown() {
        library.ERR_clear_error()
        _ = library.SSL_shutdown(ssl)
        library.ERR_clear_error()
    }

    private func wait(forWriting: Bool, until deadline: Deadline, cancellation: CancellationSignal?) throws(TLSError) {
        do throws(SocketError) {
            guard try socket.wait(forWriting: forWriting, until: deadline, cancellation: cancellation) else {
                throw SocketError.timedOut
            }
        } catch {
            throw .io(error)
        }
    }

    /// The DNS names and IP addresses the peer's certificate is for (its subjectAltName, else its CN).
    func peerNames() -> [String] {
        // After a failed verification only the chain the server sent is kept; its first is the leaf.
        guard let chain = library.SSL_get_peer_cert_chain(ssl), library.OPENSSL_sk_num(chain) > 0,
            let leaf = library.OPENSSL_sk_value(chain, 0)
        else { return [] }
        let certificate = OpaquePointer(leaf)
        var names: [String] = []
        if let list = library.X509_get_ext_d2i(certificate, OpenSSL.NID_subject_alt_name, nil, nil) {
            for index in 0..<min(library.OPENSSL_sk_num(list), 100) {
                guard let name = library.OPENSSL_sk_value(list, index) else { continue }
                // GENERAL_NAME: { int type; union { ASN1_STRING *…; } d; }
                let type = name.load(as: Int32.self)
                let value = name.load(fromByteOffset: 8, as: UnsafeRawPointer?.self)
                guard let value, let data = library.ASN1_STRING_get0_data(value) else { continue }
                let length = Int(library.ASN1_STRING_length(value))
                let bytes = Array(UnsafeBufferPointer(start: data, count: max(0, length)))
                if type == OpenSSL.GEN_DNS {
                    names.append(String(decoding: bytes, as: UTF8.self))
                } else if type == OpenSSL.GEN_IPADD, bytes.count == 4 {
                    names.append(bytes.map(String.init).joined(separator: "."))
                }
            }
            library.OPENSSL_sk_pop_free(list, library.GENERAL_NAME_free)
        }
        if names.isEmpty, let subject = library.X509_get_subject_name(certificate) {
            var buffer = [CChar](repeating: 0, count: 512)
            _ = library.X509_NAME_oneline(subject, &buffer, Int32(buffer.count))
            let line = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if let range = line.range(of: "CN=") {
                names.append(String(line[range.upperBound...].prefix { $0 != "/" }))
            }
        }
        return names
    }
}
