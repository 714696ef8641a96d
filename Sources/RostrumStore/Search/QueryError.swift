/// A search query that cannot be understood: where, and what to write instead.
public struct QueryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// 0-based character offset in the query where the problem starts.
    public var position: Int
    /// What is wrong, in words a user can act on.
    public var message: String

    /// An error at `position`.
    public init(position: Int, message: String) {
        self.position = position
        self.message = message
    }

    public var description: String { "query error at character \(position + 1): \(message)" }
}
