import RostrumModel

/// The query language of `rostrum search`, parsed into a `SearchQuery`. Pure: text in, value out.
///
/// ```
/// trade turnover            both words (any form: "trading" matches "trade")
/// "exact phrase"            the words in this order («…» and “…” work too)
/// invest*                   words starting with "invest"
/// -tourism  NOT tourism     no quote with this word (or "-\"a phrase\"")
/// gas OR oil                either word
/// speaker:"He Zhenwei"  org:Rosneft  topic:agriculture  event:"Eastern Economic Forum"
/// year:2018  year:2016..2019  lang:ru  kind:problem  country:CN  has:figures  has:speaker
/// ```
/// Several values of one filter are alternatives; different filters must all hold.
public struct QueryParser: Sendable {
    /// The filter names the language knows.
    public static let filterNames = ["speaker", "org", "topic", "event", "year", "lang", "kind", "country", "has"]

    /// A parser.
    public init() {}

    private enum Atom {
        case text(TextCondition, negated: Bool)
        case filter(name: String, value: String, position: Int)
        case or
    }

    /// Parses `text`.
    /// - Throws: `QueryError` for an unclosed quote, an unknown filter, a bad value, a dangling
    ///   OR or minus, or a query with nothing to look for.
    public func parse(_ text: String) throws(QueryError) -> SearchQuery {
        let chars = Array(text)
        var atoms: [(Atom, Int)] = []
        var i = 0
        var negateNext: Int?
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace {
                i += 1
                continue
            }
            let start = i
            if c == "(" || c == ")" {
                throw QueryError(position: i, message: "parentheses are not supported; write alternatives with OR, such as: gas OR oil")
            }
            if c == "-" {
                if i + 1 >= chars.count || chars[i + 1].isWhitespace {
                    throw QueryError(position: i, message: "'-' must be followed by a word or a phrase to exclude, such as -tourism")
                }
                if negateNext != nil { throw QueryError(position: i, message: "a word is excluded twice") }
                negateNext = i
                i += 1
                continue
            }
            if let close = Self.closingQuote(c) {
                let (phrase, next) = try readQuoted(chars, from: i, close: close)
                i = next
                if i < chars.count, chars[i] == "*" {
                    atoms.append((.text(.prefix(phrase), negated: negateNext != nil), start))
                    i += 1
                } else {
                    atoms.append((.text(.phrase(phrase), negated: negateNext != nil), start))
                }
                negateNext = nil
                continue
            }
            // A bare token: up to whitespace or an opening quote.
            var j = i
            while j < chars.count, !chars[j].isWhitespace, Self.closingQuote(chars[j]) == nil { j += 1 }
            let word = String(chars[i..<j])
            if let colon = word.firstIndex(of: ":"), word[..<colon].allSatisfy(\.isLetter), colon != word.startIndex {
                let name = word[..<colon].lowercased()
                guard Self.filterNames.contains(name) else {
                    throw QueryError(position: start, message: "unknown filter '\(name):'; known filters are "
                        + Self.filterNames.map { $0 + ":" }.joined(separator: " "))
                }
                if negateNext != nil {
                    throw QueryError(position: start, message: "filters cannot be excluded; remove the '-' before '\(name):'")
                }
                var value = String(word[word.index(after: colon)...])
                i = j
                if value.isEmpty, i < chars.count, let close = Self.closingQuote(chars[i]) {
                    let (quoted, next) = try readQuoted(chars, from: i, close: close)
                    value = quoted
                    i = next
                }
                value = value.trimmingWhitespace
                if value.isEmpty {
                    throw QueryError(position: start, message: "'\(name):' needs a value, such as \(Self.example(name))")
                }
                atoms.append((.filter(name: name, value: value, position: start), start))
                continue
            }
            i = j
            if word == "OR" || word == "|" {
                if negateNext != nil { throw QueryError(position: start, message: "'-' cannot be followed by OR") }
                atoms.append((.or, start))
                continue
            }
            if word == "AND" { continue }
            if word == "NOT" {
                if negateNext != nil { throw QueryError(position: start, message: "a word is excluded twice") }
                negateNext = start
                continue
            }
            if word.hasSuffix("*") {
                let stem = String(word.dropLast())
                if stem.contains("*") || stem.isEmpty {
                    throw QueryError(position: start, message: "'*' may only end a word, such as invest*")
                }
                if stem.count < 2 {
                    throw QueryError(position: start, message: "a prefix needs at least two letters before '*'")
                }
                atoms.append((.text(.prefix(stem), negated: negateNext != nil), start))
            } else if word.contains("*") {
                throw QueryError(position: start + (word.firstIndex(of: "*").map { word.distance(from: word.startIndex, to: $0) } ?? 0),
                                 message: "'*' may only end a word, such as invest*")
            } else {
                atoms.append((.text(.word(word), negated: negateNext != nil), start))
            }
            negateNext = nil
        }
        if let negateNext {
            throw QueryError(position: negateNext, message: "nothing follows the exclusion; write the word to exclude after it")
        }
        return try assemble(atoms, length: chars.count)
    }

    /// Groups atoms joined by OR and applies filters.
    private func assemble(_ atoms: [(Atom, Int)], length: Int) throws(QueryError) -> SearchQuery {
        var query = SearchQuery()
        var index = 0
        while index < atoms.count {
            let (atom, position) = atoms[index]
            switch atom {
            case .or:
                throw QueryError(position: position, message: "OR needs a word or phrase on both sides, such as: gas OR oil")
            case .filter(let name, let value, let at):
                try apply(name, value, at: at, to: &query.filters)
                // Filters joined by OR: allowed between values of the same filter (they are alternatives anyway).
                while index + 2 < atoms.count, case .or = atoms[index + 1].0, case .filter(let n2, let v2, let at2) = atoms[index + 2].0 {
                    guard n2 == name else {
                        throw QueryError(position: atoms[index + 1].1, message: "OR joins values of one filter or words, not '\(name):' and '\(n2):'")
                    }
                    try apply(n2, v2, at: at2, to: &query.filters)
                    index += 2
                }
                if index + 1 < atoms.count, case .or = atoms[index + 1].0 {
                    throw QueryError(position: atoms[index + 1].1, message: "OR cannot join a filter and a word")
                }
                index += 1
            case .text(let condition, let negated):
                if negated {
                    if index + 1 < atoms.count, case .or = atoms[index + 1].0 {
                        throw QueryError(position: atoms[index + 1].1, message: "an excluded word cannot take part in OR")
                    }
                    query.excluded.append(condition)
                    index += 1
                    continue
                }
                var group = [condition]
                index += 1
                while index < atoms.count, case .or = atoms[index].0 {
                    guard index + 1 < atoms.count else {
                        throw QueryError(position: atoms[index].1, message: "OR needs a word or phrase after it")
                    }
                    guard case .text(let next, let nextNegated) = atoms[index + 1].0, !nextNegated else {
                        throw QueryError(position: atoms[index].1, message: "OR must be followed by a word or phrase that is not excluded or a filter")
                    }
                    group.append(next)
                    index += 2
                }
                query.required.append(group)
            }
        }
        if query.required.isEmpty && query.filters.isEmpty {
            let message = query.excluded.isEmpty
                ? "the query is empty; write words to look for or a filter such as speaker:\"He Zhenwei\""
                : "a query cannot only exclude; add a word or a filter to look for"
            throw QueryError(position: 0, message: message)
        }
        return query
    }

    private func apply(_ name: String, _ value: String, at position: Int, to filters: inout SearchFilters) throws(QueryError) {
        switch name {
        case "speaker": filters.speakers.append(value)
        case "org": filters.organizations.append(value)
        case "topic": filters.topics.append(value.lowercased())
        case "event": filters.events.append(value)
        case "year": filters.years.append(try Self.years(value, at: position))
        case "lang":
            guard let language = Language(rawValue: value.lowercased()), language != .unknown else {
                throw QueryError(position: position, message: "lang: takes en, ru or zh, not '\(value)'")
            }
            filters.languages.append(language)
        case "kind":
            guard let kind = Self.kind(value) else {
                throw QueryError(position: position, message: "kind: takes conclusion, problem, solution or other (or вывод, проблема, решение), not '\(value)'")
            }
            filters.kinds.append(kind)
        case "country":
            guard value.count == 2, value.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw QueryError(position: position, message: "country: takes a two-letter ISO code such as CN or RU, not '\(value)'")
            }
            filters.countries.append(value.uppercased())
        case "has":
            switch value.lowercased() {
            case "figures", "figure": filters.hasFigures = true
            case "speaker": filters.hasSpeaker = true
            default: throw QueryError(position: position, message: "has: takes figures or speaker, not '\(value)'")
            }
        default:
            throw QueryError(position: position, message: "unknown filter '\(name):'")
        }
    }

    /// The section kind `value` names: its English name, the plural, or the Russian word as a
    /// group label writes it («Проблемы», «Решение», «Выводы») — a Russian reader types kind:проблемы.
    static func kind(_ value: String) -> SectionKind? {
        let folded = value.lowercased().replacingOccurrences(of: "ё", with: "е")
        if let kind = SectionKind(rawValue: folded) { return kind }
        switch folded {
        case "conclusions", "вывод", "выводы", "итог", "итоги": return .conclusion
        case "problems", "проблема", "проблемы": return .problem
        case "solutions", "решение", "решения", "предложение", "предложения": return .solution
        case "others", "другое", "прочее": return .other
        default: return nil
        }
    }

    /// "2018" or "2016..2019" (also "2016-2019"); open at one end: "2019.." (from 2019 on), "..2017" (up to 2017).
    private static func years(_ value: String, at position: Int) throws(QueryError) -> ClosedRange<Int> {
        let bad = QueryError(position: position, message: "year: takes a year or a range such as 2016..2019, 2019.. or ..2017, not '\(value)'")
        var parts: [Substring]
        if value.contains("..") {
            parts = value.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[1].isEmpty else { throw bad }
            parts.remove(at: 1)
            if parts[0].isEmpty, parts[1].count == 4, parts[1].allSatisfy(\.isASCII), let high = Int(parts[1]) { return 1000...high }
            if parts[1].isEmpty, parts[0].count == 4, parts[0].allSatisfy(\.isASCII), let low = Int(parts[0]) { return low...9999 }
        } else {
            parts = value.split(separator: "-", omittingEmptySubsequences: false)
        }
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.count == 4 && $0.allSatisfy(\.isASCII) }),
              let low = Int(parts[0]), let high = Int(parts[parts.count - 1]) else { throw bad }
        guard low <= high else {
            throw QueryError(position: position, message: "year: range \(value) ends before it starts; write \(high)..\(low)")
        }
        return low...high
    }

    private func readQuoted(_ chars: [Character], from start: Int, close: Character) throws(QueryError) -> (String, Int) {
        var j = start + 1
        while j < chars.count, chars[j] != close, !(close == "\"" && chars[j] == "\u{201D}") { j += 1 }
        guard j < chars.count else {
            throw QueryError(position: start, message: "the quotation mark here is never closed; add \(close) after the phrase")
        }
        let phrase = String(chars[(start + 1)..<j]).trimmingWhitespace
        if phrase.isEmpty { throw QueryError(position: start, message: "the quotation marks hold nothing; put a phrase between them") }
        return (phrase, j + 1)
    }

    private static func closingQuote(_ c: Character) -> Character? {
        switch c {
        case "\"": "\""
        case "\u{201C}": "\u{201D}"
        case "\u{00AB}": "\u{00BB}"
        case "\u{201E}": "\u{201C}"
        default: nil
        }
    }

    private static func example(_ name: String) -> String {
        switch name {
        case "speaker": "speaker:\"He Zhenwei\""
        case "year": "year:2016..2019"
        case "lang": "lang:ru"
        case "kind": "kind:problem"
        case "country": "country:CN"
        case "has": "has:figures"
        default: "\(name):\"…\""
        }
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    var trimmingWhitespace: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}
