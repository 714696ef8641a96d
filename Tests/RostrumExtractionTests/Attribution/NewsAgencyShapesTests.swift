import RostrumExtraction
import RostrumModel
import Testing

/// How news agencies write quotes (TASS, Interfax style), in Russian and English.
@Suite struct NewsAgencyShapesTests {
    let document: ExtractedDocument

    init() throws {
        document = try extract("""
            «Сахалинское пароходство» нарастит перевозки на Курилы

            Порты Дальнего Востока

            «Зачем строить новые порты, если нет ледоколов?» — спросил депутат Госдумы Николай Харитонов.

            «Мы потеряли около 2 млрд рублей выручки за зиму», — рассказал ТАСС Андрей Северилов, председатель совета директоров ПАО «Дальневосточное морское пароходство».

            «Леса поглощают около 600 млн тонн CO2 в год», — отметил Андрей Александрович де Шале, руководитель лаборатории климатологии.

            «Мы должны перестать говорить об учителе как о бюджетнике», — заявила член Общественной палаты РФ, директор школы № 1535 Наталья Ван-Гог.

            По её словам, зарплата учителя должна вырасти на 30% к 2027 году.

            «Стоимость регистрации выросла вдвое», — пожаловался Андрей Северилов.

            «А кто заплатит?» — ответила она.

            По данным Росстата, перевозки выросли на 4%.

            Подробнее — на сайте форума.
            """)
    }

    @Test func speakersAfterPositionsAndAgencyNames() throws {
        #expect(document.title == "«Сахалинское пароходство» нарастит перевозки на Курилы")
        let kharitonov = try #require(document.quote(containing: "Зачем строить"))
        #expect(kharitonov.speaker?.name == "Николай Харитонов")
        #expect(kharitonov.speaker?.position == "депутат")
        let severilov = try #require(document.quote(containing: "2 млрд рублей"))
        #expect(severilov.speaker?.name == "Андрей Северилов")
        #expect(severilov.speaker?.position == "председатель совета директоров")
        let deShale = try #require(document.quote(containing: "Леса поглощают"))
        #expect(deShale.speaker?.name == "Андрей Александрович де Шале")
        let vanGogh = try #require(document.quote(containing: "бюджетнике"))
        #expect(vanGogh.speaker?.name == "Наталья Ван-Гог")
        #expect(vanGogh.speaker?.position?.hasPrefix("член Общественной палаты РФ") == true)
    }

    @Test func pronounsFollowGender() throws {
        let salary = try #require(document.quote(containing: "зарплата учителя"))
        #expect(salary.indirect)
        #expect(salary.speaker?.name == "Наталья Ван-Гог")
        let complaint = try #require(document.quote(containing: "вдвое"))
        #expect(complaint.speaker?.name == "Андрей Северилов")
        let answer = try #require(document.quote(containing: "А кто заплатит"))
        #expect(answer.speaker?.name == "Наталья Ван-Гог", "«ответила она» is the woman quoted before, not the last speaker")
    }

    @Test func sourcesAndBoilerplateAreNotSpeakers() {
        #expect(document.quote(containing: "перевозки выросли") == nil)
        #expect(!document.sections.flatMap(\.paragraphs).contains { $0.hasPrefix("Подробнее") })
    }

    @Test func englishAgencyShapes() throws {
        let doc = try extract("""
            Rail Freight Outlook

            Tariffs

            “We will index tariffs by 10%,” Oleg Belozerov, CEO, Russian Railways, said, adding that investment would stay flat.

            Asked whether the plan was final, he replied: “Nothing is final until the budget is signed.”

            As Maksim Oreshkin, Deputy Head of the Presidential Executive Office, put it, “AI will add 11 trillion rubles by 2030.”

            Ports are short of capacity – “We lose around $2 billion a year,” said Sergey Shishkarev, Chairman, Delo Group.
            """)
        #expect(doc.allQuotes.count == 4)
        #expect(doc.allQuotes[0].speaker?.organization == "Russian Railways")
        #expect(doc.allQuotes[1].speaker?.name == "Oleg Belozerov")
        #expect(doc.allQuotes[2].speaker?.name == "Maksim Oreshkin")
        #expect(doc.allQuotes[2].speaker?.position == "Deputy Head")
        #expect(!doc.allQuotes[2].indirect)
        #expect(doc.allQuotes[3].speaker?.name == "Sergey Shishkarev")
    }

    @Test func datelinesHonorificsAndDashedPositions() throws {
        let doc = try extract("""
            Rail News

            Eastern Range

            VLADIVOSTOK, September 5 (Interfax) - Russian Railways CEO Oleg Belozerov said on Tuesday that the Eastern Range would carry 180 million tonnes in 2024.

            “We are ready,” Mr. Belozerov said.

            «Надо строить ледоколы», — специальный представитель госкорпорации «Росатом» по вопросам развития Арктики Владимир Панов.
            """)
        #expect(doc.allQuotes.count == 3)
        #expect(doc.allQuotes[0].indirect)
        #expect(doc.allQuotes[0].text.hasPrefix("the Eastern Range"))
        #expect(doc.allQuotes[0].speaker?.name == "Oleg Belozerov")
        #expect(doc.allQuotes[1].speaker?.name == "Oleg Belozerov")
        #expect(doc.allQuotes[2].speaker?.name == "Владимир Панов")
        #expect(doc.allQuotes[2].speaker?.organization == "госкорпорации «Росатом»")
        #expect(doc.allQuotes[2].speaker?.position == "специальный представитель по вопросам развития Арктики")
    }

    @Test func reportedVerbsFollowedByTheSpeakersOwnWords() throws {
        let doc = try extract("""
            Arctic Science

            Research fleet

            Ivan Petrov, Director, Arctic Institute, warned that “the ice season will be shorter”.

            Как отметил А. С. Новиков, директор института, «без научного флота мы ничего не узнаем».
            """)
        #expect(doc.allQuotes.count == 2)
        #expect(doc.allQuotes.allSatisfy { !$0.indirect })
        #expect(doc.allQuotes[0].text == "the ice season will be shorter")
        #expect(doc.allQuotes[1].speaker?.name == "А. С. Новиков")
        #expect(doc.allQuotes[1].speaker?.position == "директор")
    }

    @Test func bulletsInnerAttributionsLongNamesAndDashedRoles() throws {
        let doc = try extract("""
            Asian Markets

            Key conclusions

            • “Exports to Asia grew by 1.5 times,” Ivan Sorokin, CEO, Agro Export.

            «Мы не против цифрового рубля, — заметил Герман Греф, — но его внедрение обойдётся в 300 млрд рублей».

            “Yes,” Yury Trutnev, Deputy Prime Minister of the Russian Federation – Presidential Envoy to the Far Eastern Federal District.

            Sheikh Khalid bin Saud Al Thani, Chairman of the Board of Directors, Qatar Arctic Partnership Fund, noted that the fund would invest $2 billion.

            «Регион готов», — Юрий Трутнев, полномочный представитель Президента в Дальневосточном федеральном округе.

            По словам Трутнева, инвестиции вырастут.
            """)
        #expect(doc.allQuotes.count == 6)
        #expect(doc.allQuotes[0].text == "Exports to Asia grew by 1.5 times")
        #expect(doc.allQuotes[1].text == "Мы не против цифрового рубля, но его внедрение обойдётся в 300 млрд рублей")
        #expect(doc.allQuotes[1].speaker?.name == "Герман Греф")
        let trutnev = try #require(doc.allQuotes[2].speaker)
        #expect(trutnev.position == "Deputy Prime Minister")
        #expect(trutnev.otherRoles.first?.position == "Presidential Envoy to the Far Eastern Federal District")
        #expect(doc.allQuotes[3].speaker?.name == "Sheikh Khalid bin Saud Al Thani")
        #expect(doc.allQuotes[5].indirect)
        #expect(doc.allQuotes[5].speaker?.name == "Юрий Трутнев", "a surname in the genitive finds the speaker introduced before")
    }

    @Test func possessiveViewIsReportedSpeech() throws {
        let doc = try extract("""
            Oil Markets

            Prices

            “Prices will stay near $80 a barrel,” Alexander Novak, Deputy Prime Minister of the Russian Federation.

            In Novak’s view, the deal will be extended to the end of 2025.
            """)
        #expect(doc.allQuotes.count == 2)
        #expect(doc.allQuotes[1].indirect)
        #expect(doc.allQuotes[1].speaker?.name == "Alexander Novak")
        #expect(doc.allQuotes[1].speaker?.position == "Deputy Prime Minister")
    }

    @Test func punctuationVariantsAroundRussianAttributions() throws {
        let doc = try extract("""
            Банки

            Платежи

            «Первое»,— Иван Петров, генеральный директор ПАО «Альфа».

            «Второе» — Мария Иванова, председатель правления АО «Бета».

            «Третье», — сказала она.

            — «Четвёртое», — отметил Петров.
            """)
        #expect(doc.allQuotes.map(\.text) == ["Первое", "Второе", "Третье", "Четвёртое"])
        #expect(doc.allQuotes.map { $0.speaker?.name } == ["Иван Петров", "Мария Иванова", "Мария Иванова", "Иван Петров"])
        #expect(doc.warnings.isEmpty)
    }
}
