/// Why a store operation failed, in words a user can act on.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The database file cannot be opened or is not a Rostrum database.
    case cannotOpen(path: String, reason: String)
    /// An export record cannot be read.
    case badRecord(line: Int?, reason: String)
    /// The database refused an operation.
    case database(String)
    /// The operation would duplicate something that must be unique (a token name).
    case conflict(String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open database \(path): \(reason)"
        case .badRecord(let line, let reason): line.map { "record on line \($0): \(reason)" } ?? "record: \(reason)"
        case .database(let reason): "database error: \(reason)"
        case .conflict(let reason): reason
        }
    }
}
