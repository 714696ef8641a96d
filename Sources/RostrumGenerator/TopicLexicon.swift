/// A quantity a speaker reports on: "trade turnover", «товарооборот».
struct Metric: Sendable {
    /// As written at the start of a clause (lower case; English may start with "the").
    var phrase: String
    /// Russian accusative (after «довести», «увеличить»); English repeats `phrase`.
    var accusative: String
    /// The gold subject.
    var subject: String
    /// True when the metric is an amount of money.
    var money: Bool
    var gender: RussianGrammar.Gender
}

/// A good measured in a physical unit: "soybeans" in tonnes, «нефти» in barrels.
struct Goods: Sendable {
    /// English noun, Russian genitive (as written after the figure).
    var phrase: String
    var unit: MeasureUnit
}

/// A counted noun: English plural; Russian forms after 1, 2–4 and 5+.
struct Countable: Sendable {
    var one: String
    var few: String
    var many: String
    /// People come in thousands and millions ("1.5 million tourists").
    var people: Bool
}

/// The physical units of docs/FORMATS.md §Figures.
enum MeasureUnit: String, Sendable {
    case tonne, km, hectare, teu = "TEU", barrel, cubicMetre = "cubic_metre", mw = "MW", gw = "GW", kwh = "kWh"
}

/// The words of one topic in one language, from which quotes, headings and narrative are built.
struct TopicWords: Sendable {
    /// The taxonomy label.
    var topic: String
    /// English noun phrase; Russian genitive («сельского хозяйства»).
    var area: String
    /// Russian nominative; English repeats `area`.
    var areaNominative: String
    var metrics: [Metric]
    var goods: [Goods]
    var countables: [Countable]
    /// Wholes for shares, as written after "of" / in the genitive.
    var wholes: [String]
    /// Verb phrases (English base form, Russian infinitive).
    var goals: [String]
    /// Plural noun phrases.
    var problems: [String]
    /// Plural noun phrases.
    var tools: [String]
}

/// Topic lexicons for the nine topics the generator writes about.
enum TopicLexicon {
    private static func m(_ p: String, _ subject: String? = nil, money: Bool = false) -> Metric {
        let s = subject ?? (p.hasPrefix("the ") ? String(p.dropFirst(4)) : p)
        return Metric(phrase: p, accusative: p, subject: s.lowercased(), money: money, gender: .masculine)
    }

    private static func r(_ p: String, _ acc: String? = nil, _ g: RussianGrammar.Gender, money: Bool = false)
        -> Metric
    {
        Metric(phrase: p, accusative: acc ?? p, subject: p, money: money, gender: g)
    }

    private static func c(_ plural: String, people: Bool = false) -> Countable {
        Countable(one: plural, few: plural, many: plural, people: people)
    }

    private static func rc(_ one: String, _ few: String, _ many: String, people: Bool = false) -> Countable {
        Countable(one: one, few: few, many: many, people: people)
    }

    static let english: [TopicWords] = [
        TopicWords(
            topic: "trade", area: "trade", areaNominative: "trade",
            metrics: [m("trade turnover", money: true), m("bilateral trade", money: true),
                      m("non-resource exports", money: true), m("exports to China", "exports")],
            goods: [Goods(phrase: "coal", unit: .tonne), Goods(phrase: "timber", unit: .cubicMetre)],
            countables: [c("trading companies"), c("export contracts")],
            wholes: ["total imports", "our exports"],
            goals: ["boost mutual trade", "diversify our exports", "remove trade barriers",
                    "settle payments in national currencies"],
            problems: ["trade barriers", "sanctions risks", "payment problems"],
            tools: ["new payment instruments", "simpler certification rules"]),
        TopicWords(
            topic: "transport", area: "transport and logistics", areaNominative: "transport and logistics",
            metrics: [m("container traffic"), m("transit cargo flow"), m("rail freight"),
                      m("investment in port infrastructure", "investment in port infrastructure", money: true)],
            goods: [Goods(phrase: "cargo", unit: .tonne), Goods(phrase: "railway track", unit: .km),
                    Goods(phrase: "containers", unit: .teu)],
            countables: [c("container trains"), c("logistics hubs"), c("passengers", people: true)],
            wholes: ["transit traffic", "the cargo flow"],
            goals: ["build new transport corridors", "simplify customs procedures", "speed up cargo delivery",
                    "open new border crossings"],
            problems: ["customs delays", "infrastructure bottlenecks", "high logistics costs"],
            tools: ["modern border crossings", "digital customs services"]),
        TopicWords(
            topic: "agriculture", area: "agriculture", areaNominative: "agriculture",
            metrics: [m("agricultural exports", money: true), m("food imports", money: true),
                      m("grain production"), m("soybean exports")],
            goods: [Goods(phrase: "soybeans", unit: .tonne), Goods(phrase: "grain", unit: .tonne),
                    Goods(phrase: "farmland", unit: .hectare), Goods(phrase: "pork", unit: .tonne)],
            countables: [c("farms"), c("agricultural projects")],
            wholes: ["our soybean imports", "the harvest"],
            goals: ["increase food exports", "attract investment in farming", "open new markets for our farmers"],
            problems: ["phytosanitary barriers", "storage shortages", "long certification procedures"],
            tools: ["long-term supply contracts", "joint processing facilities"]),
        TopicWords(
            topic: "investment", area: "investment", areaNominative: "investment",
            metrics: [m("accumulated investment", money: true), m("foreign direct investment", money: true),
                      m("the fund's capital", "fund's capital", money: true), m("the number of joint projects")],
            goods: [],
            countables: [c("projects"), c("joint projects"), c("investment agreements")],
            wholes: ["our portfolio", "these investments"],
            goals: ["improve transparency in investment", "protect investors", "finance infrastructure projects"],
            problems: ["currency risks", "opaque regulations", "high borrowing costs"],
            tools: ["robust financial tools", "investment guarantees"]),
        TopicWords(
            topic: "tourism", area: "tourism", areaNominative: "tourism",
            metrics: [m("tourist flow"), m("air traffic"), m("revenue from inbound tourism", money: true),
                      m("tourist spending", money: true)],
            goods: [],
            countables: [c("Chinese tourists", people: true), c("tourists", people: true), c("direct flights"),
                         c("hotels")],
            wholes: ["all foreign tourists", "our bookings"],
            goals: ["simplify visa procedures", "launch new direct flights", "develop tourist infrastructure"],
            problems: ["visa procedures", "hotel shortages", "language barriers"],
            tools: ["electronic visas", "new tourist routes"]),
        TopicWords(
            topic: "media", area: "media content", areaNominative: "media content",
            metrics: [m("advertising revenue", money: true), m("the animation market", money: true),
                      m("online viewing"), m("the audience of our channels", "audience of our channels")],
            goods: [],
            countables: [c("films"), c("TV channels"), c("viewers", people: true)],
            wholes: ["animated games", "online content"],
            goals: ["introduce Chinese content to Russian viewers", "co-produce films", "share the same platforms"],
            problems: ["copyright issues", "distribution quotas"],
            tools: ["joint production funds", "common streaming platforms"]),
        TopicWords(
            topic: "energy", area: "energy", areaNominative: "energy",
            metrics: [m("energy exports", money: true), m("investment in renewables", money: true),
                      m("gas supplies"), m("electricity output")],
            goods: [Goods(phrase: "oil", unit: .barrel), Goods(phrase: "gas", unit: .cubicMetre),
                    Goods(phrase: "capacity", unit: .mw), Goods(phrase: "electricity", unit: .kwh),
                    Goods(phrase: "solar capacity", unit: .gw)],
            countables: [c("power plants"), c("filling stations")],
            wholes: ["our gas exports", "the energy mix"],
            goals: ["diversify energy supplies", "build new pipelines", "develop renewable energy"],
            problems: ["price swings", "infrastructure constraints"],
            tools: ["long-term gas contracts", "green finance instruments"]),
        TopicWords(
            topic: "technology", area: "technology", areaNominative: "technology",
            metrics: [m("venture investment", money: true), m("software exports", money: true),
                      m("the number of start-ups")],
            goods: [],
            countables: [c("start-ups"), c("data centres"), c("engineers", people: true)],
            wholes: ["the market", "our revenue"],
            goals: ["localise production", "train engineers", "create joint research centres"],
            problems: ["export controls", "technology restrictions"],
            tools: ["joint research centres", "technology parks"]),
        TopicWords(
            topic: "regional_development", area: "regional development", areaNominative: "regional development",
            metrics: [m("investment in the Far East", "investment in the far east", money: true),
                      m("industrial output"), m("the regional budget", money: true)],
            goods: [Goods(phrase: "roads", unit: .km)],
            countables: [c("regions"), c("new jobs"), c("investment projects")],
            wholes: ["federal investment", "new projects"],
            goals: ["create new jobs", "improve the quality of life", "attract young professionals"],
            problems: ["population outflow", "infrastructure gaps"],
            tools: ["advanced development territories", "preferential mortgages"]),
    ]

    static let russian: [TopicWords] = [
        TopicWords(
            topic: "trade", area: "торговли", areaNominative: "торговля",
            metrics: [r("товарооборот", nil, .masculine, money: true),
                      r("двусторонняя торговля", "двустороннюю торговлю", .feminine, money: true),
                      r("несырьевой экспорт", nil, .masculine, money: true)],
            goods: [Goods(phrase: "угля", unit: .tonne), Goods(phrase: "леса", unit: .cubicMetre)],
            countables: [rc("экспортный контракт", "экспортных контракта", "экспортных контрактов"),
                         rc("торговый дом", "торговых дома", "торговых домов")],
            wholes: ["нашего импорта", "российского экспорта"],
            goals: ["нарастить взаимную торговлю", "диверсифицировать экспорт", "устранить торговые барьеры",
                    "перейти на расчёты в национальных валютах"],
            problems: ["торговые барьеры", "санкционные риски", "проблемы с платежами"],
            tools: ["новые платёжные инструменты", "упрощённые правила сертификации"]),
        TopicWords(
            topic: "transport", area: "транспорта и логистики", areaNominative: "транспорт и логистика",
            metrics: [r("объём контейнерных перевозок", nil, .masculine), r("транзитный грузопоток", nil, .masculine),
                      r("грузооборот железной дороги", nil, .masculine),
                      r("инвестиции в портовую инфраструктуру", nil, .plural, money: true)],
            goods: [Goods(phrase: "грузов", unit: .tonne), Goods(phrase: "железнодорожных путей", unit: .km),
                    Goods(phrase: "контейнеров", unit: .teu)],
            countables: [rc("контейнерный поезд", "контейнерных поезда", "контейнерных поездов"),
                         rc("логистический центр", "логистических центра", "логистических центров"),
                         rc("пассажир", "пассажира", "пассажиров", people: true)],
            wholes: ["транзитных перевозок", "грузопотока"],
            goals: ["построить новые транспортные коридоры", "упростить таможенные процедуры",
                    "ускорить доставку грузов", "открыть новые пункты пропуска"],
            problems: ["задержки на таможне", "узкие места в инфраструктуре", "высокие логистические издержки"],
            tools: ["современные пункты пропуска", "цифровые таможенные сервисы"]),
        TopicWords(
            topic: "agriculture", area: "сельского хозяйства", areaNominative: "сельское хозяйство",
            metrics: [r("экспорт сельхозпродукции", nil, .masculine, money: true),
                      r("импорт продовольствия", nil, .masculine, money: true),
                      r("производство зерна", nil, .neuter), r("экспорт сои", nil, .masculine)],
            goods: [Goods(phrase: "сои", unit: .tonne), Goods(phrase: "зерна", unit: .tonne),
                    Goods(phrase: "сельхозугодий", unit: .hectare), Goods(phrase: "свинины", unit: .tonne)],
            countables: [rc("фермерское хозяйство", "фермерских хозяйства", "фермерских хозяйств"),
                         rc("аграрный проект", "аграрных проекта", "аграрных проектов")],
            wholes: ["нашего импорта сои", "урожая"],
            goals: ["нарастить экспорт продовольствия", "привлечь инвестиции в сельское хозяйство",
                    "открыть новые рынки для наших аграриев"],
            problems: ["фитосанитарные барьеры", "длительные процедуры сертификации", "ограничения на ввоз"],
            tools: ["долгосрочные контракты на поставку", "совместные перерабатывающие предприятия"]),
        TopicWords(
            topic: "investment", area: "инвестиций", areaNominative: "инвестиции",
            metrics: [r("накопленные инвестиции", nil, .plural, money: true),
                      r("прямые иностранные инвестиции", nil, .plural, money: true),
                      r("капитал фонда", nil, .masculine, money: true), r("число совместных проектов", nil, .neuter)],
            goods: [],
            countables: [rc("проект", "проекта", "проектов"),
                         rc("совместный проект", "совместных проекта", "совместных проектов"),
                         rc("инвестиционное соглашение", "инвестиционных соглашения", "инвестиционных соглашений")],
            wholes: ["нашего портфеля", "вложений"],
            goals: ["повысить прозрачность инвестиций", "защитить инвесторов", "финансировать инфраструктурные проекты"],
            problems: ["валютные риски", "непрозрачные правила", "высокие ставки по кредитам"],
            tools: ["надёжные финансовые инструменты", "инвестиционные гарантии"]),
        TopicWords(
            topic: "tourism", area: "туризма", areaNominative: "туризм",
            metrics: [r("турпоток", nil, .masculine), r("пассажиропоток", nil, .masculine),
                      r("доходы от въездного туризма", nil, .plural, money: true),
                      r("расходы туристов", nil, .plural, money: true)],
            goods: [],
            countables: [rc("китайский турист", "китайских туриста", "китайских туристов", people: true),
                         rc("турист", "туриста", "туристов", people: true),
                         rc("прямой рейс", "прямых рейса", "прямых рейсов"), rc("гостиница", "гостиницы", "гостиниц")],
            wholes: ["всех иностранных туристов", "бронирований"],
            goals: ["упростить визовые процедуры", "запустить новые прямые рейсы", "развивать туристическую инфраструктуру"],
            problems: ["визовые ограничения", "языковые барьеры", "дорогие перелёты"],
            tools: ["электронные визы", "новые туристические маршруты"]),
        TopicWords(
            topic: "media", area: "медиаконтента", areaNominative: "медиаконтент",
            metrics: [r("доходы от рекламы", nil, .plural, money: true),
                      r("рынок анимации", nil, .masculine, money: true),
                      r("онлайн-просмотры", nil, .plural), r("аудитория наших каналов", "аудиторию наших каналов", .feminine)],
            goods: [],
            countables: [rc("фильм", "фильма", "фильмов"), rc("телеканал", "телеканала", "телеканалов"),
                         rc("зритель", "зрителя", "зрителей", people: true)],
            wholes: ["анимационных игр", "онлайн-контента"],
            goals: ["продвигать китайский контент в России", "снимать совместные фильмы", "использовать общие платформы"],
            problems: ["проблемы с авторскими правами", "квоты на прокат"],
            tools: ["совместные продюсерские фонды", "общие стриминговые платформы"]),
        TopicWords(
            topic: "energy", area: "энергетики", areaNominative: "энергетика",
            metrics: [r("экспорт энергоресурсов", nil, .masculine, money: true),
                      r("инвестиции в возобновляемую энергетику", nil, .plural, money: true),
                      r("поставки газа", nil, .plural), r("выработка электроэнергии", "выработку электроэнергии", .feminine)],
            goods: [Goods(phrase: "нефти", unit: .barrel), Goods(phrase: "газа", unit: .cubicMetre),
                    Goods(phrase: "электроэнергии", unit: .kwh), Goods(phrase: "мощностей", unit: .mw),
                    Goods(phrase: "солнечной генерации", unit: .gw)],
            countables: [rc("электростанция", "электростанции", "электростанций"),
                         rc("заправочная станция", "заправочные станции", "заправочных станций")],
            wholes: ["нашего экспорта газа", "энергобаланса"],
            goals: ["диверсифицировать поставки энергоносителей", "построить новые трубопроводы",
                    "развивать возобновляемую энергетику"],
            problems: ["колебания цен", "инфраструктурные ограничения"],
            tools: ["долгосрочные газовые контракты", "инструменты зелёного финансирования"]),
        TopicWords(
            topic: "technology", area: "технологий", areaNominative: "технологии",
            metrics: [r("венчурные инвестиции", nil, .plural, money: true),
                      r("экспорт программного обеспечения", nil, .masculine, money: true),
                      r("число стартапов", nil, .neuter)],
            goods: [],
            countables: [rc("стартап", "стартапа", "стартапов"),
                         rc("центр обработки данных", "центра обработки данных", "центров обработки данных"),
                         rc("инженер", "инженера", "инженеров", people: true)],
            wholes: ["рынка", "нашей выручки"],
            goals: ["локализовать производство", "готовить инженеров", "создать совместные исследовательские центры"],
            problems: ["экспортные ограничения", "технологические ограничения"],
            tools: ["совместные исследовательские центры", "технопарки"]),
        TopicWords(
            topic: "regional_development", area: "регионального развития", areaNominative: "региональное развитие",
            metrics: [r("инвестиции в Дальний Восток", nil, .plural, money: true),
                      r("промышленное производство", nil, .neuter), r("бюджет региона", nil, .masculine, money: true)],
            goods: [Goods(phrase: "дорог", unit: .km)],
            countables: [rc("регион", "региона", "регионов"),
                         rc("новое рабочее место", "новых рабочих места", "новых рабочих мест"),
                         rc("инвестиционный проект", "инвестиционных проекта", "инвестиционных проектов")],
            wholes: ["федеральных инвестиций", "новых проектов"],
            goals: ["создать новые рабочие места", "повысить качество жизни", "привлечь молодых специалистов"],
            problems: ["отток населения", "инфраструктурные разрывы"],
            tools: ["территории опережающего развития", "льготная ипотека"]),
    ]
}
