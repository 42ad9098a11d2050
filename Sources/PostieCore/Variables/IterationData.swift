import Foundation
import PostieJSON

/// Iteration data (`-d FILE`): one row of variables per iteration, from CSV or a JSON array.
public struct IterationData: Sendable, Equatable {
    /// Rows in file order; each row's variables in column (or member) order.
    public var rows: [[(key: String, value: String)]]

    public init(rows: [[(key: String, value: String)]]) { self.rows = rows }

    public static func == (lhs: IterationData, rhs: IterationData) -> Bool {
        lhs.rows.count == rhs.rows.count
            && zip(lhs.rows, rhs.rows).allSatisfy { left, right in
                left.count == right.count && zip(left, right).allSatisfy { $0.key == $1.key && $0.value == $1.value }
            }
    }

    /// Reads `path`: JSON when it ends in `.json` or starts with `[`, CSV otherwise.
    public static func load(path: String, displayName: String? = nil) throws -> IterationData {
        let name = displayName ?? path
        return try parse(data: try readInputFile(path: path, displayName: name), file: name)
    }

    /// Reads data from bytes: JSON when `file` ends in `.json` or the bytes start with `[`, CSV otherwise.
    public static func parse(data: Data, file: String) throws -> IterationData {
        let firstByte = data.drop(while: { [0xEF, 0xBB, 0xBF, 0x20, 0x0A, 0x0D, 0x09].contains($0) }).first
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
        for (index, element) in elements.enumerated() {
            guard let object = element.objectValue else {
                throw document.error(
                    at: JSONNodePath([.element(index)]), "expected an object of variables, found \(article(element.typeName))")
            }
            rows.append(object.members.map { (key: $0.key, value: $0.value.textValue) })
        }
        return IterationData(rows: rows)
    }

    /// CSV (RFC 4180): a header row of names, then one row per iteration. Quoted fields may hold commas,
    /// quotes (doubled) and line breaks; a byte-order mark and CRLF line ends are accepted; blank lines
    /// are skipped. A row with more fields than the header is an error; fewer leaves the rest empty.
    public static func parseCSV(data: Data, file: String) throws -> IterationData {
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let records = try CSVReader(text: text, file: file).records()
        guard let header = records.first else { return IterationData(rows: []) }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        var rows: [[(key: String, value: String)]] = []
        for record in records.dropFirst() {
            if record.fields.count > names.count {
                throw InputFileError.malformedCSV(
                    file: file, line: record.line, column: 1,
                    message: "this row has \(record.fields.count) fields but the header names \(names.count)")
            }
            rows.append(
                names.enumerated().map { index, name in
                    (key: name, value: index < record.fields.count ? record.fields[index] : "")
                })
        }
        return IterationData(rows: rows)
    }
}

/// A small RFC 4180 reader that knows the line of every record, for error messages.
struct CSVReader {
    struct Record {
        var fields: [String]
        var line: Int
    }

    let text: String
    let file: String

    func records() throws -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var quoteLine = 1
        var quoteColumn = 1
        var line = 1
        var column = 0
        var recordLine = 1
        var fieldWasQuoted = false
        var characters = Array(text).makeIterator()
        var pending: Character? = nil

        func finishRecord() {
            fields.append(field)
            let isBlank = fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted
            if !isBlank { records.append(Record(fields: fields, line: recordLine)) }
            fields = []
            field = ""
            fieldWasQuoted = false
        }

        while let character = pending ?? characters.next() {
            pending = nil
            column += 1
            if inQuotes {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" {
                        field.append("\"")
                        column += 1
                    } else {
                        inQuotes = false
                        pending = next
                    }
                } else {
                    if character == "\n" || character == "\r\n" {
                        line += 1
                        column = 0
                    }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"":
                if field.isEmpty && !fieldWasQuoted {
                    inQuotes = true
                    fieldWasQuoted = true
                    quoteLine = line
                    quoteColumn = column
                } else {
                    throw InputFileError.malformedCSV(
                        file: file, line: line, column: column,
                        message: "a quote inside an unquoted field; quote the whole field and double inner quotes")
                }
            case ",":
                fields.append(field)
                field = ""
                fieldWasQuoted = false
            case "\n", "\r\n", "\r":
                finishRecord()
                line += 1
                column = 0
                recordLine = line
            default:
                if fieldWasQuoted {
                    throw InputFileError.malformedCSV(
                        file: file, line: line, column: column,
                        message: "unexpected text after a closing quote; expected ',' or the end of the line")
                }
                field.append(character)
            }
        }
        if inQuotes {
            throw InputFileError.malformedCSV(
                file: file, line: quoteLine, column: quoteColumn, message: "this quoted field is never closed")
        }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { finishRecord() }
        return records
    }
}
