@testable import RostrumExtraction
import RostrumModel
import Testing

/// The figure stage's byte paths must agree with the string operations they replace.
@Suite struct FigureFastPathTests {
    static let words = [
        "Container", "traffic", "TEU", "Товарооборот", "ЁМКОСТЬ", "ёлка", "Ѐлка", "start-ups", "d'Artagnan",
        "Ölpreis", "ІНВЕСТИЦІЇ", "straße", "İstanbul", "тонн", "Chinese", "США", "дата-центров",
    ]

    @Test func lowerCasedBytesAreTheStringsLowerCase() {
        for word in Self.words {
            var copy = word
            copy.withUTF8 { bytes in
                var out: [UInt8] = [0x41]
                if FigurePassage.appendLowerFast(bytes, 0, bytes.count, to: &out) {
                    #expect(Array(out.dropFirst()) == Array(word.lowercased().utf8), "\(word)")
                } else {
                    // Outside ASCII and basic Cyrillic: nothing appended, the caller uses strings.
                    #expect(out == [0x41], "\(word)")
                    #expect(word.unicodeScalars.contains { $0.value >= 0x80 && !(0x400...0x45F).contains($0.value) })
                }
            }
        }
    }

    @Test func passagesWithoutDigitsOrNumberWordsHoldNoFigure() {
        let extractor = FigureExtractor()
        let none = [
            "We need a clear framework for investors, and the regions must take part in it.",
            "Инвесторам нужны понятные правила, а регионы должны участвовать в их выработке.",
        ]
        let some = [
            "Exports to China tripled, and the share of grain rose by a third.",
            "Товарооборот вырос вдвое, а половина поставок пришлась на зерно.",
            "Investment reached $5 billion.",
        ]
        for text in none {
            var copy = text
            let may = copy.withUTF8 { NumberScanner(bytes: $0, language: .unknown).mayHoldFigure() }
            #expect(!may, "\(text)")
            #expect(extractor.figures(in: text, language: .unknown).isEmpty)
        }
        for text in some {
            var copy = text
            let may = copy.withUTF8 { NumberScanner(bytes: $0, language: .unknown).mayHoldFigure() }
            #expect(may, "\(text)")
            #expect(!extractor.figures(in: text, language: .unknown).isEmpty, "\(text)")
        }
    }
}
