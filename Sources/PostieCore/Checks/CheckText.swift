import PostieHTTP
import PostieJSON

/// How checks show values in names, reports and failure messages: short, one line.
enum CheckText {
    /// Past this many characters, `expected`/`actual` texts are cut.
    static let reportLimit = 200
    /// Past this many characters, an operand in an assertion name is cut.
    static let nameLimit = 60
    /// Past this many characters, a body excerpt in a failure message is cut.
    static let excerptLimit = 100

    /// Compact JSON, cut at `limit` characters.
    static func json(_ value: JSONValue, limit: Int = reportLimit) -> String {
        truncated(JSONWriter.compact(value), limit: limit)
    }

    /// `text` itself, or its first `limit` characters and `…`.
    static func truncated(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "…"
    }

    /// A body on one line, whitespace runs collapsed, cut at `limit` characters.
    static func excerpt(_ body: String, limit: Int = excerptLimit) -> String {
        var collapsed = ""
        var pendingSpace = false
        for character in body {
            if character.isWhitespace {
                pendingSpace = !collapsed.isEmpty
                continue
            }
            if pendingSpace { collapsed.append(" ") }
            pendingSpace = false
            collapsed.append(character)
            if collapsed.count > limit { break }
        }
        return truncated(collapsed, limit: limit)
    }

    /// `text` without leading and trailing spaces, tabs and line breaks.
    static func trimmed(_ text: String) -> String {
        var characters = Substring(text)
        while let first = characters.first, first.isWhitespace { characters.removeFirst() }
        while let last = characters.last, last.isWhitespace { characters.removeLast() }
        return String(characters)
    }

    /// `status 200, body {"id":…}` or `status 204, empty body`: what a failure message says about an answer.
    /// An error answer is named by its status alone (`status 401 Unauthorized`): reports show the server's
    /// reason for it whole, once, rather than a cut excerpt in every message.
    static func responseSummary(_ response: CheckedResponse) -> String {
        if response.status >= 400 {
            let phrase = HTTPStatus.reasonPhrase(for: response.status).map { " \($0)" } ?? ""
            return "status \(response.status)\(phrase)"
        }
        let body = excerpt(response.bodyText)
        return body.isEmpty ? "status \(response.status), empty body" : "status \(response.status), body \(body)"
    }
}

/// The comparisons shared by JSONPath filters and `expect` operators.
enum CheckComparison {
    /// Equality of JSON values, except that a number equals a string spelling that number
    /// (`200` and `"200"`: header values and many ids are strings). Applies inside arrays and objects too.
    static func looselyEqual(_ left: JSONValue, _ right: JSONValue) -> Bool {
        switch (left, right) {
        case (.number(let number), .string(let text)), (.string(let text), .number(let number)):
            return numericString(text) == number
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { looselyEqual($0, $1) }
        case (.object(let a), .object(let b)):
            guard a.count == b.count else { return false }
            return a.members.allSatisfy { member in b[member.key].map { looselyEqual(member.value, $0) } ?? false }
        default:
            return left == right
        }
    }

    /// The number a value stands for: a number, or a string that spells one.
    static func numericValue(_ value: JSONValue) -> Double? {
        switch value {
        case .number(let number): return number
        case .string(let text): return numericString(text)
        default: return nil
        }
    }

    /// The number `text` spells (decimal, optional sign, fraction and exponent, surrounding spaces allowed),
    /// or nil. Stricter than `Double(_:)`, which also reads `inf`, `nan` and hexadecimal.
    static func numericString(_ text: String) -> Double? {
        let trimmed = CheckText.trimmed(text)
        var digits = 0
        var index = trimmed.utf8.startIndex
        let bytes = trimmed.utf8
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            index = bytes.index(after: index)
        }
        var seenDot = false
        var seenExponent = false
        while index < bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: ".") where !seenDot && !seenExponent: seenDot = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                guard !seenExponent, digits > 0 else { return nil }
                seenExponent = true
                let next = bytes.index(after: index)
                if next < bytes.endIndex, bytes[next] == UInt8(ascii: "-") || bytes[next] == UInt8(ascii: "+") {
                    index = next
                }
                let afterSign = bytes.index(after: index)
                guard afterSign < bytes.endIndex else { return nil }
            default: return nil
            }
            index = bytes.index(after: index)
        }
        guard digits > 0, let number = Double(trimmed), number.isFinite else { return nil }
        return number
    }

    /// -1, 0 or 1 when the two values are ordered: numbers (and numeric strings against numbers)
    /// numerically, two strings by their characters; nil when they cannot be ordered.
    static func order(_ left: JSONValue, _ right: JSONValue) -> Int? {
        if case .string(let a) = left, case .string(let b) = right { return a < b ? -1 : (a == b ? 0 : 1) }
        guard let a = numericValue(left), let b = numericValue(right) else { return nil }
        return a < b ? -1 : (a == b ? 0 : 1)
    }

    /// JavaScript truthiness, which Goessner's and jsonpath-plus's filters use:
    /// missing, `null`, `false`, `0` and `""` are false.
    static func isTruthy(_ value: JSONValue?) -> Bool {
        switch value {
        case nil, .null?: return false
        case .bool(let flag)?: return flag
        case .number(let number)?: return number != 0 && !number.isNaN
        case .string(let text)?: return !text.isEmpty
        case .array?, .object?: return true
        }
    }

    /// Elements of an array, members of an object, or the JavaScript `length` of a string (UTF-16 code units,
    /// as `pm.expect(…).to.have.lengthOf` counts).
    static func count(_ value: JSONValue) -> Int? {
        switch value {
        case .array(let elements): return elements.count
        case .object(let object): return object.count
        case .string(let text): return text.utf16.count
        default: return nil
        }
    }

    /// `number` as an `Int` when it is a whole number that fits.
    static func integer(_ number: Double) -> Int? {
        guard number.isFinite, number == number.rounded(), abs(number) < 9e15 else { return nil }
        return Int(number)
    }
}
