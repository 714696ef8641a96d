import GRDB
import GRDBSQLite

/// A text column read row after row whose value often repeats the previous row's: the `String`
/// is made again only when the bytes change.
struct RepeatedText {
    private var bytes: [UInt8] = []
    /// The previous row's text; nil after a NULL.
    private var value: String?

    /// Column `index` of the statement's current row, nil for NULL.
    mutating func text(_ statement: SQLiteStatement, _ index: Int32) -> String? {
        guard let current = ColumnInterner<String>.bytes(statement, index) else {
            value = nil
            return nil
        }
        if let value, ColumnInterner<String>.equal(bytes, current) { return value }
        bytes = Array(current)
        let made = String(decoding: current, as: UTF8.self)
        value = made
        return made
    }
}
