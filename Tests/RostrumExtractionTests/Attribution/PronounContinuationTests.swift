import RostrumExtraction
import RostrumModel
import Testing

/// Reported speech that goes on in a second sentence by a pronoun ("He added that …"), and news
/// copy that names a speaker the session introduced after the clause ("…, Ruksha noted.").
@Suite struct PronounContinuationTests {
    let english: ExtractedDocument
    let russian: ExtractedDocument

    init() throws {
        english = try extract("""
            Arctic Shipping: Icebreakers and Insurance

            “We carry cargo along the route every week of the year,” Vyacheslav Ruksha, Director of the Northern Sea Route Directorate, Rosatom.

            “Insurers will follow the icebreakers,” Natalia Gubanova, Chief Executive Officer, Arctic Logistics Group.

            Ruksha noted that three new nuclear icebreakers would be commissioned by 2027. He added that investment in the route would exceed RUB 1.8 trillion by 2035.

            Premiums for ice-class vessels have already fallen by 10% since 2019, Gubanova said. She also said that two new terminals would open in Pevek next year.

            Cargo traffic could reach 80 million tonnes by 2024, said Ruksha.

            The new terminal will open in the spring of 2026, Rosatom said.

            The route will stay closed to foreign tankers, Peskov said.
            """)
        russian = try extract("""
            Северный морской путь: ледоколы и порты

            «Мы ходим по трассе круглый год», — Вячеслав Рукша, директор Дирекции Северного морского пути, Росатом.

            Рукша отметил, что к 2027 году будут построены три новых ледокола. Он также добавил, что инвестиции в трассу превысят 1,8 трлн рублей к 2035 году.

            Грузопоток к 2024 году вырастет до 80 млн тонн, отметил Рукша.
            """)
    }

    @Test func aPronounSentenceIsASecondQuoteOfTheSameSpeaker() throws {
        let first = try #require(english.quote(containing: "three new nuclear icebreakers"))
        #expect(first.text == "three new nuclear icebreakers would be commissioned by 2027.")
        #expect(first.speaker?.name == "Vyacheslav Ruksha")
        #expect(first.indirect)
        let second = try #require(english.quote(containing: "RUB 1.8 trillion"))
        #expect(second.text == "investment in the route would exceed RUB 1.8 trillion by 2035.")
        #expect(second.speaker?.name == "Vyacheslav Ruksha")
        #expect(second.indirect)
        #expect(second.figures.first?.kind == .target)
        #expect(second.figures.first?.year == 2035)
        #expect(!english.allQuotes.contains { $0.text.contains("He added") })
    }

    @Test func aKnownSpeakerNamedAfterTheClause() throws {
        let premiums = try #require(english.quote(containing: "Premiums for ice-class vessels"))
        #expect(premiums.text == "Premiums for ice-class vessels have already fallen by 10% since 2019.")
        #expect(premiums.speaker?.name == "Natalia Gubanova")
        #expect(premiums.indirect)
        // "She also said that …" goes on for the speaker just named.
        let terminals = try #require(english.quote(containing: "two new terminals"))
        #expect(terminals.speaker?.name == "Natalia Gubanova")
        let cargo = try #require(english.quote(containing: "80 million tonnes"))
        #expect(cargo.speaker?.name == "Vyacheslav Ruksha")
        #expect(cargo.indirect)
    }

    @Test func organisationsAndStrangersAfterTheClauseStayNarrative() {
        // Rosatom is an organisation, Peskov a name the session never introduced.
        #expect(english.quote(containing: "spring of 2026") == nil)
        #expect(english.quote(containing: "foreign tankers") == nil)
        #expect(english.allQuotes.count == 7)
    }

    @Test func russianContinuationAndTrailingSurname() throws {
        let icebreakers = try #require(russian.quote(containing: "три новых ледокола"))
        #expect(icebreakers.text == "к 2027 году будут построены три новых ледокола.")
        #expect(icebreakers.speaker?.name == "Вячеслав Рукша")
        let investment = try #require(russian.quote(containing: "1,8 трлн рублей"))
        #expect(investment.text == "инвестиции в трассу превысят 1,8 трлн рублей к 2035 году.")
        #expect(investment.speaker?.name == "Вячеслав Рукша")
        #expect(investment.indirect)
        let cargo = try #require(russian.quote(containing: "80 млн тонн"))
        #expect(cargo.speaker?.name == "Вячеслав Рукша")
        #expect(cargo.text == "Грузопоток к 2024 году вырастет до 80 млн тонн.")
    }
}
