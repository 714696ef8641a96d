import Foundation
import GRDB
import RostrumText

/// The other spellings of a word of a person's name, so that a plain word search finds a person's
/// quotes under every spelling the store knows: "Volkov" also finds the quotes «Алексей Волков»
/// said, «Громова» those of "Yulia Gromova", "Lihua" those of «Ван Лихуа».
///
/// The index holds a speaker's name as the page wrote it, so "Volkov" alone never meets «Волков».
/// People are already one identity across spellings (`PersonKey`); this reads that identity
/// back: a typed word whose canonical form (`PersonKey.words`) is a word of some people's keys
/// gets, as alternatives, the analyzer terms of the same word in those people's recorded
/// spellings (`person_names`). The alternatives count in the speaker column only, so a surname
/// that is also a common word in the other language («Волков», «Морозов») does not pull in
/// every quote with that word.
///
/// Which canonical words belong to which people is read from `people.key` and grows as people
/// are added (only rows with a larger id are read again); the spellings of a word are read
/// from `person_names` by person id when first asked, and kept until the next new person.
final class NameSpellings: @unchecked Sendable {
    private let lock = NSLock()
    /// Canonical name word → ids of people whose key has it (at most `maxPeople` kept).
    private var people: [String: [Int64]] = [:]
    /// The largest person id read into `people`.
    private var lastPerson: Int64 = 0
    /// Canonical name word → the terms of its spellings, as answered before.
    private var answers: [String: [String]] = [:]
    /// Typed word (folded) → the answer for it: most words are in nobody's name, and a repeated
    /// query then costs one lookup instead of keying the word again.
    private var typed: [String: [String]] = [:]
    /// People consulted per word: their spellings of one surname hardly differ.
    static let maxPeople = 16

    init() {}

    /// Analyzer terms of the spellings, other than `folded` itself, that the store knows for the
    /// name word `folded` (a word as typed, folded); empty for a word in nobody's name. Call
    /// `refresh` first, once per search.
    func otherTerms(_ db: Database, of folded: String, analyzer: TextAnalyzer) throws -> [String] {
        lock.lock()
        if let held = typed[folded] {
            lock.unlock()
            return held
        }
        lock.unlock()
        let answer = try lookUp(db, folded, analyzer: analyzer)
        lock.lock()
        if typed.count >= 100_000 { typed.removeAll() }
        typed[folded] = answer
        lock.unlock()
        return answer
    }

    private func lookUp(_ db: Database, _ folded: String, analyzer: TextAnalyzer) throws -> [String] {
        guard folded.count >= 2, folded.allSatisfy(\.isLetter), let canonical = PersonKey.words(of: folded).first else { return [] }
        lock.lock()
        if let held = answers[canonical] {
            lock.unlock()
            return held.filter { $0 != Self.term(folded, analyzer) }
        }
        let ids = people[canonical] ?? []
        lock.unlock()
        var terms: [String] = []
        if !ids.isEmpty {
            let statement = try db.cachedStatement(sql: "SELECT name FROM person_names WHERE person_id = ?")
            for id in ids {
                for name in try String.fetchAll(statement, arguments: [id]) {
                    for word in Self.words(of: name, matching: canonical) where !word.contains("-") && !word.contains("'") {
                        let term = Self.term(word, analyzer)
                        if !term.isEmpty, !terms.contains(term) { terms.append(term) }
                    }
                }
            }
        }
        lock.lock()
        answers[canonical] = terms
        lock.unlock()
        return terms.filter { $0 != Self.term(folded, analyzer) }
    }

    /// Reads the people added since the last call (all of them the first time): one indexed
    /// `max(id)` when nobody was added.
    func refresh(_ db: Database) throws {
        let newest = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM people")) ?? 0
        lock.lock()
        let since = lastPerson
        lock.unlock()
        guard newest > since else { return }
        var added: [(String, Int64)] = []
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT id, key FROM people WHERE id > ? ORDER BY id"), arguments: [since])
        while let row = try rows.next() {
            let id: Int64 = row[0]
            let key: String = row[1]
            for word in key.split(separator: " ") { added.append((String(word), id)) }
        }
        lock.lock()
        defer { lock.unlock() }
        guard lastPerson == since else { return }  // another reader got there first
        for (word, id) in added where (people[word]?.count ?? 0) < Self.maxPeople {
            people[word, default: []].append(id)
        }
        lastPerson = newest
        answers.removeAll()
        typed.removeAll()
    }

    /// The words of `name` whose canonical form is `canonical`: the name's words paired with its
    /// canonical words in order when they pair up (a Palladius name is read as a whole), else
    /// each word keyed alone.
    static func words(of name: String, matching canonical: String) -> [String] {
        let surface = name.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" }).map(String.init)
        let keyed = PersonKey.words(of: name)
        if keyed.count == surface.count {
            return surface.indices.filter { keyed[$0] == canonical }.map { surface[$0] }
        }
        return surface.filter { PersonKey.words(of: $0).first == canonical }
    }

    /// The index term of a single word (the first term the analyzer makes of it).
    static func term(_ word: String, _ analyzer: TextAnalyzer) -> String {
        analyzer.tokens(in: word).first?.term ?? ""
    }
}
