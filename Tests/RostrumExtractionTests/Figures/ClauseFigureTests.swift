import Testing
import RostrumExtraction
import RostrumModel

/// Target years that belong to their own clause, unit carry-over only where a number continues
/// the figure before it, and from … to changes.
let clauseCases: [FigureCase] = [
    // A target year goes to the figure of its own clause, not to the one before it.
    FigureCase("Port throughput will exceed 40 million tonnes this year, and by 2025 it should reach 90 million tonnes.",
               .en, e(4e7, "tonne", .level, .moreThan, year: 2018), e(9e7, "tonne", .target, year: 2025)),
    FigureCase("We opened more than 900 new clinics, and by 2026 there will be another 700.", .en,
               e(900, "count", .count, .moreThan, subject: "new clinics"), e(700, "count", .target, year: 2026)),
    FigureCase("Exports grew by 12% last year. By 2024 we want a third of sales abroad.", .en,
               e(12, "percent", .change, year: 2017), e(33.33, "percent", .target, year: 2024)),
    FigureCase("Грузооборот порта в этом году превысит 25 млн т, а к 2026 году должен достичь 60 млн т.", .ru,
               e(2.5e7, "tonne", .level, .moreThan, year: 2018), e(6e7, "tonne", .target, year: 2026)),
    FigureCase("За три года мы открыли более 1 200 новых клиник, а к 2028 году их будет ещё 900.", .ru,
               e(3, "year", .duration), e(1200, "count", .count, .moreThan, subject: "клиник"),
               e(900, "count", .target, year: 2028)),
    FigureCase("Выручка превысит 12 млрд рублей, а к 2030 году она должна вырасти в 2,5 раза.", .ru,
               e(1.2e10, "RUB", .level, .moreThan), e(2.5, "times", .target, year: 2030)),
    FigureCase("We raised RUB 40 billion in 2017, and we intend to double that by 2021.", .en,
               e(4e10, "RUB", .level, year: 2017), e(100, "percent", .target, year: 2021)),
    // A share or a level to reach by a year is a target.
    FigureCase("К 2027 году доля местных поставщиков должна достичь 60%.", .ru, e(60, "percent", .target, year: 2027)),
    FigureCase("Average life expectancy is to reach 80 years by 2030.", .en, e(80, "year", .target, year: 2030)),
    // A bare number takes a unit only when it continues the figure before it.
    FigureCase("The user base grew fourfold in three years and has passed 6 million.", .en,
               e(4, "times", .change), e(3, "year", .duration), e(6e6, nil, .level, .moreThan)),
    FigureCase("Nearly half of the deposits come from clients under 30.", .en, e(50, "percent", .share, .almost)),
    // "Fifteen years ago" is a point in time (no figure), and 60 takes no unit from it.
    FigureCase("Fifteen years ago there were fewer than 60 of them.", .en),
    FigureCase("Checks now take no more than 3 days instead of 12.", .en,
               e(3, "day", .duration, .upTo), e(12, "day", .duration)),
    FigureCase("Мы выдали 300 млн рублей, и ещё 200 млн — в следующем году.", .ru,
               e(3e8, "RUB", .level), e(2e8, "RUB", .level, year: 2019)),
    // Declines are negative, also after a transitive verb and a long object.
    FigureCase("We cut the number of delayed shipments by a third.", .en,
               e(-33.33, "percent", .change, subject: "delayed shipments")),
    FigureCase("Regions reduced water losses in the network by 14%.", .en, e(-14, "percent", .change)),
    FigureCase("Фермеры сократили расход топлива на 6%.", .ru, e(-6, "percent", .change)),
    // "from … to" is one change worth the difference.
    FigureCase("The time to connect fell from 20 days to 5 days.", .en, e(-15, "day", .change)),
    FigureCase("Срок рассмотрения сократился с 30 до 10 дней.", .ru, e(-20, "day", .change)),
    // Ranges keep both ends.
    FigureCase("Construction takes 4 to 6 years.", .en, e(4, "year", .duration, max: 6)),
    FigureCase("Спрос вырос в 2–3 раза.", .ru, e(2, "times", .change, max: 3)),
    FigureCase("Рынку нужно 300–400 тысяч инженеров.", .ru, e(3e5, "count", .count, max: 4e5)),
    FigureCase("Тур стоит 80–120 тыс. рублей.", .ru, e(8e4, "RUB", .level, max: 1.2e5)),
    FigureCase("Один завод стоит от 2 до 4 млрд рублей.", .ru, e(2e9, "RUB", .level, max: 4e9)),
    // "cleaned up" is not growth.
    FigureCase("Volunteers have cleaned up more than 12 thousand tonnes of waste.", .en,
               e(1.2e4, "tonne", .level, .moreThan, subject: "waste")),
]

/// Qualifiers the first rules missed: negated bounds, exceed verbs, a qualifier before «в»/«на».
let qualifierCases: [FigureCase] = [
    FigureCase("Approval takes no more than 5 days.", .en, e(5, "day", .duration, .upTo)),
    FigureCase("The borrower pays not more than 2%.", .en, e(2, "percent", .level, .upTo)),
    FigureCase("The fund holds no less than $3 billion.", .en, e(3e9, "USD", .level, .atLeast)),
    FigureCase("Investment will exceed 2 trillion roubles.", .en, e(2e12, "RUB", .level, .moreThan)),
    FigureCase("Capacity exceeded 15 GW.", .en, e(15, "GW", .level, .moreThan)),
    FigureCase("Срок окупаемости превышает 8 лет.", .ru, e(8, "year", .duration, .moreThan)),
    FigureCase("Экспорт превысил 20 млрд долларов.", .ru, e(2e10, "USD", .level, .moreThan, subject: "экспорт")),
    FigureCase("Ставка не превышает 4% в год.", .ru, e(4, "percent", .level, .upTo)),
    FigureCase("Не более 10 дней уходит на проверку.", .ru, e(10, "day", .duration, .upTo)),
    FigureCase("Программа обошлась примерно в 90 млрд руб.", .ru, e(9e10, "RUB", .level, .about)),
    FigureCase("Тарифы выросли почти в три раза.", .ru, e(3, "times", .change, .almost, subject: "тарифы")),
    FigureCase("Население сократилось почти на четверть.", .ru, e(-25, "percent", .change, .almost)),
    FigureCase("Выручка выросла более чем на 40%.", .ru, e(40, "percent", .change, .moreThan, subject: "выручка")),
    // A Russian genitive after a percentage names the whole: a share.
    FigureCase("Около 70% комплектующих мы ввозим.", .ru, e(70, "percent", .share, .about, subject: "комплектующих")),
    FigureCase("Сейчас 12% рынка занимают отечественные бренды.", .ru, e(12, "percent", .share, subject: "рынка")),
    FigureCase("Кредит выдаётся под 5% годовых.", .ru, e(5, "percent", .level)),
]

/// Subjects are nouns: never a verb or an adverb; null when the text does not name one.
let subjectCases: [FigureCase] = [
    FigureCase("On calm days we shed up to 300 MW.", .en, e(300, "MW", .level, .upTo, subject: .some(nil))),
    FigureCase("We spend over $40 million annually on training.", .en,
               e(4e7, "USD", .level, .moreThan, subject: .some(nil))),
    FigureCase("The loyalty programme returned RUB 2 billion to customers.", .en,
               e(2e9, "RUB", .level, subject: "loyalty programme")),
    FigureCase("Forest in Siberia covers 300 million hectares.", .en, e(3e8, "hectare", .level, subject: "forest")),
    FigureCase("Сегодня около 40% лекарств выпускается в стране.", .ru,
               e(40, "percent", .share, .about, subject: "лекарств")),
    FigureCase("Новая система экономит врачу до 3 часов в день.", .ru,
               e(3, "hour", .duration, .upTo, subject: "врачу")),
    FigureCase("На гранты выделено 8 млрд рублей.", .ru, e(8e9, "RUB", .level, subject: "гранты")),
    FigureCase("Мы уже вложили в строительство портов более 30 млрд руб.", .ru,
               e(3e10, "RUB", .level, .moreThan, subject: "строительство портов")),
]

@Suite struct ClauseFigureTests {
    let extractor = FigureExtractor()

    @Test(arguments: clauseCases + qualifierCases + subjectCases)
    func figures(_ c: FigureCase) {
        let found = extractor.figures(in: c.text, language: c.language, sessionYear: 2018)
        #expect(found.count == c.expected.count, "\(found)")
        for (f, x) in zip(found, c.expected) {
            #expect(x.matches(f), "expected \(x), got \(f)")
        }
    }

    /// "double" as an adjective is not a figure.
    @Test func doubleAsAdjectiveIsNoFigure() {
        #expect(extractor.figures(in: "We face double taxation of dividends.", language: .en, sessionYear: 2018).isEmpty)
    }
}
