@testable import RostrumExtraction
import Testing

/// The byte scans added for speed (substring search, first opening mark, a tail's first word,
/// ё → е in name keys, names read in place) give the answers of the Character- and
/// scalar-level code they replaced, on realistic English and Russian text.
@Suite struct ByteScanEquivalenceTests {
    static let samples: [String] = [
        "Traffic on the route grew by 40%, said Vyacheslav Ruksha, Director General, Northern Sea Route Directorate.",
        "«Мы ожидаем рост грузопотока на 40% к 2024 году», — отметил глава Минвостокразвития Алексей Чекунков.",
        "По словам Петра Королёва, «грузопоток», вырастет; заявил Пётр Королёв, что „всё“ — «ясно».",
        "“Tourism is a growth driver,” said Anna Smirnova, “and more.” He said that \"plain\" marks work too.",
        "Combining e\u{0301}, said he; a space then a mark , \u{0301}said Ivan Petrov, and ZWJ\u{200D}, noted X.",
        "No quotes here at all, only commas, and words that follow them, said nobody",
        "",
    ]

    /// `UTF8Search.ranges` as it was written before: index by index through the UTF-8 view.
    static func referenceRanges(of needle: [UInt8], in text: Substring, limit: Int) -> [Range<Substring.Index>] {
        let utf8 = text.utf8
        var result: [Range<Substring.Index>] = []
        var index = utf8.startIndex
        var scanned = 0
        while index < utf8.endIndex, scanned < limit {
            var a = index
            var k = 0
            while k < needle.count, a < utf8.endIndex, utf8[a] == needle[k] {
                a = utf8.index(after: a)
                k += 1
            }
            if k == needle.count { result.append(index..<a) }
            index = utf8.index(after: index)
            scanned += 1
        }
        return result
    }

    @Test func substringSearchMatchesTheIndexWalk() {
        let needles = [", ", " that ", ", что ", "ё", "»", "“", "aa", ",", "said"].map { Array($0.utf8) }
        for sample in Self.samples + ["aaaa"] {
            // A substring that starts past the first scalar, as the callers pass.
            for text in [Substring(sample), Substring(sample).dropFirst(min(2, sample.count))] {
                for needle in needles {
                    for limit in [Int.max, 30, 1] {
                        #expect(UTF8Search.ranges(of: needle, in: text, limit: limit) == Self.referenceRanges(of: needle, in: text, limit: limit),
                                "\(text) / \(needle)")
                    }
                }
            }
        }
    }

    @Test func firstOpeningMarkMatchesTheScalarSearch() {
        for sample in Self.samples {
            var text = Substring(sample)
            while true {
                #expect(QuoteMarks.firstOpening(in: text) == text.unicodeScalars.firstIndex(where: { QuoteMarks.isOpening($0) }), "\(text)")
                guard !text.isEmpty else { break }
                text = Substring(text.unicodeScalars.dropFirst())
            }
        }
    }

    @Test func plainFirstWordIsTheFirstWordOfTheSplit() {
        for sample in Self.samples {
            var text = Substring(sample)
            while true {
                if let word = ReportedSpeech.plainFirstWord(text) {
                    // A plain word is the split's first word, or the split's first word starts with
                    // it and then holds a space (a combining scalar after the space).
                    let first = text.split(separator: " ", maxSplits: 3).first
                    #expect(first.map { $0 == word || ($0.utf8.starts(with: word.utf8) && $0.utf8.contains(UInt8(ascii: " "))) } ?? false, "\(text)")
                    if first != word, let first { #expect(SaidVerbs.match([first], at: 0) == 0) }
                }
                guard !text.isEmpty else { break }
                text = Substring(text.unicodeScalars.dropFirst())
            }
        }
        #expect(ReportedSpeech.plainFirstWord(" said Anna") == "said")
        #expect(ReportedSpeech.plainFirstWord("заявил Пётр") == "заявил")
        #expect(ReportedSpeech.plainFirstWord("e\u{0301}tait") == nil)
        #expect(ReportedSpeech.plainFirstWord("   ") == nil)
    }

    @Test func yoReplacementMatchesTheCharacterReplacement() {
        for name in ["пётр королёв", "алёна", "ёлкин", "ivan petrov", "королёв-ёжиков", "пётр\u{0301} ёж", "е\u{0308}лкин ё", "łódź ё"] {
            let slow = name.replacingOccurrences(of: "ё", with: "е")
            if let fast = SpeakerResolver.yoReplacedBytes(name) {
                #expect(fast == slow, "\(name)")
            }
            #expect(SpeakerResolver.key(name) == slow.lowercased(), "\(name)")
        }
        #expect(SpeakerResolver.yoReplacedBytes("пётр\u{0301}") == nil, "a combining mark takes the Character path")
    }

    /// `NameShape.isPersonName` as it was written before: the words split into an array first.
    static func referenceIsPersonName(_ phrase: Substring) -> Bool {
        guard phrase.utf8.count <= 160, let head = phrase.unicodeScalars.first, head.isUppercaseFast else { return false }
        let words = phrase.words()
        guard (1...7).contains(words.count) else { return false }
        var capitalised = 0
        for word in words {
            guard let first = word.unicodeScalars.first else { continue }
            if !first.isUppercaseFast {
                if NameShape.particleSet.contains(word) { continue }
                return false
            }
            var lowercase = 0
            for scalar in word.unicodeScalars {
                if scalar.isAlphabeticFast {
                    if scalar.isLowercaseFast { lowercase += 1 }
                    continue
                }
                if scalar == "-" || scalar == "'" || scalar == "’" || scalar == "." { continue }
                return false
            }
            if lowercase == 0, word.unicodeScalars.count >= 3, !word.utf8.contains(UInt8(ascii: "-")) { return false }
            capitalised += 1
        }
        if let first = words.first, NameShape.notNameSet.contains(first),
            !(words.count > 1 && NameShape.surnamesLikeFunctionWords.contains(first))
        {
            return false
        }
        return capitalised >= 1
    }

    @Test func personNamesReadInPlaceMatchTheWordArray() {
        let phrases = [
            "Vyacheslav Ruksha", "He Zhenwei", "He", "The Ministry", "Ludwig van Beethoven", "Ван Пин", "Алексей Олегович Чекунков",
            "Mr. Potanin", "ООО Ромашка", "Jean-Claude  Juncker", " Anna Smirnova", "Anna Smirnova ", "A B C D E F G", "A B C D E F G H",
            "Anna 2019", "Пётр Королёв", "Ivan O'Neil", "Said Al-Harbi", "According to Anna", "Yu", "Ma Jun", "IBM", "d'Artagnan Ivanov",
        ]
        for phrase in phrases {
            #expect(NameShape.isPersonName(Substring(phrase)) == Self.referenceIsPersonName(Substring(phrase)), "\(phrase)")
        }
        for sample in Self.samples {
            for words in sample.words().indices {
                let phrase = Substring(sample.words().prefix(words + 1).joined(separator: " "))
                #expect(NameShape.isPersonName(phrase) == Self.referenceIsPersonName(phrase), "\(phrase)")
            }
        }
    }
}
