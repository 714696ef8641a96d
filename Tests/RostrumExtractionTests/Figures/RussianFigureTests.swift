import Testing
import RostrumExtraction
import RostrumModel

let russianCases: [FigureCase] = [
    FigureCase("Объем контейнерных перевозок вырос на 55% в прошлом году.", .ru,
               e(55, "percent", .change, year: 2017, subject: "контейнерных перевозок")),
    FigureCase("Транзит увеличился на 32% в этом году.", .ru, e(32, "percent", .change, year: 2018, subject: "транзит")),
    FigureCase("Экспорт снизился на 10% в 2016 году.", .ru, e(-10, "percent", .change, year: 2016, subject: "экспорт")),
    FigureCase("Товарооборот между странами составил 80 млрд долларов.", .ru,
               e(8e10, "USD", .level, subject: "товарооборот")),
    FigureCase("Товарооборот достиг $80 млрд.", .ru, e(8e10, "USD", .level, subject: "товарооборот")),
    FigureCase("Мы планируем довести товарооборот до 100 млрд долларов к 2020 году.", .ru,
               e(1e11, "USD", .target, .upTo, year: 2020, subject: "товарооборот")),
    FigureCase("Фонд вложил 1,5 млрд рублей в проекты.", .ru, e(1.5e9, "RUB", .level)),
    FigureCase("Бюджет программы — 300 млн руб.", .ru, e(3e8, "RUB", .level)),
    FigureCase("Инвестиции составят 2 млрд евро.", .ru, e(2e9, "EUR", .level, subject: "инвестиции")),
    FigureCase("Китай вложил 40 млн юаней.", .ru, e(4e7, "CNY", .level)),
    FigureCase("Стоимость проекта — 500 млн долл.", .ru, e(5e8, "USD", .level)),
    FigureCase("Россию посетили 1,5 млн туристов.", .ru, e(1.5e6, "count", .count, subject: "туристов")),
    FigureCase("В прошлом году приехали свыше 1,5 млн китайских туристов.", .ru,
               e(1.5e6, "count", .count, .moreThan, year: 2017, subject: "китайских туристов")),
    FigureCase("Около 10 млн туристов отправились в Таиланд.", .ru, e(1e7, "count", .count, .about, subject: "туристов")),
    FigureCase("Китай импортирует 95 млн тонн сои.", .ru, e(9.5e7, "tonne", .level, subject: "сои")),
    FigureCase("Из России поступает только 500 тыс. тонн сои.", .ru, e(5e5, "tonne", .level, subject: "сои")),
    FigureCase("Урожай составил 120 тыс. т зерна.", .ru, e(1.2e5, "tonne", .level, subject: "зерна")),
    FigureCase("Длина дороги — 2 000 км.", .ru, e(2000, "km", .level)),
    FigureCase("Под проект выделено 15 000 га.", .ru, e(15000, "hectare", .level)),
    FigureCase("Порт обработал 1 200 000 ДФЭ.", .ru, e(1.2e6, "TEU", .level)),
    FigureCase("Добыча — 30 тыс. баррелей в сутки.", .ru, e(3e4, "barrel", .level)),
    FigureCase("Поставки составят 38 млрд куб. м газа.", .ru, e(3.8e10, "cubic_metre", .level, subject: "газа")),
    FigureCase("Мощность станции — 1 200 МВт.", .ru, e(1200, "MW", .level)),
    FigureCase("Мы вложились в более 20 проектов.", .ru, e(20, "count", .count, .moreThan, subject: "проектов")),
    FigureCase("51 регион России имеет побратимов в Китае.", .ru, e(51, "count", .count, subject: "регион")),
    FigureCase("Не менее 12 соглашений будет подписано.", .ru, e(12, "count", .count, .atLeast, subject: "соглашений")),
    FigureCase("Менее 30 компаний экспортируют.", .ru, e(30, "count", .count, .lessThan, subject: "компаний")),
    FigureCase("Почти 600 участников приехали.", .ru, e(600, "count", .count, .almost, subject: "участников")),
    FigureCase("Примерно 70 инвесторов пришли на сессию.", .ru, e(70, "count", .count, .about, subject: "инвесторов")),
    FigureCase("Порядка 40 предприятий участвуют.", .ru, e(40, "count", .count, .about, subject: "предприятий")),
    FigureCase("Авиасообщение увеличится на четверть.", .ru, e(25, "percent", .change, subject: "авиасообщение")),
    FigureCase("Треть из них — американская соя.", .ru, e(33.33, "percent", .share)),
    FigureCase("Две трети грузов идут по железной дороге.", .ru, e(66.67, "percent", .share)),
    FigureCase("Половина инвестиций пришла из Китая.", .ru, e(50, "percent", .share)),
    FigureCase("Доля Китая на рынке — 30%.", .ru, e(30, "percent", .share)),
    FigureCase("Производство выросло в три раза.", .ru, e(3, "times", .change, subject: "производство")),
    FigureCase("Торговля выросла вдвое.", .ru, e(2, "times", .change)),
    FigureCase("Продажи выросли в 2,5 раза.", .ru, e(2.5, "times", .change, subject: "продажи")),
    FigureCase("На строительство моста ушло 20 лет.", .ru, e(20, "year", .duration)),
    FigureCase("Переговоры шли 18 месяцев.", .ru, e(18, "month", .duration)),
    FigureCase("Оформление занимает 3 дня.", .ru, e(3, "day", .duration)),
    FigureCase("Мы сотрудничаем уже пять лет.", .ru, e(5, "year", .duration)),
    FigureCase("Рост составит от 10 до 15%.", .ru, e(10, "percent", .level, max: 15)),
    FigureCase("Рентабельность — 10–15%.", .ru, e(10, "percent", .level, max: 15)),
    FigureCase("Инфляция в прошлом году составила 4,2%.", .ru, e(4.2, "percent", .level, year: 2017, subject: "инфляция")),
    FigureCase("Товарооборот может достичь 200 млрд долларов до 2024 года.", .ru,
               e(2e11, "USD", .target, year: 2024, subject: "товарооборот")),
    FigureCase("Инвестиции в размере до 100 млрд рублей.", .ru, e(1e11, "RUB", .level, .upTo)),
    FigureCase("Два миллиона человек посетили выставку.", .ru, e(2e6, "count", .count, subject: "человек")),
    FigureCase("Полтора миллиона туристов приехали.", .ru, e(1.5e6, "count", .count, subject: "туристов")),
    FigureCase("Двадцать проектов одобрено.", .ru, e(20, "count", .count, subject: "проектов")),
    FigureCase("Выработка — 450 кВт·ч в месяц.", .ru, e(450, "kWh", .level)),
    FigureCase("Производство упало на 7%.", .ru, e(-7, "percent", .change, subject: "производство")),
    FigureCase("Экспорт зерна составил 40 млн т в 2017 году, а импорт — 5 млн.", .ru,
               e(4e7, "tonne", .level, year: 2017, subject: "экспорт зерна"), e(5e6, "tonne", .level)),
    FigureCase("В 2019 году число рейсов вырастет до 20.", .ru),
]

let russianNonFigures: [String] = [
    "Форум открылся 12 сентября 2018 г. во Владивостоке.",
    "Это был 5-й форум на острове Русский.",
    "Пандемия COVID-19 изменила всё.",
    "Китай входит в ТОП-5 наших партнеров.",
    "Сессия начнется в 10:30.",
    "В 2015 году мы подписали соглашение.",
    "Одна из ключевых платформ — медиа.",
    "Во второй половине года стало сложнее.",
    "Статья 5 договора применяется.",
]

@Suite struct RussianFigureTests {
    let extractor = FigureExtractor()

    @Test(arguments: russianCases)
    func figures(_ c: FigureCase) {
        let found = extractor.figures(in: c.text, language: c.language, sessionYear: 2018)
        #expect(found.count == c.expected.count, "\(found)")
        for (f, x) in zip(found, c.expected) {
            #expect(x.matches(f), "expected \(x), got \(f)")
        }
    }

    @Test(arguments: russianNonFigures)
    func noFigures(_ text: String) {
        #expect(extractor.figures(in: text, language: .ru, sessionYear: 2018).isEmpty)
    }

    @Test func atLeastFiftyCases() {
        #expect(russianCases.count >= 50)
    }
}
