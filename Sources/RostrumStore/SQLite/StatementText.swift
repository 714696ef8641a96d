import Foundation
import GRDB
import GRDBSQLite

/// Text columns of a long scan, each distinct long value made a `String` once: a scan over hundreds
/// of thousands of rows that repeat a few indicator names, units and dates then allocates per
/// value, not per row. Values of up to 15 bytes are stored inline by `String` and made directly.
struct StatementText {
    private var known: [UInt64: [String]] = [:]

    /// Column `index` of the statement's current row, nil for NULL.
    mutating func text(_ statement: SQLiteStatement, _ index: Int32) -> String? {
        guard let pointer = sqlite3_column_text(statement, index) else { return nil }
        let bytes = UnsafeBufferPointer(start: pointer, count: Int(sqlite3_column_bytes(statement, index)))
        if bytes.count <= 15 { return String(decoding: bytes, as: UTF8.self) }
        // FNV-1a over the bytes; equal hashes are confirmed byte by byte.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        if let candidates = known[hash] {
            for candidate in candidates where Self.equal(candidate, bytes) { return candidate }
        }
        let value = String(decoding: bytes, as: UTF8.self)
        known[hash, default: []].append(value)
        return value
    }

    private static func equal(_ string: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var string = string
        return string.withUTF8 { own in
            guard own.count == bytes.count else { return false }
            guard let left = own.baseAddress, let right = bytes.baseAddress else { return true }
            return memcmp(left, right, own.count) == 0
        }
    }
}
