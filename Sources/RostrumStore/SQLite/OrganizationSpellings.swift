import Foundation
import GRDB

/// The organisations of the store with their names in loose Latin (`LooseLatin`), so that an
/// `org:` filter typed in one script also finds an organisation written in the other
/// (`org:Sberbank` → «ПАО «Сбербанк»»).
///
/// Read once and then only the rows added since (by id), so a filter costs a scan of this small
/// list rather than transliterating every name again. A renamed organisation keeps its earlier
/// spelling here (the same organisation by its key); a deleted one matches no quote.
final class OrganizationSpellings: @unchecked Sendable {
    private let lock = NSLock()
    private var rows: [(id: Int64, words: [String])] = []
    private var lastID: Int64 = 0

    init() {}

    /// Ids of the organisations whose loose words begin with each of the loose words of `value`.
    func ids(_ db: Database, matching value: String) throws -> [Int64] {
        let wanted = LooseLatin.words(of: value)
        guard !wanted.isEmpty else { return [] }
        lock.lock()
        let after = lastID
        lock.unlock()
        let added = try Row.fetchAll(db, sql: "SELECT id, name FROM organizations WHERE id > ? ORDER BY id", arguments: [after])
            .map { (id: $0["id"] as Int64, words: LooseLatin.words(of: $0["name"])) }
        lock.lock()
        defer { lock.unlock() }
        for row in added where row.id > lastID {
            rows.append(row)
            lastID = row.id
        }
        return rows.filter { row in wanted.allSatisfy { word in row.words.contains { $0.hasPrefix(word) } } }.map(\.id)
    }
}
