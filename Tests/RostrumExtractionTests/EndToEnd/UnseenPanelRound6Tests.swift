import Foundation
import RostrumExtraction
import RostrumModel
import Testing

/// Six sessions written before the round-6 fixes, on topics no earlier fixture covers: a fertiliser
/// trade summary in the seed's shape, a Russian cross-border e-commerce summary, an English timber
/// transcript, a Russian rare-earths stenogram («ФАМИЛИЯ Имя:» and «Фамилия И.О.:» turns), an English
/// HTML page on satellite data and Russian Markdown news copy on border crossings.
@Suite("Unseen panels, round 6")
struct UnseenPanelRound6Tests {
    @Test func englishSummaryWithRatiosAndLostTime() throws {
        let doc = try extract(try fixture("fertiliser-trade-en.txt"))
        #expect(doc.title == "Fertiliser Trade with Asia: Feeding the Harvests of Tomorrow")
        #expect(doc.event == "Eastern Economic Forum 2024" && doc.date == "2024-09-04")
        #expect(doc.allQuotes.count == 13)
        #expect(doc.speakers.count == 9)
        #expect(doc.quote(containing: "Olga Petrenko") == nil)
        let guryev = try #require(doc.quote(containing: "Four out of every five"))
        #expect(guryev.speaker?.organization == "PhosAgro")
        #expect(guryev.speaker?.otherRoles.first?.organization == "Russian Association of Fertilizer Producers")
        // "Three years ago" is a point in time; "four out of every five tonnes" a share.
        #expect(!guryev.figures.contains { $0.unit == "year" })
        #expect(guryev.figures.contains { $0.kind == .share && $0.value == 80 })
        #expect(guryev.figures.contains { $0.value == 18 && $0.kind == .change && $0.year == 2023 })
        let konyaev = try #require(doc.quote(containing: "Every fifth wagon"))
        #expect(konyaev.figures.contains { $0.kind == .share && $0.value == 20 && $0.subject == "wagon" })
        let lost = try #require(konyaev.figures.first { $0.unit == "year" })
        #expect(lost.kind == .duration && lost.value == 2 && lost.qualifier == .almost)
        let chen = try #require(doc.quote(containing: "twice as much"))
        #expect(chen.figures.contains { $0.unit == "times" && $0.value == 2 && $0.kind == .change })
        let payment = try #require(doc.quote(containing: "from twenty days to five"))
        #expect(payment.figures.contains { $0.kind == .change && $0.value == -15 && $0.unit == "day" })
        #expect(payment.figures.first?.subject == "payment")
        let lopes = try #require(doc.quote(containing: "$4.1 billion"))
        #expect(lopes.figures.contains { $0.value == 6e9 && $0.kind == .target && $0.year == 2026 && $0.subject == "trade turnover" })
        // "up from $4.1 billion" is the level it started from.
        #expect(lopes.figures.contains { $0.value == 4.1e9 && $0.kind == .level })
        let nguyen = try #require(doc.quote(containing: "Nine in ten"))
        #expect(nguyen.figures.contains { $0.kind == .share && $0.value == 90 })
        let wanjiru = try #require(doc.quote(containing: "monthly income"))
        #expect(wanjiru.speaker?.name == "Grace Wanjiru")
        #expect(doc.sections.map(\.kind).contains(.problem) && doc.sections.map(\.kind).contains(.solution))
    }

    @Test func russianSummaryWithSharesAndDurations() throws {
        let doc = try extract(try fixture("ecommerce-crossborder-ru.txt"))
        #expect(doc.date == "2024-09-05")
        #expect(doc.allQuotes.count == 9)
        #expect(Set(doc.allQuotes.compactMap(\.speaker?.name)) == [
            "Алексей Павлов", "Сунь Цзяньхуа", "Марина Кольцова", "Ван Лэй", "Екатерина Лобанова", "Дмитрий Волков",
            "Вероника Никишина",
        ])
        #expect(doc.quote(containing: "Семёнов") == nil)
        let pavlov = try #require(doc.quote(containing: "Каждый третий"))
        #expect(pavlov.figures.contains { $0.kind == .share && $0.value == 33.33 })
        #expect(pavlov.figures.contains { $0.value == 1.2e12 && $0.unit == "RUB" })
        let sun = try #require(doc.quote(containing: "Посылка из Иу"))
        #expect(sun.speaker?.organization == "Cainiao Network")
        #expect(sun.figures.first?.subject == "посылка")
        #expect(sun.figures.contains { $0.kind == .change && $0.value == -13 && $0.unit == "day" })
        let koltsova = try #require(doc.quote(containing: "полтора года"))
        #expect(koltsova.speaker?.organization == "ООО «Сибирские сладости»")
        #expect(koltsova.figures.contains { $0.kind == .duration && $0.value == 1.5 && $0.unit == "year" })
        #expect(koltsova.figures.contains { $0.kind == .duration && $0.value == 110 && $0.unit == "minute" })
        let wang = try #require(doc.quote(containing: "Четыре из пяти"))
        #expect(wang.figures.contains { $0.kind == .share && $0.value == 80 })
        let warehouses = try #require(doc.quote(containing: "квадратных метров"))
        #expect(warehouses.speaker?.organization == "маркетплейс «Восток Маркет»")
        #expect(warehouses.figures.contains { $0.value == 60000 && $0.unit == "square_metre" })
        let volkov = try #require(doc.quote(containing: "не более чем на 10%"))
        #expect(volkov.speaker?.organization == "Российской Федерации")
        #expect(volkov.figures.contains { $0.value == 10 && $0.qualifier == .upTo && $0.kind == .change })
    }

    @Test func englishTranscriptWithParticipantsAndModerator() throws {
        let doc = try extract(try fixture("timber-transcript-en.txt"))
        #expect(doc.date == "2023-09-11")
        #expect(doc.allQuotes.count == 13)
        #expect(doc.speakers.count == 4)
        #expect(doc.quote(containing: "has the ban worked") == nil)
        #expect(doc.quote(containing: "what would you do first") == nil)
        let sovetnikov = try #require(doc.quote(containing: "round logs"))
        #expect(sovetnikov.speaker?.organization == "Federal Forestry Agency (Rosleshoz)")
        #expect(sovetnikov.figures.contains { $0.value == 24 && $0.kind == .change && $0.subject == "timber output" })
        let kuznetsov = try #require(doc.quote(containing: "drying kiln uses"))
        #expect(kuznetsov.speaker?.position == "Managing Director, Asia-Pacific")
        #expect(kuznetsov.speaker?.organization == "Segezha Group")
        #expect(kuznetsov.figures.first?.subject == "drying kiln")
        let eriksson = try #require(doc.quote(containing: "seven out of ten"))
        #expect(eriksson.speaker?.name == "Lars Eriksson")
        #expect(eriksson.figures.contains { $0.kind == .share && $0.value == 70 && $0.subject == "graduates" })
        let colleges = try #require(doc.quote(containing: "forestry colleges"))
        #expect(colleges.figures.first?.subject == "new forestry colleges")
    }

    @Test func russianStenogramWithInitialsLabel() throws {
        let doc = try extract(try fixture("rare-earths-transcript-ru.txt"))
        #expect(doc.allQuotes.count == 8)
        #expect(Set(doc.allQuotes.compactMap(\.speaker?.name)) == ["Кирилл Пестов", "Лю Цзюньфэн", "Евгений Ширяев", "Наталья Орлова"])
        #expect(doc.quote(containing: "Зачем вам российское сырьё") == nil)
        let pestov = try #require(doc.quote(containing: "в шесть раз больше"))
        #expect(pestov.speaker?.organization == "Российской Федерации")
        #expect(pestov.figures.contains { $0.kind == .target && $0.value == 15000 && $0.year == 2030 && $0.subject == nil })
        let shiryaev = try #require(doc.quote(containing: "каждый четвёртый"))
        #expect(shiryaev.figures.contains { $0.kind == .share && $0.value == 25 })
        #expect(shiryaev.figures.contains { $0.value == 9 && $0.unit == "hour" && $0.subject == "вахта" })
        let cost = try #require(doc.quote(containing: "выросла на треть"))
        #expect(cost.figures.contains { $0.value == 33.33 && $0.kind == .change && $0.subject == "стоимость оборудования" })
        let imports = try #require(doc.quote(containing: "снизить вдвое"))
        #expect(imports.figures.contains { $0.value == 95 && $0.kind == .share && $0.year == nil })
        #expect(imports.figures.contains { $0.value == -50 && $0.kind == .target && $0.year == 2030 })
        let orlova = try #require(doc.quote(containing: "ключевой ставке"))
        #expect(orlova.speaker?.organization == "ПАО «Сбербанк»")
        #expect(orlova.figures.contains { $0.value == 18 && $0.kind == .level })
    }

    @Test func englishHTMLPageWithBlockquoteAndListItems() throws {
        let doc = try extract(try fixture("satellite-data-en.html"))
        #expect(doc.title == "Satellite Data for the Economy: Who Pays for the View from Orbit")
        #expect(doc.event == "Eastern Economic Forum 2023" && doc.date == "2023-09-12")
        #expect(doc.allQuotes.count == 9)
        #expect(doc.speakers.count == 5)
        #expect(doc.quote(containing: "Thomas Keller") == nil)
        #expect(doc.quote(containing: "Privacy") == nil)
        let bakanov = try #require(doc.quote(containing: "Ten years ago"))
        #expect(!bakanov.figures.contains { $0.unit == "year" })
        let kovaleva = try #require(doc.quote(containing: "replacement constellation"))
        #expect(kovaleva.speaker?.otherRoles.first?.organization == "Ministry of Digital Development, Communications and Mass Media of the Russian Federation")
        #expect(kovaleva.figures.first?.subject == "high-resolution imagery")
        let solovyov = try #require(doc.quote(containing: "small satellite costs"))
        #expect(solovyov.figures.first?.subject == "small satellite")
        let raghavan = try #require(doc.quote(containing: "ground stations"))
        #expect(raghavan.indirect && raghavan.speaker?.name == "Priya Raghavan")
        #expect(raghavan.figures.first?.value == -25)
    }

    @Test func russianNewsCopyWithReportedAndDirectSpeech() throws {
        let doc = try extract(try fixture("border-crossings-ru.md"))
        #expect(doc.title == "Пункты пропуска на границе с Китаем: очереди, цифры и планы")
        #expect(doc.quote(containing: "Участники сессии сошлись") == nil)
        #expect(doc.quote(containing: "Аналитики Института") == nil)
        // Reported speech, then the speaker's own words in quote marks: two quotes.
        let reported = try #require(doc.quote(containing: "1,1 млн грузовиков"))
        #expect(reported.indirect && reported.speaker?.name == "Валерий Шуршин")
        #expect(!reported.text.contains("сказал он"))
        let direct = try #require(doc.quote(containing: "круглосуточный режим"))
        #expect(!direct.indirect && direct.speaker?.name == "Валерий Шуршин")
        #expect(direct.text.contains("[...]"))
        #expect(direct.figures.contains { $0.kind == .change && $0.value == -25 && $0.unit == "minute" })
        let zverev = try #require(doc.quote(containing: "Водитель стоит"))
        #expect(!zverev.indirect && zverev.speaker?.name == "Дмитрий Зверев")
        #expect(zverev.text.contains("<…>"))
        // A quote that spans two paragraphs.
        let li = try #require(doc.quote(containing: "единую электронную очередь"))
        #expect(li.text.contains("взаимное признание") && li.speaker?.name == "Ли Юйган")
        let editorial = try #require(doc.quote(containing: "Прим. ред."))
        #expect(editorial.speaker?.name == "Ольга Федорчук")
        let severilov = try #require(doc.quote(containing: "контейнерные поезда"))
        #expect(severilov.indirect && severilov.speaker?.name == "Андрей Северилов")
        #expect(severilov.speaker?.organization == "компании «ФЕСКО Интегрированный Транспорт»")
        #expect(severilov.speaker?.otherRoles.first?.position == "вице-президент")
        #expect(severilov.figures.contains { $0.value == 25 && $0.valueMax == 30 })
        let old = try #require(doc.quote(containing: "старше 15 лет"))
        #expect(old.figures.contains { $0.value == 15 && $0.qualifier == .moreThan })
        #expect(old.figures.contains { $0.value == -33.33 && $0.kind == .change })
        #expect(old.figures.contains { $0.value == 50 && $0.kind == .share })
    }
}
