import Foundation
import RostrumExtraction
import RostrumModel
import Testing

/// Five more sessions written after the pipeline: a transcript whose title has a colon and whose
/// moderator is named before the participants, an English summary in the seed's shape with an
/// editorial insert and reported speech, a Russian summary with a feminine speaker introduced in
/// the genitive, an English forum page with site chrome, and a Russian summary of said-verbs.
/// Each test states what a careful reader takes from the document.
@Suite("Unseen panels, round 3")
struct UnseenPanelRound3Tests {
    private let date = ExtractionOptions(date: "2019-09-05")

    @Test func transcriptWithAColonInItsTitleAndTheModeratorFirst() throws {
        let doc = try extract(try fixture("aviation-transcript-en.txt"), options: date)
        #expect(doc.title == "Regional Aviation: Keeping Remote Communities Connected", "a title with a colon is not a turn")
        #expect(!doc.allQuotes.contains { $0.speaker?.name == "Regional Aviation" })
        #expect(!doc.allQuotes.contains { $0.speaker?.name == "Elena Malysheva" }, "the moderator's remarks are not quotes")
        #expect(doc.allQuotes.count == 5)
        let saveliev = try #require(doc.quote(containing: "gravel strip")?.speaker)
        #expect(saveliev.name == "Vitaly Saveliev" && saveliev.position == "Chief Executive Officer" && saveliev.organization == "Aeroflot",
                "a turn by a listed participant carries the role from the list")
        #expect(doc.quote(containing: "LMS-901")?.speaker?.organization == "Moscow Aviation Institute")
        let neradko = try #require(doc.quote(containing: "subsidised routes"))
        #expect(neradko.speaker?.position == "Head" && neradko.speaker?.organization == "Federal Air Transport Agency")
        #expect(neradko.figures.contains { $0.value == 4_000 && $0.valueMax == 8_000 && $0.unit == "RUB" })
        #expect(neradko.figures.contains { $0.value == 7.5e9 && $0.unit == "RUB" })
        #expect(doc.quote(containing: "150 new planes")?.figures.contains { $0.value == 150 && $0.kind == .target && $0.year == 2030 } == true)
    }

    @Test func englishSummaryWithAnInsertAndReportedSpeech() throws {
        let doc = try extract(try fixture("health-en.txt"), options: date)
        #expect(doc.allQuotes.count == 9)
        #expect(doc.sections.map(\.kind).suffix(2) == [.problem, .solution])
        let golikova = try #require(doc.quote(containing: "outpatient clinics"))
        #expect(golikova.speaker?.name == "Tatiana Golikova" && golikova.speaker?.position == "Deputy Prime Minister")
        let hospitals = try #require(golikova.figures.first { $0.surface.lowercased() == "two-thirds" })
        #expect(hospitals.kind == .share && hospitals.year == nil, "'built before 1980' is the past, not a target year")
        let kostin = try #require(doc.quote(containing: "PPP portfolio")?.speaker)
        #expect(kostin.position == "President and Chairman of the Management Board" && kostin.organization == "VTB Bank (PJSC)")
        let noted = try #require(doc.quote(containing: "federal programme for primary care"))
        #expect(noted.indirect && noted.speaker?.name == "Tatiana Golikova", "'Golikova noted that …' names the speaker met before")
        #expect(noted.figures.contains { $0.value == 150e9 && $0.unit == "RUB" && $0.year == 2024 })
        let tariff = try #require(doc.quote(containing: "The technology works"))
        #expect(tariff.text.contains("(the regional compulsory medical insurance fund sets the rate. – Ed.)"))
        #expect(tariff.speaker?.organization == "Ministry of Health of the Russian Federation")
        let fall = try #require(doc.quote(containing: "remote consultations")?.figures)
        #expect(fall.contains { $0.value == 30_000 && $0.qualifier == .about && $0.year == 2018 })
        #expect(doc.quote(containing: "Private clinics")?.speaker?.organization == "Medsi Group", "“…,” said Name, Position, Org.")
        #expect(doc.quote(containing: "housing allowance")?.speaker?.name == "Sergei Kravtsov")
    }

    @Test func russianSummaryWithAFeminineSpeakerInTheGenitive() throws {
        let doc = try extract(try fixture("housing-ru.txt"), options: date)
        #expect(doc.allQuotes.count == 7)
        let olkhovskaya = try #require(doc.quote(containing: "в полтора раза"))
        #expect(olkhovskaya.indirect && olkhovskaya.speaker?.name == "Ирина Ольховская", "«По словам Ирины Ольховской» in the nominative")
        #expect(olkhovskaya.speaker?.position == "генеральный директор" && olkhovskaya.speaker?.organization == "«ДОМ.РФ»")
        #expect(olkhovskaya.figures.contains { $0.value == 1.5 && $0.unit == "times" && $0.year == 2024 })
        #expect(doc.quote(containing: "ограничение по возрасту")?.speaker == olkhovskaya.speaker, "the same person when named again")
        let chekunkov = try #require(doc.quote(containing: "11 тыс. кредитов"))
        #expect(chekunkov.speaker?.position == "генеральный директор")
        #expect(chekunkov.figures.contains { $0.value == 30e9 && $0.unit == "RUB" && $0.qualifier == .moreThan })
        #expect(chekunkov.figures.contains { $0.value == 2.8e6 && $0.qualifier == .about })
        #expect(doc.quote(containing: "Цены на первичном")?.speaker?.organization == "Сбербанк")
        let trutnev = try #require(doc.quote(containing: "федерального бюджета"))
        #expect(trutnev.indirect && trutnev.speaker?.name == "Юрий Трутнев")
        #expect(doc.quote(containing: "вторичное жильё")?.speaker?.name == "Юрий Трутнев")
        #expect(doc.sections.last?.kind == .conclusion)
    }

    @Test func englishForumPageWithSiteChrome() throws {
        let doc = try extract(try fixture("water-en.html"), options: ExtractionOptions(fileExtension: "html"))
        #expect(doc.title == "Water Security in a Changing Climate" && doc.event == "Eastern Economic Forum 2019" && doc.date == "2019-09-05")
        #expect(doc.allQuotes.count == 6)
        #expect(!doc.allQuotes.contains { $0.text.contains("dataLayer") || $0.text.contains("Roscongress") || $0.text.contains("Share") })
        let kobylkin = try #require(doc.quote(containing: "untreated wastewater")?.speaker)
        #expect(kobylkin.name == "Dmitry Kobylkin" && kobylkin.position?.hasPrefix("Minister of Natural Resources") == true)
        #expect(doc.quote(containing: "handful of contractors")?.text.contains("<…>") == true)
        let zhang = try #require(doc.quote(containing: "flood forecasting"))
        #expect(zhang.indirect && zhang.speaker?.name == "Zhang Wei")
        let kobzev = try #require(doc.quote(containing: "relocate settlements"))
        #expect(kobzev.indirect && kobzev.speaker?.name == "Igor Kobzev" && kobzev.speaker?.organization == "Irkutsk Region")
        #expect(kobzev.figures.contains { $0.value == 20e9 && $0.unit == "RUB" && $0.qualifier == .about })
        #expect(doc.quote(containing: "10,000 homes")?.figures.contains { $0.value == 10_000 && $0.qualifier == .moreThan } == true)
        #expect(doc.sections.last?.kind == .conclusion)
    }

    @Test func russianSummaryOfSaidVerbs() throws {
        let doc = try extract(try fixture("grain-export-ru.txt"), options: date)
        #expect(doc.allQuotes.count == 5)
        let patrushev = try #require(doc.quote(containing: "урожай зерновых")?.speaker)
        #expect(patrushev.name == "Дмитрий Патрушев" && patrushev.position == "министр сельского хозяйства")
        #expect(doc.quote(containing: "зерновых терминалов")?.speaker?.name == "Оксана Лут", "«— заявила Оксана Лут, …»")
        #expect(doc.quote(containing: "фитосанитарного")?.speaker?.name == "Сунь Вэйдун", "«— считает Сунь Вэйдун, …»")
        let share = try #require(doc.quote(containing: "пшеницы"))
        #expect(share.indirect && share.speaker?.name == "Оксана Лут", "«Как подчеркнула Оксана Лут, …»")
        #expect(share.figures.first?.value == 3 && share.figures.first?.unit == "percent")
        let terminal = try #require(doc.quote(containing: "Зарубино"))
        #expect(terminal.speaker?.organization == "Объединённой зерновой компании")
        #expect(terminal.figures.contains { $0.value == 28e9 && $0.unit == "RUB" && $0.qualifier == .about })
        #expect(doc.sections.last?.kind == .solution)
    }

    @Test func markdownWithDialogueDashesHonorificsAndRanges() throws {
        let doc = try extract(try fixture("arctic-shipping-en.md"), options: ExtractionOptions(fileExtension: "md"))
        #expect(doc.event == "Eastern Economic Forum 2021" && doc.date == "2021-09-03")
        let likhachev = try #require(doc.quote(containing: "33 million tonnes"))
        #expect(likhachev.speaker?.name == "Alexey Likhachev" && likhachev.speaker?.organization == "Rosatom State Atomic Energy Corporation")
        #expect(likhachev.figures.contains { $0.value == 80e6 && $0.kind == .target && $0.year == 2024 })
        #expect(doc.quote(containing: "polar adventure")?.speaker == likhachev.speaker, "'Likhachev added' after the quote")
        let ruksha = try #require(doc.quote(containing: "icebreakers"))
        #expect(ruksha.text.hasPrefix("We expect"), "the dialogue dash opening a quote is not part of it")
        #expect(ruksha.speaker?.name == "Vyacheslav Ruksha" && ruksha.speaker?.position == "Deputy Director General")
        #expect(ruksha.speaker?.otherRoles.first?.position == "Director of the Northern Sea Route Directorate")
        #expect(ruksha.figures.contains { $0.value == 4 && $0.unit == "count" && $0.kind == .target && $0.year == 2027 },
                "'four new icebreakers by 2027': a count in words with its target year")
        let insurance = try #require(doc.quote(containing: "Premiums"))
        #expect(insurance.text.contains("insurers will stay cautious"), "a quote over two paragraphs")
        #expect(insurance.figures.contains { $0.value == 2 && $0.valueMax == 3 && $0.unit == "times" }, "'two to three times' is a range")
        let fuel = try #require(doc.quote(containing: "LNG fuel"))
        #expect(fuel.indirect && fuel.speaker?.name == "Vyacheslav Ruksha", "'According to Mr. Ruksha' is the Ruksha met before")
        #expect(!doc.allQuotes.contains { $0.speaker?.name == "Anna Popova" }, "the moderator's question is narrative")
    }

    @Test func russianDialogueDashesPronounsAndOpinion() throws {
        let doc = try extract(try fixture("dialogue-ru.txt"), options: date)
        let ruksha = try #require(doc.quote(containing: "ледокола"))
        #expect(ruksha.text.hasPrefix("Мы рассчитываем"), "the dialogue dash opening a quote is not part of it")
        #expect(ruksha.speaker?.name == "Вячеслав Рукша" && ruksha.speaker?.position == "заместитель генерального директора")
        #expect(ruksha.figures.contains { $0.value == 4 && $0.unit == "count" && $0.kind == .target && $0.year == 2027 },
                "«четыре новых ледокола до 2027 года»")
        let insurance = try #require(doc.quote(containing: "Страховка"))
        #expect(insurance.speaker == ruksha.speaker, "«— добавил он» is the speaker before")
        #expect(insurance.figures.contains { $0.value == 2 && $0.valueMax == 3 && $0.unit == "times" }, "«в два-три раза» is a range")
        let opinion = try #require(doc.quote(containing: "флот дирекции"), "«По мнению г-на Рукши, …» is reported speech")
        #expect(opinion.indirect && opinion.speaker?.name == "Вячеслав Рукша")
        let li = try #require(doc.quote(containing: "14 рейсов"))
        #expect(li.indirect && li.speaker?.name == "Ли Хуэй" && li.speaker?.position == "специальный представитель")
    }
}
