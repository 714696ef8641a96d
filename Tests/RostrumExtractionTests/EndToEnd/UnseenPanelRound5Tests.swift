import Foundation
import RostrumExtraction
import RostrumModel
import Testing

/// Six sessions written after the pipeline, on topics no earlier fixture covers: a pharmaceutical
/// summary in the seed's shape, a Russian shipbuilding summary, an English film co-production
/// transcript, a Russian rail-freight stenogram («ФАМИЛИЯ Имя:» turns), an English HTML page on
/// nuclear medicine and Russian Markdown news copy on education exports.
@Suite("Unseen panels, round 5")
struct UnseenPanelRound5Tests {
    @Test func englishSummaryWithUnitsAndTerritoriesInRoles() throws {
        let doc = try extract(try fixture("pharma-localisation-en.txt"))
        #expect(doc.title == "Medicines Made Here: Localising Pharmaceutical Production in Eurasia")
        #expect(doc.event == "St. Petersburg International Economic Forum 2022")
        #expect(doc.date == "2022-06-16")
        #expect(doc.allQuotes.count == 13)
        #expect(doc.speakers.count == 8)
        // The moderator's line is narrative.
        #expect(doc.quote(containing: "moderated by") == nil)
        let vogel = try #require(doc.quote(containing: "Kaluga region"))
        #expect(vogel.speaker?.position == "Managing Director, Russia and CIS")
        #expect(vogel.speaker?.organization == "Berlin-Chemie Pharma GmbH")
        let euros = try #require(vogel.figures.first)
        #expect(euros.value == 3e8 && euros.unit == "EUR" && euros.qualifier == .moreThan)
        let belov = try #require(doc.quote(containing: "$1.3 billion"))
        #expect(belov.speaker?.position == "Director, Export Support Department")
        #expect(belov.speaker?.organization == "Russian Export Center")
        #expect(belov.text.contains("<…> The markets of Central Asia"))
        let exports = try #require(belov.figures.first)
        #expect(exports.value == 1.3e9 && exports.unit == "USD" && exports.year == 2021)
        // Several roles joined by a semicolon.
        let kravtsova = try #require(doc.quote(containing: "210 days"))
        #expect(kravtsova.speaker?.organization == "Pharmstandard")
        #expect(kravtsova.speaker?.otherRoles.first?.organization == "State Duma Committee on Health Protection")
        let months = try #require(kravtsova.figures.first)
        #expect(months.value == 18 && months.valueMax == 24 && months.unit == "month")
        // A repeat by name only carries the role; "said Prof. Name" drops the title.
        let trials = try #require(doc.quote(containing: "multicentre trials"))
        #expect(trials.speaker?.name == "Sergei Arkhipov" && trials.speaker?.organization == "Sechenov University")
        #expect(trials.figures.first?.value == -40)
        let target = try #require(doc.quote(containing: "By 2030 we want"))
        #expect(target.speaker?.name == "Marina Zolotareva" && target.speaker?.organization == "Russian Federation")
        let share = try #require(target.figures.first)
        #expect(share.kind == .target && share.value == 70 && share.year == 2030 && share.qualifier == .atLeast)
        #expect(doc.sections.map(\.kind).contains(.problem) && doc.sections.map(\.kind).contains(.solution))
    }

    @Test func russianSummaryInTheSeedsShape() throws {
        let doc = try extract(try fixture("shipbuilding-ru.txt"))
        #expect(doc.title == "Гражданское судостроение: заказы, верфи и кадры")
        #expect(doc.date == "2023-09-06")
        #expect(doc.allQuotes.count == 11)
        #expect(Set(doc.allQuotes.compactMap(\.speaker?.name)) == [
            "Алексей Рахманов", "Дмитрий Колодяжный", "Чжан Вэймин", "Олег Рязанцев", "Наталья Шелестова", "Андрей Гончаров",
        ])
        // The moderator's line and the narrative paragraph are no quotes.
        #expect(doc.quote(containing: "Громова") == nil)
        #expect(doc.quote(containing: "лизинг судов, льготные кредиты") == nil)
        let portfolio = try #require(doc.quote(containing: "1 трлн рублей"))
        #expect(portfolio.speaker?.organization == "АО «Объединённая судостроительная корпорация»")
        #expect(portfolio.figures.contains { $0.value == 1e12 && $0.unit == "RUB" && $0.qualifier == .moreThan })
        let trawlers = try #require(doc.quote(containing: "27 траулеров"))
        #expect(trawlers.speaker?.position == "генеральный директор, председатель правления")
        #expect(trawlers.figures.contains { $0.kind == .target && $0.value == 45 && $0.year == 2027 })
        let imports = try #require(doc.quote(containing: "60–70%"))
        #expect(imports.speaker?.name == "Олег Рязанцев" && imports.speaker?.organization == "Российской Федерации")
        #expect(imports.figures.contains { $0.value == 1.5 && $0.unit == "times" && $0.kind == .change })
        let localisation = try #require(doc.quote(containing: "до 80%"))
        #expect(localisation.indirect && localisation.speaker?.name == "Олег Рязанцев")
        #expect(localisation.figures.first?.kind == .target && localisation.figures.first?.year == 2030)
        let program = try #require(doc.quote(containing: "22,5 млрд рублей"))
        #expect(program.indirect && program.speaker?.name == "Олег Рязанцев")
        #expect(program.figures.first?.value == 2.25e10)
        let leasing = try #require(doc.quote(containing: "94 судна"))
        #expect(leasing.speaker?.organization == "Государственной транспортной лизинговой компании (ГТЛК)")
        #expect(leasing.figures.contains { $0.value == 33.33 && $0.kind == .change })
    }

    @Test func englishTranscriptWithAModerator() throws {
        let doc = try extract(try fixture("film-coproduction-transcript-en.txt"))
        #expect(doc.event == "Eastern Economic Forum 2019")
        #expect(doc.allQuotes.count == 13)
        #expect(Set(doc.allQuotes.compactMap(\.speaker?.name)) == ["Fyodor Bondarchuk", "Wang Xiaohui", "Priya Raghavan", "Vadim Vereshchagin"])
        // Every question of the moderator is a remark.
        #expect(doc.quote(containing: "why are there so few") == nil)
        #expect(doc.quote(containing: "What does a foreign producer get") == nil)
        let raghavan = try #require(doc.quote(containing: "1,800 features"))
        #expect(raghavan.speaker?.organization == "Mumbai Screen Partners Pvt. Ltd.")
        let vereshchagin = try #require(doc.quote(containing: "1.2 billion roubles"))
        #expect(vereshchagin.speaker?.otherRoles.first?.organization == "Russian Film Fund")
        #expect(vereshchagin.figures.contains { $0.value == 1.2e9 && $0.unit == "RUB" && $0.kind == .target && $0.year == 2021 })
        #expect(vereshchagin.figures.contains { $0.value == 25 && $0.qualifier == .almost })
        let boxOffice = try #require(doc.quote(containing: "64 billion yuan"))
        #expect(boxOffice.figures.first?.unit == "CNY" && boxOffice.figures.first?.year == 2018)
    }

    @Test func russianStenogramWithSurnameFirstLabels() throws {
        let doc = try extract(try fixture("rail-freight-transcript-ru.txt"))
        #expect(doc.event == "Российско-Китайское ЭКСПО 2023")
        #expect(doc.date == "2023-05-17")
        // «ЕРШОВА Марина» is the listed moderator: her six turns are remarks.
        #expect(doc.allQuotes.count == 9)
        #expect(Set(doc.allQuotes.compactMap(\.speaker?.name)) == ["Алексей Шило", "Ли Хунвэй", "Сергей Павлов"])
        #expect(doc.quote(containing: "Добрый день, коллеги") == nil)
        #expect(doc.quote(containing: "Спасибо всем участникам") == nil)
        let volume = try #require(doc.quote(containing: "142 млн тонн"))
        #expect(volume.speaker?.position == "генеральный директор по логистике")
        #expect(volume.figures.contains { $0.value == 1.42e8 && $0.unit == "tonne" && $0.year == 2022 })
        let transit = try #require(doc.quote(containing: "упал почти вдвое"))
        #expect(transit.speaker?.organization == "АО «ОТЛК ЕРА»")
        #expect(transit.figures.contains { $0.value == -50 && $0.unit == "percent" && $0.qualifier == .almost })
        let proposal = try #require(doc.quote(containing: "единый электронный документ"))
        #expect(proposal.speaker?.name == "Ли Хунвэй" && proposal.speaker?.organization == "China Railway Container Transport Corp.")
        let plan = try #require(doc.quote(containing: "210 млн тонн"))
        #expect(plan.figures.first?.kind == .target && plan.figures.first?.year == 2030)
    }

    @Test func englishHTMLPage() throws {
        let doc = try extract(try fixture("nuclear-medicine-en.html"), options: ExtractionOptions(fileExtension: "html"))
        #expect(doc.title == "Nuclear Medicine for Every Region")
        #expect(doc.event == "Atomexpo 2021")
        #expect(doc.allQuotes.count == 9)
        // Navigation, share buttons, "Read also" and the footer are no quotes.
        #expect(doc.quote(containing: "Programme") == nil && doc.quote(containing: "All rights reserved") == nil)
        let blockQuote = try #require(doc.quote(containing: "26 PET centres"))
        #expect(blockQuote.speaker?.name == "Tatiana Sheremeteva")
        #expect(blockQuote.speaker?.position == "Deputy Director, Department of Medical Care Organisation")
        #expect(blockQuote.speaker?.organization == "Ministry of Health of the Russian Federation")
        let zhao = try #require(doc.quote(containing: "public–private partnerships"))
        #expect(zhao.speaker?.organization == "China Isotope & Radiation Corporation")
        #expect(zhao.text.hasPrefix("In China"))
        let hart = try #require(doc.quote(containing: "technetium"))
        #expect(hart.speaker?.name == "Amelia Hart" && hart.speaker?.organization == "Royal Brompton Hospital")
        // Reported speech after a narrative sentence of the same paragraph.
        let staff = try #require(doc.quote(containing: "1,500 more radiologists"))
        #expect(staff.indirect && staff.speaker?.name == "Tatiana Sheremeteva")
        #expect(staff.figures.contains { $0.kind == .target && $0.year == 2025 && $0.qualifier == .atLeast })
        #expect(doc.quote(containing: "main bottleneck") == nil)
        #expect(doc.quote(containing: "asked the panel") == nil)
    }

    @Test func russianMarkdownNewsCopy() throws {
        let doc = try extract(try fixture("education-export-ru.md"), options: ExtractionOptions(fileExtension: "md"))
        #expect(doc.event == "Российский инвестиционный форум 2024")
        #expect(doc.allQuotes.count == 12)
        #expect(doc.warnings.isEmpty)
        // «По словам» with the position before the name, then the surname and a pronoun.
        let mogilevsky = doc.allQuotes.filter { $0.speaker?.name == "Константин Могилевский" }
        #expect(mogilevsky.count == 4 && mogilevsky.allSatisfy(\.indirect))
        #expect(mogilevsky.first?.speaker?.position == "заместитель министра науки и высшего образования")
        #expect(doc.quote(containing: "355 тыс.")?.figures.contains { $0.value == 355_000 && $0.qualifier == .moreThan } == true)
        // A quote split by an attribution with the position first.
        let rector = try #require(doc.quote(containing: "крупнейшим партнёром"))
        #expect(rector.speaker?.name == "Елена Шкарубо" && rector.speaker?.position == "ректор")
        #expect(rector.text.contains("вдвое меньше. Но китайская семья"))
        #expect(doc.quote(containing: "общежития")?.speaker?.name == "Елена Шкарубо")
        // A quote over two paragraphs, with an elision kept.
        let visas = try #require(doc.quote(containing: "теряем студентов"))
        #expect(visas.text.contains("[...]") && visas.text.hasSuffix("на этом этапе"))
        #expect(visas.speaker?.name == "Тимур Ахмеджанов")
        // An editor's insert is no part of the role.
        let bystrova = try #require(doc.quote(containing: "преподавателей"))
        #expect(bystrova.speaker?.organization == "«Учёба в России»")
        let wang = try #require(doc.quote(containing: "двух дипломов"))
        #expect(wang.speaker?.name == "Ван Лин" && wang.text.hasPrefix("главное"))
        let quota = try #require(doc.quote(containing: "Квота"))
        #expect(quota.text.contains("благотворительность. Каждый рубль"))
    }
}
