import Glibc
import PostieSockets

/// The platform's OpenSSL 3 (`libssl.so.3`, `libcrypto.so.3`), loaded at run time with `dlopen`: no
/// headers or link-time library are needed to build postie, and a machine without OpenSSL runs every
/// `http://` request and fails an `https://` one with a clear error. Only the functions postie calls are
/// looked up, each declared here with its C signature (OpenSSL 3.0 `ssl.h`, `x509.h`, `err.h`, `evp.h`).
public struct OpenSSL: @unchecked Sendable {
    typealias Pointer = OpaquePointer
    typealias PasswordCallback = @convention(c) (UnsafeMutablePointer<CChar>?, Int32, Int32, UnsafeMutableRawPointer?) -> Int32

    // libssl
    let OPENSSL_init_ssl: @convention(c) (UInt64, UnsafeRawPointer?) -> Int32
    let TLS_client_method: @convention(c) () -> Pointer?
    let TLS_server_method: @convention(c) () -> Pointer?
    let SSL_CTX_new: @convention(c) (Pointer?) -> Pointer?
    let SSL_CTX_free: @convention(c) (Pointer?) -> Void
    let SSL_CTX_set_verify: @convention(c) (Pointer?, Int32, UnsafeRawPointer?) -> Void
    let SSL_CTX_set_default_verify_paths: @convention(c) (Pointer?) -> Int32
    let SSL_CTX_load_verify_locations: @convention(c) (Pointer?, UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> Int32
    let SSL_CTX_use_certificate_chain_file: @convention(c) (Pointer?, UnsafePointer<CChar>?) -> Int32
    let SSL_CTX_use_PrivateKey_file: @convention(c) (Pointer?, UnsafePointer<CChar>?, Int32) -> Int32
    let SSL_CTX_check_private_key: @convention(c) (Pointer?) -> Int32
    let SSL_CTX_set_default_passwd_cb: @convention(c) (Pointer?, PasswordCallback?) -> Void
    let SSL_CTX_set_default_passwd_cb_userdata: @convention(c) (Pointer?, UnsafeMutableRawPointer?) -> Void
    let SSL_CTX_ctrl: @convention(c) (Pointer?, Int32, Int, UnsafeMutableRawPointer?) -> Int
    let SSL_CTX_set_options: @convention(c) (Pointer?, UInt64) -> UInt64
    let SSL_CTX_set_cipher_list: @convention(c) (Pointer?, UnsafePointer<CChar>?) -> Int32
    let SSL_CTX_set_ciphersuites: @convention(c) (Pointer?, UnsafePointer<CChar>?) -> Int32
    let SSL_CTX_set_num_tickets: @convention(c) (Pointer?, Int) -> Int32
    let SSL_new: @convention(c) (Pointer?) -> Pointer?
    let SSL_free: @convention(c) (Pointer?) -> Void
    let SSL_set_fd: @convention(c) (Pointer?, Int32) -> Int32
    let SSL_ctrl: @convention(c) (Pointer?, Int32, Int, UnsafeMutableRawPointer?) -> Int
    let SSL_set1_host: @convention(c) (Pointer?, UnsafePointer<CChar>?) -> Int32
    let SSL_get0_param: @convention(c) (Pointer?) -> Pointer?
    let SSL_connect: @convention(c) (Pointer?) -> Int32
    let SSL_accept: @convention(c) (Pointer?) -> Int32
    let SSL_read: @convention(c) (Pointer?, UnsafeMutableRawPointer?, Int32) -> Int32
    let SSL_peek: @convention(c) (Pointer?, UnsafeMutableRawPointer?, Int32) -> Int32
    let SSL_write: @convention(c) (Pointer?, UnsafeRawPointer?, Int32) -> Int32
    let SSL_pending: @convention(c) (Pointer?) -> Int32
    let SSL_get_error: @convention(c) (Pointer?, Int32) -> Int32
    let SSL_shutdown: @convention(c) (Pointer?) -> Int32
    let SSL_get_verify_result: @convention(c) (Pointer?) -> Int
    let SSL_get1_peer_certificate: @convention(c) (Pointer?) -> Pointer?
    let SSL_get_peer_cert_chain: @convention(c) (Pointer?) -> UnsafeMutableRawPointer?
    let SSL_get_version: @convention(c) (Pointer?) -> UnsafePointer<CChar>?
    let SSL_set_session: @convention(c) (Pointer?, Pointer?) -> Int32
    let SSL_get1_session: @convention(c) (Pointer?) -> Pointer?
    let SSL_SESSION_free: @convention(c) (Pointer?) -> Void
    // libcrypto
    let ERR_get_error: @convention(c) () -> UInt
    let ERR_error_string_n: @convention(c) (UInt, UnsafeMutablePointer<CChar>?, Int) -> Void
    let ERR_clear_error: @convention(c) () -> Void
    let X509_verify_cert_error_string: @convention(c) (Int) -> UnsafePointer<CChar>?
    let X509_free: @convention(c) (Pointer?) -> Void
    let X509_get_ext_d2i: @convention(c) (Pointer?, Int32, UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?) -> UnsafeMutableRawPointer?
    let X509_get_subject_name: @convention(c) (Pointer?) -> Pointer?
    let X509_NAME_oneline: @convention(c) (Pointer?, UnsafeMutablePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>?
    let X509_VERIFY_PARAM_set1_ip_asc: @convention(c) (Pointer?, UnsafePointer<CChar>?) -> Int32
    let OPENSSL_sk_num: @convention(c) (UnsafeMutableRawPointer?) -> Int32
    let OPENSSL_sk_value: @convention(c) (UnsafeMutableRawPointer?, Int32) -> UnsafeMutableRawPointer?
    let OPENSSL_sk_pop_free: @convention(c) (UnsafeMutableRawPointer?, (@convention(c) (UnsafeMutableRawPointer?) -> Void)?) -> Void
    let GENERAL_NAME_free: @convention(c) (UnsafeMutableRawPointer?) -> Void
    let ASN1_STRING_get0_data: @convention(c) (UnsafeRawPointer?) -> UnsafePointer<UInt8>?
    let ASN1_STRING_length: @convention(c) (UnsafeRawPointer?) -> Int32
    let BIO_new_mem_buf: @convention(c) (UnsafeRawPointer?, Int32) -> Pointer?
    let BIO_free: @convention(c) (Pointer?) -> Int32
    let PEM_read_bio_PrivateKey: @convention(c) (Pointer?, UnsafeMutablePointer<Pointer?>?, PasswordCallback?, UnsafeMutableRawPointer?) -> Pointer?
    let EVP_PKEY_free: @convention(c) (Pointer?) -> Void
    let EVP_PKEY_get_base_id: @convention(c) (Pointer?) -> Int32
    let EVP_MD_CTX_new: @convention(c) () -> Pointer?
    let EVP_MD_CTX_free: @convention(c) (Pointer?) -> Void
    let EVP_get_digestbyname: @convention(c) (UnsafePointer<CChar>?) -> Pointer?
    let EVP_DigestSignInit: @convention(c) (Pointer?, UnsafeMutablePointer<Pointer?>?, Pointer?, Pointer?, Pointer?) -> Int32
    let EVP_DigestSign: @convention(c) (Pointer?, UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<Int>?, UnsafePointer<UInt8>?, Int) -> Int32
    let EVP_PKEY_CTX_set_rsa_padding: @convention(c) (Pointer?, Int32) -> Int32
    let EVP_PKEY_CTX_set_rsa_pss_saltlen: @convention(c) (Pointer?, Int32) -> Int32

    /// The library, loaded once for the process; a failure says what is missing.
    public static let shared: Result<OpenSSL, TLSError> = load(
        ssl: ["libssl.so.3", "libssl.so"], crypto: ["libcrypto.so.3", "libcrypto.so"])

    /// Loads the first of `ssl` and `crypto` that `dlopen` finds (names or paths).
    public static func load(ssl: [String], crypto: [String]) -> Result<OpenSSL, TLSError> {
        guard let sslHandle = ssl.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else {
            return .failure(.libraryMissing(ssl.joined(separator: ", ")))
        }
        guard let cryptoHandle = crypto.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else {
            return .failure(.libraryMissing(crypto.joined(separator: ", ")))
        }
        var missing: [String] = []
        func symbol<T>(_ handle: UnsafeMutableRawPointer, _ name: String, _ type: T.Type) -> T {
            guard let address = dlsym(handle, name) else {
                missing.append(name)
                return unsafeBitCast(dlsym(handle, "SSL_free") ?? dlsym(handle, "ERR_clear_error"), to: type)
            }
            return unsafeBitCast(address, to: type)
        }
        let s = sslHandle
        let c = cryptoHandle
        let library = OpenSSL(
            OPENSSL_init_ssl: symbol(s, "OPENSSL_init_ssl", (@convention(c) (UInt64, UnsafeRawPointer?) -> Int32).self),
            TLS_client_method: symbol(s, "TLS_client_method", (@convention(c) () -> Pointer?).self),
            TLS_server_method: symbol(s, "TLS_server_method", (@convention(c) () -> Pointer?).self),
            SSL_CTX_new: symbol(s, "SSL_CTX_new", (@convention(c) (Pointer?) -> Pointer?).self),
            SSL_CTX_free: symbol(s, "SSL_CTX_free", (@convention(c) (Pointer?) -> Void).self),
            SSL_CTX_set_verify: symbol(s, "SSL_CTX_set_verify", (@convention(c) (Pointer?, Int32, UnsafeRawPointer?) -> Void).self),
            SSL_CTX_set_default_verify_paths: symbol(s, "SSL_CTX_set_default_verify_paths", (@convention(c) (Pointer?) -> Int32).self),
            SSL_CTX_load_verify_locations: symbol(
                s, "SSL_CTX_load_verify_locations",
                (@convention(c) (Pointer?, UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> Int32).self),
            SSL_CTX_use_certificate_chain_file: symbol(
                s, "SSL_CTX_use_certificate_chain_file", (@convention(c) (Pointer?, UnsafePointer<CChar>?) -> Int32).self),
            SSL_CTX_use_PrivateKey_file: symbol(
                s, "SSL_CTX_use_PrivateKey_file", (@convention(c) (Pointer?, UnsafePointer<CChar>?, Int32) -> Int32).self),
            SSL_CTX_check_private_key: symbol(s, "SSL_CTX_check_private_key", (@convention(c) (Pointer?) -> Int32).self),
            SSL_CTX_set_default_passwd_cb: symbol(
                s, "SSL_CTX_set_default_passwd_cb", (@convention(c) (Pointer?, PasswordCallback?) -> Void).self),
            SSL_CTX_set_default_passwd_cb_userdata: symbol(
                s, "SSL_CTX_set_default_passwd_cb_userdata", (@convention(c) (Pointer?, UnsafeMutableRawPointer?) -> Void).self),
            SSL_CTX_ctrl: symbol(s, "SSL_CTX_ctrl", (@convention(c) (Pointer?, Int32, Int, UnsafeMutableRawPointer?) -> Int).self),
            SSL_CTX_set_options: symbol(s, "SSL_CTX_set_options", (@convention(c) (Pointer?, UInt64) -> UInt64).self),
            SSL_CTX_set_cipher_list: symbol(s, "SSL_CTX_set_cipher_list", (@convention(c) (Pointer?, UnsafePointer<CChar>?) -> Int32).self),
            SSL_CTX_set_ciphersuites: symbol(
                s, "SSL_CTX_set_ciphersuites", (@convention(c) (Pointer?, UnsafePointer<CChar>?) -> Int32).self),
            SSL_CTX_set_num_tickets: symbol(s, "SSL_CTX_set_num_tickets", (@convention(c) (Pointer?, Int) -> Int32).self),
            SSL_new: symbol(s, "SSL_new", (@convention(c) (Pointer?) -> Pointer?).self),
            SSL_free: symbol(s, "SSL_free", (@convention(c) (Pointer?) -> Void).self),
            SSL_set_fd: symbol(s, "SSL_set_fd", (@convention(c) (Pointer?, Int32) -> Int32).self),
            SSL_ctrl: symbol(s, "SSL_ctrl", (@convention(c) (Pointer?, Int32, Int, UnsafeMutableRawPointer?) -> Int).self),
            SSL_set1_host: symbol(s, "SSL_set1_host", (@convention(c) (Pointer?, UnsafePointer<CChar>?) -> Int32).self),
            SSL_get0_param: symbol(s, "SSL_get0_param", (@convention(c) (Pointer?) -> Pointer?).self),
            SSL_connect: symbol(s, "SSL_connect", (@convention(c) (Pointer?) -> Int32).self),
            SSL_accept: symbol(s, "SSL_accept", (@convention(c) (Pointer?) -> Int32).self),
            SSL_read: symbol(s, "SSL_read", (@convention(c) (Pointer?, UnsafeMutableRawPointer?, Int32) -> Int32).self),
            SSL_peek: symbol(s, "SSL_peek", (@convention(c) (Pointer?, UnsafeMutableRawPointer?, Int32) -> Int32).self),
            SSL_write: symbol(s, "SSL_write", (@convention(c) (Pointer?, UnsafeRawPointer?, Int32) -> Int32).self),
            SSL_pending: symbol(s, "SSL_pending", (@convention(c) (Pointer?) -> Int32).self),
            SSL_get_error: symbol(s, "SSL_get_error", (@convention(c) (Pointer?, Int32) -> Int32).self),
            SSL_shutdown: symbol(s, "SSL_shutdown", (@convention(c) (Pointer?) -> Int32).self),
            SSL_get_verify_result: symbol(s, "SSL_get_verify_result", (@convention(c) (Pointer?) -> Int).self),
            SSL_get1_peer_certificate: symbol(s, "SSL_get1_peer_certificate", (@convention(c) (Pointer?) -> Pointer?).self),
            SSL_get_peer_cert_chain: symbol(s, "SSL_get_peer_cert_chain", (@convention(c) (Pointer?) -> UnsafeMutableRawPointer?).self),
            SSL_get_version: symbol(s, "SSL_get_version", (@convention(c) (Pointer?) -> UnsafePointer<CChar>?).self),
            SSL_set_session: symbol(s, "SSL_set_session", (@convention(c) (Pointer?, Pointer?) -> Int32).self),
            SSL_get1_session: symbol(s, "SSL_get1_session", (@convention(c) (Pointer?) -> Pointer?).self),
            SSL_SESSION_free: symbol(s, "SSL_SESSION_free", (@convention(c) (Pointer?) -> Void).self),
            ERR_get_error: symbol(c, "ERR_get_error", (@convention(c) () -> UInt).self),
            ERR_error_string_n: symbol(c, "ERR_error_string_n", (@convention(c) (UInt, UnsafeMutablePointer<CChar>?, Int) -> Void).self),
            ERR_clear_error: symbol(c, "ERR_clear_error", (@convention(c) () -> Void).self),
            X509_verify_cert_error_string: symbol(
                c, "X509_verify_cert_error_string", (@convention(c) (Int) -> UnsafePointer<CChar>?).self),
            X509_free: symbol(c, "X509_free", (@convention(c) (Pointer?) -> Void).self),
            X509_get_ext_d2i: symbol(
                c, "X509_get_ext_d2i",
                (@convention(c) (Pointer?, Int32, UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?) -> UnsafeMutableRawPointer?).self),
            X509_get_subject_name: symbol(c, "X509_get_subject_name", (@convention(c) (Pointer?) -> Pointer?).self),
            X509_NAME_oneline: symbol(
                c, "X509_NAME_oneline",
                (@convention(c) (Pointer?, UnsafeMutablePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>?).self),
            X509_VERIFY_PARAM_set1_ip_asc: symbol(
                c, "X509_VERIFY_PARAM_set1_ip_asc", (@convention(c) (Pointer?, UnsafePointer<CChar>?) -> Int32).self),
            OPENSSL_sk_num: symbol(c, "OPENSSL_sk_num", (@convention(c) (UnsafeMutableRawPointer?) -> Int32).self),
            OPENSSL_sk_value: symbol(
                c, "OPENSSL_sk_value", (@convention(c) (UnsafeMutableRawPointer?, Int32) -> UnsafeMutableRawPointer?).self),
            OPENSSL_sk_pop_free: symbol(
                c, "OPENSSL_sk_pop_free",
                (@convention(c) (UnsafeMutableRawPointer?, (@convention(c) (UnsafeMutableRawPointer?) -> Void)?) -> Void).self),
            GENERAL_NAME_free: symbol(c, "GENERAL_NAME_free", (@convention(c) (UnsafeMutableRawPointer?) -> Void).self),
            ASN1_STRING_get0_data: symbol(
                c, "ASN1_STRING_get0_data", (@convention(c) (UnsafeRawPointer?) -> UnsafePointer<UInt8>?).self),
            ASN1_STRING_length: symbol(c, "ASN1_STRING_length", (@convention(c) (UnsafeRawPointer?) -> Int32).self),
            BIO_new_mem_buf: symbol(c, "BIO_new_mem_buf", (@convention(c) (UnsafeRawPointer?, Int32) -> Pointer?).self),
            BIO_free: symbol(c, "BIO_free", (@convention(c) (Pointer?) -> Int32).self),
            PEM_read_bio_PrivateKey: symbol(
                c, "PEM_read_bio_PrivateKey",
                (@convention(c) (Pointer?, UnsafeMutablePointer<Pointer?>?, PasswordCallback?, UnsafeMutableRawPointer?) -> Pointer?).self),
            EVP_PKEY_free: symbol(c, "EVP_PKEY_free", (@convention(c) (Pointer?) -> Void).self),
            EVP_PKEY_get_base_id: symbol(c, "EVP_PKEY_get_base_id", (@convention(c) (Pointer?) -> Int32).self),
            EVP_MD_CTX_new: symbol(c, "EVP_MD_CTX_new", (@convention(c) () -> Pointer?).self),
            EVP_MD_CTX_free: symbol(c, "EVP_MD_CTX_free", (@convention(c) (Pointer?) -> Void).self),
            EVP_get_digestbyname: symbol(c, "EVP_get_digestbyname", (@convention(c) (UnsafePointer<CChar>?) -> Pointer?).self),
            EVP_DigestSignInit: symbol(
                c, "EVP_DigestSignInit",
                (@convention(c) (Pointer?, UnsafeMutablePointer<Pointer?>?, Pointer?, Pointer?, Pointer?) -> Int32).self),
            EVP_DigestSign: symbol(
                c, "EVP_DigestSign",
                (@convention(c) (Pointer?, UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<Int>?, UnsafePointer<UInt8>?, Int) -> Int32).self),
            EVP_PKEY_CTX_set_rsa_padding: symbol(c, "EVP_PKEY_CTX_set_rsa_padding", (@convention(c) (Pointer?, Int32) -> Int32).self),
            EVP_PKEY_CTX_set_rsa_pss_saltlen: symbol(c, "EVP_PKEY_CTX_set_rsa_pss_saltlen", (@convention(c) (Pointer?, Int32) -> Int32).self)
        )
        guard missing.isEmpty else {
            return .failure(.libraryMissing("OpenSSL 3 functions \(missing.joined(separator: ", ")) (an older OpenSSL?)"))
        }
        _ = library.OPENSSL_init_ssl(0, nil)
        return .success(library)
    }

    /// The reason OpenSSL's error queue holds, in a few words, and clears it; nil when it is empty.
    func queuedError() -> String? {
        var last: String?
        while true {
            let code = ERR_get_error()
            if code == 0 { break }
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, buffer.count)
            let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            // "error:0A000086:SSL routines::certificate verify failed" → "certificate verify failed".
            last = text.split(separator: ":", omittingEmptySubsequences: false).last.map(String.init) ?? text
        }
        return last
    }

    // Constants from ssl.h and x509_vfy.h (OpenSSL 3.0).
    static let SSL_VERIFY_NONE: Int32 = 0
    static let SSL_VERIFY_PEER: Int32 = 1
    static let SSL_VERIFY_FAIL_IF_NO_PEER_CERT: Int32 = 2
    static let SSL_FILETYPE_PEM: Int32 = 1
    static let SSL_ERROR_SSL: Int32 = 1
    static let SSL_ERROR_WANT_READ: Int32 = 2
    static let SSL_ERROR_WANT_WRITE: Int32 = 3
    static let SSL_ERROR_SYSCALL: Int32 = 5
    static let SSL_ERROR_ZERO_RETURN: Int32 = 6
    static let SSL_CTRL_SET_TLSEXT_HOSTNAME: Int32 = 55
    static let SSL_CTRL_SET_MIN_PROTO_VERSION: Int32 = 123
    static let SSL_CTRL_SET_MAX_PROTO_VERSION: Int32 = 124
    static let SSL_CTRL_MODE: Int32 = 33
    static let SSL_MODE_ENABLE_PARTIAL_WRITE = 0x1
    static let SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER = 0x2
    static let SSL_OP_IGNORE_UNEXPECTED_EOF: UInt64 = 1 << 7
    static let TLS1_VERSION = 0x0301, TLS1_1_VERSION = 0x0302, TLS1_2_VERSION = 0x0303, TLS1_3_VERSION = 0x0304
    static let NID_subject_alt_name: Int32 = 85
    static let GEN_DNS: Int32 = 2
    static let GEN_IPADD: Int32 = 7
    static let X509_V_OK = 0
    static let X509_V_ERR_HOSTNAME_MISMATCH = 62
    static let X509_V_ERR_IP_ADDRESS_MISMATCH = 64
}

/// Why TLS could not be set up or went wrong.
public enum TLSError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `libssl.so.3` (or one of its functions) is not on this machine.
    case libraryMissing(String)
    /// A certificate, key or CA file cannot be used; what OpenSSL said.
    case badCredentials(file: String, reason: String)
    /// The handshake failed; `verification` is set when the server's certificate was refused.
    case handshake(reason: String)
    /// The server's certificate was refused: OpenSSL's reason, and the names it is for.
    case verification(reason: String, certificateNames: [String])
    /// The connection broke, timed out or was cancelled under TLS (the socket's error).
    case io(SocketError)
    /// A TLS record could not be read or written after the handshake.
    case protocolError(String)

    public var description: String {
        switch self {
        case .libraryMissing(let names):
            return "https needs the platform's OpenSSL 3, and \(names) cannot be loaded: install it (Debian and Ubuntu: apt-get install libssl3)"
        case .badCredentials(let file, let reason): return "\(file): \(reason)"
        case .handshake(let reason): return "the TLS handshake failed: \(reason)"
        case .verification(let reason, let names):
            if reason == "hostname mismatch", !names.isEmpty {
                return "hostname mismatch: the certificate is for \(names.joined(separator: ", "))"
            }
            return reason
        case .io(let error): return error.description
        case .protocolError(let reason): return reason
        }
    }
}
