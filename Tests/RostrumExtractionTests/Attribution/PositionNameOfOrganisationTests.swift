import RostrumExtraction
import RostrumModel
import Testing

/// Round 6: a position before the name and "of <Organisation or Country>" after it, as news copy
/// writes it ("According to Deputy Minister Ivan Orlov of Russia, …", "said Chief Economist Anna
/// Petrova of Sberbank"), and the Russian abbreviated positions before a genitive name
/// («По словам замминистра транспорта Ивана Орлова, …»).
@Suite struct PositionNameOfOrganisationTests {
    @Test func englishAccordingToPositionNameOfCountry() throws {
        let doc = try extract("""
            Fertiliser Trade

            According to Deputy Minister Ivan Orlov of Russia, fertiliser exports to Asia rose by 18% last year.

            Orlov added that two more ships would sail to Africa before the end of the year.
            """)
        let quote = try #require(doc.quote(containing: "18%"))
        #expect(quote.indirect)
        #expect(quote.text == "fertiliser exports to Asia rose by 18% last year.")
        #expect(quote.speaker?.name == "Ivan Orlov")
        #expect(quote.speaker?.position == "Deputy Minister")
        #expect(quote.speaker?.organization == "Russia")
        let later = try #require(doc.quote(containing: "two more ships"))
        #expect(later.speaker?.name == "Ivan Orlov" && later.speaker?.organization == "Russia")
    }

    @Test func englishPositionNameOfOrganisationInOtherShapes() throws {
        let doc = try extract("""
            Payments

            According to Chief Economist Anna Petrova of Sberbank, settlements in yuan doubled in two years.

            In the view of Vice President Li Wei of the Bank of China, the new clearing scheme will be ready in 2025.
            """)
        let petrova = try #require(doc.quote(containing: "settlements in yuan"))
        #expect(petrova.indirect && petrova.speaker?.name == "Anna Petrova")
        #expect(petrova.speaker?.position == "Chief Economist" && petrova.speaker?.organization == "Sberbank")
        let li = try #require(doc.quote(containing: "clearing scheme"))
        #expect(li.speaker?.name == "Li Wei" && li.speaker?.position == "Vice President")
        #expect(li.speaker?.organization == "Bank of China")
    }

    @Test func russianAbbreviatedPositionBeforeAGenitiveName() throws {
        let doc = try extract("""
            Пункты пропуска

            По словам замминистра транспорта Российской Федерации Ивана Орлова, через пункты пропуска прошло 1,1 млн грузовиков.

            По мнению замглавы Росграницы Марины Котовой, очередь в Забайкальске сократится вдвое.
            """)
        let orlov = try #require(doc.quote(containing: "1,1 млн"))
        #expect(orlov.indirect && orlov.speaker?.name == "Иван Орлов")
        #expect(orlov.speaker?.position?.hasPrefix("замминистр") == true)
        let kotova = try #require(doc.quote(containing: "Забайкальске"))
        #expect(kotova.indirect && kotova.speaker?.name == "Марина Котова")
    }
}
