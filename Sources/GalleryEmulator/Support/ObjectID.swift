import Foundation

/// Makes 24-hex-digit ids shaped like MongoDB ObjectIds, as the Gallery's are: four bytes of creation
/// time, five fixed "machine" bytes, a three-byte counter. Deterministic: the same clock readings in
/// the same order give the same ids.
struct ObjectIDGenerator: Sendable {
    /// The fixed middle part, as in the seed article's ids (`61031c71` `2c4200001d` `00301a`).
    static let machine = "2c4200001d"

    private(set) var counter: UInt32

    init(counter: UInt32 = 0x00_4000) {
        self.counter = counter
    }

    /// The next id, stamped with `date`.
    mutating func next(at date: Date) -> String {
        counter = (counter + 1) & 0x00FF_FFFF
        let seconds = UInt32(truncatingIfNeeded: Int64(max(0, date.timeIntervalSince1970.rounded(.down))))
        return Self.hex(seconds, digits: 8) + Self.machine + Self.hex(counter, digits: 6)
    }

    /// Whether `text` looks like an ObjectId (24 hexadecimal digits).
    static func isObjectID(_ text: String) -> Bool {
        text.utf8.count == 24 && text.utf8.allSatisfy { isHexDigit($0) }
    }

    static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (97...102).contains(byte) || (65...70).contains(byte)
    }
}
