/// A person's name in Latin and Cyrillic script, with the Cyrillic genitive («по словам Ван Пина»).
struct PersonName: Sendable, Hashable {
    var latin: String
    var cyrillic: String
    var cyrillicGenitive: String
    var female: Bool
}

/// Name pools: Russian, Chinese, Western, Indian and Japanese names in both scripts.
enum NamePool {
    private typealias Part = (latin: String, cyrillic: String)
    private typealias Given = (latin: String, cyrillic: String, female: Bool)

    private static let russianGiven: [Given] = [
        ("Alexey", "Алексей", false), ("Dmitry", "Дмитрий", false), ("Sergey", "Сергей", false),
        ("Andrey", "Андрей", false), ("Maksim", "Максим", false), ("Igor", "Игорь", false), ("Oleg", "Олег", false),
        ("Viktor", "Виктор", false), ("Denis", "Денис", false), ("Kirill", "Кирилл", false), ("Roman", "Роман", false),
        ("Anton", "Антон", false), ("Vladimir", "Владимир", false), ("Yury", "Юрий", false),
        ("Mikhail", "Михаил", false), ("Ivan", "Иван", false), ("Artem", "Артём", false),
        ("Anna", "Анна", true), ("Elena", "Елена", true), ("Olga", "Ольга", true), ("Natalia", "Наталья", true),
        ("Maria", "Мария", true), ("Tatiana", "Татьяна", true), ("Irina", "Ирина", true),
        ("Svetlana", "Светлана", true), ("Ekaterina", "Екатерина", true), ("Yulia", "Юлия", true),
        ("Veronika", "Вероника", true), ("Daria", "Дарья", true),
    ]
    /// Male surnames; the female form adds "a" / «а» (or -skaya / -ская).
    private static let russianSurnames: [Part] = [
        ("Petrov", "Петров"), ("Sokolov", "Соколов"), ("Volkov", "Волков"), ("Morozov", "Морозов"),
        ("Orlov", "Орлов"), ("Belov", "Белов"), ("Kuznetsov", "Кузнецов"), ("Lebedev", "Лебедев"),
        ("Novikov", "Новиков"), ("Zaitsev", "Зайцев"), ("Semenov", "Семёнов"), ("Egorov", "Егоров"),
        ("Vinogradov", "Виноградов"), ("Kozlov", "Козлов"), ("Kovalev", "Ковалёв"), ("Ilyin", "Ильин"),
        ("Zhukovsky", "Жуковский"), ("Bogdanov", "Богданов"), ("Tarasov", "Тарасов"), ("Gromov", "Громов"),
    ]
    private static let chineseFamily: [Part] = [
        ("Wang", "Ван"), ("Li", "Ли"), ("Zhang", "Чжан"), ("Liu", "Лю"), ("Chen", "Чэнь"), ("Yang", "Ян"),
        ("Zhao", "Чжао"), ("Huang", "Хуан"), ("Zhou", "Чжоу"), ("Wu", "У"), ("Sun", "Сунь"), ("Ma", "Ма"),
        ("Hu", "Ху"), ("Guo", "Го"), ("Lin", "Линь"), ("Xu", "Сюй"), ("Gao", "Гао"),
    ]
    private static let chineseGiven: [Given] = [
        ("Wei", "Вэй", false), ("Ping", "Пин", false), ("Jun", "Цзюнь", false), ("Ming", "Мин", false),
        ("Qiang", "Цян", false), ("Lei", "Лэй", false), ("Hao", "Хао", false), ("Jianguo", "Цзяньго", false),
        ("Zhiwei", "Чживэй", false), ("Yong", "Юн", false), ("Tao", "Тао", false), ("Liqun", "Лицюнь", false),
        ("Xiaoming", "Сяомин", false), ("Fang", "Фан", true), ("Min", "Минь", true), ("Jing", "Цзин", true),
        ("Yan", "Янь", true), ("Xiaoling", "Сяолин", true), ("Hong", "Хун", true),
    ]
    private static let westernGiven: [Given] = [
        ("John", "Джон", false), ("Michael", "Майкл", false), ("Thomas", "Томас", false), ("Peter", "Питер", false),
        ("James", "Джеймс", false), ("Mark", "Марк", false), ("Stefan", "Штефан", false), ("Pierre", "Пьер", false),
        ("Hans", "Ханс", false), ("Laura", "Лаура", true), ("Sarah", "Сара", true), ("Claire", "Клэр", true),
        ("Emma", "Эмма", true), ("Julia", "Джулия", true), ("Martina", "Мартина", true),
    ]
    private static let westernSurnames: [Part] = [
        ("Smith", "Смит"), ("Miller", "Миллер"), ("Brown", "Браун"), ("Taylor", "Тейлор"), ("Schmidt", "Шмидт"),
        ("Dubois", "Дюбуа"), ("Rossi", "Росси"), ("Anderson", "Андерсон"), ("Fischer", "Фишер"),
        ("Weber", "Вебер"), ("Harris", "Харрис"), ("Clarke", "Кларк"),
    ]
    private static let indianGiven: [Given] = [
        ("Rajesh", "Раджеш", false), ("Amit", "Амит", false), ("Vikram", "Викрам", false),
        ("Sanjay", "Санджай", false), ("Priya", "Прия", true), ("Anita", "Анита", true),
    ]
    private static let indianSurnames: [Part] = [
        ("Patel", "Патель"), ("Singh", "Сингх"), ("Reddy", "Редди"), ("Iyer", "Айер"), ("Kapoor", "Капур"),
        ("Nair", "Наир"),
    ]
    private static let japaneseGiven: [Given] = [
        ("Hiroshi", "Хироси", false), ("Takashi", "Такаси", false), ("Kenji", "Кэндзи", false),
        ("Yumiko", "Юмико", true), ("Akiko", "Акико", true),
    ]
    private static let japaneseFamily: [Part] = [
        ("Suzuki", "Судзуки"), ("Sato", "Сато"), ("Ito", "Ито"), ("Kato", "Като"), ("Watanabe", "Ватанабэ"),
        ("Yamamoto", "Ямамото"),
    ]

    /// A random person; the origin mix is Russian 40%, Chinese 35%, Western 15%, Indian 5%, Japanese 5%.
    static func person(_ rng: inout SplitMix64) -> PersonName {
        switch rng.weighted([40, 35, 15, 5, 5]) {
        case 0:
            let g = rng.pick(russianGiven)
            let s = rng.pick(russianSurnames)
            var lat = s.latin
            var cyr = s.cyrillic
            if g.female {
                if lat.hasSuffix("sky") {
                    lat = String(lat.dropLast(1)) + "aya"
                    cyr = String(cyr.dropLast(2)) + "ая"
                } else {
                    lat += "a"
                    cyr += "а"
                }
            }
            return make(given: (g.latin, g.cyrillic), family: (lat, cyr), female: g.female, foreign: false)
        case 1:
            let f = rng.pick(chineseFamily)
            let g = rng.pick(chineseGiven)
            let gen = f.cyrillic + " " + RussianGrammar.genitive(g.cyrillic, female: g.female, isSurname: false,
                                                                 declinable: !g.female)
            return PersonName(latin: f.latin + " " + g.latin, cyrillic: f.cyrillic + " " + g.cyrillic,
                              cyrillicGenitive: gen, female: g.female)
        case 2:
            let g = rng.pick(westernGiven)
            return make(given: (g.latin, g.cyrillic), family: rng.pick(westernSurnames), female: g.female,
                        foreign: true)
        case 3:
            let g = rng.pick(indianGiven)
            return make(given: (g.latin, g.cyrillic), family: rng.pick(indianSurnames), female: g.female,
                        foreign: true)
        default:
            let g = rng.pick(japaneseGiven)
            return make(given: (g.latin, g.cyrillic), family: rng.pick(japaneseFamily), female: g.female,
                        foreign: true)
        }
    }

    /// Foreign women's surnames do not decline in Russian («по словам Сары Смит»).
    private static func make(given: Part, family: Part, female: Bool, foreign: Bool) -> PersonName {
        let gGen = RussianGrammar.genitive(given.cyrillic, female: female, isSurname: false)
        let fGen = RussianGrammar.genitive(family.cyrillic, female: female, isSurname: true,
                                           declinable: !(foreign && female))
        return PersonName(
            latin: given.latin + " " + family.latin, cyrillic: given.cyrillic + " " + family.cyrillic,
            cyrillicGenitive: gGen + " " + fGen, female: female)
    }
}
