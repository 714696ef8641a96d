import Testing
import RostrumExtraction

/// A quote and the topic it must be tagged with.
struct TopicCase: Sendable, CustomTestStringConvertible {
    var topic: String
    var text: String
    var testDescription: String { "\(topic): \(text.prefix(40))…" }
}

/// English quotes in the style of forum summaries, one per topic of the bundled taxonomy.
let englishTopicCases: [TopicCase] = [
    TopicCase(topic: "trade", text: "Our mutual trade turnover reached $80 billion, and we expect exports of machinery to keep growing despite the tariffs."),
    TopicCase(topic: "transport_logistics", text: "Container traffic through the port of Vostochny grew by a third, and we are adding terminals to handle the transit cargo."),
    TopicCase(topic: "agriculture_food", text: "Buyers in Harbin want more soybeans and wheat from the Amur region, so our farmers are expanding the area under crops."),
    TopicCase(topic: "investment_finance", text: "The fund has already invested in 20 projects, and investors are asking for more transparency before they commit new capital."),
    TopicCase(topic: "tourism", text: "Last summer the number of tourists from Shanghai doubled, and the hotels in Irkutsk were fully booked."),
    TopicCase(topic: "media_culture", text: "We are bringing our films and animated series to the largest online cinemas, and the audience is growing every month."),
    TopicCase(topic: "energy", text: "The new pipeline will deliver natural gas to the northern provinces, and the LNG plant is being expanded."),
    TopicCase(topic: "technology", text: "Our engineers are working on artificial intelligence for ports, and two startups have already filed patents."),
    TopicCase(topic: "regional_development", text: "The Far Eastern regions keep their residents only when the cities offer good schools, jobs and housing."),
    TopicCase(topic: "infrastructure", text: "The bridge across the river took years of construction, and the infrastructure on both banks is still unfinished."),
    TopicCase(topic: "education_science", text: "Every year more foreign students enrol at our universities, and our scientists run joint research programmes."),
    TopicCase(topic: "healthcare", text: "Hospitals in remote districts lack doctors, so we are opening telemedicine centres and mobile clinics."),
    TopicCase(topic: "environment_climate", text: "Carbon emissions must fall, otherwise the climate goals we signed will remain on paper."),
    TopicCase(topic: "industry_manufacturing", text: "The shipbuilding yard will localise the production of engines, which is real import substitution for the industry."),
    TopicCase(topic: "digital_economy", text: "Digital platforms and online marketplaces have changed how small firms sell across the border."),
    TopicCase(topic: "security_politics", text: "Sanctions and the geopolitical situation forced us to rethink the whole business model."),
    TopicCase(topic: "labour_demography", text: "The labour market in the region is short of skilled workers, and young people keep moving west."),
    TopicCase(topic: "arctic", text: "Voyages along the Northern Sea Route keep growing, and new icebreakers will make year-round navigation possible."),
]

/// Russian quotes in the style of forum summaries, one per topic of the bundled taxonomy.
let russianTopicCases: [TopicCase] = [
    TopicCase(topic: "trade", text: "«Товарооборот между нашими странами вырос до 80 млрд долларов, но торговые войны мешают экспорту», — отметил он."),
    TopicCase(topic: "transport_logistics", text: "«Грузопоток через границу растет, и нам нужны новые транспортные коридоры и железная дорога до порта»."),
    TopicCase(topic: "agriculture_food", text: "«Покупатели готовы закупать больше сои и зерна, а наши фермеры расширяют посевы на Дальнем Востоке»."),
    TopicCase(topic: "investment_finance", text: "«Фонд уже вложил средства в двадцать проектов, а инвесторы ждут от нас большей прозрачности»."),
    TopicCase(topic: "tourism", text: "«В прошлом году число туристов из Шанхая удвоилось, а гостиницы Иркутска были заполнены»."),
    TopicCase(topic: "media_culture", text: "«Мы договорились с крупнейшими онлайн-кинотеатрами о показе наших фильмов и мультфильмов»."),
    TopicCase(topic: "energy", text: "«Новый газопровод позволит поставлять природный газ в северные провинции»."),
    TopicCase(topic: "technology", text: "«Наши инженеры разрабатывают системы искусственного интеллекта, а два стартапа уже получили патенты»."),
    TopicCase(topic: "regional_development", text: "«Дальневосточные регионы удерживают жителей, только если в городах есть школы, работа и жилье»."),
    TopicCase(topic: "infrastructure", text: "«Строительство моста заняло годы, а инфраструктура на обоих берегах до сих пор не готова»."),
    TopicCase(topic: "education_science", text: "«Каждый год все больше иностранных студентов поступают в наши университеты, а ученые ведут совместные исследования»."),
    TopicCase(topic: "healthcare", text: "«В отдаленных районах не хватает врачей, поэтому мы развиваем телемедицину и передвижные клиники»."),
    TopicCase(topic: "environment_climate", text: "«Выбросы углерода должны сократиться, иначе климатические цели останутся на бумаге»."),
    TopicCase(topic: "industry_manufacturing", text: "«Судостроительный завод локализует производство двигателей — это настоящее импортозамещение»."),
    TopicCase(topic: "digital_economy", text: "«Цифровые платформы и маркетплейсы изменили то, как малый бизнес продает за границу»."),
    TopicCase(topic: "security_politics", text: "«Санкции и геополитическая напряженность заставили нас пересмотреть всю модель бизнеса»."),
    TopicCase(topic: "labour_demography", text: "«На рынке труда региона не хватает квалифицированных работников, а молодежь уезжает на запад»."),
    TopicCase(topic: "arctic", text: "«Рейсы по Северному морскому пути становятся регулярными, а новые ледоколы позволят ходить круглый год»."),
]

@Suite("Topic tagging with the bundled taxonomy")
struct TopicTaggerTests {
    let tagger = TopicTagger()

    @Test("English quotes get their topic", arguments: englishTopicCases)
    func englishQuote(_ example: TopicCase) {
        let topics = tagger.topics(in: example.text)
        #expect(topics.contains(example.topic), "got \(topics)")
        #expect(topics.count <= 3)
    }

    @Test("Russian quotes get their topic", arguments: russianTopicCases)
    func russianQuote(_ example: TopicCase) {
        let topics = tagger.topics(in: example.text)
        #expect(topics.contains(example.topic), "got \(topics)")
        #expect(topics.count <= 3)
    }

    @Test("every bundled topic is exercised by both languages")
    func coverage() throws {
        let ids = Set(try TopicTaxonomy.bundled().topics.map(\.id))
        #expect(Set(englishTopicCases.map(\.topic)) == ids)
        #expect(Set(russianTopicCases.map(\.topic)) == ids)
    }

    @Test("the dominant topic comes first")
    func ranking() {
        let text = """
            We import over 95 million tonnes of soybeans a year, and Russian farmers could grow far more soy \
            if agriculture in the border regions got the right support.
            """
        let topics = tagger.topics(in: text)
        #expect(topics.first == "agriculture_food", "got \(topics)")
        #expect(topics.contains("trade"))
    }

    @Test("a single weak word assigns nothing; two weak words or one strong phrase do")
    func threshold() {
        #expect(tagger.topics(in: "They talked about goods.").isEmpty)
        #expect(tagger.topics(in: "They talked about goods and customs.") == ["trade"])
        #expect(tagger.topics(in: "They talked about trade turnover.") == ["trade"])
        #expect(tagger.topics(in: "Они говорили о товарах и таможне.") == ["trade"])
    }

    @Test("a longer phrase is not also counted as the shorter phrase inside it")
    func longestMatch() {
        // "food security" is agriculture, not politics; "investment climate" is finance, not climate.
        let topics = tagger.topics(in: "Food security and the investment climate were discussed at length.")
        #expect(topics.contains("agriculture_food"))
        #expect(topics.contains("investment_finance"))
        #expect(!topics.contains("environment_climate"))
        #expect(!topics.contains("security_politics"))
    }

    @Test("capitalised abbreviations do not match ordinary words")
    func abbreviations() {
        // "IT" is information technology; "it" is a pronoun.
        #expect(!tagger.topics(in: "We did it, and it worked, and it will work again.").contains("digital_economy"))
        #expect(tagger.topics(in: "The IT sector grew fastest.").contains("digital_economy"))
        // «ИИ» (AI) is technology; a sentence that opens with the conjunction «И» is not.
        #expect(!tagger.topics(in: "И ещё одно, если позволите. И это главное для портов.").contains("technology"))
        #expect(tagger.topics(in: "Мы внедряем ИИ в управление портом.").contains("technology"))
    }

    @Test("at most three topics, even for a text that touches many")
    func cap() {
        let text = """
            Trade turnover, container traffic, soybeans, investment funds, tourists, online cinemas, gas pipelines, \
            startups and universities were all on the agenda.
            """
        let topics = tagger.topics(in: text)
        #expect(topics.count == 3)
    }

    @Test("text without themes gets no topics")
    func nothing() {
        #expect(tagger.topics(in: "Thank you, colleagues. Let me begin.").isEmpty)
        #expect(tagger.topics(in: "").isEmpty)
        #expect(tagger.countries(in: "").isEmpty)
    }

    @Test("tags(in:) gives the same answer as the separate calls")
    func combined() {
        let text = "Chinese investors have put $1.1 billion into Russian agriculture and logistics."
        let tags = tagger.tags(in: text)
        #expect(tags.topics == tagger.topics(in: text))
        #expect(tags.countries == ["CN", "RU"])
    }

    @Test("labels in both languages")
    func labels() throws {
        let taxonomy = try TopicTaxonomy.bundled()
        #expect(taxonomy.label(of: "trade", language: "en") == "Trade")
        #expect(taxonomy.label(of: "trade", language: "ru") == "Торговля")
        #expect(taxonomy.label(of: "trade", language: "zh") == "Trade")
        #expect(taxonomy.label(of: "no_such_topic") == nil)
    }
}
