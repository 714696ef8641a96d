import Foundation
import GRDB
import Testing
@testable import RostrumStore

/// Snippets are made in Swift (`QuoteSnippet`): the matched words marked, the best window of 32
/// tokens chosen as FTS5's `snippet()` chooses it, cut ends shown by "…".
@Suite("Quote snippets")
struct QuoteSnippetTests {
    private func snippet(_ query: String, _ text: String) throws -> String {
        QuoteSnippet(required: SearchPlan(try SearchQuery(parsing: query)).required).snippet(of: text)
    }

    @Test func aShortQuoteIsShownWholeWithItsStemmedMatchesMarked() throws {
        let text = "Investments in the port of Zarubino will pay off once the grain terminal is investing in its own rail link."
        #expect(try snippet("investment", text)
                == "<mark>Investments</mark> in the port of Zarubino will pay off once the grain terminal is <mark>investing</mark> in its own rail link.")
    }

    @Test func aRussianQueryFindsOtherCasesOfTheWord() throws {
        let text = "Объём инвестиций в регион вырос, и новые инвестиции пойдут в логистику."
        #expect(try snippet("инвестиции", text) == "Объём <mark>инвестиций</mark> в регион вырос, и новые <mark>инвестиции</mark> пойдут в логистику.")
    }

    @Test func aPhraseIsMarkedAsOneSpan() throws {
        let text = "Trade turnover between our countries reached a record, and trade will keep growing."
        #expect(try snippet("\"trade turnover\"", text) == "<mark>Trade turnover</mark> between our countries reached a record, and trade will keep growing.")
    }

    @Test func aLongQuoteIsCutAroundTheMatchAtASentenceStart() throws {
        let text = """
            We spent the first two years of the programme building roads, bridges and power lines across the northern districts, \
            and the work took longer than anyone planned because the ground stays frozen for most of the year. \
            Now the container terminal handles twice the cargo it did, and shipping lines from Busan call every week. \
            The next step is a dry port near the border, which the regional government will finance together with private partners.
            """
        let result = try snippet("container", text)
        #expect(result == "…Now the <mark>container</mark> terminal handles twice the cargo it did, and shipping lines from Busan call every week. "
                + "The next step is a dry port near the border, which the regional government…")
    }

    @Test func withoutAMatchInTheQuoteItsOpeningIsShown() throws {
        // The query matched the speaker's line, not the quote text.
        let text = """
            Our ports on the Pacific coast handled more cargo than ever last season, and we expect the new rail links to add more \
            traffic in the coming years as the terminals grow. Shipping lines are already asking for berths.
            """
        #expect(try snippet("rosmorport", text)
                == "Our ports on the Pacific coast handled more cargo than ever last season, and we expect the new rail links to add more "
                + "traffic in the coming years as the terminals grow…")
    }

    @Test func aPrefixMarksEveryWordItStarts() throws {
        let text = "Investors want stable rules; investment follows them."
        #expect(try snippet("invest*", text) == "<mark>Investors</mark> want stable rules; <mark>investment</mark> follows them.")
    }

    /// The snippets are FTS5's: every hit of varied queries over the samples gets the same text from
    /// `QuoteSnippet` as from `snippet(quote_fts, 0, '<mark>', '</mark>', '…', 32)`.
    @Test func snippetsAreThoseOfFTS5() async throws {
        // The store's own index holds pre-analysed terms (`FullTextTerms`), not the text that
        // `snippet()` needs, so the samples' quotes go into an index of their plain text here.
        let store = try #require(try await Samples.store(.sqlite) as? SQLiteStore)
        let texts = try await store.read { db in try String.fetchAll(db, sql: "SELECT text FROM quotes ORDER BY id") }
        let index = try DatabaseQueue()
        try await index.write { db in
            db.add(tokenizer: RostrumTokenizer.self)
            try db.create(virtualTable: "quote_fts", using: FTS5()) { t in
                t.tokenizer = RostrumTokenizer.tokenizerDescriptor()
                t.column("text")
            }
            for text in texts { try db.execute(sql: "INSERT INTO quote_fts (text) VALUES (?)", arguments: [text]) }
        }
        #expect(texts.count > 250)
        let queries = ["trade", "\"trade turnover\"", "investment OR investors", "china russia", "port logistics", "energy -gas",
                       "инвестиции", "\"в рамках\"", "развитие OR проект", "the", "\"of the\"", "year", "million billion", "экспорт"]
        var compared = 0
        for query in queries {
            let plan = SearchPlan(try SearchQuery(parsing: query))
            let snippets = QuoteSnippet(required: plan.required)
            let match = try #require(plan.positive)
            let pairs = try await index.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT rowid, text, snippet(quote_fts, 0, '<mark>', '</mark>', '…', 32) FROM quote_fts WHERE quote_fts MATCH ? LIMIT 200
                    """, arguments: [match]).map { (text: $0[1] as String, fts: $0[2] as String) }
            }
            for pair in pairs {
                #expect(snippets.snippet(of: pair.text) == pair.fts, "query \(query)")
                compared += 1
            }
        }
        #expect(compared > 300)
    }
}
