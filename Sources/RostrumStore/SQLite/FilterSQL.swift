import GRDB
import RostrumText

/// The SQL conditions of a query's filters over the `quotes` table aliased `q`, with their arguments.
///
/// Only fixed SQL text is written here; every value the user gave is a bound argument.
struct FilterSQL {
    var clauses: [String] = []
    var arguments: [DatabaseValue] = []

    init(_ filters: SearchFilters) {
        if !filters.speakers.isEmpty {
            var alternatives: [String] = []
            for name in filters.speakers {
                let words = PersonKey.words(of: name)
                guard !words.isEmpty else { continue }
                alternatives.append("(" + words.map { _ in "(' ' || key || ' ') LIKE ? ESCAPE '\\'" }.joined(separator: " AND ") + ")")
                arguments += words.map { "% \(Self.escapeLike($0)) %".databaseValue }
            }
            clauses.append(alternatives.isEmpty ? "0" : "q.person_id IN (SELECT id FROM people WHERE " + alternatives.joined(separator: " OR ") + ")")
        }
        if !filters.organizations.isEmpty {
            keyed(filters.organizations, column: "q.organization_id", table: "organizations")
        }
        if !filters.events.isEmpty {
            keyed(filters.events, column: "q.event_id", table: "events")
        }
        if !filters.topics.isEmpty {
            clauses.append("EXISTS (SELECT 1 FROM quote_topics t WHERE t.quote_id = q.id AND t.topic IN (\(Self.placeholders(filters.topics.count))))")
            arguments += filters.topics.map(\.databaseValue)
        }
        if !filters.countries.isEmpty {
            clauses.append("EXISTS (SELECT 1 FROM quote_countries c WHERE c.quote_id = q.id AND c.country IN (\(Self.placeholders(filters.countries.count))))")
            arguments += filters.countries.map(\.databaseValue)
        }
        if !filters.years.isEmpty {
            clauses.append("(" + filters.years.map { _ in "q.year BETWEEN ? AND ?" }.joined(separator: " OR ") + ")")
            for range in filters.years { arguments += [range.lowerBound.databaseValue, range.upperBound.databaseValue] }
        }
        if !filters.languages.isEmpty {
            clauses.append("q.language IN (\(Self.placeholders(filters.languages.count)))")
            arguments += filters.languages.map(\.rawValue.databaseValue)
        }
        if !filters.kinds.isEmpty {
            clauses.append("q.kind IN (\(Self.placeholders(filters.kinds.count)))")
            arguments += filters.kinds.map(\.rawValue.databaseValue)
        }
        if filters.hasFigures { clauses.append("q.figure_count > 0") }
        if filters.hasSpeaker { clauses.append("q.person_id IS NOT NULL") }
        if !filters.personIDs.isEmpty {
            clauses.append("q.person_id IN (\(Self.placeholders(filters.personIDs.count)))")
            arguments += filters.personIDs.map(\.databaseValue)
        }
        if !filters.organizationIDs.isEmpty {
            clauses.append("q.organization_id IN (\(Self.placeholders(filters.organizationIDs.count)))")
            arguments += filters.organizationIDs.map(\.databaseValue)
        }
    }

    /// `column IN (SELECT id FROM table WHERE key LIKE %value% …)` for names compared by their folded key.
    private mutating func keyed(_ values: [String], column: String, table: String) {
        let keys = values.map(DocumentWriter.key).filter { !$0.isEmpty }
        guard !keys.isEmpty else {
            clauses.append("0")
            return
        }
        clauses.append("\(column) IN (SELECT id FROM \(table) WHERE " + keys.map { _ in "key LIKE ? ESCAPE '\\'" }.joined(separator: " OR ") + ")")
        arguments += keys.map { "%\(Self.escapeLike($0))%".databaseValue }
    }

    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    static func escapeLike(_ text: String) -> String {
        var out = ""
        for c in text {
            if c == "%" || c == "_" || c == "\\" { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
