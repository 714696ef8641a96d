import RostrumModel

/// Events, titles, headings, group labels, narrative and boilerplate in English and Russian.
enum SessionLexicon {
    static let englishEvents: [(String, Int)] = [
        ("Eastern Economic Forum", 9), ("St. Petersburg International Economic Forum", 6), ("Russian Energy Week", 10),
        ("Sochi International Investment Forum", 2), ("Arctic: Territory of Dialogue", 4),
        ("Russia Calling! Investment Forum", 11),
    ]
    static let russianEvents: [(String, Int)] = [
        ("Восточный экономический форум", 9), ("Петербургский международный экономический форум", 6),
        ("Российская энергетическая неделя", 10), ("Российский инвестиционный форум", 2),
        ("Международный арктический форум „Арктика — территория диалога“", 4),
        ("Инвестиционный форум „Россия зовёт!“", 11),
    ]
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December"]
    static let russianMonths = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                                "сентября", "октября", "ноября", "декабря"]

    static let englishTitles = [
        "New Horizons for Russian-Chinese Trade", "The Far East as a Gateway to Asia",
        "Agriculture: Feeding the Asia-Pacific Region", "Tourism without Borders",
        "Energy Partnership in a Changing World", "Media Bridges between Russia and Asia",
        "Technology Alliances for the Next Decade", "Investment in the Far East: Rules of the Game",
        "Transport Corridors of Eurasia", "Regions as Drivers of Growth", "Russia and India: A New Agenda",
        "The Northern Sea Route and Asian Markets",
    ]
    static let englishSubtitles = [": Prospects for Development", ": What Comes Next", ": From Agreements to Projects", "", ""]
    static let russianTitles = [
        "Новые горизонты российско-китайской торговли", "Дальний Восток как ворота в Азию",
        "Сельское хозяйство для Азиатско-Тихоокеанского региона", "Туризм без границ",
        "Энергетическое партнёрство в меняющемся мире", "Медиамосты между Россией и Азией",
        "Технологические альянсы следующего десятилетия", "Инвестиции на Дальнем Востоке: правила игры",
        "Транспортные коридоры Евразии", "Регионы как драйверы роста", "Россия и Индия: новая повестка",
    ]
    static let russianSubtitles = [": перспективы развития", ": от соглашений к проектам", "", ""]

    /// Headings by the kind their words signal (docs/FORMATS.md §Document structure). The Russian
    /// trigger words («барьеры», «недостаточно», «не реализованы»; «поддержка», «расширение»,
    /// «увеличение») mirror the English ones the spec lists.
    static func heading(_ kind: SectionKind, language: Language, words: TopicWords, _ rng: inout SplitMix64) -> String {
        let a = words.area
        let n = words.areaNominative
        if language == .ru {
            switch kind {
            case .problem:
                return rng.pick(["Барьеры в сфере \(a)", "Потенциал \(a) используется недостаточно",
                                 "Планы в области \(a) не реализованы"])
            case .solution:
                return rng.pick(["Поддержка \(a)", "Расширение сотрудничества в области \(a)",
                                 "Увеличение инвестиций в сфере \(a)"])
            default:
                return rng.pick(["\(TextCase.upperFirst(n)) на Дальнем Востоке", "Россия и Китай: \(n)",
                                 "\(TextCase.upperFirst(n)): взгляд бизнеса"])
            }
        }
        switch kind {
        case .problem:
            return rng.pick(["Barriers to \(a)", "Potential of cooperation in \(a) is underused",
                             "Plans for \(a) not implemented", "Barriers in \(a) remain"])
        case .solution:
            return rng.pick(["Supporting \(a)", "Expansion of cooperation in \(a)", "Increasing cooperation in \(a)",
                             "Increasing investments in \(a)"])
        default:
            return rng.pick(["\(TextCase.upperFirst(a)) in the Far East", "\(TextCase.upperFirst(a)): the view from business",
                             "Russia and China: \(a)", "What partners expect from \(a)"])
        }
    }

    static func groupLabel(_ kind: SectionKind, language: Language, _ rng: inout SplitMix64) -> String {
        if language == .ru {
            switch kind {
            case .conclusion: return rng.pick(["Ключевые выводы", "Выводы"])
            case .problem: return "Проблемы"
            default: return rng.pick(["Решения", "Предложения", "Рекомендации"])
            }
        }
        switch kind {
        case .conclusion: return rng.pick(["Key conclusions", "Conclusions"])
        case .problem: return rng.pick(["Problems", "Challenges"])
        default: return rng.pick(["Solutions", "Proposals", "Recommendations"])
        }
    }

    static func moderatorIntro(name: String, role: String, female: Bool, language: Language) -> String {
        language == .ru
            ? "Модератором сессии \(RussianGrammar.past("выступил", female: female)) \(name), \(role)."
            : "The session was moderated by \(name), \(role)."
    }

    static func moderatorRemark(name: String, female: Bool, language: Language, words: TopicWords) -> String {
        language == .ru
            ? "Модератор \(name) \(RussianGrammar.past("попросил", female: female)) участников оценить перспективы \(words.area)."
            : "Moderator \(name) asked the participants about the prospects for \(words.area)."
    }

    static func narrative(language: Language, words: TopicWords, _ rng: inout SplitMix64) -> String {
        if language == .ru {
            return rng.pick([
                "Участники обсудили перспективы \(words.area) и то, как \(rng.pick(words.goals)).",
                "В центре дискуссии оказались вопросы \(words.area) и роль государства в их решении.",
                "Выступающие также обсудили \(rng.pick(words.problems)) и возможные меры поддержки.",
            ])
        }
        return rng.pick([
            "Participants discussed the prospects for \(words.area) and ways to \(rng.pick(words.goals)).",
            "The discussion focused on \(words.area) and the role of the state in supporting it.",
            "Speakers also touched upon \(rng.pick(words.problems)) and possible support measures.",
        ])
    }

    static func boilerplate(language: Language, year: Int, _ rng: inout SplitMix64) -> (String, String?) {
        if language == .ru {
            return rng.pick([
                ("Читайте также", "https://forum.example.org/ru/news"), ("Поделиться", nil),
                ("Подробнее на сайте https://forum.example.org/ru", nil),
                ("© \(year) Фонд «Форум». Все права защищены.", nil),
            ])
        }
        return rng.pick([
            ("Read also", "https://forum.example.org/news"), ("Read more", "https://forum.example.org/sessions"),
            ("Share", nil), ("For more information, visit https://forum.example.org/.", nil),
            ("© \(year) Forum Foundation. All rights reserved.", nil),
        ])
    }
}
