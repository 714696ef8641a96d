@testable import RostrumExtraction
import Testing

/// The segmenter reads datelines, "Read also" lines, group labels and title repeats on bytes
/// where the text allows it; these tests hold each byte path to the string path it stands for.
@Suite struct SegmentBytePathTests {
    static let lines: [String] = [
        "Eastern Economic Forum 2023 · 12 September 2023",
        "ПМЭФ-2019 | 6 июня 2019 года, Санкт-Петербург",
        "Eastern Economic Forum, Vladivostok, 5 September 2024",
        "Российская энергетическая неделя 2015 — 18 октября 2015 г.",
        "September 12, 2018",
        "Vladivostok — Eastern Economic Forum 2019",
        "Forum 2019: what was said",
        "The forum brought together 3,500 participants in 2023.",
        "«Экспорт вырос на 45% в 2019 году», — Чэнь Хун.",
        "Объём торговли вырос на 25%.",
        "Week 12 • Moscow • 2021",
        "Саммит 2022 · Москва · 1 июня 2022",
        "Summit\u{00A0}2022 · Moscow",
        "Ἀθῆναι Forum 2020 · 12 May 2020",
        "*Eastern Economic Forum 2023* · _12 September 2023_",
        "— 12 September 2023",
        "Read also: the forum in 2023",
        "Читайте также",
        "ЧИТАЙТЕ ТАКЖЕ: итоги форума",
        "Смотрите также",
        "Related articles",
        "Read alsó",
        "Read also\u{200D}",
        "Reading also",
        "KEY CONCLUSIONS",
        "Ключевые выводы:",
        "КЛЮЧЕВЫЕ ВЫВОДЫ 2019",
        "2019 Key conclusions",
        "Key  conclusions",
        "Key — conclusions",
        "«Основные риски»",
        "Решения и предложения",
        "Пути решения",
        "The way forward",
        "Ёмкие выводы",
        "Ключевые ёмкие выводы",
        "Problems: ports",
        "Ключевые вызовы",
        "ªKey conclusions",
    ]

    @Test func datelinesOnBytesAgreeWithTheGeneralPath() {
        for line in Self.lines {
            for commas in [false, true] {
                var copy = line
                if let fast = copy.withUTF8({ Dateline.parseBytes($0, commas: commas) }) {
                    #expect(fast == Dateline.parseGeneral(line, commas: commas), "\(line)")
                }
            }
        }
        #expect(Dateline.parse("Саммит 2022 · Москва · 1 июня 2022") == Dateline.Parts(event: "Саммит 2022", date: "2022-06-01"))
    }

    @Test func readAlsoOnBytesAgreesWithTheGeneralPath() {
        for line in Self.lines {
            #expect(Segmenter.isReadAlso(line) == Segmenter.isReadAlso(line, onBytes: false), "\(line)")
        }
        #expect(Segmenter.isReadAlso("ЧИТАЙТЕ ТАКЖЕ: итоги форума"))
        #expect(!Segmenter.isReadAlso("Read alsó"))
    }

    @Test func groupLabelsOnBytesAgreeWithTheWords() {
        for line in Self.lines {
            var copy = line
            guard let fast = copy.withUTF8({ SectionKindClassifier.groupLabel(ofBytes: $0) }) else { continue }
            let words = SectionKindClassifier.words(of: line)
            let joined = String(decoding: Array(words.joined(separator: [0x20])), as: UTF8.self)
            let expected = words.isEmpty || words.count > 4 ? nil : SectionKindClassifier.groupLabels[joined]
            #expect(fast == expected, "\(line)")
        }
        let classifier = SectionKindClassifier()
        #expect(classifier.isGroupLabel("КЛЮЧЕВЫЕ ВЫВОДЫ 2019") == .conclusion)
        #expect(classifier.isGroupLabel("«Основные риски»") == .problem)
    }

    @Test func titleKeysAgreeWithSameText() {
        let titles = ["Инвестиции на Дальнем Востоке: правила игры", "The Arctic Agenda", "THE ARCTIC AGENDA:", "  The Arctic Agenda",
                      "Арктика — «новый» путь", "Ἀθῆναι Forum", "Ёлки", "ЁЛКИ", "The\u{2000}Arctic", "The\u{2002}Arctic"]
        for title in titles {
            let key = TitleKey(title)
            for text in titles {
                #expect(key.matches(text) == Segmenter.sameText(text, title), "\(title) / \(text)")
            }
        }
    }

    @Test func boundedCharacterCountsAgreeWithCount() {
        let long = String(repeating: "Морской порт и ", count: 20)
        for text in ["", "short", long, long + "e\u{0301}", String(repeating: "e\u{0301}", count: 150), String(repeating: "é", count: 160)] {
            for limit in [0, 1, 140, 150, 160, 300] {
                #expect(HeadingDetector.hasAtMostCharacters(text, limit) == (text.count <= limit), "\(limit)")
                #expect(HeadingDetector.characterCount(text, atMost: limit) == (text.count <= limit), "\(limit)")
            }
        }
    }
}
