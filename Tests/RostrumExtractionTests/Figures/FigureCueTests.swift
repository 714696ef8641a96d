import Testing
import RostrumExtraction
import RostrumModel

/// Kind cues that the figure stage reads in every form: declines in any tense, aspect and number,
/// share verbs after the figure, "of all/total …", counted hyphenated and compound nouns, and
/// units after an abbreviated scale.
let cueCases: [FigureCase] = [
    // Russian declines and growth in future, present and past, singular and plural.
    FigureCase("Поставки угля сократятся на треть.", .ru, e(-33.33, "percent", .change, subject: "поставки угля")),
    FigureCase("Пассажиропоток снизится на 12%.", .ru, e(-12, "percent", .change, subject: "пассажиропоток")),
    FigureCase("Цены на лес упадут на четверть.", .ru, e(-25, "percent", .change)),
    FigureCase("Выручка упадёт на 8%.", .ru, e(-8, "percent", .change, subject: "выручка")),
    FigureCase("Издержки уменьшатся на половину.", .ru, e(-50, "percent", .change, subject: "издержки")),
    FigureCase("Добыча сокращается на 3% ежегодно.", .ru, e(-3, "percent", .change, subject: "добыча")),
    FigureCase("Компании потеряли 15% выручки.", .ru, e(-15, "percent", .change)),
    FigureCase("Экспорт леса вырастет на 20%.", .ru, e(20, "percent", .change, subject: "экспорт леса")),
    FigureCase("Перевозки возрастут на 9%.", .ru, e(9, "percent", .change, subject: "перевозки")),
    FigureCase("Инвестиции увеличиваются на 4% в год.", .ru, e(4, "percent", .change, subject: "инвестиции")),
    FigureCase("Рынок прибавил 6%.", .ru, e(6, "percent", .change, subject: "рынок")),
    // Share verbs after the figure and its whole.
    FigureCase("31% всего зерна приходится на Казахстан.", .ru, e(31, "percent", .share)),
    FigureCase("Около 12 процентов медиа-рынка приходится на стриминг.", .ru, e(12, "percent", .share, .about)),
    FigureCase("На Монголию приходится треть поставок.", .ru, e(33.33, "percent", .share)),
    FigureCase("Инфляция составила 4%, и это немало.", .ru, e(4, "percent", .level, subject: "инфляция")),
    // Units after an abbreviated scale with its dot.
    FigureCase("Порт принял 640 тыс. ДФЭ за год.", .ru, e(6.4e5, "TEU", .level)),
    FigureCase("Сбор зерна — 2 млн т.", .ru, e(2e6, "tonne", .level)),
    FigureCase("Вложено 3 млрд руб. в новый терминал.", .ru, e(3e9, "RUB", .level)),
    FigureCase("Контракт стоит 40 млрд долл. Его подпишут осенью.", .ru, e(4e10, "USD", .level)),
    // English: of + a determiner of the whole, and "of which" before a verb.
    FigureCase("About 18 per cent of all imported cars goes through Vladivostok.", .en,
               e(18, "percent", .share, .about, subject: "imported cars")),
    FigureCase("Some 40% of total exports go to Asia.", .en, e(40, "percent", .share, .about, subject: "exports")),
    FigureCase("We buy 2 million tonnes of grain, 12% of which arrives by rail.", .en,
               e(2e6, "tonne", .level, subject: "grain"), e(12, "percent", .share)),
    // Counted nouns: hyphenated words and a modifier before a plural noun.
    FigureCase("The fund backs 42 start-ups in the region.", .en, e(42, "count", .count, subject: "start-ups")),
    FigureCase("Nearly 30 co-founders came to Vladivostok.", .en, e(30, "count", .count, .almost, subject: "co-founders")),
    FigureCase("We signed 17 export contracts this year.", .en,
               e(17, "count", .count, year: 2018, subject: "export contracts")),
    FigureCase("They will sign 12 trade agreements by 2025.", .en,
               e(12, "count", .target, year: 2025, subject: "trade agreements")),
    FigureCase("Our portfolio holds 9 fintech start-ups.", .en, e(9, "count", .count, subject: "fintech start-ups")),
    // "be able to reach": the subject is the one before the verb, or none.
    FigureCase("Trade turnover will be able to reach $90 billion.", .en,
               e(9e10, "USD", .level, subject: "trade turnover")),
    // "doubled" with "has".
    FigureCase("Freight volume has doubled since the bridge opened.", .en, e(100, "percent", .change)),
]

@Suite struct FigureCueTests {
    let extractor = FigureExtractor()

    @Test(arguments: cueCases)
    func figures(_ c: FigureCase) {
        let found = extractor.figures(in: c.text, language: c.language, sessionYear: 2018)
        #expect(found.count == c.expected.count, "\(found)")
        for (f, x) in zip(found, c.expected) {
            #expect(x.matches(f), "expected \(x), got \(f)")
        }
    }

    @Test func unitAfterAbbreviatedScaleIsPartOfTheSurface() {
        let found = extractor.figures(in: "Порт перевалил 727 тыс. ДФЭ контейнеров.", language: .ru)
        #expect(found.map(\.surface) == ["727 тыс. ДФЭ"])
    }

    @Test func capitalisedWordAfterScaleDotStartsASentence() {
        let found = extractor.figures(in: "Выручка — 5 млн. Дальше будет больше.", language: .ru)
        #expect(found.map(\.surface) == ["5 млн"])
        #expect(found.first?.unit == nil)
    }
}
