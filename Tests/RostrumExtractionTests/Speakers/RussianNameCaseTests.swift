import RostrumExtraction
import Testing

/// `RussianNameCase` brings genitive names («По словам Ирины Ольховской») back to the nominative
/// for both genders, so that the speaker introduced in the genitive is the one named later.
@Suite struct RussianNameCaseTests {
    @Test(arguments: [
        // Possessive surnames: -овой, -евой, -ёвой, -иной, -ыной.
        ("Анны Кузнецовой", "Анна Кузнецова"), ("Татьяны Лебедевой", "Татьяна Лебедева"), ("Веры Королёвой", "Вера Королёва"),
        ("Эльвиры Набиуллиной", "Эльвира Набиуллина"), ("Ольги Голодец", "Ольга Голодец"), ("Марии Захаровой", "Мария Захарова"),
        ("Натальи Бородиной", "Наталья Бородина"), ("Юлии Птицыной", "Юлия Птицына"),
        // Adjectival surnames: -ской, -цкой and other -ой.
        ("Ирины Ольховской", "Ирина Ольховская"), ("Елены Вишневской", "Елена Вишневская"), ("Ксении Трубецкой", "Ксения Трубецкая"),
        ("Дарьи Толстой", "Дарья Толстая"), ("Светланы Горькой", "Светлана Горькая"),
        // Indeclinable surnames stay as they are.
        ("Валентины Матвиенко", "Валентина Матвиенко"), ("Анны Шмидт", "Анна Шмидт"),
    ])
    func feminineNames(_ genitive: String, _ nominative: String) {
        #expect(RussianNameCase.nominative(ofGenitive: genitive) == nominative)
        #expect(RussianNameCase.matches(genitive: genitive, nominative: nominative))
    }

    @Test(arguments: [
        ("Алексея Чекункова", "Алексей Чекунков"), ("Дмитрия Медведева", "Дмитрий Медведев"), ("Игоря Сечина", "Игорь Сечин"),
        ("Сергея Мамонтова", "Сергей Мамонтов"), ("Андрея Белоусова", "Андрей Белоусов"), ("Максима Орешкина", "Максим Орешкин"),
        ("Юрия Трутнева", "Юрий Трутнев"), ("Петра Королёва", "Петр Королёв"), ("Никиты Мазурина", "Никита Мазурин"),
        ("Ильи Ковальского", "Илья Ковальский"), ("Олега Белозерова", "Олег Белозеров"), ("Германа Грефа", "Герман Греф"),
        ("Вячеслава Рукши", "Вячеслав Рукша"), ("Павла Черных", "Павел Черных"), ("Льва Кузнецова", "Лев Кузнецов"),
        ("Виктора Цоя", "Виктор Цой"), ("Чжан Вэя", "Чжан Вэй"),
    ])
    func masculineNames(_ genitive: String, _ nominative: String) {
        #expect(RussianNameCase.nominative(ofGenitive: genitive) == nominative)
        #expect(RussianNameCase.matches(genitive: genitive, nominative: nominative))
    }

    @Test func aFeminineSpeakerIntroducedInTheGenitiveIsTheOneNamedLater() throws {
        let doc = try extract("""
            Льготная ипотека на Дальнем Востоке

            По словам Елены Вишневской, директора департамента Минфина, программа будет продлена до 2030 года.

            «Спрос на жильё в малых городах вырос почти вдвое», — Елена Вишневская.

            Вишневская также отметила, что ставка останется на уровне 2%.
            """)
        let speakers = Set(doc.allQuotes.compactMap(\.speaker))
        #expect(speakers.count == 1)
        #expect(speakers.first?.name == "Елена Вишневская" && speakers.first?.position == "директор департамента")
    }
}
