/// Makes hostile variants of JavaScript programs: deleted, repeated and swapped tokens, inserted
/// operators and brackets, deep nesting, huge literals. Deterministic for a seed.
public struct ProgramMutator: Sendable {
    /// A small deterministic generator (SplitMix64), so a failing case can be replayed from its seed.
    public struct Random: Sendable {
        private var state: UInt64
        public init(seed: UInt64) { state = seed }
        public mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        public mutating func below(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(next() % UInt64(bound)) }
        public mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    }

    static let fragments: [String] = [
        "(", ")", "[", "]", "{", "}", ";", ",", ".", "?.", "...", "=>", "=", "+=", "**=", "??=", "+", "-", "*", "/", "%",
        "**", "<", ">>>", "==", "===", "!", "~", "&&", "||", "??", "?", ":", "++", "--", "typeof ", "void ", "delete ",
        "new ", "in ", "instanceof ", "yield ", "await ", "async ", "function ", "class ", "extends ", "super",
        "this", "return ", "throw ", "try {", "} catch (e) {", "} finally {", "if (", "else ", "for (", "while (",
        "do ", "switch (", "case 1:", "default:", "break;", "continue;", "let ", "const ", "var ", "x", "y", "arguments",
        "eval", "undefined", "null", "NaN", "0", "-0", "1e308", "0x1F", "'str'", "\"\\u{1F600}\"", "`t${1}`", "/a+/g",
        "/(a*)*b/", "[]", "{}", "() => {}", "function* g() { yield 1 }", "Symbol()", "Symbol.iterator", "__proto__",
        "prototype", "constructor", "length", "Object", "Array", "Promise", "JSON", "Math", "String", "Number",
        "Date", "RegExp", "Map", "Set", "Error", "globalThis", "\n", "/*", "*/", "//", "\\", "'", "\"", "`", "${",
    ]

    public init() {}

    /// A mutated copy of `source`.
    public func mutate(_ source: String, random: inout Random) -> String {
        var tokens = Self.tokenize(source)
        if tokens.isEmpty { tokens = ["x"] }
        // Mostly one well-formed change (so the evaluator, not only the parser, is exercised).
        let rounds = random.chance(70) ? 1 : 1 + random.below(4)
        for _ in 0..<rounds {
            // An earlier round may have removed or truncated every token.
            if tokens.isEmpty { tokens = ["x"] }
            if random.chance(60) {
                Self.replaceAlike(&tokens, random: &random)
                continue
            }
            switch random.below(9) {
            case 0: tokens.remove(at: random.below(tokens.count))
            case 1:
                let index = random.below(tokens.count)
                tokens.insert(tokens[index], at: index)
            case 2:
                let a = random.below(tokens.count)
                let b = random.below(tokens.count)
                tokens.swapAt(a, b)
            case 3: tokens.insert(Self.fragments[random.below(Self.fragments.count)], at: random.below(tokens.count + 1))
            case 4: tokens[random.below(tokens.count)] = Self.fragments[random.below(Self.fragments.count)]
            case 5:
                // Duplicate a span (loops and calls nest deeper).
                let start = random.below(tokens.count)
                let end = min(tokens.count, start + 1 + random.below(20))
                tokens.insert(contentsOf: tokens[start..<end], at: end)
            case 6:
                // Deep nesting.
                let depth = [10, 100, 1000, 5000][random.below(4)]
                let opener = ["(", "[", "{", "!", "-", "a=", "()=>"][random.below(7)]
                tokens.insert(String(repeating: opener, count: depth), at: random.below(tokens.count + 1))
            case 7:
                // A big literal.
                let size = [100, 10_000, 200_000][random.below(3)]
                tokens.insert("'" + String(repeating: "z", count: size) + "'", at: random.below(tokens.count + 1))
            default:
                // Truncate.
                tokens.removeSubrange(random.below(tokens.count)...)
                if tokens.isEmpty { tokens = ["("] }
            }
        }
        return Self.join(tokens)
    }

    /// Joins tokens, with a space only between two word tokens (so `a.b` and `x++` survive).
    static func join(_ tokens: [String]) -> String {
        var text = ""
        var previousIsWord = false
        for token in tokens {
            let isWord = token.first.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" } ?? false
            if isWord && previousIsWord { text += " " }
            text += token
            previousIsWord = isWord || token.hasSuffix(" ")
        }
        return text
    }

    static let operators = ["+", "-", "*", "/", "%", "<", ">", "&", "|", "^", "=", "!"]
    static let values = ["0", "1", "-1", "2", "NaN", "Infinity", "-0", "1e21", "0.5", "null", "undefined", "true", "false",
                         "''", "'x'", "[]", "{}", "[1,2]", "({a:1})", "Symbol()", "(()=>1)", "new Date(0)", "/x/g", "10000000"]

    /// Replaces a token with another of its kind: a value with a value, an identifier with another
    /// identifier of the program, an operator character with another.
    static func replaceAlike(_ tokens: inout [String], random: inout Random) {
        let index = random.below(tokens.count)
        let token = tokens[index]
        guard let first = token.first else { return }
        if first.isNumber || first == "'" || first == "\"" {
            tokens[index] = values[random.below(values.count)]
        } else if first.isLetter || first == "_" || first == "$" {
            let identifiers = tokens.filter { $0.first.map { $0.isLetter || $0 == "_" || $0 == "$" } ?? false }
            tokens[index] = random.chance(20) || identifiers.isEmpty
                ? values[random.below(values.count)] : identifiers[random.below(identifiers.count)]
        } else if operators.contains(token) {
            tokens[index] = operators[random.below(operators.count)]
        } else {
            tokens.swapAt(index, random.below(tokens.count))
        }
    }

    /// Splits source into rough tokens (identifiers, numbers, punctuation, strings) for mutation.
    static func tokenize(_ source: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var quote: Character?
        for character in source {
            if let open = quote {
                current.append(character)
                if character == open { tokens.append(current); current = ""; quote = nil }
                continue
            }
            if character == "'" || character == "\"" || character == "`" {
                if !current.isEmpty { tokens.append(current) }
                current = String(character)
                quote = character
            } else if character.isLetter || character.isNumber || character == "_" || character == "$" {
                current.append(character)
            } else {
                if !current.isEmpty { tokens.append(current); current = "" }
                if !character.isWhitespace { tokens.append(String(character)) } else if character == "\n" { tokens.append("\n") }
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }
}
