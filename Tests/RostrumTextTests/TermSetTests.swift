import Foundation
import RostrumText
import Testing

/// `TextAnalyzer.hits(in:of:)` must find exactly the tokens whose `tokens(in:)` term is in the
/// set, whatever the set holds: its prefix filter may skip stemming only for words that cannot
/// reach a term of the set.
@Suite struct TermSetTests {
    let analyzer = TextAnalyzer()

    static let samplesRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples")

    static func sampleTexts() throws -> [String] {
        let enumerator = FileManager.default.enumerator(at: samplesRoot, includingPropertiesForKeys: nil)
        var texts: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            guard ["txt", "md", "html"].contains(url.pathExtension) else { continue }
            texts.append(try String(contentsOf: url, encoding: .utf8))
        }
        return texts.sorted()
    }

    /// The hits `tokens(in:)` implies for `set`.
    func expectedHits(_ text: String, _ set: TermSet) -> [TermHit] {
        let utf8 = Array(text.utf8)
        var hits: [TermHit] = []
        var offset = 0
        var utf16 = 0
        for (ordinal, token) in analyzer.tokens(in: text).enumerated() {
            // Walk to the token's UTF-16 offset to find its UTF-8 offset.
            while utf16 < token.utf16Offset {
                let lead = utf8[offset]
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                offset += length
                utf16 += length == 4 ? 2 : 1
            }
            if let index = set.index(of: token.term),
               index < set.anchorCount || hits.last?.token == ordinal - 1 {
                hits.append(TermHit(term: index, token: ordinal, utf8Range: offset..<(offset + token.surface.utf8.count)))
            }
        }
        return hits
    }

    @Test func hitsEqualTheTokenPathForSetsOfCorpusTerms() throws {
        let texts = try Self.sampleTexts()
        #expect(texts.count >= 18)
        var seen = Set<String>()
        var distinct: [String] = []
        for text in texts {
            for term in analyzer.terms(in: text) where seen.insert(term).inserted { distinct.append(term) }
        }
        #expect(distinct.count > 1000)
        // Sparse and dense sets: every 37th, every 5th and every term of the corpus.
        for step in [37, 5, 1] {
            let set = TermSet(stride(from: 0, to: distinct.count, by: step).map { distinct[$0] })
            var total = 0
            for text in texts {
                let hits = analyzer.hits(in: text, of: set)
                #expect(hits == expectedHits(text, set))
                total += hits.count
            }
            #expect(total > 0)
        }
    }

    @Test func continuationsAreFoundOnlyAfterAHit() throws {
        let texts = try Self.sampleTexts()
        var seen = Set<String>()
        var distinct: [String] = []
        for text in texts {
            for term in analyzer.terms(in: text) where seen.insert(term).inserted { distinct.append(term) }
        }
        // Rare anchors, common continuations (every 3rd term, so "the", "и", "of" are likely in).
        let anchors = stride(from: 0, to: distinct.count, by: 11).map { distinct[$0] }
        let continuations = stride(from: 1, to: distinct.count, by: 3).map { distinct[$0] }
        let set = TermSet(anchors, continuations: continuations)
        var continued = 0
        for text in texts {
            let hits = analyzer.hits(in: text, of: set)
            #expect(hits == expectedHits(text, set))
            continued += hits.filter { $0.term >= set.anchorCount }.count
        }
        #expect(continued > 0)

        let phrase = TermSet(["нефт"], continuations: ["и", "газ"])
        let sentence = "И газ, и нефть и газ."
        #expect(analyzer.hits(in: sentence, of: phrase).map { phrase.terms[$0.term] } == ["нефт", "и", "газ"])
    }

    @Test func stemsThatRewriteTheirWordsAreFound() {
        let text = "Dying, lying and tying; skies and skis; cried, hoping, gently, early, only; "
            + "the 'quoted' word; Инвестициями, товарооборота, ёлки; 1,000 and 2.5; 中国贸易; g20 café."
        let set = TermSet(["die", "lie", "tie", "sky", "ski", "cri", "hope", "gentl", "earli", "onli", "quot",
                           "инвестиц", "товарооборот", "елк", "1000", "2.5", "中国", "贸易", "g20", "cafe"])
        let hits = analyzer.hits(in: text, of: set)
        #expect(hits == expectedHits(text, set))
        #expect(hits.map { set.terms[$0.term] } == [
            "die", "lie", "tie", "sky", "ski", "cri", "hope", "gentl", "earli", "onli", "quot",
            "инвестиц", "товарооборот", "елк", "1000", "2.5", "中国", "贸易", "g20", "cafe",
        ])
        #expect(set.index(of: "hope") == 6)
        #expect(set.index(of: "hop") == nil)
    }

    @Test func wordsThatLeaveASCIIOrTakeAnApostropheMatchTheTokenPath() {
        // Words that end at an apostrophe, run into accented or Cyrillic letters, carry digits,
        // or end the text: the ASCII fast path must hand these to the full tokenizer.
        let text = "Don't the ministers' naïve résumé G20 summit's 5G COVID19 Moscow’s Ростов-на-Дону "
            + "trade'n'talk 'tis policy.Trade,investment;energy Energy"
        let set = TermSet(["don't", "minist", "naiv", "resum", "g20", "summit'", "summit", "covid19",
                           "moscow'", "ростов", "trade'n'talk", "ti", "polici", "trade", "invest", "energi"])
        let hits = analyzer.hits(in: text, of: set)
        #expect(hits == expectedHits(text, set))
        #expect(hits.count >= 10)
    }
}
