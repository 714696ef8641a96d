@testable import RostrumExtraction
import RostrumModel
import Testing

/// Round 6: time that is lost or taken is a duration, not a change of a measure ("we lose two years
/// of sales"); minutes are a unit of time; ratios and factors in words ("four out of every five",
/// «каждый третий», "twice as many") are shares and factors; the unit of a from–to change carries to
/// its second number ("from ten days to two"); subjects of three words and Russian verbs in -ут.
let lostTimeCases: [FigureCase] = [
    FigureCase("Because of the certification rules we lose two years of sales.", .en, e(2, "year", .duration)),
    FigureCase("The yard lost 18 months waiting for the engines.", .en, e(18, "month", .duration)),
    FigureCase("Every exporter wastes three weeks on paperwork.", .en, e(3, "week", .duration)),
    FigureCase("Мы теряем полтора года продаж из-за сертификации.", .ru, e(1.5, "year", .duration)),
    FigureCase("Из-за санкций отрасль потеряла три года.", .ru, e(3, "year", .duration)),
    // A change of a measure of time stays a change.
    FigureCase("Delivery time fell by 3 days.", .en, e(-3, "day", .change)),
    FigureCase("Срок доставки сократился на 5 дней.", .ru, e(-5, "day", .change)),
]

let minuteCases: [FigureCase] = [
    FigureCase("The flight from Khabarovsk takes 110 minutes.", .en, e(110, "minute", .duration)),
    FigureCase("Inspecting one container now takes 8 minutes instead of 40.", .en,
               e(8, "minute", .duration), e(40, "minute", .duration)),
    FigureCase("Полёт длится 110 минут.", .ru, e(110, "minute", .duration)),
    FigureCase("Досмотр одного контейнера занимает до 40 минут.", .ru, e(40, "minute", .duration, .upTo)),
    FigureCase("До Пекина можно долететь за 3 часа.", .ru, e(3, "hour", .duration)),
    FigureCase("A 20-minute check replaced the old procedure.", .en, e(20, "minute", .duration)),
]

let ratioCases: [FigureCase] = [
    FigureCase("Four out of every five exporters use the platform.", .en,
               e(80, "percent", .share, subject: "exporters")),
    FigureCase("Nine in ten of them are farms of less than two hectares.", .en,
               e(90, "percent", .share), e(2, "hectare", .level, .lessThan)),
    FigureCase("One in five ports still has no container cranes.", .en, e(20, "percent", .share, subject: "ports")),
    FigureCase("Seven out of ten graduates stay in their region.", .en, e(70, "percent", .share, subject: "graduates")),
    FigureCase("Every fifth wagon stands idle at the border.", .en, e(20, "percent", .share, subject: "wagon")),
    FigureCase("Четыре из пяти наших продавцов жалуются на задержки.", .ru, e(80, "percent", .share)),
    FigureCase("Каждый третий покупатель заказывал товар в Китае.", .ru,
               e(33.33, "percent", .share, subject: "покупатель")),
    FigureCase("Каждый второй перевозчик работает на старых грузовиках.", .ru,
               e(50, "percent", .share, subject: "перевозчик")),
    FigureCase("Из них каждый четвёртый — инженер.", .ru, e(25, "percent", .share)),
]

let factorCases: [FigureCase] = [
    FigureCase("Our yards now launch twice as many ships as before.", .en, e(2, "times", .change)),
    FigureCase("The contract is for 2.4 million tonnes, twice as much as we bought before.", .en,
               e(2.4e6, "tonne", .level), e(2, "times", .change)),
    FigureCase("Продавцов стало в два раза больше.", .ru, e(2, "times", .change)),
    FigureCase("Экспорт мёда вырос в три раза.", .ru, e(3, "times", .change)),
]

let fromToWordCases: [FigureCase] = [
    FigureCase("Clearance time was cut from ten days to two.", .en, e(-8, "day", .change)),
    FigureCase("Срок оформления сократился с десяти дней до двух.", .ru, e(-8, "day", .change)),
    FigureCase("Время оформления сократилось с сорока минут до пятнадцати.", .ru, e(-25, "minute", .change)),
    FigureCase("Clearance now takes from 20 days to 5.", .en, e(-15, "day", .change)),
]

let headNounSubjectCases: [FigureCase] = [
    FigureCase("India imports 70% of active pharmaceutical ingredients.", .en,
               e(70, "percent", .share, subject: "active pharmaceutical ingredients")),
    FigureCase("Schools bought 45% of new digital textbooks.", .en,
               e(45, "percent", .share, subject: "new digital textbooks")),
]

@Suite("Durations, ratios and factors (round 6)")
struct DurationRatioFigureTests {
    let extractor = FigureExtractor()

    @Test(arguments: lostTimeCases)
    func lostTimeIsADuration(_ c: FigureCase) { check(c) }

    @Test(arguments: minuteCases)
    func minutesAndHoursAreDurations(_ c: FigureCase) { check(c) }

    @Test(arguments: ratioCases)
    func ratiosInWordsAreShares(_ c: FigureCase) { check(c) }

    @Test(arguments: factorCases)
    func factorsInWordsAreChanges(_ c: FigureCase) { check(c) }

    @Test(arguments: fromToWordCases)
    func theUnitCarriesToTheSecondNumberOfAFromToChange(_ c: FigureCase) { check(c) }

    @Test(arguments: headNounSubjectCases)
    func subjectsKeepTheirHeadNoun(_ c: FigureCase) { check(c) }

    @Test func aRussianVerbIsNoSubject() {
        for text in ["В регион придут 500 млн долларов инвестиций.", "На рынок выйдут 40 новых компаний."] {
            let found = extractor.figures(in: text, language: .ru, sessionYear: 2024)
            #expect(found.count == 1, "\(found)")
            #expect(found.first?.subject != "придут" && found.first?.subject != "выйдут", "\(found)")
        }
    }

    @Test func ratiosAndYearsAreNoShares() {
        // "in 2024" after a number is a date, not a ratio; «один из крупнейших» is no figure.
        let dated = extractor.figures(in: "We shipped 12 vessels in 2024.", language: .en, sessionYear: 2024)
        #expect(dated.count == 1 && dated.first?.unit == "count", "\(dated)")
        let oneOf = extractor.figures(in: "Это один из крупнейших портов Азии.", language: .ru, sessionYear: 2024)
        #expect(oneOf.isEmpty, "\(oneOf)")
        let twiceAYear = extractor.figures(in: "The fair is held twice a year.", language: .en, sessionYear: 2024)
        #expect(twiceAYear.isEmpty, "\(twiceAYear)")
    }

    private func check(_ c: FigureCase, sessionYear: Int? = 2024) {
        let found = extractor.figures(in: c.text, language: c.language, sessionYear: sessionYear)
        #expect(found.count == c.expected.count, "\(c.text): \(found)")
        for (f, x) in zip(found, c.expected) {
            #expect(x.matches(f), "\(c.text): got \(f.value) \(f.unit ?? "nil") \(f.kind) \(f.qualifier?.rawValue ?? "-") \(f.year.map(String.init) ?? "-") max \(f.valueMax.map { "\($0)" } ?? "-") subject \(f.subject ?? "nil"), want \(x)")
        }
    }
}
