import Foundation

/// Path text operations that this toolchain's Foundation gets wrong.
public enum FilePath {
    /// `path` without its last component, as `NSString.deletingLastPathComponent` answers, which traps
    /// (an illegal instruction) on `f` and `a/` in Swift 6.3's Foundation on Linux:
    /// `a/b` → `a`, `/a` → `/`, `a` → ``, `a/` → ``, `a/b/` → `a`, `/` → `/`.
    public static func deletingLastComponent(_ path: String) -> String {
        var text = Substring(path)
        while text.count > 1, text.hasSuffix("/") { text = text.dropLast() }
        guard let slash = text.lastIndex(of: "/") else { return "" }
        if slash == text.startIndex { return "/" }
        var head = text[..<slash]
        while head.count > 1, head.hasSuffix("/") { head = head.dropLast() }
        return String(head)
    }
}
