import RostrumExtraction
import RostrumModel
import Testing

/// Transcript turns labelled the way Russian stenograms and UN-style transcripts write names —
/// «ЕРШОВА Марина:», «Петров В.С.:», «В.Петров:», "MOORE Catherine:", a surname alone — name the
/// person of the participants list, so that the moderator's questions stay remarks and every turn
/// carries the listed role. Without a list, "SURNAME Given" becomes "Given Surname", except for a
/// Chinese or Korean surname, which comes first.
@Suite struct TurnSpeakerTests {
    @Test func stenogramLabelsNameTheListedPeople() throws {
        let doc = try extract("""
            Порты Дальнего Востока: контейнеры и тарифы

            Участники:
            Владимир Петров, генеральный директор АО «Восточный порт»
            Чжан Вэй — директор по развитию China Merchants Port Holdings
            Модератор: Ольга Смирнова, обозреватель газеты «Ведомости»

            СМИРНОВА Ольга: Владимир Сергеевич, как прошёл год для порта?

            ПЕТРОВ Владимир Сергеевич: Мы перевалили 27 млн тонн угля, это на 5% больше, чем годом ранее.

            Смирнова О.А.: А что происходит с контейнерами?

            ЧЖАН Вэй: Контейнерный поток через порты Приморья вырос на 30%.

            Смирнова: Спасибо. Последний вопрос — о тарифах.

            В.Петров: Тарифы мы в этом году не повышали и повышать не планируем.
            """, options: ExtractionOptions(format: .transcript))
        #expect(doc.allQuotes.count == 3)
        #expect(Set(doc.allQuotes.compactMap(\.speaker?.name)) == ["Владимир Петров", "Чжан Вэй"])
        #expect(doc.quote(containing: "как прошёл год") == nil)
        #expect(doc.quote(containing: "с контейнерами") == nil)
        #expect(doc.quote(containing: "о тарифах") == nil)
        let tariffs = try #require(doc.quote(containing: "не повышали"))
        #expect(tariffs.speaker?.name == "Владимир Петров" && tariffs.speaker?.organization == "АО «Восточный порт»")
        let containers = try #require(doc.quote(containing: "вырос на 30%"))
        #expect(containers.speaker?.position == "директор по развитию")
    }

    @Test func englishSurnameFirstLabels() throws {
        let doc = try extract("""
            Screens Without Borders

            Participants:
            Fyodor Bondarchuk, Chairman of the Board of Directors, Glavkino Studio
            Moderator: Catherine Moore, Senior Correspondent, The Hollywood Observer

            MOORE Catherine: Why are there so few co-productions?

            BONDARCHUK Fyodor: Because a co-production is not a contract, it is a marriage.

            Moore: And what would you change tomorrow?

            Bondarchuk: A single window for permits for foreign film crews.
            """, options: ExtractionOptions(format: .transcript))
        #expect(doc.allQuotes.count == 2)
        #expect(doc.allQuotes.allSatisfy { $0.speaker?.name == "Fyodor Bondarchuk" && $0.speaker?.organization == "Glavkino Studio" })
    }

    @Test func withoutAListTheGivenNameComesFirst() throws {
        let doc = try extract("""
            Железнодорожные перевозки в Китай

            ШИЛО Алексей (генеральный директор по логистике, ОАО «РЖД»): В прошлом году мы перевезли в Китай 142 млн тонн грузов.

            ЛИ Хунвэй (заместитель председателя правления China Railway Container Transport Corp.): Поезда совершили 16 тысяч рейсов.

            ШИЛО Алексей: К 2030 году перевозки в Китай вырастут до 210 млн тонн.
            """, options: ExtractionOptions(format: .transcript))
        #expect(doc.allQuotes.map { $0.speaker?.name } == ["Алексей Шило", "Ли Хунвэй", "Алексей Шило"])
        #expect(doc.allQuotes.last?.speaker?.organization == "ОАО «РЖД»")
    }

    @Test func namesAlreadyInTheListedFormAreUnchanged() throws {
        let doc = try extract("""
            Digital Ports

            Participants:
            Zhou Liqun, General Manager, China Chengtong International Investment Ltd.

            ZHOU LIQUN: We hope to reach $100 billion this year.

            Zhou Liqun: We are highly complementary.
            """, options: ExtractionOptions(format: .transcript))
        #expect(doc.allQuotes.count == 2)
        #expect(doc.allQuotes.allSatisfy { $0.speaker?.name == "Zhou Liqun" })
    }
}
