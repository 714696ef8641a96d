import Testing
import RostrumExtraction
import RostrumModel

@Suite struct FigureParagraphTests {
    let extractor = FigureExtractor()

    @Test func englishParagraph() {
        let text = """
        Rail links are paying off. Container traffic between the two countries was up by 55% last year, \
        and by another 35% this year. The partners agreed to bring trade turnover up to $100 billion by 2015, \
        and 200 billion — by 2020, but the current volume of trade is $80 billion. It took 20 years \
        to agree on the bridge.
        """
        let f = extractor.figures(in: text, language: .en, sessionYear: 2018)
        #expect(f.count == 6)
        guard f.count == 6 else { return }
        #expect(e(55, "percent", .change, year: 2017, subject: "container traffic").matches(f[0]))
        #expect(e(35, "percent", .change, year: 2018, subject: "container traffic").matches(f[1]))
        #expect(e(1e11, "USD", .target, .upTo, year: 2015, subject: "trade turnover").matches(f[2]))
        #expect(e(2e11, "USD", .target, year: 2020).matches(f[3]))
        #expect(e(8e10, "USD", .level, subject: "trade").matches(f[4]))
        #expect(e(20, "year", .duration).matches(f[5]))
        #expect(f.map(\.surface) == ["55%", "35%", "$100 billion", "200 billion", "$80 billion", "20 years"])
        let utf16 = Array(text.utf16)
        for fig in f {
            let off = fig.offset ?? -1
            let s = Array(fig.surface.utf16)
            #expect(off >= 0 && Array(utf16[off..<off + s.count]) == s)
        }
    }

    @Test func russianParagraph() {
        let text = """
        «Мы импортируем свыше 95 млн тонн сои, треть из которой — американская. Из России поступает \
        лишь 500 тыс. тонн. В прошлом году Россию посетили 1,5 млн китайских туристов, а товарооборот \
        составил 108 млрд долларов», — отметил он 12 сентября 2018 г.
        """
        let f = extractor.figures(in: text, language: .ru, sessionYear: 2018)
        #expect(f.count == 5, "\(f)")
        guard f.count == 5 else { return }
        #expect(e(9.5e7, "tonne", .level, .moreThan, subject: "сои").matches(f[0]))
        #expect(e(33.33, "percent", .share).matches(f[1]))
        #expect(e(5e5, "tonne", .level).matches(f[2]))
        #expect(e(1.5e6, "count", .count, year: 2017, subject: "китайских туристов").matches(f[3]))
        #expect(e(1.08e11, "USD", .level, subject: "товарооборот").matches(f[4]))
    }

    @Test func relativeYearsStayNullWithoutSessionDate() {
        let f = extractor.figures(in: "Exports were up by 5% last year.", language: .en, sessionYear: nil)
        #expect(f.count == 1)
        #expect(f.first?.year == nil)
    }
}
