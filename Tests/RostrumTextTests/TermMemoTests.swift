import Foundation
import RostrumText
import Testing

/// `TextAnalyzer.hits(in:of:memo:into:)` must give exactly the hits of `hits(in:of:)`, whether
/// the memo is empty or already knows the words, including Russian words read by the tokenizer's
/// basic-Cyrillic fast path and words that must leave it (digits, apostrophes, accents, no-break spaces).
@Suite struct TermMemoTests {
    let analyzer = TextAnalyzer()

    static let texts = [
        "Инвестиции в экономику Дальнего Востока выросли; торговля — тоже.",
        "ЭКОНОМИКА, Ёлка и ёлки: торговля2019 и торговля 2019 года, д'Артаньян, О’Нил.",
        "Trade turnover and investment in energy grew; investments in the Far East's trade rose.",
        "Смешанный текст: energy-экономика, инвестиции\u{00A0}торговля, и\u{0306}ли Востока́ и рост.",
    ]

    @Test func memoGivesTheHitsOfTheAnalyzer() throws {
        let terms = analyzer.terms(in: "инвестиции экономика Востока торговля ёлка investment energy trade turnover дальнего рост")
        let set = TermSet(Array(terms.prefix(8)), continuations: Array(terms.dropFirst(8)))
        var memo = TermMemo()
        var total = 0
        for pass in 0..<2 {
            for text in Self.texts {
                var withMemo: [TermHit] = []
                analyzer.hits(in: text, of: set, memo: &memo, into: &withMemo)
                #expect(withMemo == analyzer.hits(in: text, of: set), "pass \(pass): \(text)")
                total += withMemo.count
            }
        }
        #expect(total > 10)
        #expect(memo.count > 0)
    }

    @Test func memoGivesTheHitsOfTheAnalyzerOnTheSamples() throws {
        let terms = analyzer.terms(in: "инвестиции экономика торговля сотрудничество energy investment trade cooperation China Китай")
        let set = TermSet(terms)
        var memo = TermMemo()
        for text in try TermSetTests.sampleTexts() {
            var withMemo: [TermHit] = []
            analyzer.hits(in: text, of: set, memo: &memo, into: &withMemo)
            #expect(withMemo == analyzer.hits(in: text, of: set))
        }
    }
}
