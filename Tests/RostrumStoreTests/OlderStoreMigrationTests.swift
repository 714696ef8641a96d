import Foundation
import GRDB
import RostrumModel
import Testing
@testable import RostrumStore
import RostrumTestSupport

/// A store written before the Russian stemmer dropped fleeting vowels and before Chinese names in
/// Palladius Cyrillic were keyed as pinyin is brought up to date when it is opened (v13, v14):
/// its index then answers as a new one does, and the two spellings of one person become one.
@Suite("Older stores brought up to date")
struct OlderStoreMigrationTests {
    @Test func fleetingVowelsAndPalladiusNames() async throws {
        let items = UnseenSearchTests.items.filter { $0.path.contains("torgovlya") || $0.path.contains("cross-border") }
        #expect(items.count == 2)
        let dir = try TestScratch.directory("rostrum-older")
        let path = dir.appendingPathComponent("older.sqlite").path
        do {
            let store = try SQLiteStore(path: path)
            for item in items { _ = try await store.ingest(item.document, raw: item.raw, source: item.path) }
        }

        // Make the store what the earlier version wrote: «рынок» indexed as Snowball left it, and
        // «Ван Цзяньго» a person of their own under a transliterated key.
        var config = Configuration()
        config.prepareDatabase { db in db.add(tokenizer: RostrumTokenizer.self) }
        let queue = try DatabaseQueue(path: path, configuration: config)
        try await queue.write { db in
            let marker = String(decoding: FullTextTerms.marker, as: UTF8.self)
            let rows = try Row.fetchAll(db, sql: "SELECT rowid, text, speaker, heading, title FROM quote_fts")
            var rewritten = 0
            for row in rows {
                let text: String = row["text"]
                guard text.hasPrefix(marker), text.contains(" рынк "), text.contains("китайск") else { continue }
                let old = text.replacingOccurrences(of: " рынк ", with: " рынок ")
                let id: Int64 = row["rowid"]
                try db.execute(sql: "DELETE FROM quote_fts WHERE rowid = ?", arguments: [id])
                try db.execute(sql: "INSERT INTO quote_fts (rowid, text, speaker, heading, title) VALUES (?, ?, ?, ?, ?)",
                               arguments: [id, old, row["speaker"] as String?, row["heading"] as String?, row["title"] as String?])
                rewritten += 1
            }
            #expect(rewritten == 1)
            let wang = try #require(try Int64.fetchOne(db, sql: "SELECT person_id FROM quotes WHERE speaker_name = 'Ван Цзяньго'"))
            try db.execute(sql: "INSERT INTO people (name, key) VALUES ('Ван Цзяньго', 'tszyango van')")
            let split = db.lastInsertedRowID
            try db.execute(sql: "UPDATE quotes SET person_id = ? WHERE speaker_name = 'Ван Цзяньго'", arguments: [split])
            try db.execute(sql: "UPDATE roles SET person_id = ? WHERE person_id = ? AND session_id IN (SELECT session_id FROM quotes WHERE speaker_name = 'Ван Цзяньго')",
                           arguments: [split, wang])
            try db.execute(sql: "UPDATE person_names SET person_id = ? WHERE person_id = ? AND name = 'Ван Цзяньго'", arguments: [split, wang])
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier IN ('v13-fleeting-vowel-stems', 'v14-person-keys-palladius')")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM quote_vocab WHERE term = 'рынок'") == 1)
        }
        try queue.close()

        let store = try SQLiteStore(path: path)
        for form in ["рынок", "рынка", "рынке"] {
            #expect(try await store.search(SearchQuery(parsing: form), limit: 10, offset: 0, sort: .relevance).total == 2, "\(form)")
        }
        let wang = try await store.speakers(matching: "Jianguo", limit: 10)
        #expect(wang.count == 1)
        #expect(wang.first?.quotes == 7)
        let latin = try await store.search(SearchQuery(parsing: "speaker:\"Wang Jianguo\""), limit: 10, offset: 0, sort: .relevance)
        #expect(latin.total == 7)
        // The rebuilt index deletes cleanly.
        let russian = try #require(latin.hits.first { $0.sessionTitle?.hasPrefix("Электронная") == true })
        #expect(try await store.delete(sessionID: russian.sessionID))
        #expect(try await store.search(SearchQuery(parsing: "рынок"), limit: 10, offset: 0, sort: .relevance).total == 0)
    }

    /// A store written when an organisation's key was its folded words (before v15) held
    /// «компании «Восток Фарма»», «ООО «Восток Фарма»» and «Восток Фарма» as three organisations;
    /// opened now, they are one, with their quotes, roles and country counts.
    @Test func organisationsKeyedAgain() async throws {
        let dir = try TestScratch.directory("rostrum-older-orgs")
        let path = dir.appendingPathComponent("older.sqlite").path
        let spellings = [("Ирина Белова", "компании «Восток Фарма»"), ("Олег Смирнов", "ООО «Восток Фарма»"), ("Анна Ким", "Восток Фарма"),
                         ("Илья Фомин", "Восток Маркет")]
        do {
            let store = try SQLiteStore(path: path)
            for (index, (name, organization)) in spellings.enumerated() {
                let speaker = Speaker(name: name, position: "директор", organization: organization)
                _ = try await store.ingest(document(title: "Сессия \(index)", language: .ru, quotes: [("Субстанции везём из Китая.", speaker)],
                                                    countries: ["CN"]), raw: "документ \(index)", source: nil)
            }
        }
        var config = Configuration()
        config.prepareDatabase { db in db.add(tokenizer: RostrumTokenizer.self) }
        let queue = try DatabaseQueue(path: path, configuration: config)
        try await queue.write { db in
            // One organisation a spelling, under the old key, as the earlier version wrote them.
            try db.execute(sql: "UPDATE organizations SET name = 'компании «Восток Фарма»', key = 'компании восток фарма' WHERE key = 'восток фарм'")
            try db.execute(sql: "UPDATE organizations SET key = 'восток маркет' WHERE name = 'Восток Маркет'")
            for (name, organization) in spellings.dropFirst().prefix(2) {
                try db.execute(sql: "INSERT INTO organizations (name, key) VALUES (?, ?)", arguments: [organization, DocumentWriter.key(organization)])
                let id = db.lastInsertedRowID
                try db.execute(sql: "UPDATE quotes SET organization_id = ? WHERE speaker_name = ?", arguments: [id, name])
                try db.execute(sql: "UPDATE roles SET organization_id = ? WHERE person_id = (SELECT person_id FROM quotes WHERE speaker_name = ?)",
                               arguments: [id, name])
            }
            try db.execute(sql: """
                DELETE FROM organization_country_counts;
                INSERT INTO organization_country_counts SELECT q.organization_id, c.country, COUNT(*) FROM quote_countries c
                    JOIN quotes q ON q.id = c.quote_id WHERE q.organization_id IS NOT NULL GROUP BY q.organization_id, c.country;
                DELETE FROM grdb_migrations WHERE identifier = 'v15-organization-keys';
                """)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM organizations") == 4)
        }
        try queue.close()

        let store = try SQLiteStore(path: path)
        let pharma = try await store.organizations(matching: "Восток Фарма", limit: 10)
        #expect(pharma.map(\.quotes) == [3])
        #expect(pharma.map(\.name) == ["ООО «Восток Фарма»"])
        #expect(try await store.stats().organizations == 2)
        let hits = try await store.search(SearchQuery(parsing: #"org:"компании «Восток Фарма»""#), limit: 10, offset: 0, sort: .relevance)
        #expect(hits.total == 3)
        #expect(hits.facets.organizations.map(\.count) == [3])
        let id = try #require(pharma.first?.id)
        let reader = try DatabaseQueue(path: path, configuration: config)
        let countries = try await reader.read { db in
            try Int.fetchOne(db, sql: "SELECT quotes FROM organization_country_counts WHERE organization_id = ? AND country = 'CN'", arguments: [id])
        }
        #expect(countries == 3)
        #expect(try await store.countries(of: .organization(id), limit: 5).map(\.quotes) == [3])
    }

    /// A store written while the stemmer cut «ИИ» to «и» (before v16) answers a search for «ИИ»
    /// with the quotes about AI only, once opened: their rows are analysed again from the stored
    /// document, and the rows with no two-letter word are left as they were.
    @Test func twoLetterWordsAnalysedAgain() async throws {
        let dir = try TestScratch.directory("rostrum-older-short")
        let path = dir.appendingPathComponent("older.sqlite").path
        let quotes: [(String, Speaker?)] = [
            ("Мы внедряем ИИ в логистику и в таможню.", Speaker(name: "Ирина Белова", position: "директор", organization: "АО «Цифровые порты»")),
            ("Порты и железные дороги работают на пределе.", Speaker(name: "Олег Смирнов", position: "аналитик")),
            ("Без данных ИИ не работает, и это главное.", Speaker(name: "Анна Ким", position: "эксперт")),
        ]
        do {
            let store = try SQLiteStore(path: path)
            _ = try await store.ingest(document(title: "Цифровые порты и логистика", language: .ru, quotes: quotes), raw: "документ", source: nil)
        }
        var config = Configuration()
        config.prepareDatabase { db in db.add(tokenizer: RostrumTokenizer.self) }
        let queue = try DatabaseQueue(path: path, configuration: config)
        try await queue.write { db in
            // The terms the earlier stemmer gave: «ии» → «и», «ао» → «а».
            let rows = try Row.fetchAll(db, sql: "SELECT rowid, text, speaker, heading, title FROM quote_fts")
            for row in rows {
                let id: Int64 = row["rowid"]
                let old = ["text", "speaker", "heading", "title"].map { column -> String in
                    let stored: String = row[column]
                    return stored.replacingOccurrences(of: "ии", with: "и").replacingOccurrences(of: "\u{1F}ао ", with: "\u{1F}а ")
                        .replacingOccurrences(of: " ао ", with: " а ")
                }
                try db.execute(sql: "DELETE FROM quote_fts WHERE rowid = ?", arguments: [id])
                try db.execute(sql: "INSERT INTO quote_fts (rowid, text, speaker, heading, title) VALUES (?, ?, ?, ?, ?)",
                               arguments: [id, old[0], old[1], old[2], old[3]])
            }
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v16-two-letter-words'")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM quote_vocab WHERE term = 'ии'") == 0)
        }
        try queue.close()

        let store = try SQLiteStore(path: path)
        let ai = try await store.search(SearchQuery(parsing: "ИИ"), limit: 10, offset: 0, sort: .relevance)
        #expect(Set(ai.hits.map(\.speaker?.name)) == ["Ирина Белова", "Анна Ким"], "not the quote with «и» alone")
        let companies = try await store.search(SearchQuery(parsing: "АО"), limit: 10, offset: 0, sort: .relevance)
        #expect(companies.hits.map(\.speaker?.name) == ["Ирина Белова"])
        // The index and its content agree (FTS5's own check fails on a row deleted through other terms).
        let checker = try DatabaseQueue(path: path, configuration: config)
        try await checker.write { db in try db.execute(sql: "INSERT INTO quote_fts (quote_fts) VALUES ('integrity-check')") }
        try checker.close()
        // The index deletes cleanly afterwards.
        #expect(try await store.delete(sessionID: try #require(ai.hits.first?.sessionID)))
        #expect(try await store.search(SearchQuery(parsing: "и"), limit: 10, offset: 0, sort: .relevance).total == 0)
    }
}
