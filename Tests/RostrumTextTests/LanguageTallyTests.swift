import Testing
import RostrumModel
import RostrumText

/// The tally must answer exactly as `LanguageDetector.detect` does on the joined pieces.
@Test func tallyOfPiecesMatchesDetectionOfTheirJoin() {
    let cases: [[String]] = [
        ["Energy Dialogue: Gas for Asia", "“Demand in the region keeps growing,” said Oleg Ivanov, Deputy Minister of Energy."],
        ["", "«Мы видим рост спроса на газ в Азии», — отметил Алексей Чекунков.", "По словам министра, проекты идут по плану."],
        ["中俄能源合作", "远东合作论坛 EEF 2023 在符拉迪沃斯托克举行"],
        ["Сессия: Арктика — 2019", "The Northern Sea Route carried 31.5 million tonnes of cargo, said Vyacheslav Ruksha."],
        ["2019 — 55%", "1.5 / 3"],
        ["", ""],
    ]
    for pieces in cases {
        var tally = LanguageTally()
        for (index, piece) in pieces.enumerated() {
            if index > 0 { tally.add("\n") }
            tally.add(piece)
        }
        #expect(tally.language == LanguageDetector.detect(pieces.joined(separator: "\n")), "\(pieces)")
    }
}

@Test func tallyStopsAtTheSampleSizeLikeTheDetector() {
    // An English opening longer than the sample, then Russian: only the opening counts.
    let english = String(repeating: "Investment in regional transport grew by 12% last year. ", count: 90)
    let russian = String(repeating: "Инвестиции в транспорт Дальнего Востока выросли. ", count: 400)
    var tally = LanguageTally()
    tally.add(english)
    #expect(tally.isFull)
    tally.add(russian)
    #expect(tally.language == .en)
    #expect(tally.language == LanguageDetector.detect(english + russian))

    // The boundary falls inside a run of Cyrillic letters: counted scalar by scalar as the detector does.
    let opening = String(repeating: "a", count: LanguageDetector.sampleBytes - 3)
    let tail = "Жжжжжжжж"
    var split = LanguageTally()
    split.add(opening)
    split.add(tail)
    #expect(split.language == LanguageDetector.detect(opening + tail))
    #expect(!LanguageTally().isFull)
    #expect(LanguageTally().language == .unknown)
}

/// The tally counts ASCII and basic Cyrillic eight bytes at a time. Texts whose Latin and Cyrillic
/// letter counts differ by at most one (so that a single letter miscounted flips the answer),
/// started at every alignment and mixed with other scalars, must get the detector's answer.
@Test func tallyCountsLettersExactlyAtEveryAlignment() {
    let pieces = [
        "Инвестиции в транспорт выросли на 12%, ", "«Мы видим рост», — отметил Ёжиков. ", "Ёлка, ёж и щи; ",
        "Gas demand grew. ", "Café «Север» № 7 — ", "ЖЖЖЖЖЖЖЖЖ ", "z Я z Я z Я ", "Ѐѐ Ѣѣ ҐґЇї ",
    ]
    for offset in 0..<10 {
        for rotation in pieces.indices {
            let body = String(repeating: " ", count: offset)
                + (pieces[rotation...] + pieces[..<rotation]).joined()
            var latin = 0
            var cyrillic = 0
            for scalar in body.unicodeScalars {
                let v = scalar.value
                if (v | 0x20) &- 0x61 < 26 || v == 0xE9 { latin += 1 }
                if v >= 0x400 && v <= 0x4FF { cyrillic += 1 }
            }
            // Equal counts are Russian; one more Latin letter makes it English.
            for (extra, expected) in [(cyrillic - latin, Language.ru), (cyrillic - latin + 1, Language.en)] where extra >= 0 {
                let text = body + String(repeating: "q", count: extra)
                var tally = LanguageTally()
                tally.add(text)
                #expect(tally.language == expected, "offset \(offset), rotation \(rotation), extra \(extra)")
                #expect(LanguageDetector.detect(text) == expected, "offset \(offset), rotation \(rotation), extra \(extra)")
            }
        }
    }
}

/// Once a tally says it is decided, no text added after can change its answer: the most adverse
/// continuations (all Latin, all Cyrillic, all CJK) are tried at every point a tally decides.
@Test func aDecidedTallyKeepsItsAnswer() {
    let openings = [
        String(repeating: "Trade turnover grew by 12% last year. ", count: 80),
        String(repeating: "Товарооборот вырос на 12% за год. ", count: 80),
        String(repeating: "中俄贸易额增长 ", count: 200),
        String(repeating: "Gas «Сила Сибири» ", count: 150),
    ]
    let continuations = [String(repeating: "a", count: 5000), String(repeating: "я", count: 3000), String(repeating: "中", count: 2000)]
    var decidedEarly = 0
    for opening in openings {
        var tally = LanguageTally()
        var prefix = ""
        for word in opening.split(separator: " ", omittingEmptySubsequences: false) {
            tally.add(String(word) + " ")
            prefix += word + " "
            guard tally.isDecided else { continue }
            if !tally.isFull { decidedEarly += 1 }
            for continuation in continuations {
                var extended = tally
                extended.add(continuation)
                #expect(extended.language == tally.language, "\(prefix.prefix(40))… + \(continuation.prefix(3))")
                #expect(LanguageDetector.detect(prefix + continuation) == tally.language)
            }
        }
    }
    #expect(decidedEarly > 0)
}
