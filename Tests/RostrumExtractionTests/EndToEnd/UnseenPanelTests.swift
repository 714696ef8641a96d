import Foundation
import RostrumExtraction
import RostrumModel
import Testing

/// A panel summary written after the pipeline was, in English and Russian, with the shapes that
/// the earlier samples lacked: a moderator line under a heading, "Position at Organisation", a
/// role given only in the genitive («По словам …, главного аналитика …») and carried to later
/// quotes, "one percent" in words, a target named by a noun and not by a year, and a word of
/// change followed by a bare number.
@Suite("An unseen panel, end to end")
struct UnseenPanelTests {
    private let date = ExtractionOptions(date: "2022-09-06")

    @Test func englishPanel() throws {
        let doc = try extract(try fixture("arctic-panel-en.txt"), options: date)
        #expect(doc.sections.first?.heading == "Northern Sea Route", "the moderator line is neither a heading nor a quote")
        #expect(!doc.allQuotes.contains { $0.text.contains("Daniel Kovac") || $0.speaker?.name == "Daniel Kovac" })

        let lebedeva = try #require(doc.quote(containing: "insurance premiums")?.speaker)
        #expect(lebedeva.name == "Tatiana Lebedeva" && lebedeva.position == "Chief Analyst" && lebedeva.organization == "Sovcomflot")
        #expect(doc.quote(containing: "single insurance pool")?.speaker == lebedeva, "a name alone keeps the role given earlier")

        let third = try #require(doc.quote(containing: "insurance premiums")?.figures.first)
        #expect(third.value == -33.33 && third.unit == "percent" && third.kind == .change && third.qualifier == .almost)
        #expect(third.subject == "insurance premiums", "the complement “for ice-class tankers” is stepped over")

        let target = try #require(doc.quote(containing: "80 million target")?.figures.first)
        #expect(target.value == 80_000_000 && target.kind == .target && target.unit == nil, "“target” names the figure; it is not a counted noun")

        let onePercent = try #require(doc.quote(containing: "less than one percent")?.figures.first)
        #expect(onePercent.value == 1 && onePercent.unit == "percent" && onePercent.qualifier == .lessThan)

        let voyages = try #require(doc.quote(containing: "transit voyages doubled"))
        #expect(voyages.figures.map(\.value) == [100], "“to 84” takes no percentage from “doubled”")
        #expect(voyages.figures.first?.kind == .change && voyages.figures.first?.year == 2021)
    }

    @Test func russianPanel() throws {
        let doc = try extract(try fixture("arctic-panel-ru.txt"), options: date)
        let lebedeva = try #require(doc.quote(containing: "страховые премии")?.speaker)
        #expect(lebedeva.name == "Татьяна Лебедева")
        #expect(lebedeva.position == "главный аналитик", "the head of a genitive position back in the nominative")
        let later = try #require(doc.quote(containing: "единый страховой пул")?.speaker)
        #expect(later.name == "Татьяна Лебедева" && later.position == "главный аналитик",
                "«— сказала Татьяна Лебедева» keeps the role given with «По словам»")

        let target = try #require(doc.quote(containing: "Цель в 80 млн тонн")?.figures.first)
        #expect(target.value == 80_000_000 && target.unit == "tonne" && target.kind == .target)

        let onePercent = try #require(doc.quote(containing: "меньше одного процента")?.figures.first)
        #expect(onePercent.value == 1 && onePercent.unit == "percent" && onePercent.qualifier == .lessThan)
    }

    @Test func markdownPanelWithADatelineAndNewsCopyAttribution() throws {
        let doc = try extract(try fixture("hydrogen-panel-en.md"), options: ExtractionOptions(fileExtension: "md"))
        #expect(doc.event == "Eastern Economic Forum 2023" && doc.date == "2023-09-12", "the unlabelled line under the title")
        #expect(doc.sections.first?.heading == "Demand in Asia")
        let morimoto = try #require(doc.quote(containing: "3 million tonnes of hydrogen"))
        #expect(morimoto.indirect && morimoto.speaker?.name == "Kenji Morimoto")
        #expect(morimoto.speaker?.position == "Executive Officer" && morimoto.speaker?.organization == "Kawasaki Heavy Industries")
        #expect(!morimoto.text.contains("said"), "the attribution is not part of the clause")
        let hydrogen = try #require(morimoto.figures.first)
        #expect(hydrogen.value == 3_000_000 && hydrogen.unit == "tonne" && hydrogen.kind == .target && hydrogen.year == 2030 && hydrogen.qualifier == .upTo)
        #expect(doc.quote(containing: "green bonds")?.figures.first?.year == 2022, "“last year” from the dateline's date")
    }

    @Test func transcriptWithAPanelTitleAndACommaDateline() throws {
        let doc = try extract(try fixture("digital-ports-transcript-en.txt"))
        #expect(doc.title == "Panel: Digital Ports of the Pacific", "“Panel:” with a name is the title, not a participants list")
        #expect(doc.event == "Eastern Economic Forum 2024" && doc.date == "2024-09-05")
        #expect(Set(doc.allQuotes.compactMap(\.speaker?.name)) == ["Olga Vorontsova", "Li Qiang", "Mark Hendricks"], "the moderator is not quoted")
        let vorontsova = try #require(doc.quote(containing: "248 million tonnes"))
        #expect(vorontsova.speaker?.position == "Deputy Minister of Transport")
        let figures = vorontsova.figures
        #expect(figures.first?.value == 248_000_000 && figures.first?.year == 2023, "“last year” from the dateline's date")
        #expect(figures.contains { $0.kind == .target && $0.value == 400_000_000 && $0.year == 2030 && $0.unit == "tonne" })
        let li = try #require(doc.quote(containing: "140 million TEU")?.figures)
        #expect(li.contains { $0.unit == "TEU" && $0.qualifier == .moreThan && $0.year == 2023 })
        #expect(li.contains { $0.unit == "USD" && $0.value == 500_000_000 && $0.qualifier == .upTo })
        let dwell = try #require(doc.quote(containing: "dwell time")?.figures.first)
        #expect(dwell.value == -30 && dwell.valueMax == -40 && dwell.kind == .change)
    }

    @Test func russianHTMLPageWithAGenitiveChineseName() throws {
        let doc = try extract(try fixture("grain-corridor-ru.html"), options: ExtractionOptions(fileExtension: "html"))
        #expect(doc.title == "Зерновой коридор: Россия — Китай" && doc.date == "2024-09-04")
        #expect(!doc.allQuotes.contains { $0.text.contains("Цитата в скрипте") }, "scripts are not read")
        let zhang = try #require(doc.quote(containing: "российской пшеницы"))
        #expect(zhang.indirect && zhang.speaker?.name == "Чжан Вэй" && zhang.speaker?.position == "генеральный директор")
        #expect(zhang.figures.first?.kind == .target && zhang.figures.first?.year == 2030 && zhang.figures.first?.value == 8_000_000)
        let grain = try #require(doc.quote(containing: "5,2")?.figures.first)
        #expect(grain.value == 5_200_000 && grain.unit == "tonne" && grain.year == 2023)
    }

    @Test func englishPanelWithSeveralRolesAnInsertAndASurnameAlone() throws {
        let doc = try extract(try fixture("green-finance-en.txt"), options: date)
        let mansouri = try #require(doc.quote(containing: "committed $2.3 billion")?.speaker)
        #expect(mansouri.position == "Chief Investment Officer" && mansouri.organization == "Mubadala Capital")
        #expect(mansouri.otherRoles == [Role(position: "Member of the Board", organization: "Russia–UAE Business Council")])
        let nazarov = try #require(doc.quote(containing: "wind farm in Adygea"))
        #expect(nazarov.text.contains("(instead of the planned ten – ed.)") && nazarov.text.contains("1.2 GW"),
                "a quote over two paragraphs keeps its editorial insert")
        let renewables = try #require(doc.quote(containing: "share of renewables"))
        #expect(renewables.indirect && renewables.speaker?.name == "Ksenia Yudaeva", "“As Yudaeva pointed out”: a surname already introduced")
        #expect(renewables.figures.first?.value == 1 && renewables.figures.first?.qualifier == .lessThan)
    }

    @Test func russianPanelWithAPositionWithCommasBeforeTheName() throws {
        let doc = try extract(try fixture("data-economy-ru.txt"))
        #expect(doc.event == "Петербургский международный экономический форум 2021" && doc.date == "2021-06-03")
        let market = try #require(doc.quote(containing: "рынка данных"))
        #expect(market.indirect && market.speaker?.name == "Максут Шадаев")
        #expect(market.speaker?.position == "министр цифрового развития, связи и массовых коммуникаций")
        #expect(doc.quote(containing: "облачные сервисы")?.speaker?.name == "Максут Шадаев", "«— рассказал Шадаев»: the surname of the speaker introduced")
        let cloud = try #require(doc.quote(containing: "облачные сервисы")?.figures.first)
        #expect(cloud.value == 27 && cloud.kind == .change && cloud.subject != "плюс", "«плюс 27%» is a change")
        let centres = try #require(doc.quote(containing: "дата-центров")?.figures.first)
        #expect(centres.value == 40e9 && centres.kind == .target && centres.year == 2024 && centres.subject == "дата-центров")
    }

    @Test(arguments: [("Николая Петрова", "Николай Петров"), ("Чжан Вэя", "Чжан Вэй"), ("Игоря Сечина", "Игорь Сечин"),
                      ("Анны Кузнецовой", "Анна Кузнецова"), ("Алексея Чекункова", "Алексей Чекунков")])
    func genitiveNamesComeBackToTheNominative(_ genitive: String, _ nominative: String) {
        #expect(RussianNameCase.nominative(ofGenitive: genitive) == nominative)
    }

    @Test(arguments: [
        "The forum opened on 12 September 2023 with a plenary session.",
        "Most of the delegates · who came by train · were late",
    ])
    func proseIsNotADateline(_ line: String) throws {
        let doc = try extract("Energy Panel\n\n\(line)\n\n“Gas exports to China grew by 20% last year,” said Ivan Petrov, Director, Gas Export.")
        #expect(doc.date == nil && doc.event == nil)
    }

    @Test func aSaidVerbAfterACommaNeedsAPersonsName() throws {
        let doc = try extract("Grain Panel\n\nExports of wheat to Egypt fell by 12% in the first half, said Rosstat.")
        #expect(doc.allQuotes.isEmpty, "a one-word source is not a speaker")
    }

    @Test(arguments: [
        ("По словам Андрея Смирнова, заместителя министра энергетики, спрос вырос.", "заместитель министра энергетики"),
        ("По словам Ольги Ивановой, генерального директора «Портов Приморья», грузооборот растёт.", "генеральный директор"),
        ("По словам Игоря Петрова, первого вице-президента Сбербанка, ставки снизятся.", "первый вице-президент"),
    ])
    func genitivePositionsComeBackToTheNominative(_ text: String, _ position: String) throws {
        let doc = try extract("Тест\n\n" + text)
        #expect(doc.allQuotes.first?.speaker?.position == position)
    }

    @Test func positionAtOrganisation() {
        let splitter = RoleSplitter()
        #expect(splitter.roles(from: "Head of Research at VTB Capital").first == Role(position: "Head of Research", organization: "VTB Capital"))
        #expect(splitter.roles(from: "Professor at the Higher School of Economics").first
            == Role(position: "Professor", organization: "Higher School of Economics"))
    }
}
