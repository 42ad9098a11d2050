import Foundation
import PostieJSON

/// Iteration data (`-d FILE`): one row of variables per iteration, from CSV or a JSON array.
public struct IterationData: Sendable, Equatable {
    /// Rows in file order; each row's variables in column (or member) order.
    public var rows: [[(key: String, value: String)]]
    /// The values that are not text, by row and name: a JSON file's numbers, booleans, nulls, objects and
    /// arrays, and the numbers Newman's CSV cast makes. Scripts get them with their type (`data.count`
    /// is `3`, not `"3"`), as in Newman; `{{name}}` uses the text in `rows`.
    public var typedValues: [[String: JSONValue]]

    public init(rows: [[(key: String, value: String)]], typedValues: [[String: JSONValue]] = []) {
        self.rows = rows
        self.typedValues = typedValues
    }

    public static func == (lhs: IterationData, rhs: IterationData) -> Bool {
        lhs.rows.count == rhs.rows.count
            && zip(lhs.rows, rhs.rows).allSatisfy { left, right in
                left.count == right.count && zip(left, right).allSatisfy { $0.key == $1.key && $0.value == $1.value }
            }
            && lhs.typedValues.filter { !$0.isEmpty } == rhs.typedValues.filter { !$0.isEmpty }
    }

    /// Row `index`'s variables, each with its type when it is not text.
    public func variables(inRow index: Int) -> [(key: String, value: VariableValue)] {
        guard rows.indices.contains(index) else { return [] }
        let typed = typedValues.indices.contains(index) ? typedValues[index] : [:]
        return rows[index].map { ($0.key, VariableValue($0.value, typed: typed[$0.key])) }
    }

    /// Reads `path`: JSON when it ends in `.json` or starts with `[`, CSV otherwise.
    public static func load(path: String, displayName: String? = nil) throws -> IterationData {
        let name = displayName ?? path
        return try parse(data: try readInputFile(path: path, displayName: name), file: name)
    }

    /// Reads data from bytes: JSON when `file` ends in `.json` or the bytes start with `[`, CSV otherwise.
    public static func parse(data: Data, file: String) throws -> IterationData {
        let data = TextDecoding.utf8(from: data)
        let firstByte = data.drop(while: { [0x20, 0x0A, 0x0D, 0x09].contains($0) }).first
        if file.lowercased().hasSuffix(".json") || firstByte == UInt8(ascii: "[") {
            return try parseJSON(data: data, file: file)
        }
        return try parseCSV(data: data, file: file)
    }

    /// A JSON array of objects; member values become text (`1` → `"1"`, objects → JSON text).
    public static func parseJSON(data: Data, file: String) throws -> IterationData {
        let document = try JSONInputDocument.parse(data: data, file: file)
        guard let elements = document.root.arrayValue else {
            throw InputFileError.wrongDocument(
                file: file, expected: "iteration data",
                reason: "a JSON data file must be an array of objects, found \(article(document.root.typeName))")
        }
        var rows: [[(key: String, value: String)]] = []
        var typedValues: [[String: JSONValue]] = []
        for (index, element) in elements.enumerated() {
            guard let object = element.objectValue else {
                throw document.error(
                    at: JSONNodePath([.element(index)]), "expected an object of variables, found \(article(element.typeName))")
            }
            rows.append(object.members.map { (key: $0.key, value: $0.value.textValue) })
            var typed: [String: JSONValue] = [:]
            for (key, value) in object.members {
                if case .string = value { typed[key] = nil } else { typed[key] = value }
            }
            typedValues.append(typed)
        }
        return IterationData(rows: rows, typedValues: typedValues)
    }

    /// CSV as Newman reads it: csv-parse with `columns`, `trim`, `relax`, `relax_column_count` and `bom`,
    /// and Newman's `csvAutoParse` cast. So a header row of names, then one row per record: whitespace
    /// around fields dropped, a quote inside an unquoted field kept as text, a row with more fields than
    /// the header cut to the header, one with fewer leaving the rest unset, a blank line a row whose first
    /// column is empty (as in Newman); an unquoted integer or decimal becomes a number (`1.50` → `1.5`,
    /// `007` → `7`), a quoted one stays as written. A quote never closed, or text after a closing quote,
    /// is an error at its line and column.
    public static func parseCSV(data: Data, file: String) throws -> IterationData {
        let text = TextDecoding.string(from: data)
        let records = try CSVReader(text: text, file: file).records()
        guard let header = records.first else { return IterationData(rows: []) }
        let names = header.fields.map(\.text)
        var rows: [[(key: String, value: String)]] = []
        var typedValues: [[String: JSONValue]] = []
        for record in records.dropFirst() {
            var row: [(key: String, value: String)] = []
            var typed: [String: JSONValue] = [:]
            for (index, field) in record.fields.prefix(names.count).enumerated() {
                let number = field.quoted ? nil : NewmanCSVCast.number(from: field.text)
                let value = number.map(JavaScriptNumber.string) ?? field.text
                typed[names[index]] = number.map { .number($0) }
                // A name given twice keeps the last value, as a JavaScript object would.
                if let existing = row.firstIndex(where: { $0.key == names[index] }) {
                    row[existing].value = value
                } else {
                    row.append((key: names[index], value: value))
                }
            }
            rows.append(row)
            typedValues.append(typed)
        }
        return IterationData(rows: rows, typedValues: typedValues)
    }
}

/// Newman's `csvAutoParse` (lib/run/options.js): an unquoted CSV value that `isInt` or `isFloat` accepts
/// becomes a JavaScript number, which a variable then holds as JavaScript prints it.
enum NewmanCSVCast {
    /// The number the unquoted CSV value `value` becomes, or nil when it stays text.
    static func number(from value: String) -> Double? {
        // isInt: /^(-|\+)?([1-9]+[0-9]*)$/, then parseInt.
        var digits = Substring(value)
        if digits.hasPrefix("-") || digits.hasPrefix("+") { digits = digits.dropFirst() }
        if let first = digits.first, first != "0", first.isASCII, first.isNumber, digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return JavaScriptNumber.parseFloat(value) ?? 0
        }
        // isFloat: (value - parseFloat(value) + 1) >= 0, then parseFloat.
        guard let number = JavaScriptNumber.stringToNumber(value), let parsed = JavaScriptNumber.parseFloat(value),
            number - parsed + 1 >= 0
        else { return nil }
        return parsed
    }
}

/// A CSV reader with csv-parse's rules in Newman's settings (see `IterationData.parseCSV`), that knows
/// the line and column of everything for error messages.
struct CSVReader {
    struct Field {
        var text: String
        /// Written in quotes: kept as text, never cast.
        var quoted: Bool
    }

    struct Record {
        var fields: [Field]
        var line: Int
    }

    let text: String
    let file: String

    func records() throws -> [Record] {
        var records: [Record] = []
        var fields: [Field] = []
        var field = ""
        var quoted = false
        var inQuotes = false
        var afterQuote = false
        var quoteLine = 1
        var quoteColumn = 1
        var line = 1
        var column = 0
        var recordLine = 1
        let characters = Array(text)
        var index = 0

        func isTrimmable(_ character: Character) -> Bool { character == " " || character == "\t" }
        func endField() {
            fields.append(Field(text: quoted ? field : String(field.reversed().drop(while: isTrimmable).reversed()), quoted: quoted))
            field = ""
            quoted = false
            afterQuote = false
        }
        func endRecord() {
            endField()
            records.append(Record(fields: fields, line: recordLine))
            fields = []
        }

        while index < characters.count {
            let character = characters[index]
            index += 1
            column += 1
            if inQuotes {
                if character == "\"" {
                    if index < characters.count, characters[index] == "\"" {
                        field.append("\"")
                        index += 1
                        column += 1
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    if character == "\n" || character == "\r\n" || character == "\r" {
                        line += 1
                        column = 0
                    }
                    field.append(character)
                }
                continue
            }
            switch character {
            case ",":
                endField()
            case "\n", "\r\n", "\r":
                endRecord()
                line += 1
                column = 0
                recordLine = line
            case "\"" where field.isEmpty && !quoted:
                inQuotes = true
                quoted = true
                quoteLine = line
                quoteColumn = column
            default:
                if afterQuote {
                    guard isTrimmable(character) else {
                        throw InputFileError.malformedCSV(
                            file: file, line: line, column: column,
                            message: "text after a closing quote; expected ',' or the end of the line")
                    }
                } else if !(field.isEmpty && isTrimmable(character)) {
                    // `trim`: whitespace before a field is dropped; `relax`: a quote inside one is text.
                    field.append(character)
                }
            }
        }
        if inQuotes {
            throw InputFileError.malformedCSV(
                file: file, line: quoteLine, column: quoteColumn, message: "this quoted field is never closed")
        }
        if !field.isEmpty || !fields.isEmpty || quoted { endRecord() }
        return records
    }
}
