import Foundation
import RostrumExtraction
import RostrumModel
import Testing

/// Six more sessions written after the pipeline, in shapes the earlier fixtures lacked: a Russian
/// summary with group labels and a role given in the genitive, a Russian forum page with a block
/// quote and site chrome, a Russian transcript with a participants list, an English summary in
/// the seed's shape, a Markdown page and a transcript of `NAME (Position, Org):` turns. Each test
/// states what a careful reader takes from the document.
@Suite("Unseen panels, round 2")
struct UnseenPanelRound2Tests {
    @Test func russianSummaryWithGroupsAndAGenitiveRole() throws {
        let doc = try extract(try fixture("fisheries-ru.txt"))
        #expect(doc.event == "Восточный экономический форум 2023" && doc.date == "2023-09-11")
        #expect(doc.allQuotes.count == 12)
        #expect(doc.sections.map(\.kind) == [.conclusion, .conclusion, .problem, .problem, .solution, .solution])
        #expect(!doc.allQuotes.contains { $0.speaker?.name == "Екатерина Волкова" || $0.text.contains("Модератор") || $0.text.contains("Для справки") })

        let head = try #require(doc.quote(containing: "1,2 трлн"))
        #expect(head.speaker?.name == "Илья Шестопалов" && head.speaker?.position == "руководитель"
            && head.speaker?.organization == "Федерального агентства по рыболовству")
        #expect(head.figures.contains { $0.value == 1.2e12 && $0.unit == "RUB" && $0.qualifier == .moreThan })
        let repeated = try #require(doc.quote(containing: "Береговая переработка"))
        #expect(repeated.speaker == head.speaker, "a name alone carries the role given before")
        #expect(repeated.text.contains("<…>") && repeated.figures.first?.value == 2.5 && repeated.figures.first?.unit == "times")

        let kuznetsova = try #require(doc.quote(containing: "кредитный портфель")?.speaker)
        #expect(kuznetsova.name == "Анна Кузнецова" && kuznetsova.position == "заместитель председателя правления"
            && kuznetsova.organization == "ПАО «Сбербанк»")
        #expect(doc.quote(containing: "кредитный портфель")?.figures.first?.year == 2022, "«в прошлом году» from the session date")
        let surname = try #require(doc.quote(containing: "льготным кредитам"), "«Кузнецова также отметила, что …»: the surname of a speaker introduced in the genitive")
        #expect(surname.indirect && surname.speaker?.name == "Анна Кузнецова" && surname.speaker?.position == "заместитель председателя правления")

        let share = try #require(doc.quote(containing: "улова минтая")?.figures)
        #expect(share.contains { $0.value == 15 && $0.unit == "percent" && $0.qualifier == .about })
        #expect(share.contains { $0.value == 40 && $0.kind == .target && $0.year == 2030 })
        let crab = try #require(doc.quote(containing: "краба")?.figures.first)
        #expect(crab.value == 1.5 && crab.unit == "times" && crab.kind == .change, "«в полтора раза»")
        #expect(doc.quote(containing: "краба")?.speaker?.organization == "China National Fisheries Corporation")

        let cold = try #require(doc.quote(containing: "Портовые холодильники"))
        #expect(cold.text.contains("(в пиковые недели августа. — Прим. ред.)") && cold.text.contains("теряет в цене"),
                "a quote over two paragraphs keeps its editorial insert")
        #expect(cold.speaker?.organization == "АО «Русская рыбопромышленная компания»")
        #expect(cold.figures.contains { $0.value == 300_000 && $0.unit == "tonne" })
        #expect(cold.figures.contains { $0.value == 10 && $0.unit == "day" && $0.kind == .duration }, "«10 суток» is a duration")

        let terminals = try #require(doc.quote(containing: "рыбных терминалов")?.figures.first)
        #expect(terminals.value == 5e9 && terminals.valueMax == 7e9 && terminals.unit == "RUB")
        #expect(doc.quote(containing: "рыбных терминалов")?.speaker?.position == "министр по развитию Дальнего Востока и Арктики")
        #expect(doc.quote(containing: "Первый терминал")?.speaker?.name == "Алексей Чекунков", "«— сказал Чекунков»")
        let digital = try #require(doc.quote(containing: "промысловый журнал")?.speaker)
        #expect(digital.position == "заместитель директора департамента цифровой трансформации"
            && digital.organization == "Министерства сельского хозяйства Российской Федерации", "a department stays in the position")
    }

    @Test func russianForumPageWithABlockQuoteAndSiteChrome() throws {
        let doc = try extract(try fixture("tourism-ru.html"), options: ExtractionOptions(fileExtension: "html"))
        #expect(doc.title == "Туризм без границ: как вернуть гостей из Азии" && doc.date == "2024-09-05")
        #expect(doc.allQuotes.count == 7)
        #expect(!doc.allQuotes.contains { $0.text.contains("Цитата из скрипта") || $0.text.contains("Это не цитата") || $0.text.contains("модератор") })
        let zhou = try #require(doc.quote(containing: "безвизовых групповых поездок"))
        #expect(zhou.speaker?.name == "Чжоу Хайбинь" && zhou.speaker?.position == "генеральный директор"
            && zhou.speaker?.organization == "China International Travel Service (CITS)", "a block quote with its speaker on the next line")
        #expect(zhou.figures.contains { $0.value == 3_000_000 && $0.kind == .target && $0.year == 2026 })
        #expect(doc.quote(containing: "два отеля")?.speaker == zhou.speaker, "«— сказал Чжоу Хайбинь» carries the role")
        let hotels = try #require(doc.quote(containing: "два отеля")?.figures.first)
        #expect(hotels.value == 12e9 && hotels.valueMax == 15e9 && hotels.unit == "RUB")

        let tourists = try #require(doc.quote(containing: "600 тыс.")?.figures)
        #expect(tourists.contains { $0.value == 600_000 && $0.unit == "count" && $0.qualifier == .about && $0.year == 2023 })
        #expect(tourists.contains { $0.value == 70 && $0.kind == .share && $0.qualifier == .moreThan }, "«из них более 70%» is a part")
        let semenova = try #require(doc.quote(containing: "средний чек"))
        #expect(semenova.indirect && semenova.speaker?.name == "Мария Семёнова" && semenova.speaker?.position == "директор по развитию")
        #expect(doc.quote(containing: "Авиабилеты")?.speaker?.organization == "ПАО «Аэрофлот»")
        #expect(doc.quote(containing: "круизный терминал")?.figures.contains { $0.unit == "times" && $0.value == 2 } == true)
    }

    @Test func russianTranscriptWithAParticipantsList() throws {
        let doc = try extract(try fixture("lng-transcript-ru.txt"))
        #expect(doc.title == "Газ для Азии: СПГ, трубопроводы и новые рынки" && doc.date == "2022-10-13")
        #expect(doc.allQuotes.count == 14)
        #expect(!doc.allQuotes.contains { $0.speaker?.name == "Андрей Быстров" }, "the moderator's turns are remarks")
        #expect(!doc.allQuotes.contains { $0.text.contains("круглый год?") }, "a question from the floor is no quote")
        let sorokin = try #require(doc.quote(containing: "33 млн тонн"))
        #expect(sorokin.speaker?.position == "первый заместитель министра энергетики" && sorokin.speaker?.organization == "Российской Федерации")
        #expect(sorokin.figures.contains { $0.value == 33_000_000 && $0.unit == "tonne" && $0.year == 2022 && $0.qualifier == .about })
        #expect(sorokin.figures.contains { $0.value == 8 && $0.kind == .change })
        #expect(sorokin.figures.contains { $0.value == 100_000_000 && $0.kind == .target && $0.year == 2030 })
        let gordeeva = try #require(doc.quote(containing: "Арктик СПГ 2")?.speaker)
        #expect(gordeeva.organization == "ПАО «НОВАТЭК»" && gordeeva.otherRoles == [Role(position: "член правления", organization: "Ассоциации производителей СПГ")])
        #expect(doc.quote(containing: "Арктик СПГ 2")?.figures.contains { $0.value == 1.5 && $0.unit == "times" } == true)
        let wang = try #require(doc.quote(containing: "620 млрд"))
        #expect(wang.speaker?.name == "Ван Синьюй" && wang.speaker?.organization == "China Energy Investment Corporation")
        #expect(wang.figures.contains { $0.value == 12 && $0.valueMax == 15 && $0.unit == "percent" })
        #expect(wang.figures.contains { $0.value == 20 && $0.unit == "year" && $0.kind == .duration })
        #expect(doc.quote(containing: "Прим. ред.")?.speaker?.name == "Раджив Менон")
        let price = try #require(doc.quote(containing: "электростанций")?.figures)
        #expect(price.contains { $0.value == 6 && $0.valueMax == 8 && $0.unit == "USD" })
        #expect(price.contains { $0.value == 40 && $0.kind == .change })
        let freight = try #require(doc.quote(containing: "ставках фрахта")?.figures.first)
        #expect(freight.value == -25 && freight.year == 2027 && freight.qualifier == .about, "«снизится примерно на четверть» к 2027 году")
    }

    @Test func englishSummaryInTheSeedShape() throws {
        let doc = try extract(try fixture("ocean-food-en.txt"))
        #expect(doc.event == "Eastern Economic Forum 2021" && doc.date == "2021-09-03")
        #expect(doc.allQuotes.count == 12)
        #expect(Set(doc.sections.map(\.kind)) == [.conclusion, .problem, .solution])
        #expect(!doc.allQuotes.contains { $0.speaker?.name == "Fiona Gallagher" || $0.text.contains("moderat") })

        let savchuk = try #require(doc.quote(containing: "380 thousand tonnes"))
        #expect(savchuk.speaker?.position == "Deputy Head" && savchuk.speaker?.organization == "Federal Agency for Fisheries (Rosrybolovstvo)")
        #expect(savchuk.text.contains("[...]"))
        #expect(savchuk.figures.contains { $0.value == 380_000 && $0.unit == "tonne" && $0.year == 2020 })
        #expect(savchuk.figures.contains { $0.value == 618_000 && $0.kind == .target && $0.year == 2030 })
        #expect(savchuk.figures.contains { $0.value == 40 && $0.unit == "percent" && $0.qualifier == .upTo }, "“up to 40 per cent”")
        let chen = try #require(doc.quote(containing: "one and a half times")?.figures)
        #expect(chen.first?.value == 1.5 && chen.first?.unit == "times" && chen.first?.kind == .change)
        #expect(!chen.contains { $0.unit == "percent" }, "“a half” inside “one and a half times” is no share")

        let orlova = try #require(doc.quote(containing: "fisheries portfolio"))
        #expect(orlova.indirect && orlova.speaker?.position == "Managing Director, Corporate Banking" && orlova.speaker?.organization == "Gazprombank")
        #expect(orlova.figures.contains { $0.value == 22 && $0.kind == .change && $0.year == 2021 })
        #expect(orlova.figures.contains { $0.value == 140e9 && $0.unit == "RUB" && $0.qualifier == .moreThan })
        #expect(doc.quote(containing: "fixed rate")?.speaker?.organization == "Gazprombank", "“Natalia Orlova said in her closing remarks”")

        let lobanov = try #require(doc.quote(containing: "frozen pollock"))
        #expect(lobanov.text.contains("(the figure is for 2020 – ed.)"))
        #expect(lobanov.speaker?.organization == "Pacific Fishing Association"
            && lobanov.speaker?.otherRoles == [Role(position: "Member of the Board", organization: "Russian Union of Industrialists and Entrepreneurs")])
        #expect(lobanov.figures.contains { $0.value == 3500 && $0.unit == "USD" })
        #expect(doc.quote(containing: "Subsidies are a patch")?.speaker == lobanov.speaker)
        #expect(doc.quote(containing: "research vessels")?.indirect == true)
        let capacity = try #require(doc.quote(containing: "cold storage")?.figures)
        #expect(capacity.contains { $0.value == 2_000_000 && $0.valueMax == 3_000_000 && $0.unit == "tonne" })
        #expect(capacity.contains { $0.value == 1.2e9 && $0.unit == "USD" })
        let vasep = try #require(doc.quote(containing: "Vietnam and Thailand"))
        #expect(vasep.speaker?.name == "Nguyen Van Thanh" && vasep.speaker?.organization == "Vietnam Association of Seafood Exporters and Producers (VASEP)")
        #expect(vasep.figures.contains { $0.value == 25 && $0.kind == .change && $0.year == 2021 }, "“25% more … than last” is a change")
        #expect(vasep.figures.contains { $0.value == 1e9 && $0.unit == "USD" && $0.kind == .target && $0.year == 2024 })
        #expect(doc.quote(containing: "Illegal catch")?.figures.first?.value == -70)
        let chen2 = try #require(doc.quote(containing: "certified Russian products"))
        #expect(chen2.indirect && chen2.speaker?.name == "Chen Jianguo" && chen2.speaker?.position == "Vice President", "“According to Chen Jianguo” carries his role")
    }

    @Test func markdownPageWithBlockQuotesAndAccordingTo() throws {
        let doc = try extract(try fixture("payments-en.md"), options: ExtractionOptions(fileExtension: "md"))
        #expect(doc.title == "Cross-Border Payments in Asia: Beyond the Dollar" && doc.date == "2023-10-12")
        #expect(doc.allQuotes.count == 7)
        #expect(!doc.allQuotes.contains { $0.speaker?.name == "Oliver Grant" || $0.text.contains("transfers through intermediary") })
        let sergeev = try #require(doc.quote(containing: "reached 95%"))
        #expect(sergeev.speaker?.position == "First Deputy Chairman of the Management Board" && sergeev.speaker?.organization == "VTB Bank")
        let zhang = try #require(doc.quote(containing: "yuan clearing"))
        #expect(zhang.indirect && zhang.speaker?.name == "Zhang Hui" && zhang.speaker?.organization == "Bank of China (Moscow branch)")
        #expect(zhang.figures.first?.value == 1.5 && zhang.figures.first?.unit == "times" && zhang.figures.first?.year == 2023)
        let brics = try #require(doc.quote(containing: "BRICS payments"))
        #expect(brics.speaker == zhang.speaker, "a block quote signed by the name alone carries the role")
        #expect(brics.text.contains("(the estimate covers only the first stage – ed.)"))
        #expect(brics.figures.contains { $0.value == 400_000_000 && $0.unit == "USD" && $0.qualifier == .about })
        let commissions = try #require(doc.quote(containing: "$3.5bn"))
        #expect(commissions.speaker?.name == "Ekaterina Voronina" && commissions.figures.contains { $0.value == 3.5e9 && $0.year == 2022 })
        #expect(doc.quote(containing: "up to 40 per cent")?.figures.first?.qualifier == .upTo)
        #expect(doc.quote(containing: "messaging system")?.speaker?.name == "Dmitry Sergeev", "“Sergeev noted that …”")
        #expect(doc.quote(containing: "fall by half")?.figures.first?.value == -50)
    }

    @Test func transcriptOfTurnsWithRolesInParentheses() throws {
        let doc = try extract(try fixture("smart-cities-transcript-en.txt"))
        #expect(doc.date == "2022-09-06")
        #expect(doc.allQuotes.count == 16)
        #expect(!doc.allQuotes.contains { $0.speaker?.name == "Elena Markova" })
        #expect(!doc.allQuotes.contains { $0.text.contains("old districts") }, "a question from the audience is no quote")
        let mayor = try #require(doc.quote(containing: "150 new buses"))
        #expect(mayor.speaker?.position == "Mayor" && mayor.speaker?.organization == "City of Vladivostok")
        #expect(mayor.figures.contains { $0.value == 150 && $0.year == 2021 } && mayor.figures.contains { $0.value == 12 && $0.kind == .change && $0.year == 2022 })
        let budget = try #require(doc.quote(containing: "9 billion roubles")?.figures)
        #expect(budget.contains { $0.value == 3 && $0.unit == "year" && $0.qualifier == nil }, "“over three years” after an amount is its span")
        #expect(budget.contains { $0.value == 66.67 && $0.kind == .share })
        let park = try #require(doc.quote(containing: "adaptive traffic lights"))
        #expect(park.speaker?.position == "Deputy Mayor for Smart City Policy" && park.speaker?.organization == "Busan Metropolitan City")
        #expect(park.figures.contains { $0.value == -18 && $0.kind == .change })
        #expect(park.figures.contains { $0.value == 5 && $0.unit == "year" && $0.qualifier == nil })
        #expect(doc.quote(containing: "threefold")?.figures.first?.value == -66.67)
        let korotkov = try #require(doc.quote(containing: "smart district")?.speaker)
        #expect(korotkov.position == "Vice President" && korotkov.organization == "Sber"
            && korotkov.otherRoles == [Role(position: "Chief Executive Officer", organization: "SberCity")])
        #expect(doc.quote(containing: "smart district")?.figures.contains { $0.value == -25 && $0.kind == .change } == true, "“lower by a quarter”")
        #expect(doc.quote(containing: "municipal specialists")?.speaker?.organization == "Huawei Technologies Co., Ltd.")
        #expect(doc.quote(containing: "municipal specialists")?.figures.contains { $0.value == 10_000 && $0.kind == .target && $0.year == 2027 } == true)
        #expect(doc.quote(containing: "10 to 15 per cent more")?.figures.first?.valueMax == 15)
        #expect(doc.quote(containing: "old apartment blocks")?.figures.contains { $0.value == 300 && $0.year == 2023 } == true, "“next year another 300”")
        #expect(doc.quote(containing: "parking platform")?.figures.contains { $0.value == 25 && $0.kind == .change } == true)
    }
}
