import CZlib
import Foundation

/// The search columns (`QuoteColumns`) saved next to the database (`FILE.sqlite.columns`), so that
/// a new process — every `rostrum search` or `digest --query`, a server starting — reads them in
/// a fraction of a second instead of building them from every quote row (seconds at a million quotes).
///
/// The file is a cache, never the truth: it names the store (`store_meta` 'store_id') and the
/// write and deletion counters it reflects. A file of another store, or from before a deletion, is
/// ignored and the columns are built from the tables; a file that is only behind by new quotes is
/// read and the new quotes appended, as a running process does. A checksum and bounds checks on
/// every count and code turn a damaged file into "ignored", never a crash. Written to a temporary
/// name and renamed, so a reader never sees half a file.
///
/// Layout: magic, format, the sizes of the packed records, store id, generation, deletions, payload
/// length and CRC-32, then the payload (`BinaryWriter`'s little-endian numbers and arrays).
enum QuoteColumnsFile {
    /// The first eight bytes, "RSLOCLQS" as little-endian bytes.
    private static let magic: UInt64 = 0x5351_4C43_4F4C_5352
    private static let format: UInt32 = 1

    /// The file of the database at `databasePath`.
    static func path(of databasePath: String) -> String { databasePath + ".columns" }

    /// The layout check: the packed records' sizes of this build.
    private static var layout: UInt32 {
        UInt32(MemoryLayout<FacetRow>.stride) << 16 | UInt32(MemoryLayout<FacetRow.Setting>.stride) << 8
            | UInt32(MemoryLayout<FacetRow.Speaker>.stride)
    }

    /// The bytes of the file for `columns` of the store `storeID`.
    static func encode(_ columns: QuoteColumns, storeID: Int64) -> [UInt8] {
        var body = BinaryWriter(capacity: columns.count * 48)
        for scalar in [columns.base, columns.maxID, columns.totalLength, Int64(columns.quoteCount), Int64(columns.maxPerson),
                       Int64(columns.maxOrganization), Int64(columns.maxEvent)] {
            body.put(scalar)
        }
        body.put(array: columns.flags)
        body.put(array: columns.session)
        body.put(array: columns.length)
        body.put(array: columns.rows)
        body.put(array: columns.speakers.values)
        body.put(array: columns.settings.values)
        body.put(array: columns.tagTopicStart)
        body.put(array: columns.tagTopics)
        body.put(array: columns.tagCountryStart)
        body.put(array: columns.tagCountries)
        for postings in [columns.personSlots, columns.organizationSlots, columns.eventSlots, columns.yearSlots, columns.kindSlots,
                         columns.languageSlots, columns.topicSlots, columns.countrySlots] {
            postings.write(to: &body)
        }
        body.put(array: columns.yearValues.values)
        for set in [columns.existing, columns.withFigures, columns.withSpeaker] { body.put(array: set.words) }
        for book in [columns.topicNames, columns.countryNames, columns.kindNames, columns.languageNames] {
            body.put(Int64(book.names.count))
            for name in book.names { body.put(name) }
        }
        var file = BinaryWriter(capacity: body.bytes.count + 64)
        file.put(magic)
        file.put(format)
        file.put(layout)
        file.put(storeID)
        file.put(columns.generation)
        file.put(columns.deletions)
        file.put(Int64(body.bytes.count))
        file.put(checksum(body.bytes))
        return file.bytes + body.bytes
    }

    /// What the header of a file says.
    struct Header: Equatable {
        var storeID: Int64
        var generation: Int64
        var deletions: Int64
    }

    /// The columns in `bytes` and the header they were saved with; nil when the bytes are not a
    /// whole, undamaged file of this format.
    static func decode(_ bytes: UnsafeRawBufferPointer) -> (Header, QuoteColumns)? {
        var reader = BinaryReader(bytes)
        do {
            guard try reader.get(UInt64.self) == magic, try reader.get(UInt32.self) == format, try reader.get(UInt32.self) == layout
            else { return nil }
            let header = Header(storeID: try reader.get(), generation: try reader.get(), deletions: try reader.get())
            let length = try reader.count(limit: bytes.count - reader.offset - 4)
            let sum = try reader.get(UInt32.self)
            let body = UnsafeRawBufferPointer(rebasing: bytes[(reader.offset)...])
            guard body.count == length, checksum(body) == sum else { return nil }
            var columns = try decodeBody(body)
            columns.generation = header.generation
            columns.deletions = header.deletions
            return (header, columns)
        } catch {
            return nil
        }
    }

    /// The payload, with every count, code and slot checked against what it indexes.
    private static func decodeBody(_ body: UnsafeRawBufferPointer) throws -> QuoteColumns {
        var reader = BinaryReader(body)
        var c = QuoteColumns()
        c.base = try reader.get()
        c.maxID = try reader.get()
        c.totalLength = try reader.get()
        c.quoteCount = try reader.count(limit: Int(Int32.max))
        c.maxPerson = Int32(try reader.count(limit: Int(Int32.max)))
        c.maxOrganization = Int32(try reader.count(limit: Int(Int32.max)))
        c.maxEvent = Int32(try reader.count(limit: Int(Int32.max)))
        c.flags = try reader.array()
        c.session = try reader.array()
        c.length = try reader.array()
        c.rows = try reader.array()
        let n = c.flags.count
        guard c.session.count == n, c.length.count == n, c.rows.count == n else { throw BinaryReader.Damaged() }
        let speakers: [FacetRow.Speaker] = try reader.array()
        let settings: [FacetRow.Setting] = try reader.array()
        c.tagTopicStart = try reader.array()
        c.tagTopics = try reader.array()
        c.tagCountryStart = try reader.array()
        c.tagCountries = try reader.array()
        let tagCount = c.tagTopicStart.count - 1
        guard tagCount >= 0, c.tagCountryStart.count == tagCount + 1,
              isBoundaryList(c.tagTopicStart, total: c.tagTopics.count), isBoundaryList(c.tagCountryStart, total: c.tagCountries.count),
              speakers.allSatisfy({ $0.person >= 0 && $0.person <= c.maxPerson && $0.organization >= 0 && $0.organization <= c.maxOrganization }),
              settings.allSatisfy({ $0.event >= 0 && $0.event <= c.maxEvent })
        else { throw BinaryReader.Damaged() }
        let (speakerCount, settingCount) = (UInt32(speakers.count), UInt32(settings.count))
        guard c.rows.allSatisfy({ $0.speaker < speakerCount && $0.setting < settingCount && Int($0.tags) < tagCount }) else {
            throw BinaryReader.Damaged()
        }
        c.personSlots = try SlotPostings(reading: &reader, slotCount: n)
        c.organizationSlots = try SlotPostings(reading: &reader, slotCount: n)
        c.eventSlots = try SlotPostings(reading: &reader, slotCount: n)
        c.yearSlots = try SlotPostings(reading: &reader, slotCount: n)
        c.kindSlots = try SlotPostings(reading: &reader, slotCount: n)
        c.languageSlots = try SlotPostings(reading: &reader, slotCount: n)
        c.topicSlots = try SlotPostings(reading: &reader, slotCount: n)
        c.countrySlots = try SlotPostings(reading: &reader, slotCount: n)
        c.yearValues = Interner(values: try reader.array(of: Int16.self))
        c.existing = SlotBits(words: try reader.array())
        c.withFigures = SlotBits(words: try reader.array())
        c.withSpeaker = SlotBits(words: try reader.array())
        guard [c.existing, c.withFigures, c.withSpeaker].allSatisfy({ $0.fits(n) }) else { throw BinaryReader.Damaged() }
        var books: [CodeBook] = []
        for _ in 0..<4 {
            let count = try reader.count(limit: 1 << 16)
            books.append(CodeBook(names: try (0..<count).map { _ in try reader.string() }))
        }
        (c.topicNames, c.countryNames, c.kindNames, c.languageNames) = (books[0], books[1], books[2], books[3])
        guard reader.atEnd,
              c.tagTopics.allSatisfy({ Int($0) < c.topicNames.names.count }), c.tagCountries.allSatisfy({ Int($0) < c.countryNames.names.count }),
              settings.allSatisfy({ Int($0.kind) < max(c.kindNames.names.count, 1) }),
              c.yearSlots.valueCount <= c.yearValues.values.count
        else { throw BinaryReader.Damaged() }
        // The combination codes' dictionaries, for quotes appended later.
        c.speakers = Interner(values: speakers)
        c.settings = Interner(values: settings)
        c.tags = Interner(values: (0..<tagCount).map { i in
            FacetRow.Tags(topics: c.tagTopics[Int(c.tagTopicStart[i])..<Int(c.tagTopicStart[i + 1])].sorted(),
                          countries: c.tagCountries[Int(c.tagCountryStart[i])..<Int(c.tagCountryStart[i + 1])].sorted())
        })
        return c
    }

    /// Whether `starts` begins at 0, never decreases and ends at `total`.
    private static func isBoundaryList(_ starts: [Int32], total: Int) -> Bool {
        starts.first == 0 && Int(starts.last ?? -1) == total && zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 }
    }

    /// CRC-32 of `bytes` (zlib's).
    private static func checksum<Bytes: ContiguousBytes>(_ bytes: Bytes) -> UInt32 {
        bytes.withUnsafeBytes { raw in
            var crc = crc32(0, nil, 0)
            var offset = 0
            // zlib takes 32-bit lengths.
            while offset < raw.count, let base = raw.baseAddress {
                let chunk = min(raw.count - offset, 1 << 30)
                crc = crc32(crc, base.assumingMemoryBound(to: UInt8.self) + offset, uInt(chunk))
                offset += chunk
            }
            return UInt32(truncatingIfNeeded: crc)
        }
    }

    /// The columns saved for the database at `databasePath`, or nil when there is no readable file.
    static func read(databasePath: String) -> (Header, QuoteColumns)? {
        guard let data = FileManager.default.contents(atPath: path(of: databasePath)) else { return nil }
        return data.withUnsafeBytes { decode($0) }
    }

    /// Saves `columns` of the store `storeID` for the database at `databasePath`: written to a
    /// temporary file of this write, then renamed over the old file.
    static func write(_ columns: QuoteColumns, storeID: Int64, databasePath: String) throws {
        let target = path(of: databasePath)
        // A name of this write alone: two processes, or two readers of one process, never share it.
        let temporary = target + ".\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).tmp"
        let bytes = encode(columns, storeID: storeID)
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: temporary))
            if rename(temporary, target) != 0 { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }
}
