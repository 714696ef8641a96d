import Testing
@testable import RostrumExtraction
import RostrumModel

/// The figure stage's packed lexicon facts and its eight-byte digit scan must say what the
/// lexicon and a byte-by-byte scan say.
struct FigureScanPackingTests {
    @Test func packedFactsKeepEveryEntry() {
        let infos = FigureLexicon.infos
        let keys = FigureLexicon.table.entryKeys
        #expect(FigureLexicon.facts.count == infos.count)
        for (index, (fact, info)) in zip(FigureLexicon.facts, infos).enumerated() {
            #expect(fact.index == Int32(index))
            #expect(fact.known)
            #expect(fact.roles == info.roles)
            #expect(fact.hasQualifier == (info.qualifier != nil))
            #expect(fact.figureWord == (info.number != nil || info.unit != nil || info.qualifier != nil || info.multiplier != nil))
            if info.multiplier != nil || info.currencyBefore != nil || keys[index] == W.us { #expect(fact.trigger) }
        }
        let unknown = FigurePassage.TokenLex()
        #expect(unknown.index == -1 && !unknown.known && !unknown.trigger && unknown.roles.isEmpty)
    }

    @Test func digitScanFindsEveryDigit() {
        let texts = [
            "", "7", "no digits at all in this sentence, only words", "Товарооборот вырос на 55% за год.",
            "Trade reached $80 billion", "abcdefgh9", "abcdefg", "///:::", "Container traffic between our countries grew",
            "«Мы ожидаем роста в два-три раза», — сказал он.", "０１２ full-width digits are not ASCII", "x\u{00B9}\u{00B2}",
        ]
        for text in texts {
            var copy = text
            copy.makeContiguousUTF8()
            let fast = copy.utf8.withContiguousStorageIfAvailable { bytes in
                NumberScanner(bytes: bytes, language: .unknown).hasDigit()
            }
            #expect(fast == text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }, "\(text)")
        }
    }

    /// The table's filter never turns away a key it holds, and words it does not hold are not found.
    @Test func filteredTableFindsExactlyItsKeys() {
        let table = FigureLexicon.table
        for (index, key) in table.entryKeys.enumerated() {
            #expect(table.index(of: key) == index)
        }
        let words = ["container", "traffic", "between", "our", "countries", "товарооборот", "составил", "million",
                     "тонн", "percent", "рост", "soybeans", "Arctic", "icebreakers", "x", "zz"]
        let known = Set(table.entryKeys)
        for word in words {
            let h = FigureLexicon.hash(word)
            #expect((table.index(of: h) >= 0) == known.contains(h), "\(word)")
        }
        #expect(table.index(of: FigureLexicon.hash("million")) >= 0)
        #expect(table.index(of: FigureLexicon.hash("icebreakers")) < 0)
    }
}
