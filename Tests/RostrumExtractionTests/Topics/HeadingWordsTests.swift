import Testing
@testable import RostrumExtraction

/// Headings folded from their bytes must give the very words of the general path.
@Test func headingWordsFromBytesMatchTheGeneralPath() {
    let headings = [
        "Key conclusions", "Problems:", "Lifting trade barriers", "Plans to increase trade not implemented",
        "Ключевые выводы", "Проблемы, требующие решения", "Снятие барьеров — путь к росту торговли",
        "«Решения»: что предлагают участники", "Развитие Северного морского пути до 2035 года",
        "ЁЛКИ и ёжики: 2019", "Investment 2.0 – what’s next?", "Arctic 2035", "2019 — 55%", "",
        "   Trade… and ‘risks’ ", "Café de Paris: résumé", "Ὀδυσσεύς in Kazan", "COVID-19: последствия",
        "Tax-free © 2019 ° ± §", "Россия–Китай: 100 млрд $", "中俄合作 trade", "Ї та Є: new letters",
        "Section 5", "5G в Арктике", "ﬁnance",
    ]
    for heading in headings {
        let words = HeadingWords(heading)
        let expected = SectionKindClassifier.words(of: heading)
        #expect(words.count == expected.count, "\(heading)")
        for k in 0..<min(words.count, expected.count) {
            #expect(Array(words.word(k)) == expected[k], "\(heading) word \(k)")
            #expect(words.key(k) == SectionKindClassifier.Cue.key(expected[k]), "\(heading) word \(k)")
        }
    }
}

/// The tally ranks as a stable sort by count would, the heading's labels first.
@Test func labelTallyRanksAsAStableSortByCount() {
    var state: UInt64 = 42
    let labels = ["energy", "arctic", "transport", "finance", "trade", "digital", "tourism"]
    for _ in 0..<200 {
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % bound
        }
        let heading = (0..<next(3)).map { _ in labels[next(labels.count)] }
        let lists = (0..<next(6)).map { _ in (0..<next(4)).map { _ in labels[next(labels.count)] } }
        let limit = 1 + next(8)
        var order: [String] = []
        var counts: [Int] = []
        for label in heading where !order.contains(label) {
            order.append(label)
            counts.append(1000)
        }
        for list in lists {
            for label in list {
                if let index = order.firstIndex(of: label) { counts[index] += 1 } else {
                    order.append(label)
                    counts.append(1)
                }
            }
        }
        let sorted = order.indices.sorted { a, b in counts[a] != counts[b] ? counts[a] > counts[b] : a < b }
        let expected = sorted.prefix(limit).map { order[$0] }
        #expect(ExtractionPipeline.ranked(heading, lists, limit: limit) == expected, "\(heading) \(lists)")
    }
}
