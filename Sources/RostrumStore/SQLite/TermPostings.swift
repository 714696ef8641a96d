import GRDB

/// Where one term (or every term starting with a prefix) occurs: quote slots in ascending
/// order, each with its positions (`column << 24 | offset`, ascending), read from `quote_vocab`.
///
/// Why: intersecting and scoring arrays in memory takes microseconds per thousand hits, where
/// FTS5 walks its doclists and reads each hit's size row again for every query.
struct TermPostings: Sendable {
    var slots: [Int32] = []
    /// Positions of `slots[i]`: `positions[start[i]..<start[i + 1]]`.
    var start: [Int32] = [0]
    var positions: [UInt32] = []

    /// The full-text columns, in index order.
    static let columnNames = ["text", "speaker", "heading", "title"]

    /// The postings of `term` (every term beginning with it when `prefix`) in the snapshot of `db`.
    static func load(_ db: Database, term: String, prefix: Bool, columns: QuoteColumns) throws -> TermPostings {
        let statement = prefix
            ? try db.cachedStatement(sql: "SELECT doc, col, offset FROM quote_vocab WHERE term >= ? AND term <= ?")
            : try db.cachedStatement(sql: "SELECT doc, col, offset FROM quote_vocab WHERE term = ?")
        let arguments: StatementArguments = prefix ? [term, term + "\u{10FFFF}"] : [term]
        var pairs: [(slot: Int32, position: UInt32)] = []
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        var sorted = true
        while let row = try rows.next() {
            guard let slot = columns.slot(of: row[0]) else { continue }
            let column: UInt32
            switch row[1] as String {
            case "text": column = 0
            case "speaker": column = 1
            case "heading": column = 2
            default: column = 3
            }
            let offset = UInt32(truncatingIfNeeded: row[2] as Int64) & 0xFF_FFFF
            let pair = (Int32(slot), column << 24 | offset)
            if let last = pairs.last, (last.slot, last.position) > pair { sorted = false }
            pairs.append(pair)
        }
        // Terms of a prefix come one after the other; one term's rows are already in order.
        if !sorted { pairs.sort { ($0.slot, $0.position) < ($1.slot, $1.position) } }
        var postings = TermPostings()
        postings.positions.reserveCapacity(pairs.count)
        for (slot, position) in pairs {
            if postings.slots.last != slot {
                if !postings.slots.isEmpty { postings.start.append(Int32(postings.positions.count)) }
                postings.slots.append(slot)
            }
            postings.positions.append(position)
        }
        if !postings.slots.isEmpty { postings.start.append(Int32(postings.positions.count)) }
        return postings
    }

    /// Positions of the i-th slot.
    @inline(__always)
    func positions(at i: Int) -> ArraySlice<UInt32> { positions[Int(start[i])..<Int(start[i + 1])] }
}
