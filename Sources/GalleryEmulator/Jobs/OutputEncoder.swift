import Foundation

/// The formats an output downloads in, and how each is written.
enum OutputFormat: String, Sendable, CaseIterable {
    /// The output file itself: for `.yxdb` names, a stand-in for Alteryx's database format.
    case raw = "Raw"
    /// The records as CSV (RFC 4180: CRLF line ends, a header line).
    case csv = "Csv"

    /// Parses a `format` query value, any case.
    init?(queryValue: String) {
        let text = queryValue.trimmingCharacters(in: .whitespaces).lowercased()
        guard let match = OutputFormat.allCases.first(where: { $0.rawValue.lowercased() == text }) else { return nil }
        self = match
    }

    var contentType: String {
        switch self {
        case .raw: return "application/octet-stream"
        case .csv: return "text/csv; charset=utf-8"
        }
    }

    /// The download's file name for an output called `name`.
    func fileName(for name: String) -> String {
        switch self {
        case .raw: return name
        case .csv:
            let base = name.split(separator: ".", omittingEmptySubsequences: false).dropLast().joined(separator: ".")
            return (base.isEmpty ? name : base) + ".csv"
        }
    }

    /// The bytes of `records` in this format.
    func encode(_ records: RecordTable) -> Data {
        switch self {
        case .raw: return OutputEncoder.fakeYXDB(records)
        case .csv: return OutputEncoder.csv(records)
        }
    }
}

/// Writes records as bytes.
enum OutputEncoder {
    /// The magic at the start of a `.yxdb` file.
    static let yxdbMagic = "Alteryx Database File"

    /// CSV text (RFC 4180): a header line, CRLF line ends, fields quoted when they hold `,`, `"`, CR or LF.
    static func csv(_ records: RecordTable) -> Data {
        var text = records.fields.map { quote($0.name) }.joined(separator: ",") + "\r\n"
        for row in records.rows { text += row.map(quote).joined(separator: ",") + "\r\n" }
        return Data(text.utf8)
    }

    /// A deterministic stand-in for a `.yxdb` file (not readable by Alteryx): a 64-byte header
    /// (the magic, NUL-padded), the record count and the length of the field list as little-endian
    /// UInt32s, the field list as `<RecordInfo>` XML, then each record's fields as length-prefixed UTF-8.
    static func fakeYXDB(_ records: RecordTable) -> Data {
        var data = Data(yxdbMagic.utf8)
        data.append(Data(repeating: 0, count: 64 - data.count))
        let schema =
            "<RecordInfo>"
            + records.fields.map { "<Field name=\"\(xmlEscape($0.name))\" type=\"\($0.type)\"/>" }.joined()
            + "</RecordInfo>"
        let schemaBytes = Data(schema.utf8)
        append(UInt32(records.rows.count), to: &data)
        append(UInt32(schemaBytes.count), to: &data)
        data.append(schemaBytes)
        for row in records.rows {
            for field in row {
                let bytes = Data(field.utf8)
                append(UInt32(bytes.count), to: &data)
                data.append(bytes)
            }
        }
        return data
    }

    private static func append(_ value: UInt32, to data: inout Data) {
        data.append(contentsOf: [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)])
    }

    private static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func xmlEscape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
