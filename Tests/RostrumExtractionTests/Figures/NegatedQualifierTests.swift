import RostrumExtraction
import RostrumModel
import Testing

/// Negated bounds and a year before a dash, found on documents the extractor had never seen.
@Suite struct NegatedQualifierTests {
    let extractor = FigureExtractor()

    @Test func negatedBoundsInRussian() {
        let figures = extractor.figures(in: "Инвестиции вырастут не менее чем на 800 млрд рублей, а охват составит не ниже 100%.", language: .ru)
        #expect(figures.map(\.qualifier) == [.atLeast, .atLeast])
        #expect(figures.first?.value == 800_000_000_000)
        #expect(figures.first?.unit == "RUB")
    }

    @Test func negatedBoundsInEnglish() {
        let figures = extractor.figures(in: "Inflation will be not below 2% and spending no more than $3 billion.", language: .en)
        #expect(figures.map(\.qualifier) == [.atLeast, .upTo])
    }

    @Test func aYearBeforeADashIsNotARange() {
        let figures = extractor.figures(in: "By 2030 – 10 million users will pay online.", language: .en)
        #expect(figures.count == 1)
        #expect(figures.first?.value == 10_000_000)
        #expect(figures.first?.valueMax == nil)
        #expect(figures.first?.kind == .target)
        #expect(figures.first?.year == 2030)
    }
}

/// A decline by a factor («сократился вдвое», «сократилась в два раза») is a share lost, in percent.
@Suite struct DeclineByFactorTests {
    let extractor = FigureExtractor()

    @Test func russianDeclinesByAFactorAreNegativePercent() {
        let figures = extractor.figures(in: "Отток населения сократился вдвое, а доля доллара сократилась в два раза.", language: .ru)
        #expect(figures.map(\.value) == [-50, -50])
        #expect(figures.allSatisfy { $0.unit == "percent" && $0.kind == .change })
    }

    @Test func growthByAFactorStaysInTimes() {
        let figures = extractor.figures(in: "Рынок анимации вырос вдвое, а экспорт — в 1,5 раза.", language: .ru)
        #expect(figures.first?.value == 2)
        #expect(figures.first?.unit == "times")
    }
}

/// "before 2027" sets a target year as "by 2027" does.
@Suite struct BeforeYearTargetTests {
    @Test func beforeAYearIsATarget() {
        let figures = FigureExtractor().figures(in: "We will build at least 50 vessels before 2027.", language: .en)
        #expect(figures.first?.kind == .target)
        #expect(figures.first?.year == 2027)
        #expect(figures.first?.qualifier == .atLeast)
    }
}
