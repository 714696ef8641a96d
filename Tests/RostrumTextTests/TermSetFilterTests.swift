import Foundation
@testable import RostrumText
import Testing

/// The anchor filters that `TextAnalyzer.hits(in:of:memo:into:)` tries before its memo must never
/// turn away a word the slow filters admit: the English bitmap is `mayHoldEnglish` itself, and the
/// Russian bitmap may admit more than `mayHoldRussian` but never less.
@Suite struct TermSetFilterTests {
    let analyzer = TextAnalyzer()

    func lexiconSet() throws -> TermSet {
        var terms: [String] = []
        var seen = Set<String>()
        for text in try TermSetTests.sampleTexts().prefix(8) {
            for term in analyzer.terms(in: text).prefix(120) where seen.insert(term).inserted { terms.append(term) }
        }
        let extra = analyzer.terms(in: "я и в к о с по экономика торговля инвестиции a I of energy oil trade")
        return TermSet(terms, continuations: extra)
    }

    @Test func englishBitmapIsTheEnglishFilter() throws {
        let set = try lexiconSet()
        let letters = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        var admitted = 0
        for c0 in letters {
            for c1 in letters {
                for c2 in letters {
                    for n in 1...4 {
                        let word = Array([c0, c1, c2, c2].prefix(n))
                        let slow = set.mayHoldEnglish(word, afterHit: false)
                        #expect(set.mayAnchorEnglish(count: n, c0, c1, c2) == slow, "\(String(decoding: word, as: UTF8.self))")
                        if slow { admitted += 1 }
                    }
                }
            }
        }
        #expect(admitted > 0)
    }

    @Test func russianBitmapAdmitsEveryWordTheRussianFilterAdmits() throws {
        let set = try lexiconSet()
        var words: [String] = []
        for text in try TermSetTests.sampleTexts() {
            for token in analyzer.tokens(in: text) where token.surface.unicodeScalars.allSatisfy({
                ($0.value >= 0x410 && $0.value <= 0x44F) || $0.value == 0x401 || $0.value == 0x451
            }) {
                words.append(token.surface)
            }
        }
        words += ["Ёлка", "ЭКОНОМИКА", "я", "по", "Инвестиции"]
        #expect(words.count > 200)
        var turnedAway = 0
        for word in words {
            guard let token = analyzer.tokens(in: word).first else { continue }
            var copy = word
            let folded = Array(token.folded.unicodeScalars)
            let slow = set.mayHoldRussian(folded, afterHit: false)
            let fast = copy.withUTF8 { set.mayAnchorBasicCyrillic($0, 0, $0.count) }
            #expect(fast || !slow, "\(word)")
            if !fast { turnedAway += 1 }
        }
        // The filter is worth having only if it turns words away.
        #expect(turnedAway > 0)
    }
}
