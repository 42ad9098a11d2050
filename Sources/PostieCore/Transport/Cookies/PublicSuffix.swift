/// Enough of the public suffix list that a cookie cannot be set for a whole registry: every single
/// label (`com`, `org`, `localhost` as a `Domain` of another host) and the second-level suffixes most
/// seen. A cookie whose `Domain` is one of them is refused unless it names the very host that set it
/// (RFC 6265 §5.3 step 5, as tough-cookie's `rejectPublicSuffixes`).
enum PublicSuffix {
    /// Multi-label suffixes under which anyone may register a name.
    static let multiLabel: Set<String> = [
        "co.uk", "org.uk", "ac.uk", "gov.uk", "ltd.uk", "plc.uk", "me.uk", "net.uk", "sch.uk", "nhs.uk",
        "com.au", "net.au", "org.au", "edu.au", "gov.au", "id.au", "co.nz", "org.nz", "net.nz", "govt.nz",
        "co.jp", "ne.jp", "or.jp", "ac.jp", "go.jp", "co.kr", "or.kr", "com.cn", "net.cn", "org.cn", "gov.cn",
        "com.br", "net.br", "org.br", "gov.br", "com.mx", "org.mx", "com.ar", "com.tr", "com.tw", "org.tw",
        "com.hk", "org.hk", "com.sg", "edu.sg", "com.my", "co.in", "net.in", "org.in", "gov.in", "ac.in",
        "co.za", "org.za", "gov.za", "com.ng", "co.il", "org.il", "ac.il", "com.ua", "co.id", "or.id",
        "com.ph", "com.pk", "com.sa", "com.eg", "com.vn", "co.th", "in.th", "com.pl", "net.pl", "org.pl",
        "com.es", "org.es", "com.pt", "com.ru", "org.ru", "co.at", "or.at", "gv.at", "com.de", "co.it",
        "github.io", "gitlab.io", "herokuapp.com", "azurewebsites.net", "cloudfront.net", "appspot.com",
        "blogspot.com", "netlify.app", "vercel.app", "pages.dev", "workers.dev", "web.app", "firebaseapp.com",
        "s3.amazonaws.com", "elasticbeanstalk.com", "azurestaticapps.net", "trycloudflare.com", "ngrok.io",
        "ngrok-free.app", "onrender.com", "fly.dev", "glitch.me", "repl.co",
    ]

    /// Whether `domain` (lower-case, no leading dot) is a public suffix.
    static func isPublicSuffix(_ domain: String) -> Bool {
        !domain.contains(".") || multiLabel.contains(domain)
    }
}
