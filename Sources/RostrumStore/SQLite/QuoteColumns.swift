import Foundation
import GRDB

/// The filter, sort and facet columns of every stored quote, in memory, addressed by quote id.
///
/// Why: at a million quotes, counting facets over every hit and applying filters in SQL costs
/// tens of milliseconds per query; over these arrays it is a few array reads per hit. The arrays
/// are slots `id - base`; ids only grow (AUTOINCREMENT), so quotes written later are appended
/// (`append(from:)`), and a deletion makes readers build the columns again (`QuoteIndexCache`).
/// Names (people, organisations, events) stay in SQLite and are read only for the facet winners.
struct QuoteColumns: Sendable {
    /// `store_meta` counters this copy reflects.
    var generation: Int64 = -1
    var deletions: Int64 = -1
    /// The id of slot 0 and the largest id held.
    var base: Int64 = 1
    var maxID: Int64 = 0

    /// Bit 0: a quote with this id exists; bit 1: it has figures; bit 2: it has a known speaker.
    var flags: [UInt8] = []
    var session: [Int64] = []
    /// People, organisations and events ids; 0 for none.
    var person: [Int32] = []
    var organization: [Int32] = []
    var event: [Int32] = []
    /// 0 for none.
    var year: [Int16] = []
    /// The session date as YYYYMMDD (missing parts 0); -1 for none.
    var date: [Int32] = []
    var kind: [UInt8] = []
    var language: [UInt8] = []
    /// Tokens of the quote's full-text row (all columns), for BM25; and their sum over all quotes.
    var length: [Int32] = []
    var totalLength: Int64 = 0
    var quoteCount = 0
    /// Topics and countries of slot i: `topics[topicStart[i]..<topicStart[i + 1]]` (codes).
    var topicStart: [Int32] = [0]
    var topics: [UInt16] = []
    var countryStart: [Int32] = [0]
    var countries: [UInt16] = []
    /// The same facts packed per slot for counting facets, plus a sentinel row (see `FacetRow`).
    var rows: [FacetRow] = [FacetRow(person: 0, organization: 0, event: 0, topicStart: 0, countryStart: 0, year: 0, kind: 0, language: 0)]

    var topicNames = CodeBook()
    var countryNames = CodeBook()
    var kindNames = CodeBook()
    var languageNames = CodeBook()
    var maxPerson: Int32 = 0
    var maxOrganization: Int32 = 0
    var maxEvent: Int32 = 0

    static let exists: UInt8 = 1, hasFigures: UInt8 = 2, hasSpeaker: UInt8 = 4

    var count: Int { flags.count }

    /// The slot of `id`, or nil when no quote with this id is held.
    @inline(__always)
    func slot(of id: Int64) -> Int? {
        let s = Int(id - base)
        return s >= 0 && s < flags.count && flags[s] & Self.exists != 0 ? s : nil
    }

    @inline(__always)
    func id(ofSlot slot: Int) -> Int64 { base + Int64(slot) }

    /// Reads the quotes with an id above `maxID` (all of them on a fresh value), in id order.
    mutating func appendNewQuotes(_ db: Database) throws {
        let after = maxID
        if flags.isEmpty {
            base = try Int64.fetchOne(db, sql: "SELECT MIN(id) FROM quotes") ?? 1
        }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, session_id, person_id, organization_id, event_id, year, date, kind, language, figure_count
            FROM quotes WHERE id > ? ORDER BY id
            """, arguments: [after])
        let firstNewSlot = flags.count
        while let row = try rows.next() {
            let id: Int64 = row[0]
            let slot = Int(id - base)
            while flags.count < slot { appendEmptySlot() }
            let person = Int32(truncatingIfNeeded: (row[2] as Int64?) ?? 0)
            let organization = Int32(truncatingIfNeeded: (row[3] as Int64?) ?? 0)
            let event = Int32(truncatingIfNeeded: (row[4] as Int64?) ?? 0)
            var flag = Self.exists
            if (row[9] as Int64? ?? 0) > 0 { flag |= Self.hasFigures }
            if person != 0 { flag |= Self.hasSpeaker }
            flags.append(flag)
            session.append(row[1])
            self.person.append(person)
            self.organization.append(organization)
            self.event.append(event)
            year.append(Int16(clamping: (row[5] as Int64?) ?? 0))
            date.append(Self.dateKey(row[6]))
            kind.append(UInt8(truncatingIfNeeded: kindNames.code(row[7] as String? ?? "")))
            language.append(UInt8(truncatingIfNeeded: languageNames.code(row[8] as String? ?? "")))
            maxPerson = max(maxPerson, person)
            maxOrganization = max(maxOrganization, organization)
            maxEvent = max(maxEvent, event)
            maxID = id
            quoteCount += 1
        }
        while length.count < flags.count { length.append(0) }
        let sizes = try Row.fetchCursor(db, sql: "SELECT id, sz FROM quote_fts_docsize WHERE id > ? ORDER BY id", arguments: [after])
        while let row = try sizes.next() {
            let id: Int64 = row[0]
            let slot = Int(id - base)
            guard slot >= 0, slot < length.count, let blob = row[1] as Data? else { continue }
            let tokens = Self.sumOfVarints(blob)
            length[slot] = tokens
            totalLength += Int64(tokens)
        }
        // Topics and countries of the new slots, in quote id order (their primary keys).
        try appendLists(db, sql: "SELECT quote_id, topic FROM quote_topics WHERE quote_id > ? ORDER BY quote_id",
                        after: after, from: firstNewSlot, start: &topicStart, values: &topics, names: &topicNames)
        try appendLists(db, sql: "SELECT quote_id, country FROM quote_countries WHERE quote_id > ? ORDER BY quote_id",
                        after: after, from: firstNewSlot, start: &countryStart, values: &countries, names: &countryNames)
        appendRows()
    }

    /// Packs the slots not yet in `rows`, then the sentinel.
    mutating func appendRows() {
        rows.removeLast()
        for slot in rows.count..<flags.count {
            rows.append(FacetRow(person: person[slot], organization: organization[slot], event: event[slot], topicStart: topicStart[slot],
                                 countryStart: countryStart[slot], year: year[slot], kind: kind[slot], language: language[slot]))
        }
        rows.append(FacetRow(person: 0, organization: 0, event: 0, topicStart: topicStart[flags.count], countryStart: countryStart[flags.count],
                             year: 0, kind: 0, language: 0))
    }

    private mutating func appendEmptySlot() {
        flags.append(0)
        session.append(0)
        person.append(0)
        organization.append(0)
        event.append(0)
        year.append(0)
        date.append(-1)
        kind.append(0)
        language.append(0)
    }

    private func appendLists(_ db: Database, sql: String, after: Int64, from firstSlot: Int, start: inout [Int32],
                             values: inout [UInt16], names: inout CodeBook) throws {
        let rows = try Row.fetchCursor(db, sql: sql, arguments: [after])
        var slot = firstSlot
        while let row = try rows.next() {
            let id: Int64 = row[0]
            let target = Int(id - base)
            guard target >= 0, target < flags.count else { continue }
            while slot < target {
                start.append(Int32(values.count))
                slot += 1
            }
            values.append(UInt16(truncatingIfNeeded: names.code(row[1])))
        }
        while start.count < flags.count + 1 { start.append(Int32(values.count)) }
    }

    /// The sum of the SQLite varints (big-endian groups of 7 bits) in `blob`: the token count of each column.
    static func sumOfVarints(_ blob: Data) -> Int32 {
        var sum: Int32 = 0, value: Int32 = 0
        for byte in blob {
            value = (value << 7) | Int32(byte & 0x7F)
            if byte & 0x80 == 0 {
                sum &+= value
                value = 0
            }
        }
        return sum
    }

    /// "2019-09-05" → 20190905, "2019-09" → 20190900; nil → -1.
    static func dateKey(_ text: String?) -> Int32 {
        guard let text else { return -1 }
        var parts: [Int32] = [0, 0, 0]
        var index = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") {
                index += 1
                if index > 2 { break }
            } else if byte >= 48, byte <= 57 {
                parts[index] = parts[index] &* 10 &+ Int32(byte - 48)
            }
        }
        return parts[0] &* 10_000 &+ min(parts[1], 99) &* 100 &+ min(parts[2], 99)
    }
}

/// Strings of one column (topics, countries, kinds, languages) numbered in order of appearance.
struct CodeBook: Sendable {
    private(set) var names: [String] = []
    private var codes: [String: Int] = [:]

    /// The code of `name`, numbering it when new.
    mutating func code(_ name: String) -> Int {
        if let code = codes[name] { return code }
        codes[name] = names.count
        names.append(name)
        return names.count - 1
    }

    /// The code of `name` when it has one.
    func existingCode(_ name: String) -> Int? { codes[name] }
}
