import Foundation
import GRDB
import GRDBSQLite

/// A text column read row after row whose value often repeats the previous row's: the `String`
/// is made again only when the bytes change.
struct RepeatedText {
    private var bytes: [UInt8] = []
    private var value: String?
    private var isNull = true

    /// Column `index` of the statement's current row, nil for NULL.
    mutating func text(_ statement: SQLiteStatement, _ index: Int32) -> String? {
        guard let current = ColumnInterner<String>.bytes(statement, index) else {
            isNull = true
            return nil
        }
        if !isNull, let value, Self.equal(bytes, current) { return value }
        bytes = Array(current)
        let made = String(decoding: current, as: UTF8.self)
        value = made
        isNull = false
        return made
    }

    /// Whether `held` and `current` are the same bytes.
    private static func equal(_ held: [UInt8], _ current: UnsafeBufferPointer<UInt8>) -> Bool {
        held.withUnsafeBufferPointer { own in
            guard own.count == current.count else { return false }
            guard let left = own.baseAddress, let right = current.baseAddress else { return true }
            return memcmp(left, right, own.count) == 0
        }
    }
}
