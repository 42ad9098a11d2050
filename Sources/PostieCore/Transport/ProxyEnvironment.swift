import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// For `URLSessionTransport`: proxies come from the environment, read by libcurl itself for every connection:
/// `http_proxy`, `HTTPS_PROXY`/`https_proxy`, `ALL_PROXY`/`all_proxy`, `NO_PROXY`/`no_proxy`.
/// FoundationNetworking ignores `URLSessionConfiguration.connectionProxyDictionary` (it sets no
/// `CURLOPT_PROXY`), so the environment is the only way in.
///
/// libcurl reads only the lower-case `http_proxy` (upper-case `HTTP_PROXY` can be set by a CGI request
/// header, "httpoxy"); Newman honours `HTTP_PROXY` too, so postie copies it to `http_proxy` when that is
/// unset. postie is not a CGI program. `SocketHTTPTransport` reads the same variables through `ProxySettings`.
enum ProxyEnvironment {
    /// The variable to set and its value, or nil when nothing needs to change.
    static func lowerCaseHTTPProxy(in environment: [String: String]) -> (name: String, value: String)? {
        guard environment["http_proxy"] == nil, let value = environment["HTTP_PROXY"], !value.isEmpty else {
            return nil
        }
        return ("http_proxy", value)
    }

    /// Applies `lowerCaseHTTPProxy` to this process, once, before the first transport sends anything.
    static let adopted: Void = {
        if let (name, value) = lowerCaseHTTPProxy(in: ProcessInfo.processInfo.environment) {
            setenv(name, value, 0)
        }
    }()
}
