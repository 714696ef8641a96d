import Foundation
import GRDB
import GRDBSQLite

/// The filter, sort and facet data of every stored quote, in memory, addressed by quote id.
///
/// Why: at a million quotes, counting facets over every hit and applying filters in SQL costs
/// tens of milliseconds per query. Here a quote is a 12-byte `FacetRow` (three combination codes,
/// the date among them) for facets and the date order, and every filter value has its slots
/// (`SlotPostings`), so a filter is a few bitset operations. The arrays are slots `id - base`;
/// ids only grow (AUTOINCREMENT), so quotes written later are appended (`appendNewQuotes`), and a
/// deletion makes readers build the columns again (`QuoteIndexCache`). Names (people,
/// organisations, events) stay in SQLite and are read only for the facet winners.
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
    /// Tokens of the quote's full-text row (all columns), for BM25; and their sum over all quotes.
    var length: [Int32] = []
    var totalLength: Int64 = 0
    var quoteCount = 0
    /// Per slot: the facet combinations and the date.
    var rows: [FacetRow] = []
    var speakers = Interner<FacetRow.Speaker>()
    var settings = Interner<FacetRow.Setting>()
    var tags = Interner<FacetRow.Tags>()
    /// The topics of tag set `i`: `tagTopics[tagTopicStart[i]..<tagTopicStart[i + 1]]` (countries
    /// likewise), contiguous for counting.
    var tagTopicStart: [Int32] = [0]
    var tagTopics: [UInt16] = []
    var tagCountryStart: [Int32] = [0]
    var tagCountries: [UInt16] = []

    /// The slots of each filter value: people, organisations and events by id; years by code in
    /// `yearValues`; kinds, languages, topics and countries by their code books' codes.
    var personSlots = SlotPostings()
    var organizationSlots = SlotPostings()
    var eventSlots = SlotPostings()
    var yearSlots = SlotPostings()
    var yearValues = Interner<Int16>()
    var kindSlots = SlotPostings()
    var languageSlots = SlotPostings()
    var topicSlots = SlotPostings()
    var countrySlots = SlotPostings()
    /// Existing quotes, those with figures, those with a known speaker.
    var existing = SlotBits(wordCount: 0)
    var withFigures = SlotBits(wordCount: 0)
    var withSpeaker = SlotBits(wordCount: 0)

    var topicNames = CodeBook()
    var countryNames = CodeBook()
    var kindNames = CodeBook()
    var languageNames = CodeBook()
    var maxPerson: Int32 = 0
    var maxOrganization: Int32 = 0
    var maxEvent: Int32 = 0

    static let exists: UInt8 = 1, hasFigures: UInt8 = 2, hasSpeaker: UInt8 = 4

    var count: Int { flags.count }

    /// Words of a `SlotBits` covering every slot.
    var wordCount: Int { SlotBits.wordCount(flags.count) }

    /// The slot of `id`, or nil when no quote with this id is held.
    @inline(__always)
    func slot(of id: Int64) -> Int? {
        let s = Int(id - base)
        return s >= 0 && s < flags.count && flags[s] & Self.exists != 0 ? s : nil
    }

    @inline(__always)
    func id(ofSlot slot: Int) -> Int64 { base + Int64(slot) }

    /// The session date of the quote in `slot` as YYYYMMDD; -1 for none.
    @inline(__always)
    func date(ofSlot slot: Int) -> Int32 { settings.values[Int(rows[slot].setting)].date }

    /// Reads the quotes with an id above `maxID` (all of them on a fresh value), in id order,
    /// with their token counts, topics and countries (four cursors walked side by side).
    mutating func appendNewQuotes(_ db: Database) throws {
        let after = maxID
        if flags.isEmpty {
            base = try Int64.fetchOne(db, sql: "SELECT MIN(id) FROM quotes") ?? 1
        }
        // Four statements walked side by side, read straight from their columns: this runs over
        // every quote when a store is opened.
        let quoteStatement = try db.makeStatement(sql: """
            SELECT id, session_id, person_id, organization_id, event_id, year, date, kind, language, figure_count
            FROM quotes WHERE id > ? ORDER BY id
            """)
        quoteStatement.arguments = [after]
        let sizeStatement = try db.makeStatement(sql: "SELECT id, sz FROM quote_fts_docsize WHERE id > ? ORDER BY id")
        sizeStatement.arguments = [after]
        let topicStatement = try db.makeStatement(sql: "SELECT quote_id, topic FROM quote_topics WHERE quote_id > ? ORDER BY quote_id")
        topicStatement.arguments = [after]
        let countryStatement = try db.makeStatement(sql: "SELECT quote_id, country FROM quote_countries WHERE quote_id > ? ORDER BY quote_id")
        countryStatement.arguments = [after]
        let quotes = try Row.fetchCursor(quoteStatement), sizes = try Row.fetchCursor(sizeStatement)
        let topicRows = try Row.fetchCursor(topicStatement), countryRows = try Row.fetchCursor(countryStatement)
        let q = quoteStatement.sqliteStatement, z = sizeStatement.sqliteStatement
        let t = topicStatement.sqliteStatement, c = countryStatement.sqliteStatement
        var size = try sizes.next() != nil ? sqlite3_column_int64(z, 0) : nil
        var topic = try topicRows.next() != nil ? sqlite3_column_int64(t, 0) : nil
        var country = try countryRows.next() != nil ? sqlite3_column_int64(c, 0) : nil
        var kinds = ColumnInterner<Int>(), languages = ColumnInterner<Int>(), topicCodesOf = ColumnInterner<Int>(), countryCodesOf = ColumnInterner<Int>()
        var lastTags: (FacetRow.Tags, UInt32)?
        var lastSpeaker: (FacetRow.Speaker, UInt32)?
        var lastSetting: (FacetRow.Setting, UInt32)?
        var topicCodes: [UInt16] = [], countryCodes: [UInt16] = []
        while try quotes.next() != nil {
            let id = sqlite3_column_int64(q, 0)
            let slot = Int(id - base)
            guard slot >= 0 else { continue }
            while flags.count < slot { appendEmptySlot() }
            // NULL reads as 0, which is what a missing person, organisation, event or year is here.
            let person = Int32(truncatingIfNeeded: sqlite3_column_int64(q, 2))
            let organization = Int32(truncatingIfNeeded: sqlite3_column_int64(q, 3))
            let event = Int32(truncatingIfNeeded: sqlite3_column_int64(q, 4))
            let year = Int16(clamping: sqlite3_column_int64(q, 5))
            let kind = UInt8(truncatingIfNeeded: Self.code(q, 7, &kinds, &kindNames))
            let language = UInt8(truncatingIfNeeded: Self.code(q, 8, &languages, &languageNames))
            var flag = Self.exists
            if sqlite3_column_int64(q, 9) > 0 { flag |= Self.hasFigures }
            if person != 0 { flag |= Self.hasSpeaker }

            var tokens: Int32 = 0
            while let sizeID = size, sizeID <= id {
                if let blob = Self.blob(z, 1) {
                    if sizeID == id {
                        tokens = Self.sumOfVarints(blob)
                    } else if sizeID - base >= 0, sizeID - base < Int64(flags.count) {
                        // A size row without its quote (in a gap of ids) still counts, as FTS5 counts it.
                        let gap = Self.sumOfVarints(blob)
                        length[Int(sizeID - base)] = gap
                        totalLength += Int64(gap)
                    }
                }
                size = try sizes.next() != nil ? sqlite3_column_int64(z, 0) : nil
            }
            topicCodes.removeAll(keepingCapacity: true)
            while let quoteID = topic, quoteID <= id {
                if quoteID == id { topicCodes.append(UInt16(truncatingIfNeeded: Self.code(t, 1, &topicCodesOf, &topicNames))) }
                topic = try topicRows.next() != nil ? sqlite3_column_int64(t, 0) : nil
            }
            countryCodes.removeAll(keepingCapacity: true)
            while let quoteID = country, quoteID <= id {
                if quoteID == id { countryCodes.append(UInt16(truncatingIfNeeded: Self.code(c, 1, &countryCodesOf, &countryNames))) }
                country = try countryRows.next() != nil ? sqlite3_column_int64(c, 0) : nil
            }

            let slotCount = slot + 1
            flags.append(flag)
            session.append(sqlite3_column_int64(q, 1))
            length.append(tokens)
            totalLength += Int64(tokens)
            // Neighbouring quotes (one session, one speaker) often share their combinations.
            let tagSet = FacetRow.Tags(topics: topicCodes.sorted(), countries: countryCodes.sorted())
            let tagCode: UInt32
            if let held = lastTags, held.0 == tagSet { tagCode = held.1 } else {
                tagCode = tags.code(tagSet)
                lastTags = (tagSet, tagCode)
            }
            if Int(tagCode) == tagTopicStart.count - 1 {
                tagTopics += topicCodes
                tagTopicStart.append(Int32(tagTopics.count))
                tagCountries += countryCodes
                tagCountryStart.append(Int32(tagCountries.count))
            }
            let pair = FacetRow.Speaker(person: person, organization: organization)
            let speakerCode: UInt32
            if let held = lastSpeaker, held.0 == pair { speakerCode = held.1 } else {
                speakerCode = speakers.code(pair)
                lastSpeaker = (pair, speakerCode)
            }
            let setting = FacetRow.Setting(event: event, date: Self.dateKey(q, 6), year: year, kind: kind)
            let settingCode: UInt32
            if let held = lastSetting, held.0 == setting { settingCode = held.1 } else {
                settingCode = settings.code(setting)
                lastSetting = (setting, settingCode)
            }
            rows.append(FacetRow(speaker: speakerCode, setting: settingCode, tags: tagCode))
            existing.insert(slot)
            if flag & Self.hasFigures != 0 { withFigures.insert(slot) }
            if flag & Self.hasSpeaker != 0 { withSpeaker.insert(slot) }
            if person > 0 { personSlots.add(slot, value: Int(person), slotCount: slotCount) }
            if organization > 0 { organizationSlots.add(slot, value: Int(organization), slotCount: slotCount) }
            if event > 0 { eventSlots.add(slot, value: Int(event), slotCount: slotCount) }
            if year != 0 { yearSlots.add(slot, value: Int(yearValues.code(year)), slotCount: slotCount) }
            kindSlots.add(slot, value: Int(kind), slotCount: slotCount)
            languageSlots.add(slot, value: Int(language), slotCount: slotCount)
            for code in topicCodes { topicSlots.add(slot, value: Int(code), slotCount: slotCount) }
            for code in countryCodes { countrySlots.add(slot, value: Int(code), slotCount: slotCount) }
            maxPerson = max(maxPerson, person)
            maxOrganization = max(maxOrganization, organization)
            maxEvent = max(maxEvent, event)
            maxID = id
            quoteCount += 1
        }
    }

    /// The code in `book` of column `index`'s text (NULL as the empty name), each distinct text
    /// looked up once.
    private static func code(_ statement: SQLiteStatement, _ index: Int32, _ interner: inout ColumnInterner<Int>, _ book: inout CodeBook) -> Int {
        let bytes = ColumnInterner<Int>.bytes(statement, index) ?? UnsafeBufferPointer(start: nil, count: 0)
        return interner.value(of: bytes) { book.code(String(decoding: $0, as: UTF8.self)) }
    }

    /// Column `index` of the current row as bytes, nil for NULL (valid until the next step).
    static func blob(_ statement: SQLiteStatement, _ index: Int32) -> UnsafeRawBufferPointer? {
        guard sqlite3_column_type(statement, index) != SQLITE_NULL else { return nil }
        let count = Int(sqlite3_column_bytes(statement, index))
        guard let pointer = sqlite3_column_blob(statement, index) else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: pointer, count: count)
    }

    /// The date in column `index` as YYYYMMDD (see `dateKey(_:)`), -1 for NULL.
    static func dateKey(_ statement: SQLiteStatement, _ index: Int32) -> Int32 {
        ColumnInterner<Int>.bytes(statement, index).map { dateKey($0) } ?? -1
    }

    private mutating func appendEmptySlot() {
        flags.append(0)
        session.append(0)
        length.append(0)
        rows.append(FacetRow(speaker: 0, setting: 0, tags: 0))
    }

    /// The sum of the SQLite varints (big-endian groups of 7 bits) in `blob`: the token count of each column.
    static func sumOfVarints<Bytes: Sequence<UInt8>>(_ blob: Bytes) -> Int32 {
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
        return dateKey(text.utf8)
    }

    /// The YYYYMMDD key of a date's UTF-8 bytes.
    static func dateKey<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int32 {
        var parts: (Int32, Int32, Int32) = (0, 0, 0)
        var index = 0
        for byte in bytes {
            if byte == UInt8(ascii: "-") {
                index += 1
                if index > 2 { break }
            } else if byte >= 48, byte <= 57 {
                let digit = Int32(byte - 48)
                switch index {
                case 0: parts.0 = parts.0 &* 10 &+ digit
                case 1: parts.1 = parts.1 &* 10 &+ digit
                default: parts.2 = parts.2 &* 10 &+ digit
                }
            }
        }
        return parts.0 &* 10_000 &+ min(parts.1, 99) &* 100 &+ min(parts.2, 99)
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

    /// A code book holding `names`, numbered in their order.
    init(names: [String]) {
        self.names = names
        for (index, name) in names.enumerated() where codes[name] == nil { codes[name] = index }
    }

    /// An empty code book.
    init() {}
}
