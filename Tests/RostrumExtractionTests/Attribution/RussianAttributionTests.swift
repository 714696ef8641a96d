import RostrumExtraction
import RostrumModel
import Testing

/// Every Russian attribution style of docs/FORMATS.md, on a realistic session summary.
@Suite struct RussianAttributionTests {
    let document: ExtractedDocument

    init() throws {
        document = try extract(try fixture("styles-ru.txt"))
    }

    @Test func metadata() {
        #expect(document.title == "Агроэкспорт в Китай: от квот к долгосрочным контрактам")
        #expect(document.event == "Петербургский международный экономический форум 2019")
        #expect(document.date == "2019-06-07")
        #expect(document.language == .ru)
    }

    @Test func guillemetsDashNameRole() throws {
        let quote = try #require(document.quote(containing: "экспорт продукции АПК"))
        #expect(quote.speaker?.name == "Дмитрий Патрушев")
        #expect(quote.speaker?.position == "министр сельского хозяйства")
        #expect(quote.speaker?.organization == "Российской Федерации")
        #expect(quote.text.hasSuffix("по всему экспорту"))
    }

    @Test func saidVerbAfterDash() throws {
        let quote = try #require(document.quote(containing: "соевых бобов"))
        #expect(quote.speaker?.name == "Чжоу Лицюнь")
        #expect(quote.speaker?.position == "генеральный менеджер")
        #expect(quote.speaker?.organization == "China Chengtong International Investment Ltd.")
    }

    @Test func editorialNoteAndElisionStayInside() throws {
        let quote = try #require(document.quote(containing: "на границе"))
        #expect(quote.text.contains("(прим. ред.: речь идёт о ветеринарном контроле)"))
        #expect(quote.text.contains("<…>"))
        #expect(quote.speaker?.name == "Ирина Ковальчук")
        #expect(quote.speaker?.position == "генеральный директор")
        #expect(quote.speaker?.organization == "ООО «Сибирская нива»")
    }

    @Test func repeatWithSaidVerbCarriesTheRole() throws {
        let quote = try #require(document.quote(containing: "пунктов пропуска"))
        #expect(quote.speaker?.name == "Ирина Ковальчук")
        #expect(quote.speaker?.organization == "ООО «Сибирская нива»")
    }

    @Test func poSlovamResolvesTheGenitiveName() throws {
        let quote = try #require(document.quote(containing: "китайские покупатели"))
        #expect(quote.indirect)
        #expect(quote.speaker?.name == "Чжоу Лицюнь")
        #expect(quote.speaker?.position == "генеральный менеджер")
    }

    @Test func kakOtmetil() throws {
        let quote = try #require(document.quote(containing: "компенсирует часть затрат"))
        #expect(quote.indirect)
        #expect(quote.speaker?.name == "Дмитрий Патрушев")
    }

    @Test func nameRoleOtmetilChto() throws {
        let quote = try #require(document.quote(containing: "онлайн-продаж"))
        #expect(quote.indirect)
        #expect(quote.text.hasPrefix("доля онлайн-продаж"))
        #expect(quote.speaker?.name == "Алексей Чекунков")
        #expect(quote.speaker?.position == "генеральный директор")
        #expect(quote.speaker?.organization == "АО «Корпорация развития Дальнего Востока и Арктики»")
    }

    @Test func dashWithoutQuoteMarks() throws {
        let quote = try #require(document.quote(containing: "маркетплейсы"))
        #expect(quote.speaker?.name == "Ван Пин")
        #expect(quote.speaker?.position == "председатель")
        #expect(quote.speaker?.organization == "Китайской туристической палаты")
    }

    @Test func sectionsAndKinds() {
        let headed = document.sections.filter { $0.heading != nil }
        #expect(headed.map(\.kind) == [.conclusion, .problem, .solution])
        #expect(document.allQuotes.count == 8)
        #expect(document.warnings.isEmpty)
        #expect(document.quote(containing: "Участники сессии обсудили") == nil)
    }
}
