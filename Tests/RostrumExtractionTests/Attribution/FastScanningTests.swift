@testable import RostrumExtraction
import Testing

/// The byte-level helpers of the hot path give exactly the standard library's answers on
/// realistic English and Russian text.
@Suite struct FastScanningTests {
    static let samples: [String] = [
        "Vyacheslav Ruksha, Director General, Northern Sea Route Directorate",
        "«Мы ожидаем рост грузопотока на 40% к 2024 году», — ОТМЕТИЛ Глава Минвостокразвития Алексей Чекунков.",
        "ЁЛКИ и Ёжики: ЁМКОСТЬ, ЁЛОЧНЫЙ — ёмкий",
        "“Tourism is a growth driver,” said Anna Smirnova. «Подробнее» — на сайте…",
        "Ѐ Ѓ Є Ї Ћ Џ — ѐ ѓ є ї ћ џ",
        "Ελληνικά ΣΟΦΙΑ, İstanbul, Ærø, ǅemal, Straße",
        "Ѣ ѣ Ѳ ѳ Ґ ґ Ӂ",
        "NO-BREAK\u{00A0}SPACE µ ª º © ® 2019",
        "",
    ]

    @Test func lowercasingMatchesTheStandardLibrary() {
        for sample in Self.samples {
            #expect(sample.lowercasedFast() == sample.lowercased(), "\(sample)")
            let middle = Substring(sample).dropFirst(min(3, sample.count))
            #expect(middle.lowercasedFast() == middle.lowercased(), "\(middle)")
        }
    }

    @Test func scalarPropertiesMatchTheStandardLibrary() {
        for sample in Self.samples {
            for scalar in sample.unicodeScalars {
                #expect(scalar.isUppercaseFast == scalar.properties.isUppercase, "\(scalar)")
                #expect(scalar.isLowercaseFast == scalar.properties.isLowercase, "\(scalar)")
                #expect(scalar.isAlphabeticFast == scalar.properties.isAlphabetic, "\(scalar)")
            }
        }
        // Every scalar of ASCII and the Cyrillic block, where the fast paths answer alone.
        for value in UInt32(0)..<0x530 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.isUppercaseFast == scalar.properties.isUppercase, "U+\(String(value, radix: 16))")
            #expect(scalar.isLowercaseFast == scalar.properties.isLowercase, "U+\(String(value, radix: 16))")
            #expect(scalar.isAlphabeticFast == scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
            let text = String(Character(scalar))
            #expect(text.lowercasedFast() == text.lowercased(), "U+\(String(value, radix: 16))")
        }
    }

    @Test func wordSetFindsSaidVerbsLikeTheStringSet() {
        let words = "Отметил, Сказала: said. SAID Told заявила подчеркнул, Pointed also Также сказал tass ТАСС Иванов the"
            .split(separator: " ")
        for word in words {
            let normalized = SaidVerbs.normalized(word)
            #expect(SaidVerbs.singleSet.containsNormalized(word) == SaidVerbs.single.contains(normalized), "\(word)")
            #expect(SaidVerbs.betweenSet.containsNormalized(word) == SaidVerbs.betweenVerbAndName.contains(normalized), "\(word)")
            #expect(SaidVerbs.pairHeads.containsNormalized(word) == (SaidVerbs.pairs[normalized] != nil), "\(word)")
        }
        #expect(SaidVerbs.singleSet.containsNormalized("отметил,"))
        #expect(!SaidVerbs.singleSet.containsNormalized("отметилась"))
        #expect(NameShape.notNameSet.contains("Участники"))
        #expect(!NameShape.notNameSet.contains("участники"), "exact look-ups keep case")
        #expect(AttributionParser.proseStartSet.containsLowercased("Который"))
        #expect(!AttributionParser.proseStartSet.containsLowercased("Который,"), "lower-casing alone keeps punctuation")
    }

    @Test func closingMarksAreFoundOnBytesAsOnScalars() {
        let texts = [
            "«Проект „Арктика“ и «Ямал СПГ» — наш приоритет», — отметил он.",
            "“We call it the “green corridor” now,” said Ruksha.",
            "\"Straight quotes close here\" and not “here”.",
            "„Немецкие кавычки“ закрываются так.",
            "«Кавычка не закрыта до конца абзаца",
        ]
        let expected = ["»", "”", "\"", "“", nil]
        for (text, mark) in zip(texts, expected) {
            let scalars = Substring(text).unicodeScalars
            guard let open = scalars.firstIndex(where: { QuoteMarks.isOpening($0) }) else {
                Issue.record("no opening mark in \(text)")
                continue
            }
            let close = QuoteMarks.closingIndex(in: scalars, openingAt: open)
            #expect(close.map { String(scalars[$0]) } == mark, "\(text)")
        }
        // Nesting: the inner «…» does not close the outer quote.
        let nested = Substring("«Проект «Ямал» важен», — сказал он.").unicodeScalars
        let close = QuoteMarks.closingIndex(in: nested, openingAt: nested.startIndex)
        #expect(close.map { String(Substring(nested[nested.startIndex...$0])) } == "«Проект «Ямал» важен»")
    }

    @Test func characterCountLimitMatchesCount() {
        let lines = [
            "Арктика: новые маршруты и порты",
            "Energy Dialogue: Gas for Asia",
            String(repeating: "Северный морской путь ", count: 8),
            "Café au lait" + String(repeating: "e\u{301}", count: 70),
        ]
        for line in lines {
            for limit in [10, 30, 70, 140, 160, 400] {
                #expect(HeadingDetector.characterCount(line, atMost: limit) == (line.count <= limit), "\(limit): \(line)")
            }
        }
    }

    @Test func initialismsAndTrailingCommas() {
        #expect(AttributionParser.isInitialism("U.S"))
        #expect(AttributionParser.isInitialism("О.С.К"))
        #expect(!AttributionParser.isInitialism("Иванов"))
        #expect(!AttributionParser.isInitialism("Ltd"))
        #expect(Substring("Zhou Liqun, ,  ").droppingTrailingCommasAndSpaces() == "Zhou Liqun")
        #expect(Substring("Греф").droppingTrailingCommasAndSpaces() == "Греф")
    }
}
