@testable import RostrumExtraction
import Testing

/// The byte-level comma split, word scans and capital test that reported speech and dash
/// attributions use give the answers of the Character-level code they replaced.
@Suite struct CommaAndWordScanTests {
    static let samples: [String] = ByteScanEquivalenceTests.samples + [
        "According to Irina Kovaleva, President, Harbin Electric Co., Ltd., exports to India will grow by 12% next year.",
        "По словам Татьяны Лебедевой, главного аналитика «Совкомфлота», ставки фрахта, вероятно, останутся высокими.",
        "Как отметил министр цифрового развития, связи и массовых коммуникаций Максут Шадаев, спрос на кадры растёт.",
        "As Igor Egorov, Chairman of the Management Board, put it, “trade is one of the most promising areas.”",
        "A mark after a comma,\u{0301} then ZWJ,\u{200D} then ZWNJ,\u{200C} then a plain one, end",
        "Arabic prepend \u{0600},after it, and a Cyrillic ё,ж, and «кавычки», и „лапки“,",
        ",leading comma, ,, doubled,, and trailing ,",
        "   spaces   around   words   ",
        "Щ",
        "é then more",
        "e\u{0301} composed by a mark",
        "\u{0400}Ѐ and а\u{0301}",
    ]

    /// Every suffix and prefix of the samples that starts and ends on a Character boundary.
    static var pieces: [Substring] {
        samples.flatMap { sample -> [Substring] in
            let text = Substring(sample)
            var result: [Substring] = [text]
            var index = text.startIndex
            while index < text.endIndex {
                result.append(text[index...])
                result.append(text[..<index])
                index = text.index(after: index)
            }
            return result
        }
    }

    @Test func commaSplitCutsWhereTheStandardSplitCuts() {
        for text in Self.pieces {
            for maxSplits in [0, 1, 2, 6, 50] {
                let expected = text.split(separator: ",", maxSplits: maxSplits, omittingEmptySubsequences: false)
                let cut = CommaSplit(text, maxSplits: maxSplits)
                #expect(cut.pieces.map(String.init) == expected.map(String.init), "\(text.debugDescription) max \(maxSplits)")
                #expect(cut.pieces.map(\.startIndex) == expected.map(\.startIndex))
            }
        }
    }

    @Test func textAfterCommasIsTheCharacterWalks() {
        for text in Self.pieces {
            let cut = CommaSplit(text, maxSplits: 6)
            for count in 0...9 {
                #expect(cut.after(commas: count, in: text) == CommaSplit.walkingAfter(commas: count, in: text), "\(text.debugDescription) after \(count)")
            }
        }
    }

    @Test func commaSplitFindsTheCommasOfAReportedClause() {
        let text = Substring("Irina Kovaleva, President, Harbin Electric, exports will grow")
        let cut = CommaSplit(text, maxSplits: 6)
        #expect(cut.pieces.map { String($0.trimmingSpaces()) } == ["Irina Kovaleva", "President", "Harbin Electric", "exports will grow"])
        #expect(cut.after(commas: 2, in: text) == "Harbin Electric, exports will grow")
        #expect(cut.after(commas: 4, in: text) == "")
    }

    @Test func firstWordsAreThePrefixOfWords() {
        for text in Self.pieces {
            let all = text.words()
            for limit in [0, 1, 2, 4, 100] {
                #expect(text.firstWords(limit) == Array(all.prefix(limit)))
            }
        }
    }

    @Test func firstAndLastWordAreThoseOfWords() {
        for text in Self.pieces {
            let all = text.words()
            let ends = text.firstAndLastWord()
            #expect(ends?.first == all.first && ends?.last == all.last, "\(text.debugDescription)")
            #expect((ends == nil) == all.isEmpty)
        }
    }

    @Test func hasAtLeastCountsCharacters() {
        for text in Self.pieces {
            for n in [0, 1, 5, 12, 40] {
                #expect(text.hasAtLeast(n) == (text.count >= n))
            }
        }
    }

    @Test func oneScanForTwoNeedlesIsBothScansMerged() {
        let pairs: [([UInt8], [UInt8])] = [(Array(" that ".utf8), Array(", что ".utf8)), (Array(",".utf8), Array(" ".utf8)), (Array("aa".utf8), Array("ё".utf8))]
        for text in Self.pieces + [Substring("aaaa, что that ")] {
            for (a, b) in pairs {
                for limit in [3, 400, .max] {
                    let merged = (UTF8Search.ranges(of: a, in: text, limit: limit) + UTF8Search.ranges(of: b, in: text, limit: limit))
                        .sorted { $0.lowerBound < $1.lowerBound }
                    #expect(UTF8Search.ranges(of: a, or: b, in: text, limit: limit) == merged)
                }
            }
        }
    }

    @Test func capitalTestIsCharacterIsUppercase() {
        for text in Self.pieces {
            #expect(ReportedSpeech.startsWithCapital(text) == (text.first?.isUppercase ?? false), "\(text.debugDescription)")
        }
    }
}
