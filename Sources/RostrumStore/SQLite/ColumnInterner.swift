import Foundation
import GRDB
import GRDBSQLite

/// The values of a text column over a long scan, each distinct text turned into its value once:
/// a scan of hundreds of thousands of rows that repeat a few indicator names, units, dates,
/// topics or countries then makes a `String` (or looks up a code) per distinct text, not per row.
struct ColumnInterner<Value> {
    private var known: [UInt64: [(bytes: [UInt8], value: Value)]] = [:]

    /// The value of the text `bytes`, made by `make` the first time these bytes are seen.
    mutating func value(of bytes: UnsafeBufferPointer<UInt8>, make: (UnsafeBufferPointer<UInt8>) -> Value) -> Value {
        // FNV-1a over the bytes; equal hashes are confirmed byte by byte.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        if let entries = known[hash], let hit = entries.first(where: { Self.equal($0.bytes, bytes) }) { return hit.value }
        let value = make(bytes)
        known[hash, default: []].append((Array(bytes), value))
        return value
    }

    /// Column `index` of the statement's current row as UTF-8 bytes (valid until the next step),
    /// nil for NULL.
    static func bytes(_ statement: SQLiteStatement, _ index: Int32) -> UnsafeBufferPointer<UInt8>? {
        guard let pointer = sqlite3_column_text(statement, index) else { return nil }
        return UnsafeBufferPointer(start: pointer, count: Int(sqlite3_column_bytes(statement, index)))
    }

    /// Whether `held` and `bytes` are the same bytes.
    static func equal(_ held: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        held.withUnsafeBufferPointer { own in
            guard own.count == bytes.count else { return false }
            guard let left = own.baseAddress, let right = bytes.baseAddress else { return true }
            return memcmp(left, right, own.count) == 0
        }
    }
}
