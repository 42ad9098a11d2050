import Foundation

/// Writes a ZIP archive with stored (uncompressed) entries (APPNOTE.TXT §4.3): enough for the
/// `.yxzp` packages the emulator hands out, which are ZIP files holding a workflow.
struct ZipArchive {
    private struct Entry {
        var name: [UInt8]
        var data: Data
        var crc: UInt32
        var offset: Int
    }

    private var entries: [Entry] = []
    private var body = Data()
    private let dosTime: UInt16
    private let dosDate: UInt16

    /// An empty archive whose entries carry `modified` as their time stamp.
    init(modified: Date) {
        let parts = GalleryDate.parts(of: modified)
        dosTime = UInt16(parts.hour << 11 | parts.minute << 5 | parts.second / 2)
        dosDate = UInt16(max(0, parts.year - 1980) << 9 | parts.month << 5 | parts.day)
    }

    /// Adds a file.
    mutating func add(_ name: String, _ data: Data) {
        let entry = Entry(name: Array(name.utf8), data: data, crc: CRC32.checksum(data), offset: body.count)
        body.append(le32(0x0403_4B50))
        body.append(le16(20))  // version needed
        body.append(le16(0x0800))  // flags: UTF-8 names
        body.append(le16(0))  // stored
        body.append(le16(dosTime))
        body.append(le16(dosDate))
        body.append(le32(entry.crc))
        body.append(le32(UInt32(data.count)))
        body.append(le32(UInt32(data.count)))
        body.append(le16(UInt16(entry.name.count)))
        body.append(le16(0))
        body.append(contentsOf: entry.name)
        body.append(data)
        entries.append(entry)
    }

    /// The archive's bytes.
    func data() -> Data {
        var archive = body
        let directoryOffset = archive.count
        for entry in entries {
            archive.append(le32(0x0201_4B50))
            archive.append(le16(20))  // made by
            archive.append(le16(20))  // needed
            archive.append(le16(0x0800))
            archive.append(le16(0))
            archive.append(le16(dosTime))
            archive.append(le16(dosDate))
            archive.append(le32(entry.crc))
            archive.append(le32(UInt32(entry.data.count)))
            archive.append(le32(UInt32(entry.data.count)))
            archive.append(le16(UInt16(entry.name.count)))
            archive.append(le16(0))  // extra
            archive.append(le16(0))  // comment
            archive.append(le16(0))  // disk
            archive.append(le16(0))  // internal attributes
            archive.append(le32(0))  // external attributes
            archive.append(le32(UInt32(entry.offset)))
            archive.append(contentsOf: entry.name)
        }
        let directorySize = archive.count - directoryOffset
        archive.append(le32(0x0605_4B50))
        archive.append(le16(0))
        archive.append(le16(0))
        archive.append(le16(UInt16(entries.count)))
        archive.append(le16(UInt16(entries.count)))
        archive.append(le32(UInt32(directorySize)))
        archive.append(le32(UInt32(directoryOffset)))
        archive.append(le16(0))
        return archive
    }

    private func le16(_ value: UInt16) -> Data { Data([UInt8(value & 0xFF), UInt8(value >> 8)]) }
    private func le32(_ value: UInt32) -> Data {
        Data([UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)])
    }
}

/// CRC-32 as ZIP uses it (ISO 3309, reflected polynomial 0xEDB88320).
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func checksum(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
