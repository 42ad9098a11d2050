import Glibc
import PostieSockets

/// What a TLS client checks and presents: certificate verification against the system's CA store
/// (plus extra CA files), the protocol versions and ciphers offered, and an optional client certificate.
public struct TLSClientConfiguration: Sendable, Hashable {
    /// Verify the server's certificate chain and host name (`-k` turns it off).
    public var verifiesCertificates: Bool
    /// PEM files of CA certificates trusted besides the system's (`--ssl-extra-ca-certs`).
    public var extraCAFiles: [String]
    /// A PEM client certificate (chain) and its key, and the key's passphrase.
    public var clientCertificate: ClientCertificate?
    /// Versions not to offer: `TLSv1`, `TLSv1_1`, `TLSv1_2`, `TLSv1_3` (Postman's `tlsDisabledProtocols`).
    public var disabledProtocols: [String]
    /// An OpenSSL cipher list (TLS 1.2) and suite list (TLS 1.3) to offer instead of the defaults.
    public var ciphers: [String]?

    public struct ClientCertificate: Sendable, Hashable {
        public var certificateFile: String
        public var keyFile: String
        public var passphrase: String?

        public init(certificateFile: String, keyFile: String, passphrase: String? = nil) {
            self.certificateFile = certificateFile
            self.keyFile = keyFile
            self.passphrase = passphrase
        }
    }

    public init(
        verifiesCertificates: Bool = true, extraCAFiles: [String] = [], clientCertificate: ClientCertificate? = nil,
        disabledProtocols: [String] = [], ciphers: [String]? = nil
    ) {
        self.verifiesCertificates = verifiesCertificates
        self.extraCAFiles = extraCAFiles
        self.clientCertificate = clientCertificate
        self.disabledProtocols = disabledProtocols
        self.ciphers = ciphers
    }
}

/// An OpenSSL `SSL_CTX`: made once per configuration and shared by every connection that uses it.
public final class TLSContext: @unchecked Sendable {
    let library: OpenSSL
    let context: OpaquePointer
    /// The passphrase handed to OpenSSL's password callback, kept alive with the context.
    private let passphrase: UnsafeMutablePointer<CChar>?

    /// A client context for `configuration`.
    public static func client(_ configuration: TLSClientConfiguration) throws(TLSError) -> TLSContext {
        let library = try OpenSSL.shared.get()
        guard let method = library.TLS_client_method(), let context = library.SSL_CTX_new(method) else {
            throw .handshake(reason: library.queuedError() ?? "SSL_CTX_new failed")
        }
        let made = TLSContext(library: library, context: context, passphrase: configuration.clientCertificate?.passphrase)
        try made.configureCommon(disabledProtocols: configuration.disabledProtocols, ciphers: configuration.ciphers)
        if configuration.verifiesCertificates {
            library.SSL_CTX_set_verify(context, OpenSSL.SSL_VERIFY_PEER, nil)
            _ = library.SSL_CTX_set_default_verify_paths(context)
            for file in configuration.extraCAFiles {
                guard library.SSL_CTX_load_verify_locations(context, file, nil) == 1 else {
                    throw .badCredentials(
                        file: file, reason: "cannot read CA certificates: \(library.queuedError() ?? "not a PEM file")")
                }
            }
        } else {
            library.SSL_CTX_set_verify(context, OpenSSL.SSL_VERIFY_NONE, nil)
        }
        if let certificate = configuration.clientCertificate {
            try made.useCertificate(certificate.certificateFile, key: certificate.keyFile)
        }
        return made
    }

    /// A server context presenting `certificateFile` (a PEM chain) with `keyFile`; with `clientCAFile`,
    /// clients must present a certificate that CA issued. For loopback test servers and the benchmark.
    public static func server(
        certificateFile: String, keyFile: String, clientCAFile: String? = nil, sessionTickets: Bool = true
    ) throws(TLSError) -> TLSContext {
        let library = try OpenSSL.shared.get()
        guard let method = library.TLS_server_method(), let context = library.SSL_CTX_new(method) else {
            throw .handshake(reason: library.queuedError() ?? "SSL_CTX_new failed")
        }
        let made = TLSContext(library: library, context: context, passphrase: nil)
        try made.configureCommon(disabledProtocols: [], ciphers: nil)
        try made.useCertificate(certificateFile, key: keyFile)
        if let clientCAFile {
            library.SSL_CTX_set_verify(context, OpenSSL.SSL_VERIFY_PEER | OpenSSL.SSL_VERIFY_FAIL_IF_NO_PEER_CERT, nil)
            guard library.SSL_CTX_load_verify_locations(context, clientCAFile, nil) == 1 else {
                throw .badCredentials(file: clientCAFile, reason: library.queuedError() ?? "cannot read CA certificates")
            }
        }
        if !sessionTickets { _ = library.SSL_CTX_set_num_tickets(context, 0) }
        return made
    }

    private init(library: OpenSSL, context: OpaquePointer, passphrase: String?) {
        self.library = library
        self.context = context
        self.passphrase = passphrase.map { strdup($0) } ?? nil
    }

    deinit {
        library.SSL_CTX_free(context)
        if let passphrase {
            memset(passphrase, 0, strlen(passphrase))
            free(passphrase)
        }
    }

    private func configureCommon(disabledProtocols: [String], ciphers: [String]?) throws(TLSError) {
        // A peer that closes without close_notify reads as end of input; HTTP framing says if it was early.
        _ = library.SSL_CTX_set_options(context, OpenSSL.SSL_OP_IGNORE_UNEXPECTED_EOF)
        _ = library.SSL_CTX_ctrl(
            context, OpenSSL.SSL_CTRL_MODE, OpenSSL.SSL_MODE_ENABLE_PARTIAL_WRITE | OpenSSL.SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER,
            nil)
        let versions = [
            ("TLSv1", OpenSSL.TLS1_VERSION), ("TLSv1_1", OpenSSL.TLS1_1_VERSION), ("TLSv1_2", OpenSSL.TLS1_2_VERSION),
            ("TLSv1_3", OpenSSL.TLS1_3_VERSION),
        ]
        let disabled = Set(disabledProtocols.map { $0.replacingOccurrences(of: ".", with: "_") })
        let allowed = versions.filter { !disabled.contains($0.0) }.map(\.1)
        guard let lowest = allowed.min(), let highest = allowed.max() else {
            throw .handshake(reason: "tlsDisabledProtocols turns off every TLS version")
        }
        // TLS 1.2 is the lowest offered (Node's default minimum, so Postman's) unless only older ones are left.
        let minimum = highest >= OpenSSL.TLS1_2_VERSION ? max(lowest, OpenSSL.TLS1_2_VERSION) : lowest
        _ = library.SSL_CTX_ctrl(context, OpenSSL.SSL_CTRL_SET_MIN_PROTO_VERSION, minimum, nil)
        _ = library.SSL_CTX_ctrl(context, OpenSSL.SSL_CTRL_SET_MAX_PROTO_VERSION, highest, nil)
        if let ciphers, !ciphers.isEmpty {
            let list = ciphers.joined(separator: ":")
            let classic = library.SSL_CTX_set_cipher_list(context, list)
            let suites = library.SSL_CTX_set_ciphersuites(context, list)
            library.ERR_clear_error()
            guard classic == 1 || suites == 1 else { throw .handshake(reason: "no cipher of tlsCipherSelection is known: \(list)") }
        }
    }

    private func useCertificate(_ certificateFile: String, key keyFile: String) throws(TLSError) {
        if let passphrase {
            library.SSL_CTX_set_default_passwd_cb_userdata(context, UnsafeMutableRawPointer(passphrase))
            library.SSL_CTX_set_default_passwd_cb(context, tlsPassphraseCallback)
        }
        guard library.SSL_CTX_use_certificate_chain_file(context, certificateFile) == 1 else {
            throw .badCredentials(
                file: certificateFile, reason: "cannot read the certificate: \(library.queuedError() ?? "not a PEM certificate")")
        }
        guard library.SSL_CTX_use_PrivateKey_file(context, keyFile, OpenSSL.SSL_FILETYPE_PEM) == 1 else {
            let reason = library.queuedError() ?? "not a PEM key"
            let hint = passphrase != nil || reason.contains("decrypt") ? " (wrong passphrase?)" : ""
            throw .badCredentials(file: keyFile, reason: "cannot read the private key: \(reason)\(hint)")
        }
        guard library.SSL_CTX_check_private_key(context) == 1 else {
            throw .badCredentials(file: keyFile, reason: "the key does not match the certificate \(certificateFile)")
        }
    }
}

/// OpenSSL's `pem_password_cb`: copies the passphrase the context keeps into `buffer`.
private let tlsPassphraseCallback: OpenSSL.PasswordCallback = { buffer, size, _, userdata in
    guard let buffer, let userdata else { return 0 }
    let passphrase = userdata.assumingMemoryBound(to: CChar.self)
    let length = min(Int(strlen(passphrase)), Int(size))
    memcpy(buffer, passphrase, length)
    return Int32(length)
}
