import Foundation

/// A strict reader of the HTML postie writes: the HTML5 syntax (WHATWG HTML §13.1) with the rules a
/// generator can keep always, stricter than browsers need — every non-void element closed in order,
/// void elements never closed, every attribute value quoted, character references well formed, no
/// external URL in any `src`, `href`, `action` or CSS `url()`.
struct HTMLChecker {
    /// HTML §13.1.2: elements that have no end tag.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
    /// Raw text elements (their content is not markup).
    static let rawTextElements: Set<String> = ["script", "style"]

    struct Element {
        var name: String
        var attributes: [String: String]
    }

    var problems: [String] = []
    /// Every start tag, in order.
    var elements: [Element] = []
    /// The text content outside tags, references decoded as written.
    var text = ""
    /// The content of each `<style>` element.
    var styles: [String] = []

    init(_ html: String) {
        let scalars = Array(html.unicodeScalars)
        var index = 0
        var stack: [String] = []
        var foreign = 0  // inside <svg>: self-closing tags are allowed
        if !html.hasPrefix("<!DOCTYPE html>") { problems.append("no <!DOCTYPE html> first") }
        func peek(_ offset: Int = 0) -> Unicode.Scalar? { index + offset < scalars.count ? scalars[index + offset] : nil }
        func read(while predicate: (Unicode.Scalar) -> Bool) -> String {
            var result = ""
            while let scalar = peek(), predicate(scalar) {
                result.unicodeScalars.append(scalar)
                index += 1
            }
            return result
        }
        func skipSpaces() { _ = read { $0 == " " || $0 == "\n" || $0 == "\t" } }
        func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
            CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_" || scalar == ":"
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "&" {
                let start = index
                index += 1
                let reference = read { $0 != ";" && $0 != "<" && $0 != " " && $0 != "\n" && $0 != "&" }
                if peek() != ";" || !Self.isReference(reference) {
                    problems.append("bad character reference at \(start): &\(reference)")
                } else {
                    index += 1
                }
                text += "&"
                continue
            }
            guard scalar == "<" else {
                text.unicodeScalars.append(scalar)
                index += 1
                continue
            }
            if html.unicodeScalars.count > index + 9, String(String.UnicodeScalarView(scalars[index..<(index + 9)])) == "<!DOCTYPE" {
                while let next = peek(), next != ">" { index += 1 }
                index += 1
                continue
            }
            if peek(1) == "!" {
                problems.append("comment or declaration at \(index)")
                while let next = peek(), next != ">" { index += 1 }
                index += 1
                continue
            }
            index += 1
            let closing = peek() == "/"
            if closing { index += 1 }
            let name = read(while: isNameCharacter).lowercased()
            if name.isEmpty {
                problems.append("a < that starts no tag at \(index)")
                continue
            }
            var attributes: [String: String] = [:]
            var selfClosing = false
            while true {
                skipSpaces()
                guard let next = peek() else {
                    problems.append("tag <\(name) not finished")
                    break
                }
                if next == ">" {
                    index += 1
                    break
                }
                if next == "/", peek(1) == ">" {
                    selfClosing = true
                    index += 2
                    break
                }
                let attribute = read(while: isNameCharacter).lowercased()
                if attribute.isEmpty {
                    problems.append("junk in tag <\(name): \(next)")
                    index += 1
                    continue
                }
                if attributes[attribute] != nil { problems.append("attribute \(attribute) twice on <\(name)>") }
                skipSpaces()
                if peek() == "=" {
                    index += 1
                    skipSpaces()
                    guard peek() == "\"" else {
                        problems.append("attribute \(attribute) of <\(name)> is not quoted")
                        attributes[attribute] = read { $0 != " " && $0 != ">" }
                        continue
                    }
                    index += 1
                    let value = read { $0 != "\"" }
                    if value.contains("<") { problems.append("< inside attribute \(attribute) of <\(name)>") }
                    index += 1
                    attributes[attribute] = value
                } else {
                    attributes[attribute] = ""
                }
            }
            if closing {
                if Self.voidElements.contains(name) { problems.append("end tag </\(name)> of a void element") }
                if stack.last == name {
                    stack.removeLast()
                    if name == "svg" { foreign -= 1 }
                } else {
                    problems.append("</\(name)> closes <\(stack.last ?? "nothing")>")
                }
                continue
            }
            elements.append(Element(name: name, attributes: attributes))
            if selfClosing {
                if foreign == 0, !Self.voidElements.contains(name) { problems.append("<\(name)/> outside svg") }
                continue
            }
            if Self.voidElements.contains(name) { continue }
            if Self.rawTextElements.contains(name) {
                var content = ""
                while index < scalars.count {
                    if scalars[index] == "<", peek(1) == "/" {
                        let end = String(String.UnicodeScalarView(scalars[(index + 2)..<min(scalars.count, index + 2 + name.count)]))
                        if end.lowercased() == name { break }
                    }
                    content.unicodeScalars.append(scalars[index])
                    index += 1
                }
                if name == "style" { styles.append(content) }
                index += name.count + 3
                continue
            }
            if name == "svg" { foreign += 1 }
            stack.append(name)
        }
        if !stack.isEmpty { problems.append("never closed: \(stack.joined(separator: ", "))") }

        for element in elements {
            for attribute in ["src", "href", "action", "formaction", "xlink:href", "srcset", "poster", "data"] {
                if let value = element.attributes[attribute], !value.hasPrefix("#"), !value.hasPrefix("data:") {
                    problems.append("<\(element.name) \(attribute)=\"\(value)\"> leaves the page")
                }
            }
            if element.attributes["style"] != nil { problems.append("inline style attribute on <\(element.name)>") }
            if element.attributes.keys.contains(where: { $0.hasPrefix("on") }) { problems.append("event handler on <\(element.name)>") }
            if element.name == "script" || element.name == "link" || element.name == "iframe" || element.name == "object" {
                problems.append("<\(element.name)> in the page")
            }
        }
        for style in styles where style.contains("url(") || style.contains("@import") {
            problems.append("the style sheet loads something (url() or @import)")
        }
    }

    /// A named (`amp`), decimal (`#39`) or hexadecimal (`#x27`) reference.
    static func isReference(_ name: String) -> Bool {
        if name.hasPrefix("#x") { return !name.dropFirst(2).isEmpty && name.dropFirst(2).allSatisfy(\.isHexDigit) }
        if name.hasPrefix("#") { return !name.dropFirst().isEmpty && name.dropFirst().allSatisfy(\.isNumber) }
        return ["amp", "lt", "gt", "quot", "apos", "nbsp"].contains(name)
    }

    /// The `id`s of the page.
    var ids: [String] { elements.compactMap { $0.attributes["id"] } }

    /// The page's Content-Security-Policy.
    var contentSecurityPolicy: String? {
        elements.first { $0.name == "meta" && $0.attributes["http-equiv"]?.lowercased() == "content-security-policy" }?
            .attributes["content"]
    }
}
