import Foundation

/// The Unicode property escapes `\p{…}` of ECMA-262 §22.2.2.9 (UnicodeMatchProperty,
/// UnicodeMatchPropertyValue): General_Category values, binary properties, Script and Script_Extensions.
///
/// General_Category and the binary properties come from the Swift standard library's Unicode data, built
/// into range sets on first use and cached. Scripts come from `RegExpScriptData`.
enum RegExpUnicodeProperties {
    /// The set for `\p{name}` (value nil) or `\p{name=value}`; nil when the name or value is unknown.
    static func set(name: String, value: String?) -> RegExpCodePointSet? {
        if let value {
            switch name {
            case "General_Category", "gc":
                return generalCategorySet(value)
            case "Script", "sc":
                return RegExpScriptData.set(script: value, extensions: false)
            case "Script_Extensions", "scx":
                return RegExpScriptData.set(script: value, extensions: true)
            default:
                return nil
            }
        }
        if let set = generalCategorySet(name) { return set }
        return binaryPropertySet(name)
    }

    // MARK: - General_Category

    /// Property value aliases of General_Category (PropertyValueAliases.txt) → the categories they cover.
    private static let generalCategoryValues: [String: [Unicode.GeneralCategory]] = {
        var table: [String: [Unicode.GeneralCategory]] = [:]
        func add(_ names: [String], _ categories: [Unicode.GeneralCategory]) {
            for name in names { table[name] = categories }
        }
        add(["Cc", "Control", "cntrl"], [.control])
        add(["Cf", "Format"], [.format])
        add(["Cn", "Unassigned"], [.unassigned])
        add(["Co", "Private_Use"], [.privateUse])
        add(["Cs", "Surrogate"], [.surrogate])
        add(["C", "Other"], [.control, .format, .unassigned, .privateUse, .surrogate])
        add(["Ll", "Lowercase_Letter"], [.lowercaseLetter])
        add(["Lm", "Modifier_Letter"], [.modifierLetter])
        add(["Lo", "Other_Letter"], [.otherLetter])
        add(["Lt", "Titlecase_Letter"], [.titlecaseLetter])
        add(["Lu", "Uppercase_Letter"], [.uppercaseLetter])
        add(["LC", "Cased_Letter"], [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter])
        add(["L", "Letter"], [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter])
        add(["Mc", "Spacing_Mark"], [.spacingMark])
        add(["Me", "Enclosing_Mark"], [.enclosingMark])
        add(["Mn", "Nonspacing_Mark"], [.nonspacingMark])
        add(["M", "Mark", "Combining_Mark"], [.spacingMark, .enclosingMark, .nonspacingMark])
        add(["Nd", "Decimal_Number", "digit"], [.decimalNumber])
        add(["Nl", "Letter_Number"], [.letterNumber])
        add(["No", "Other_Number"], [.otherNumber])
        add(["N", "Number"], [.decimalNumber, .letterNumber, .otherNumber])
        add(["Pc", "Connector_Punctuation"], [.connectorPunctuation])
        add(["Pd", "Dash_Punctuation"], [.dashPunctuation])
        add(["Pe", "Close_Punctuation"], [.closePunctuation])
        add(["Pf", "Final_Punctuation"], [.finalPunctuation])
        add(["Pi", "Initial_Punctuation"], [.initialPunctuation])
        add(["Po", "Other_Punctuation"], [.otherPunctuation])
        add(["Ps", "Open_Punctuation"], [.openPunctuation])
        add(["P", "Punctuation", "punct"], [
            .connectorPunctuation, .dashPunctuation, .closePunctuation, .finalPunctuation,
            .initialPunctuation, .otherPunctuation, .openPunctuation,
        ])
        add(["Sc", "Currency_Symbol"], [.currencySymbol])
        add(["Sk", "Modifier_Symbol"], [.modifierSymbol])
        add(["Sm", "Math_Symbol"], [.mathSymbol])
        add(["So", "Other_Symbol"], [.otherSymbol])
        add(["S", "Symbol"], [.currencySymbol, .modifierSymbol, .mathSymbol, .otherSymbol])
        add(["Zl", "Line_Separator"], [.lineSeparator])
        add(["Zp", "Paragraph_Separator"], [.paragraphSeparator])
        add(["Zs", "Space_Separator"], [.spaceSeparator])
        add(["Z", "Separator"], [.lineSeparator, .paragraphSeparator, .spaceSeparator])
        return table
    }()

    private static func generalCategorySet(_ value: String) -> RegExpCodePointSet? {
        guard let categories = generalCategoryValues[value] else { return nil }
        var set = RegExpCodePointSet()
        let table = generalCategoryTable
        for category in categories {
            if let ranges = table[category] { set.insert(contentsOf: ranges) }
        }
        set.normalize()
        return set
    }

    /// Code points whose properties the scan reads; the rest of the code space is filled in by
    /// `fillUnscannedGeneralCategories` (planes 4–13 are unassigned, planes 15–16 private use).
    private static let scannedRanges: [ClosedRange<UInt32>] = [0...0x3FFFF, 0xE0000...0xE0FFF]

    /// General_Category of every code point, as range sets per category, built in one pass.
    private static let generalCategoryTable: [Unicode.GeneralCategory: RegExpCodePointSet] = {
        var table: [Unicode.GeneralCategory: RegExpCodePointSet] = [:]
        func category(of value: UInt32) -> Unicode.GeneralCategory {
            Unicode.Scalar(value)?.properties.generalCategory ?? .surrogate
        }
        for range in scannedRanges {
            var runStart = range.lowerBound
            var runCategory = category(of: runStart)
            var value = range.lowerBound + 1
            while value <= range.upperBound {
                let current = category(of: value)
                if current != runCategory {
                    table[runCategory, default: RegExpCodePointSet()].insert(low: runStart, high: value - 1)
                    runStart = value
                    runCategory = current
                }
                value += 1
            }
            table[runCategory, default: RegExpCodePointSet()].insert(low: runStart, high: range.upperBound)
        }
        table[.unassigned, default: RegExpCodePointSet()].insert(low: 0x40000, high: 0xDFFFF)
        table[.unassigned, default: RegExpCodePointSet()].insert(low: 0xE1000, high: 0xEFFFF)
        table[.privateUse, default: RegExpCodePointSet()].insert(low: 0xF0000, high: 0xFFFFD)
        table[.unassigned, default: RegExpCodePointSet()].insert(low: 0xFFFFE, high: 0xFFFFF)
        table[.privateUse, default: RegExpCodePointSet()].insert(low: 0x100000, high: 0x10FFFD)
        table[.unassigned, default: RegExpCodePointSet()].insert(low: 0x10FFFE, high: 0x10FFFF)
        for key in Array(table.keys) { table[key]?.normalize() }
        return table
    }()

    // MARK: - Binary properties

    /// Binary property names and aliases (ECMA-262 table "Binary Unicode property aliases") whose values
    /// the standard library exposes.
    private static let binaryProperties: [String: @Sendable (Unicode.Scalar.Properties) -> Bool] = {
        var table: [String: @Sendable (Unicode.Scalar.Properties) -> Bool] = [:]
        func add(_ names: [String], _ test: @escaping @Sendable (Unicode.Scalar.Properties) -> Bool) {
            for name in names { table[name] = test }
        }
        add(["ASCII_Hex_Digit", "AHex"]) { $0.isASCIIHexDigit }
        add(["Alphabetic", "Alpha"]) { $0.isAlphabetic }
        add(["Bidi_Control", "Bidi_C"]) { $0.isBidiControl }
        add(["Bidi_Mirrored", "Bidi_M"]) { $0.isBidiMirrored }
        add(["Case_Ignorable", "CI"]) { $0.isCaseIgnorable }
        add(["Cased"]) { $0.isCased }
        add(["Changes_When_Casefolded", "CWCF"]) { $0.changesWhenCaseFolded }
        add(["Changes_When_Casemapped", "CWCM"]) { $0.changesWhenCaseMapped }
        add(["Changes_When_Lowercased", "CWL"]) { $0.changesWhenLowercased }
        add(["Changes_When_NFKC_Casefolded", "CWKCF"]) { $0.changesWhenNFKCCaseFolded }
        add(["Changes_When_Titlecased", "CWT"]) { $0.changesWhenTitlecased }
        add(["Changes_When_Uppercased", "CWU"]) { $0.changesWhenUppercased }
        add(["Dash"]) { $0.isDash }
        add(["Default_Ignorable_Code_Point", "DI"]) { $0.isDefaultIgnorableCodePoint }
        add(["Deprecated", "Dep"]) { $0.isDeprecated }
        add(["Diacritic", "Dia"]) { $0.isDiacritic }
        add(["Emoji"]) { $0.isEmoji }
        add(["Emoji_Modifier", "EMod"]) { $0.isEmojiModifier }
        add(["Emoji_Modifier_Base", "EBase"]) { $0.isEmojiModifierBase }
        add(["Emoji_Presentation", "EPres"]) { $0.isEmojiPresentation }
        add(["Extender", "Ext"]) { $0.isExtender }
        add(["Grapheme_Base", "Gr_Base"]) { $0.isGraphemeBase }
        add(["Grapheme_Extend", "Gr_Ext"]) { $0.isGraphemeExtend }
        add(["Hex_Digit", "Hex"]) { $0.isHexDigit }
        add(["IDS_Binary_Operator", "IDSB"]) { $0.isIDSBinaryOperator }
        add(["IDS_Trinary_Operator", "IDST"]) { $0.isIDSTrinaryOperator }
        add(["ID_Continue", "IDC"]) { $0.isIDContinue }
        add(["ID_Start", "IDS"]) { $0.isIDStart }
        add(["Ideographic", "Ideo"]) { $0.isIdeographic }
        add(["Join_Control", "Join_C"]) { $0.isJoinControl }
        add(["Logical_Order_Exception", "LOE"]) { $0.isLogicalOrderException }
        add(["Lowercase", "Lower"]) { $0.isLowercase }
        add(["Math"]) { $0.isMath }
        add(["Pattern_Syntax", "Pat_Syn"]) { $0.isPatternSyntax }
        add(["Pattern_White_Space", "Pat_WS"]) { $0.isPatternWhitespace }
        add(["Quotation_Mark", "QMark"]) { $0.isQuotationMark }
        add(["Radical"]) { $0.isRadical }
        add(["Sentence_Terminal", "STerm"]) { $0.isSentenceTerminal }
        add(["Soft_Dotted", "SD"]) { $0.isSoftDotted }
        add(["Terminal_Punctuation", "Term"]) { $0.isTerminalPunctuation }
        add(["Unified_Ideograph", "UIdeo"]) { $0.isUnifiedIdeograph }
        add(["Uppercase", "Upper"]) { $0.isUppercase }
        add(["Variation_Selector", "VS"]) { $0.isVariationSelector }
        add(["White_Space", "space"]) { $0.isWhitespace }
        add(["XID_Continue", "XIDC"]) { $0.isXIDContinue }
        add(["XID_Start", "XIDS"]) { $0.isXIDStart }
        return table
    }()

    /// Binary property sets computed so far, by the name used.
    private static let cache = PropertySetCache()

    private static func binaryPropertySet(_ name: String) -> RegExpCodePointSet? {
        switch name {
        case "Any":
            return RegExpCodePointSet(ranges: [(0, 0x10FFFF)])
        case "ASCII":
            return RegExpCodePointSet(ranges: [(0, 0x7F)])
        case "Assigned":
            return generalCategorySet("Cn")?.complement(maximum: RegExpCodePointSet.unicodeMaximum)
        case "Noncharacter_Code_Point", "NChar":
            var set = RegExpCodePointSet(ranges: [(0xFDD0, 0xFDEF)])
            for plane in UInt32(0)...16 { set.insert(low: plane << 16 | 0xFFFE, high: plane << 16 | 0xFFFF) }
            set.normalize()
            return set
        case "Regional_Indicator", "RI":
            return RegExpCodePointSet(ranges: [(0x1F1E6, 0x1F1FF)])
        case "Emoji_Component", "EComp":
            // emoji-data.txt Emoji_Component.
            return RegExpCodePointSet(ranges: [
                (0x23, 0x23), (0x2A, 0x2A), (0x30, 0x39), (0x200D, 0x200D), (0x20E3, 0x20E3), (0xFE0F, 0xFE0F),
                (0x1F1E6, 0x1F1FF), (0x1F3FB, 0x1F3FF), (0x1F9B0, 0x1F9B3), (0xE0020, 0xE007F),
            ])
        case "Extended_Pictographic", "ExtPict":
            return RegExpScriptData.extendedPictographic
        default:
            break
        }
        guard let test = binaryProperties[name] else { return nil }
        if let cached = cache.value(for: name) { return cached }
        var set = RegExpCodePointSet()
        var runStart: UInt32 = 0
        var inRun = false
        for range in scannedRanges {
            for value in range {
                let member = Unicode.Scalar(value).map { test($0.properties) } ?? false
                if member, !inRun {
                    runStart = value
                    inRun = true
                } else if !member, inRun {
                    set.insert(low: runStart, high: value - 1)
                    inRun = false
                }
            }
            if inRun {
                set.insert(low: runStart, high: range.upperBound)
                inRun = false
            }
        }
        set.normalize()
        cache.store(set, for: name)
        return set
    }
}

/// A lock-protected cache of computed property sets, shared by all threads.
private final class PropertySetCache: @unchecked Sendable {
    private let lock = NSLock()
    private var sets: [String: RegExpCodePointSet] = [:]

    func value(for name: String) -> RegExpCodePointSet? {
        lock.lock()
        defer { lock.unlock() }
        return sets[name]
    }

    func store(_ set: RegExpCodePointSet, for name: String) {
        lock.lock()
        defer { lock.unlock() }
        sets[name] = set
    }
}
