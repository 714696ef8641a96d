@testable import RostrumExtraction
import RostrumModel
import Testing

/// Round 7: a point in time counted forward («через два года») is no figure; a Russian comparison
/// before «на» («ниже на 40%», «дешевле на треть») is a change; how full or done something is
/// («загружено на 85%», «план выполнен на 90%») is a level; a compound preposition («в течение»)
/// or «дали» is never a subject; "of any risk", "of his monthly income" name the head noun; "the
/// target for 2030 is …" is a target with its year.
let pointForwardCases: [FigureCase] = [
    FigureCase("Через два года реестр должен быть полностью цифровым.", .ru),
    FigureCase("Если ничего не менять, через 15 лет фабрики останутся без руды.", .ru),
    // A length of time stays a duration.
    FigureCase("Строительство заняло два года.", .ru, e(2, "year", .duration)),
]

let russianComparisonCases: [FigureCase] = [
    FigureCase("Стоимость лечения ниже примерно на 40%.", .ru, e(-40, "percent", .change, .about, subject: "стоимость лечения")),
    FigureCase("Билеты дешевле на 15%, чем в прошлом сезоне.", .ru, e(-15, "percent", .change, subject: "билеты")),
    FigureCase("Зарплаты на Чукотке выше на 60%.", .ru, e(60, "percent", .change)),
    FigureCase("Фрахт дороже почти на 20%.", .ru, e(20, "percent", .change, .almost)),
]

let stateLevelCases: [FigureCase] = [
    FigureCase("Отделение загружено на 85%.", .ru, e(85, "percent", .level, subject: "отделение")),
    FigureCase("План по экспорту выполнен на 90%.", .ru, e(90, "percent", .level)),
    FigureCase("Новая фабрика готова на 70%.", .ru, e(70, "percent", .level)),
    // A verb of change before «на» stays a change.
    FigureCase("Загрузка выросла на 15%.", .ru, e(15, "percent", .change)),
]

let round7SubjectCases: [FigureCase] = [
    FigureCase("Это даст 40 новых объектов в течение трёх лет.", .ru,
               e(40, "count", .count, subject: "объектов"), e(3, "year", .duration, subject: .some(nil))),
    FigureCase("Чукотка и Магаданская область вместе дали больше 90 тонн.", .ru,
               e(90, "tonne", .level, .moreThan, subject: .some(nil))),
    FigureCase("Each member would hold no more than 15% of any risk.", .en, e(15, "percent", .share, .upTo, subject: "risk")),
    FigureCase("Households spend a quarter of their monthly income on food.", .en,
               e(25, "percent", .share, subject: "monthly income")),
    FigureCase("Компания построила 110 км линий электропередачи.", .ru, e(110, "km", .level, subject: "линий")),
]

let targetForYearCases: [FigureCase] = [
    FigureCase("The target for 2030 is $4 billion.", .en, e(4e9, "USD", .target, year: 2030)),
    FigureCase("Цель на 2030 год — 7 млрд долларов.", .ru, e(7e9, "USD", .target, year: 2030)),
]

@Suite("Points in time, comparisons and states (round 7)")
struct StateComparisonFigureTests {
    let extractor = FigureExtractor()

    @Test(arguments: pointForwardCases)
    func aPointInTimeCountedForwardIsNoFigure(_ c: FigureCase) { check(c) }

    @Test(arguments: russianComparisonCases)
    func aRussianComparisonBeforeNaIsAChange(_ c: FigureCase) { check(c) }

    @Test(arguments: stateLevelCases)
    func howFullOrDoneIsALevel(_ c: FigureCase) { check(c) }

    @Test(arguments: round7SubjectCases)
    func subjectsSkipPrepositionsVerbsAndDeterminers(_ c: FigureCase) { check(c) }

    @Test(arguments: targetForYearCases)
    func aTargetForAYearIsATarget(_ c: FigureCase) { check(c) }

    private func check(_ c: FigureCase, sessionYear: Int? = 2024) {
        let found = extractor.figures(in: c.text, language: c.language, sessionYear: sessionYear)
        #expect(found.count == c.expected.count, "\(c.text): \(found)")
        for (f, x) in zip(found, c.expected) {
            #expect(x.matches(f), "\(c.text): got \(f.value) \(f.unit ?? "nil") \(f.kind) \(f.qualifier?.rawValue ?? "-") \(f.year.map(String.init) ?? "-") subject \(f.subject ?? "nil"), want \(x)")
        }
    }
}

/// «Проект окупится через 22 года»: a payback period after «через» is a length of time.
@Suite struct PaybackPeriodTests {
    @Test(arguments: [
        FigureCase("Проект окупится через 22 года.", .ru, e(22, "year", .duration)),
        FigureCase("Инвестиции окупятся через 35 месяцев.", .ru, e(35, "month", .duration)),
    ])
    func paybackAfterCherezIsADuration(_ c: FigureCase) {
        let found = FigureExtractor().figures(in: c.text, language: c.language, sessionYear: 2024)
        #expect(found.count == 1)
        #expect(found.first.map { c.expected[0].matches($0) } == true, "\(found)")
    }
}
