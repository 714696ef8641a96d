@testable import RostrumExtraction
import RostrumModel
import Testing

/// Past years after "before"/"until" are history, not targets; ranges written in words ("two to
/// three times", «в два-три раза»); small counts written in words ("four new icebreakers"), and
/// the uses of small number words that count nothing.
let pastYearCases: [FigureCase] = [
    FigureCase("Two-thirds of our district hospitals were built before 1980.", .en,
               e(66.67, "percent", .share, subject: "district")),
    FigureCase("Half of the fleet was delivered before 2005.", .en, e(50, "percent", .share, subject: "fleet")),
    FigureCase("Until 2014, exports grew by 5% a year.", .en, e(5, "percent", .change)),
    FigureCase("By 1990 the plant employed 5,000 workers.", .en, e(5000, "count", .count, subject: "workers")),
    FigureCase("Больше половины мостов построено до 1970 года.", .ru, e(50, "percent", .share, .moreThan)),
    FigureCase("До 2014 года экспорт рос на 5% в год.", .ru, e(5, "percent", .change)),
    // A deadline in the recent past is still the target the later figures are held against.
    FigureCase("We agreed to raise trade to $100 billion by 2015, but it never happened.", .en,
               e(1e11, "USD", .target, year: 2015)),
    FigureCase("Товарооборот должен был достичь 100 млрд долларов к 2016 году.", .ru,
               e(1e11, "USD", .target, year: 2016, subject: "товарооборот")),
    // The session's own year and later years stay targets after any of the prepositions.
    FigureCase("The new terminal will handle 2 million TEU before 2018 ends.", .en, e(2e6, "TEU", .target, year: 2018)),
    FigureCase("Exports will stay above $5 billion until 2025.", .en, e(5e9, "USD", .target, .moreThan, year: 2025, subject: "exports")),
]

let wordRangeCases: [FigureCase] = [
    FigureCase("Premiums for an Arctic voyage are two to three times higher than for the southern route.", .en,
               e(2, "times", .change, max: 3)),
    FigureCase("Tariffs in the north are two or three times higher.", .en, e(2, "times", .change, max: 3)),
    FigureCase("Freight rates rose 2 or 3 times in a year.", .en, e(2, "times", .change, max: 3)),
    FigureCase("Renewables pay back in six to eight years.", .en, e(6, "year", .duration, max: 8)),
    FigureCase("Between two and three million tonnes of grain go by rail.", .en,
               e(2e6, "tonne", .level, max: 3e6, subject: "grain")),
    FigureCase("Премии за арктический рейс в два-три раза выше, чем на южном маршруте.", .ru, e(2, "times", .change, max: 3)),
    FigureCase("Спрос вырос в два–три раза.", .ru, e(2, "times", .change, max: 3)),
    FigureCase("Страховка обходится в два или три раза дороже.", .ru, e(2, "times", .change, max: 3)),
    FigureCase("Каждая партия проходит контроль от трёх до семи дней.", .ru, e(3, "day", .duration, max: 7)),
    FigureCase("Каждый рубль должен привести четыре-пять рублей частных денег.", .ru, e(4, "RUB", .level, max: 5)),
]

let wordCountCases: [FigureCase] = [
    FigureCase("We expect to put four new icebreakers into service by 2027.", .en,
               e(4, "count", .target, year: 2027, subject: "new icebreakers")),
    FigureCase("COSCO made eight voyages on the route last year.", .en,
               e(8, "count", .count, year: 2017, subject: "voyages")),
    FigureCase("We plan two transshipment terminals in Murmansk and Kamchatka.", .en,
               e(2, "count", .count, subject: "transshipment terminals")),
    FigureCase("The region opened a dozen new clinics and two dozen schools.", .en,
               e(12, "count", .count, subject: "new clinics"), e(24, "count", .count, subject: "schools")),
    FigureCase("Мы рассчитываем ввести в строй четыре новых ледокола до 2027 года.", .ru,
               e(4, "count", .target, year: 2027, subject: "ледокола")),
    FigureCase("В прошлом году наши суда совершили восемь рейсов по Северному морскому пути.", .ru,
               e(8, "count", .count, year: 2017, subject: "рейсов")),
    FigureCase("Корейские авиакомпании готовы открыть ещё три регулярных рейса в Хабаровск.", .ru,
               e(3, "count", .count, subject: "регулярных рейса")),
    FigureCase("Регион открыл десяток новых клиник и два десятка школ.", .ru,
               e(10, "count", .count, subject: "клиник"), e(20, "count", .count, subject: "школ")),
    FigureCase("Проектные офисы насчитывают от трёх до пяти сотрудников.", .ru,
               e(3, "count", .count, max: 5, subject: "сотрудников")),
    // «двух третей» is a fraction, not two of something.
    FigureCase("Более двух третей всех новых мощностей — это солнце и ветер.", .ru,
               e(66.67, "percent", .share, .moreThan)),
]

/// Small number words that count nothing.
let wordNonCounts: [(String, Language)] = [
    ("One of the key platforms is media, and one day it will pay.", .en),
    ("Our two priorities are agriculture and tourism.", .en),
    ("There are two things I want to say and three questions to ask.", .en),
    ("All three companies signed, and the five regions agreed.", .en),
    ("Let me make two or three remarks.", .en),
    ("The ice here is two metres thick.", .en),
    ("Leaders of two countries met in Vladivostok.", .en),
    ("We need one window instead of five or six agencies.", .en),
    ("Позвольте сделать два-три замечания.", .ru),
    ("Один из нас прав, и одна из ключевых платформ — медиа.", .ru),
    ("Эти два проекта важны, а все три компании согласны.", .ru),
    ("У меня два вопроса и три причины.", .ru),
]

@Suite struct WordFigureTests {
    let extractor = FigureExtractor()

    private func check(_ c: FigureCase, sessionYear: Int? = 2018) {
        let found = extractor.figures(in: c.text, language: c.language, sessionYear: sessionYear)
        #expect(found.count == c.expected.count, "\(found)")
        for (f, x) in zip(found, c.expected) {
            #expect(x.matches(f), "expected \(x), got \(f)")
        }
    }

    @Test(arguments: pastYearCases)
    func pastYearsAreNotTargets(_ c: FigureCase) { check(c) }

    @Test(arguments: wordRangeCases)
    func rangesInWords(_ c: FigureCase) { check(c) }

    @Test(arguments: wordCountCases)
    func countsInWords(_ c: FigureCase) { check(c) }

    @Test(arguments: wordNonCounts.map(\.0))
    func smallNumberWordsThatCountNothing(_ text: String) {
        let language = wordNonCounts.first { $0.0 == text }?.1 ?? .unknown
        let found = extractor.figures(in: text, language: language, sessionYear: 2018)
        #expect(found.isEmpty, "\(found)")
    }

    @Test func withoutASessionDateAYearBefore2000IsNoTarget() {
        let old = extractor.figures(in: "Two-thirds of the hospitals were built before 1980.", language: .en)
        #expect(old.count == 1 && old.first?.kind == .share && old.first?.year == nil, "\(old)")
        let future = extractor.figures(in: "The plant will employ 500 people by 2030.", language: .en)
        #expect(future.first?.kind == .target && future.first?.year == 2030, "\(future)")
    }

    @Test func groupWordsPassTheNoDigitCheck() {
        let cases: [(String, Language, Double)] = [
            ("The city hired a dozen inspectors.", .en, 12), ("Город нанял десяток инспекторов.", .ru, 10),
        ]
        for (text, language, value) in cases {
            var copy = text
            #expect(copy.withUTF8 { NumberScanner(bytes: $0, language: language).mayHoldFigure() }, "\(text)")
            #expect(extractor.figures(in: text, language: language).first?.value == value, "\(text)")
        }
    }
}
