@testable import RostrumExtraction
import Testing

/// The byte tests the segmenter runs before its general ones (boilerplate leads and rights
/// notices, long dateline parts, spaced dashes, group-label length) only ever skip work whose
/// answer was already "no", on realistic English and Russian lines.
@Suite struct SegmentFastPathTests {
    static let prose: [String] = [
        "Cargo traffic on the Northern Sea Route reached 33 million tonnes last year.",
        "Sergey Tarasov noted that new payment instruments would help to settle payments in national currencies.",
        "По словам Алексея Чекункова, объём инвестиций вырастет в 2024 году.",
        "Подробности сделки стороны не раскрывают.",
        "Все участники сессии согласились с этим.",
        "Read the full report before the next session starts",
        "Alexey Morozov — Executive Vice President, Northern Sea Route Cargo JSC",
        "Tourism — a growth driver for the region",
        "Copyright issues remain the main obstacle",
        "The forum brought together 3,500 participants from 60 countries and 12 regions of Russia in 2023.",
        "Forum Foundation. All Rights Reserved",
        "ФОНД «РОСКОНГРЕСС». ВСЕ ПРАВА ЗАЩИЩЕНЫ",
        "© 2019 Roscongress Foundation",
        "(C) 2021 Forum",
        "Copyright 2019 Forum Foundation",
        "KEY CONCLUSIONS",
        "Ключевые выводы",
        "Problems:",
        "Eastern Economic Forum 2023 · 12 September 2023",
        "ПМЭФ-2019 | 6 июня 2019 года, Санкт-Петербург",
        "Eastern Economic Forum, Vladivostok, 5 September 2024",
    ]

    /// Every exact line and prefix in three letter cases, with the marks the folding trims.
    static var boilerplate: [String] {
        let entries = [
            "read also", "read more", "see also", "share", "related articles", "print", "back to top", "more news",
            "читайте также", "смотрите также", "поделиться", "подробнее", "фото", "все новости", "распечатать",
            "for more information, visit forum.example.org", "подробная информация на сайте", "follow us on social media",
            "подписывайтесь на наш канал", "все права защищены", "all rights reserved",
        ]
        var lines: [String] = []
        for entry in entries {
            let capitalised: String = entry.prefix(1).uppercased() + String(entry.dropFirst())
            lines.append(entry)
            lines.append(capitalised)
            lines.append(entry.uppercased())
            lines.append("«" + entry + "»")
            lines.append("  " + entry + ":")
            lines.append(entry + "…")
        }
        return lines
    }

    @Test func boilerplateLeadsNeverHideARealMatch() {
        for line in Self.prose + Self.boilerplate {
            let isShort = line.utf8.count < 160
            var copy = line
            if copy.withUTF8({ Boilerplate.cannotMatch($0, isShort: isShort) }) {
                #expect(!Boilerplate.matches(line, isShort: isShort), "\(line)")
            }
        }
    }

    @Test func boilerplateIsStillFound() {
        let detector = Boilerplate()
        for line in ["Read also", "ЧИТАЙТЕ ТАКЖЕ:", "«Подробнее»", "Share", "Forum Foundation. All Rights Reserved",
                     "ФОНД «РОСКОНГРЕСС». ВСЕ ПРАВА ЗАЩИЩЕНЫ", "© 2019 Roscongress Foundation", "Copyright 2019 Forum Foundation"] {
            #expect(detector.isBoilerplate(line), "\(line)")
        }
        for line in Self.prose.prefix(10) { #expect(!detector.isBoilerplate(line), "\(line)") }
    }

    @Test func longPartsAreNeverDatelines() {
        for line in Self.prose where Dateline.hasLongPart(line) {
            #expect(Dateline.parse(line) == nil, "\(line)")
        }
        #expect(Dateline.hasLongPart("The forum brought together 3,500 participants from 60 countries and 12 regions of Russia in 2023."))
        #expect(Dateline.parse("Eastern Economic Forum 2023 · 12 September 2023") == Dateline.Parts(event: "Eastern Economic Forum 2023", date: "2023-09-12"))
        #expect(Dateline.parse("ПМЭФ-2019 | 6 июня 2019 года, Санкт-Петербург")?.date == "2019-06-06")
        // An event named without its year is the edition of the dateline's year; a year it has stays.
        #expect(Dateline.parse("Eastern Economic Forum, Vladivostok, 5 September 2024") == Dateline.Parts(event: "Eastern Economic Forum 2024", date: "2024-09-05"))
        #expect(Dateline.parse("Восточный экономический форум, Владивосток, 5 сентября 2024")
                == Dateline.Parts(event: "Восточный экономический форум 2024", date: "2024-09-05"))
        #expect(Dateline.parse("ПМЭФ-2019 | 6 июня 2019 года, Санкт-Петербург")?.event == "ПМЭФ-2019")
    }

    @Test func noSpacedDashMeansNoDashAttribution() {
        for line in Self.prose where !HeadingDetector.hasSpacedDash(line) {
            #expect(AttributionParser.dashAttributionSplit(line) == nil, "\(line)")
        }
        #expect(HeadingDetector.hasSpacedDash("Alexey Morozov — Executive Vice President, Northern Sea Route Cargo JSC"))
        #expect(!HeadingDetector.hasSpacedDash("ПМЭФ-2019 и Санкт-Петербург"))
    }

    @Test func groupLabelsPassTheLengthTest() {
        let classifier = SectionKindClassifier()
        for line in Self.prose where !Segmenter.mayBeGroupLabel(line) {
            #expect(classifier.isGroupLabel(line) == nil, "\(line)")
        }
        for label in ["KEY CONCLUSIONS", "Ключевые выводы", "Problems:", "Основные риски"] {
            #expect(Segmenter.mayBeGroupLabel(label))
            #expect(classifier.isGroupLabel(label) != nil)
        }
    }
}
