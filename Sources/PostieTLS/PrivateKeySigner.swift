import Glibc

/// Signs bytes with a PEM private key through OpenSSL's `EVP_DigestSign`: RSA keys with PKCS #1 v1.5
/// (JWT's RS256/384/512) or PSS with a salt as long as the digest (PS256/384/512, RFC 7518 §3.5), EC keys with ECDSA (ES256/384/512, the DER signature turned into JOSE's
/// fixed-size `r || s`).
public enum PrivateKeySigner {
    /// The kinds of key told apart.
    public enum KeyType: Sendable, Equatable {
        case rsa
        case ec
        case other(Int32)
    }

    /// The signature of `message` with the key in `pem` over `digest` (`SHA256`, `SHA384`, `SHA512`);
    /// `pss` for RSASSA-PSS instead of PKCS #1 v1.5.
    public static func sign(_ message: [UInt8], pem: String, digest: String, passphrase: String? = nil, pss: Bool = false) throws(TLSError)
        -> (signature: [UInt8], keyType: KeyType)
    {
        let library = try OpenSSL.shared.get()
        library.ERR_clear_error()
        let pemBytes = Array(pem.utf8)
        let bio = pemBytes.withUnsafeBytes { library.BIO_new_mem_buf($0.baseAddress, Int32($0.count)) }
        guard let bio else { throw .badCredentials(file: "the private key", reason: "cannot read it") }
        defer { _ = library.BIO_free(bio) }
        let secret = passphrase.map { strdup($0) } ?? nil
        defer { if let secret { free(secret) } }
        guard let key = library.PEM_read_bio_PrivateKey(bio, nil, nil, secret.map { UnsafeMutableRawPointer($0) }) else {
            throw .badCredentials(
                file: "the private key", reason: "it is not a PEM private key (\(library.queuedError() ?? "unreadable"))")
        }
        defer { library.EVP_PKEY_free(key) }
        let baseID = library.EVP_PKEY_get_base_id(key)
        let keyType: KeyType = baseID == 6 ? .rsa : baseID == 408 ? .ec : .other(baseID)  // EVP_PKEY_RSA, EVP_PKEY_EC
        guard let md = library.EVP_get_digestbyname(digest), let context = library.EVP_MD_CTX_new() else {
            throw .protocolError("OpenSSL has no \(digest) digest")
        }
        defer { library.EVP_MD_CTX_free(context) }
        var keyContext: OpaquePointer?
        guard library.EVP_DigestSignInit(context, &keyContext, md, nil, key) == 1 else {
            throw .protocolError("cannot sign with this key: \(library.queuedError() ?? "EVP_DigestSignInit failed")")
        }
        // RSA_PKCS1_PSS_PADDING (6) and RSA_PSS_SALTLEN_DIGEST (-1), as jwa signs PS256/384/512.
        if pss, keyType == .rsa {
            guard library.EVP_PKEY_CTX_set_rsa_padding(keyContext, 6) == 1, library.EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, -1) == 1 else {
                throw .protocolError("cannot sign with RSA-PSS: \(library.queuedError() ?? "OpenSSL refused the padding")")
            }
        }
        var length = 0
        guard message.withUnsafeBufferPointer({ library.EVP_DigestSign(context, nil, &length, $0.baseAddress, $0.count) }) == 1 else {
            throw .protocolError("cannot sign: \(library.queuedError() ?? "EVP_DigestSign failed")")
        }
        var signature = [UInt8](repeating: 0, count: length)
        let signed = signature.withUnsafeMutableBufferPointer { output in
            message.withUnsafeBufferPointer { library.EVP_DigestSign(context, output.baseAddress, &length, $0.baseAddress, $0.count) }
        }
        guard signed == 1 else { throw .protocolError("cannot sign: \(library.queuedError() ?? "EVP_DigestSign failed")") }
        return (Array(signature.prefix(length)), keyType)
    }

    /// A DER `ECDSA-Sig-Value` (`SEQUENCE { INTEGER r, INTEGER s }`) as JOSE's `r || s`, each `size` bytes.
    public static func joseSignature(fromDER der: [UInt8], size: Int) -> [UInt8]? {
        var index = 0
        func length() -> Int? {
            guard index < der.count else { return nil }
            let first = Int(der[index])
            index += 1
            if first < 0x80 { return first }
            let count = first & 0x7F
            guard count <= 2, index + count <= der.count else { return nil }
            var value = 0
            for _ in 0..<count {
                value = value << 8 | Int(der[index])
                index += 1
            }
            return value
        }
        guard index < der.count, der[index] == 0x30 else { return nil }
        index += 1
        guard length() != nil else { return nil }
        var output: [UInt8] = []
        for _ in 0..<2 {
            guard index < der.count, der[index] == 0x02 else { return nil }
            index += 1
            guard let count = length(), index + count <= der.count else { return nil }
            var integer = Array(der[index..<(index + count)])
            index += count
            while integer.count > size, integer.first == 0 { integer.removeFirst() }
            guard integer.count <= size else { return nil }
            output += [UInt8](repeating: 0, count: size - integer.count) + integer
        }
        return output
    }
}
