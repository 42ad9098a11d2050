import Foundation

extension JSONWriter {
    /// The same text as `compact`, as UTF-8 bytes: for writing an answer without a `String` in between.
    public static func compactBytes(_ value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        write(value, into: &output, indent: nil, level: 0)
        return output
    }

    /// Appends `string` as a JSON string literal, quotes included.
    public static func appendQuoted(_ string: String, to output: inout [UInt8]) {
        writeString(string, into: &output)
    }
}
