import Foundation
import RostrumModel
import RostrumStore

/// `rostrum bench search --record FILE`: the full results (JSON, plus each score's exact bits) of a
/// fixed set of varied queries — words, phrases, prefixes, OR, exclusions, filters, both sorts,
/// several pages, quote and session searches — so two builds can be compared byte for byte.
enum BenchSearchRecord {
    /// The queries recorded, each run as a quote search and some as a session search.
    static var queries: [String] {
        let texts = ["trade", "investment", "soybeans", "tourism", "energy", "port", "инвестиции", "торговля", "экспорт", "газ",
                     "trade turnover", "investment projects", "gas supplies", "инвестиции проекты", "container traffic",
                     #""trade turnover""#, #""Far East""#, #""Дальний Восток""#, #""free port""#,
                     "invest*", "agri*", "экспорт*", "tour*", "gas OR oil", "trade -tourism", "investment NOT China",
                     "energy -\"Far East\"", "tour* OR agri*", "trade investment projects", "Lebedev", "Rosneft"]
        let filters = ["", "year:2016..2019", "lang:ru", "lang:en", "country:CN", "has:figures", "kind:problem", "lang:en has:figures",
                       "topic:trade", "speaker:\"Chen Wei\"", "org:Rosseti", "event:Arctic", "year:2018 country:RU has:speaker"]
        var out: [String] = []
        for (i, text) in texts.enumerated() {
            out.append(text)
            out.append(text + " " + filters[1 + i % (filters.count - 1)])
            out.append(text + " " + filters[1 + (i * 5 + 3) % (filters.count - 1)])
        }
        out += ["kind:problem country:CN", "year:2017 lang:en", "has:figures country:RU", "lang:ru kind:solution", "topic:energy",
                "speaker:Lebedev", "org:Huawei year:2019", "event:\"Russian Energy Week\"", "country:CN country:JP kind:solution",
                "has:speaker topic:agriculture_food lang:en", "year:2010..2030", "has:speaker -trade", "topic:investment_finance -tourism"]
        return out
    }

    static func write(_ store: SQLiteStore, to path: String) async throws {
        var lines: [String] = []
        for (n, text) in queries.enumerated() {
            let query = try SearchQuery(parsing: text)
            let pages: [(Int, Int)] = n % 4 == 0 ? [(10, 0), (10, 10), (5, 47)] : [(10, 0)]
            for sort in SearchSort.allCases {
                for (limit, offset) in pages {
                    let results = try await store.search(query, limit: limit, offset: offset, sort: sort)
                    let bits = results.hits.map { String($0.score.bitPattern, radix: 16) }.joined(separator: ",")
                    lines.append("Q \(text) | \(sort.rawValue) \(limit) \(offset) | \(bits)")
                    lines.append(results.jsonValue.rendered(pretty: false))
                }
                if n % 3 == 0 {
                    let sessions = try await store.searchSessions(query, limit: 10, offset: 0, sort: sort)
                    let bits = sessions.hits.map { String($0.best.score.bitPattern, radix: 16) }.joined(separator: ",")
                    lines.append("S \(text) | \(sort.rawValue) | \(bits)")
                    lines.append(sessions.jsonValue.rendered(pretty: false))
                }
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        print("recorded \(lines.count / 2) searches to \(path)")
    }
}
