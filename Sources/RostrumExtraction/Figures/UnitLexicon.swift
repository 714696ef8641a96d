import RostrumModel
import RostrumText

/// What a word means to the figure stage. A word may play several roles ("до" is both
/// "up to" and the "until" of a target year).
struct WordInfo: Sendable {
    struct Role: OptionSet, Sendable {
        let rawValue: UInt64
        static let stop = Role(rawValue: 1 << 0)          // function word: never a subject or counted noun
        static let link = Role(rawValue: 1 << 1)          // verbs and particles between a subject and its figure
        static let pronoun = Role(rawValue: 1 << 2)       // it, which, мы: the subject is not in the text
        static let preposition = Role(rawValue: 1 << 3)   // between, from, между: a complement, not the subject
        static let determiner = Role(rawValue: 1 << 4)    // the, our, наш
        static let changeUp = Role(rawValue: 1 << 5)
        static let changeDown = Role(rawValue: 1 << 6)
        static let month = Role(rawValue: 1 << 7)
        static let reference = Role(rawValue: 1 << 8)     // No., article, page, top: the number names, not counts
        static let timeOfDay = Role(rawValue: 1 << 9)     // am, pm, утра
        static let targetPrep = Role(rawValue: 1 << 10)   // by, until, к, до
        static let yearWord = Role(rawValue: 1 << 11)     // year, году, г
        static let last = Role(rawValue: 1 << 12)         // last, прошлом
        static let this = Role(rawValue: 1 << 13)         // this, этом, текущем
        static let next = Role(rawValue: 1 << 14)         // next, следующем
        static let yearPrep = Role(rawValue: 1 << 15)     // in, during, в, за
        static let share = Role(rawValue: 1 << 16)        // share, accounts, доля
        static let of = Role(rawValue: 1 << 17)           // of, из
        static let rangeFrom = Role(rawValue: 1 << 18)    // from, between, от
        static let rangeTo = Role(rawValue: 1 << 19)      // to, and, до
        static let adjective = Role(rawValue: 1 << 20)    // new, foreign: kept before a counted noun
        static let skipBeforeNoun = Role(rawValue: 1 << 21) // such, more: dropped before a counted noun
        static let changeNoun = Role(rawValue: 1 << 22)   // growth, рост: after a figure, makes it a change
        static let abbreviation = Role(rawValue: 1 << 23) // тыс, руб, г: a following dot belongs to the word
        static let by = Role(rawValue: 1 << 24)           // by, на: before a change amount
        static let endOf = Role(rawValue: 1 << 25)        // end, концу: "by the end of 2020"
        static let ordinal = Role(rawValue: 1 << 26)      // first, second, первой: "the second half"
        static let continuation = Role(rawValue: 1 << 27) // another, further: "by another 35%"
        static let shareAfter = Role(rawValue: 1 << 28)   // «приходится» after the figure and its whole
        static let verb = Role(rawValue: 1 << 29)         // curtail, covers, spend: a verb, never a subject
        static let clauseJoin = Role(rawValue: 1 << 30)   // and, but, а, но: after a comma, a new clause
        static let bridge = Role(rawValue: 1 << 31)       // instead, versus, вместо: a figure continues the one before
        static let reachVerb = Role(rawValue: 1 << 32)    // reach, достичь: "to reach 78 years by 2030" is a target
        static let timeAgo = Role(rawValue: 1 << 33)      // ago, назад: the figure before is a time reference
        static let targetNoun = Role(rawValue: 1 << 34)   // target, goal, цель: "the 80 million target" is a target
        static let notCounted = Role(rawValue: 1 << 35)   // things, ways, вопроса: after a small number word, not a count
        static let group = Role(rawValue: 1 << 36)        // dozen, десяток: a number word that multiplies a small one
        static let deadlinePrep = Role(rawValue: 1 << 37) // by, к: a deadline, which may lie in the recent past
        static let countBlocker = Role(rawValue: 1 << 38) // all, both, каждые: "all three" names a set, not a count
        static let ratioOrdinal = Role(rawValue: 1 << 39) // fifth, третий: after "every", «каждый» a part of a whole
    }
    var roles: Role = []
    var number: NumberWord?
    /// The unit code this word gives a number after it.
    var unit: String?
    /// A currency written before the number ("USD 5 million").
    var currencyBefore: String?
    var qualifier: FigureQualifier?
    /// Words that are a figure by themselves: "doubled" (100 percent), "threefold" (3 times), «вдвое».
    var multiplier: (value: Double, unit: String)?
    /// An ordinal that names a part after "every" / «каждый»: "every fifth" is a fifth (20 percent).
    var ratioOrdinal: Double?
}

/// The words the figure stage knows: number words, units, qualifiers, change verbs, and the
/// function words it must step over. Looked up by the hash of the folded word, so no strings
/// are built while scanning.
enum FigureLexicon {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Lower case for ASCII and Cyrillic (ё → е); other scalars unchanged.
    @inline(__always)
    static func fold(_ s: UInt32) -> UInt32 {
        if s >= 0x41 && s <= 0x5A { return s + 0x20 }
        if s >= 0x410 && s <= 0x42F { return s + 0x20 }
        if s == 0x401 || s == 0x451 { return 0x435 }
        if s >= 0x400 && s <= 0x40F { return s + 0x50 }
        if s >= 0xC0 && s <= 0xDE && s != 0xD7 { return s + 0x20 }
        return s
    }

    @inline(__always)
    static func mix(_ h: UInt64, _ s: UInt32) -> UInt64 {
        (h ^ UInt64(s)) &* 0x100_0000_01b3
    }

    static func hash(_ word: String) -> UInt64 {
        var h = offsetBasis
        for s in word.unicodeScalars { h = mix(h, fold(s.value)) }
        return h
    }

    static func info(_ hash: UInt64) -> WordInfo? { table[hash] }

    static let table = HashedWordTable(entries)

    /// The entries of `table` in its entry order: the info of a word is `infos[table.index(of: hash)]`.
    static let infos: [WordInfo] = table.entryValues

    /// Per entry of `infos`, the facts a passage keeps for each token, so that tokenising a word
    /// costs one probe of `table` and no copy of its `WordInfo`.
    static let facts: [FigurePassage.TokenLex] = zip(table.entryKeys, table.entryValues).enumerated().map { index, entry in
        FigurePassage.TokenLex(index: Int32(index), hash: entry.0, info: entry.1)
    }

    /// The lexicon as built, before it is laid out for look-ups.
    private static let entries: [UInt64: WordInfo] = build()

    /// The words that may start a figure by themselves (`FigurePassage.TokenLex.trigger`), in a
    /// table small enough to stay in cache while a passage without digits is checked for them.
    /// A value `false` marks "every" / «каждый», a figure only before an ordinal ("every fifth"), which
    /// is no trigger by itself here: ordinals are common words.
    static let triggerWords: HashedWordTable<Bool> = {
        var words: [UInt64: Bool] = [:]
        for (key, info) in zip(table.entryKeys, infos) {
            if facts[table.index(of: key)].trigger { words[key] = true }
        }
        for key in W.everyWordHashes where words[key] == nil { words[key] = false }
        return HashedWordTable(words)
    }()

    /// The ordinals that name a part after "every" / «каждый» ("fifth", «третий»).
    static let ratioOrdinals = HashedWordTable(set: zip(table.entryKeys, infos).compactMap { key, info in
        info.ratioOrdinal != nil ? key : nil
    })

    private static func build() -> [UInt64: WordInfo] {
        var t: [UInt64: WordInfo] = [:]
        func edit(_ words: [String], _ body: (inout WordInfo) -> Void) {
            for w in words {
                let h = hash(w)
                var info = t[h] ?? WordInfo()
                body(&info)
                t[h] = info
            }
        }
        func role(_ r: WordInfo.Role, _ words: [String]) { edit(words) { $0.roles.insert(r) } }

        for (w, meaning) in NumberWords.all { edit([w]) { $0.number = meaning } }
        edit(["k", "m", "b"]) { _ in }  // attached suffixes only; see FigureExtractor.attachedScale
        // "a dozen projects", «десяток проектов», «два десятка»: groups of ten and twelve.
        edit(["dozen"]) { $0.number = .cardinal(12); $0.roles.insert(.group) }
        edit(["десяток", "десятка"]) { $0.number = .cardinal(10); $0.roles.insert(.group) }
        // «более двух третей», «трёх четвертей»: the genitive plural of the fractions.
        edit(["третей"]) { $0.number = .fraction(1.0 / 3.0) }
        edit(["четвертей"]) { $0.number = .fraction(0.25) }

        // Units (docs/FORMATS.md § Figures).
        let units: [(String, [String])] = [
            ("USD", ["dollar", "dollars", "usd", "доллар", "доллара", "долларов", "долларах", "долл"]),
            ("EUR", ["euro", "euros", "eur", "евро"]),
            ("RUB", ["rouble", "roubles", "ruble", "rubles", "rub", "рубль", "рубля", "рублей", "рублях", "руб"]),
            ("CNY", ["yuan", "rmb", "cny", "юань", "юаня", "юаней"]),
            ("GBP", ["pound", "pounds", "gbp"]),
            ("percent", ["percent", "процент", "процента", "процентов", "процентах"]),
            ("tonne", ["tonne", "tonnes", "ton", "tons", "т", "тонна", "тонны", "тонн", "тонну"]),
            ("km", ["km", "км", "kilometres", "kilometers", "kilometre", "kilometer", "километров", "километра"]),
            ("hectare", ["hectare", "hectares", "ha", "га", "гектар", "гектаров", "гектара"]),
            ("TEU", ["teu", "дфэ"]),
            ("barrel", ["barrel", "barrels", "баррель", "барреля", "баррелей"]),
            ("cubic_metre", ["кубометр", "кубометра", "кубометров"]),
            ("MW", ["mw", "мвт"]), ("GW", ["gw", "гвт"]), ("kWh", ["kwh", "квтч"]),
            ("year", ["year", "years", "лет", "года", "год", "году"]),
            ("month", ["month", "months", "месяц", "месяца", "месяцев"]),
            ("week", ["week", "weeks", "неделя", "недели", "недель"]),
            ("day", ["day", "days", "день", "дня", "дней", "сутки", "суток"]),
            ("hour", ["hour", "hours", "час", "часа", "часов"]),
            ("minute", ["minute", "minutes", "минута", "минуты", "минут", "минуту"]),
            ("times", ["times", "fold", "раз", "раза"]),
        ]
        for (code, words) in units { edit(words) { $0.unit = code } }
        let before: [(String, [String])] = [("USD", ["usd"]), ("EUR", ["eur"]), ("RUB", ["rub"]),
                                           ("CNY", ["rmb", "cny"]), ("GBP", ["gbp"])]
        for (code, words) in before { edit(words) { $0.currencyBefore = code } }
        role(.abbreviation, ["тыс", "руб", "долл", "г", "гг", "куб", "т", "no", "mln", "bn", "млн", "млрд", "трлн", "п"])

        // Qualifiers: single words; "more than", "at least", "up to", «не менее» are read in pairs.
        let qualifiers: [(FigureQualifier, [String])] = [
            (.moreThan, ["over", "above", "exceeding", "exceed", "exceeds", "exceeded", "surpass", "surpasses",
                         "surpassed", "passed", "более", "свыше", "больше", "выше", "превысит", "превысят",
                         "превысил", "превысила", "превысило", "превысили", "превышает", "превышают",
                         "превышал", "превышала", "превышало", "превышали", "превысить", "превышать",
                         "превышающий", "превышающая", "превышающей", "превышающих", "старше"]),
            (.lessThan, ["under", "below", "менее", "меньше", "ниже", "моложе"]),
            (.about, ["about", "around", "approximately", "some", "roughly", "около", "примерно", "порядка",
                      "приблизительно", "ориентировочно"]),
            (.almost, ["almost", "nearly", "почти", "практически", "чуть"]),
            (.upTo, ["до"]),
        ]
        for (q, words) in qualifiers { edit(words) { $0.qualifier = q } }

        // Words that are a figure by themselves.
        let multipliers: [(Double, String, [String])] = [
            (100, "percent", ["doubled", "удвоился", "удвоилась", "удвоилось", "удвоились", "удвоится",
                              "удвоить", "удвоения"]),
            (200, "percent", ["tripled", "утроился", "утроилась", "утроилось", "утроились", "утроить"]),
            (-50, "percent", ["halved"]),
            (100, "percent", ["double", "doubling", "удвоение", "удвоить"]),
            (200, "percent", ["triple", "tripling", "утроение"]),
            (2, "times", ["twofold", "вдвое"]), (3, "times", ["threefold", "втрое"]),
            (4, "times", ["fourfold", "вчетверо"]), (5, "times", ["fivefold", "впятеро"]),
            (10, "times", ["tenfold", "вдесятеро"]),
        ]
        for (v, u, words) in multipliers { edit(words) { $0.multiplier = (v, u) } }
        // "twice as many", "twice as much": a factor only before a comparison (see FigureReader).
        edit(["twice"]) { $0.multiplier = (2, "times") }

        // "every fifth wagon", «каждый третий покупатель»: a part named by an ordinal.
        let ordinals: [(Double, [String])] = [
            (2, ["second", "второй", "вторая", "второе", "второго", "вторую"]),
            (3, ["third", "третий", "третья", "третье", "третьего", "третью"]),
            (4, ["fourth", "четвертый", "четвертая", "четвертое", "четвертого", "четвертую"]),
            (5, ["fifth", "пятый", "пятая", "пятое", "пятого", "пятую"]),
            (6, ["sixth", "шестой", "шестая", "шестое", "шестого", "шестую"]),
            (7, ["seventh", "седьмой", "седьмая", "седьмое", "седьмого", "седьмую"]),
            (8, ["eighth", "восьмой", "восьмая", "восьмое", "восьмого", "восьмую"]),
            (9, ["ninth", "девятый", "девятая", "девятое", "девятого", "девятую"]),
            (10, ["tenth", "десятый", "десятая", "десятое", "десятого", "десятую"]),
        ]
        for (v, words) in ordinals { edit(words) { $0.ratioOrdinal = v; $0.roles.insert(.ratioOrdinal) } }

        role(.changeUp, ChangeVerbs.up)
        role(.changeDown, ChangeVerbs.down)
        role(.changeNoun, ["growth", "increase", "rise", "decline", "drop", "decrease", "fall", "рост",
                           "прирост", "снижение", "падение", "сокращение", "увеличение"])
        role(.by, ["by", "на"])
        role(.clauseJoin, ["and", "but", "while", "whereas", "а", "но", "однако", "тогда", "while"])
        role(.bridge, ["instead", "versus", "vs", "compared", "against", "вместо", "против", "сравнению"])
        role(.timeAgo, ["ago", "later", "назад", "спустя"])
        role(.reachVerb, ["reach", "reaches", "reached", "достичь", "достигнет", "достигнуть", "достигнут"])
        // Verbs only, never nouns ("costs", "needs", "plans" are left out: they are subjects too).
        role(.verb, [
            "curtail", "curtails", "spend", "spends", "plan", "hold", "give", "gives", "cover", "covers",
            "travels", "means", "pay", "pays", "want", "wants", "bring", "brings", "brought", "provide",
            "provides", "require", "requires", "carry", "carries", "handle", "handles", "serve", "serves",
            "employ", "employs", "generate", "generates", "build", "builds", "buy", "buys", "get", "gets", "got",
            "save", "saves", "keep", "keeps", "issued", "launched", "commissioned", "harvested", "hired", "trained",
            "lend", "lent", "approaching", "approaches", "represents", "represent", "cleaned", "built", "held",
            "paid", "shed", "uses", "consumes", "need", "хотим", "хотят", "хочет", "хотели", "можем", "сможем", "выйти",
            "прийти", "идет", "идут", "едет", "едут", "дал", "дала", "дало", "дали", "даст", "дадут", "дают", "дает",
        ])
        role(.continuation, ["another", "further", "additional", "still", "even", "ещё", "еще", "также", "almost"])

        role(.month, [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "январь", "января", "февраль", "февраля", "март", "марта", "апрель", "апреля", "мая",
            "май", "июнь", "июня", "июль", "июля", "август", "августа", "сентябрь", "сентября", "октябрь",
            "октября", "ноябрь", "ноября", "декабрь", "декабря",
        ])
        role(.reference, ["no", "nos", "article", "clause", "section", "chapter", "paragraph", "page", "item",
                          "top", "number", "grade", "phase", "stage", "room", "hall", "pavilion", "version",
                          "топ", "статья", "статьи", "статьей", "пункт", "пункта", "пункте", "глава", "главы",
                          "раздел", "раздела", "п", "ст", "стр", "зал", "павильон", "номер", "версия", "этап"])
        role(.timeOfDay, ["am", "pm", "утра", "вечера", "ночи", "gmt", "msk", "utc", "мск", "o"])
        role(.targetPrep, ["by", "until", "till", "before", "к", "до"])
        role(.deadlinePrep, ["by", "к"])
        role(.targetNoun, ["target", "targets", "goal", "goals", "цель", "цели", "целью", "целевой", "целевого", "ориентир"])
        role(.endOf, ["end", "концу", "конца", "окончанию"])
        role(.yearWord, ["year", "году", "года", "год", "г", "годах", "годы", "гг"])
        role(.last, ["last", "previous", "past", "прошлом", "прошлый", "прошлого", "предыдущем"])
        role(.this, ["this", "current", "этом", "этот", "текущем", "текущий", "нынешнем", "сего"])
        role(.next, ["next", "coming", "следующем", "следующий", "будущем", "будущий", "наступающем"])
        role(.yearPrep, ["in", "during", "for", "в", "во", "за"])
        role(.share, ["share", "shares", "accounts", "account", "accounted", "proportion", "percentage",
                      "доля", "долю", "доли", "долей", "приходится", "приходятся", "приходилось", "приходилась",
                      "приходился", "приходились"])
        // «49% нашей выручки приходится на Бразилию»: the verb names the part after the figure.
        role(.shareAfter, ["приходится", "приходятся", "приходилось", "приходилась", "приходился", "приходились",
                           "придется", "придутся", "пришлось", "пришлась", "пришелся", "пришлись",
                           "приходиться"])
        role(.of, ["of", "из"])
        role(.rangeFrom, ["from", "between", "от", "с"])
        role(.rangeTo, ["to", "and", "до", "по"])
        role(.ordinal, ["first", "second", "latter", "former", "первой", "второй", "первая", "вторая", "первую",
                        "вторую", "первом", "втором", "the"])
        role(.skipBeforeNoun, ["such", "more", "additional", "other", "extra", "таких", "такие", "новых", "других"])
        // Nouns that a small number word does not count: "two things", "three questions", «два вопроса».
        role(.notCounted, [
            "things", "ways", "reasons", "questions", "points", "sides", "issues", "problems", "aspects", "examples",
            "words", "ideas", "options", "steps", "areas", "directions", "tasks", "priorities", "factors", "levels",
            "parts", "kinds", "types", "sorts", "cases", "conditions", "principles", "challenges", "approaches",
            "scenarios", "comments", "remarks", "lessons", "minutes", "seconds", "decades", "centuries",
            "generations", "hands", "eyes", "sessions", "topics", "messages", "components", "elements", "pillars",
            "dimensions", "stages", "phases", "groups", "blocks", "parties", "thoughts", "observations",
            "countries", "nations", "metres", "meters", "centimetres", "centimeters", "degrees", "inches", "feet",
            "miles", "litres", "liters", "kilograms", "kilos",
            "вещи", "вещей", "вопроса", "вопросов", "причины", "причин", "стороны", "сторон", "пути", "путей",
            "способа", "способов", "направления", "направлений", "задачи", "задач", "проблемы", "проблем", "слова",
            "слов", "момента", "моментов", "аспекта", "аспектов", "фактора", "факторов", "примера", "примеров",
            "варианта", "вариантов", "шага", "шагов", "уровня", "уровней", "части", "частей", "типа", "типов",
            "вида", "видов", "случая", "случаев", "этапа", "этапов", "принципа", "принципов", "условия", "условий",
            "тезиса", "тезисов", "минуты", "минут", "секунды", "секунд", "десятилетия", "десятилетий", "века",
            "веков", "поколения", "поколений", "приоритета", "приоритетов", "блока", "блоков", "группы", "групп",
            "темы", "тем", "вызова", "вызовов", "сценария", "сценариев", "руки", "рук", "замечания", "замечаний",
            "комментария", "комментариев", "соображения", "соображений", "мысли", "мыслей", "страны", "стран",
            "метра", "метров", "сантиметра", "сантиметров", "градуса", "градусов", "литра", "литров", "килограмма",
            "килограммов",
        ])
        // Words before a small number word that make it name a set, not count one: "all three", «все
        // четыре», "each two"; determiners and ordinals ("our two priorities", "the first two") too.
        role(.countBlocker, ["all", "both", "each", "every", "any", "these", "those", "the", "our", "their", "its",
                             "your", "my", "his", "her", "other", "first", "last", "next", "top", "of",
                             "все", "всех", "оба", "обе", "каждые", "эти", "этих", "наши", "наших", "их", "из",
                             "первые", "последние", "ближайшие", "другие", "остальные"])
        role(.adjective, ["new", "large", "major", "small", "big", "foreign", "international", "joint",
                          "domestic", "direct", "key", "different", "regular", "young", "local", "private",
                          "public", "active", "independent", "largest", "leading", "monthly", "weekly", "daily",
                          "yearly", "quarterly", "hourly", "total", "average", "annual", "net", "gross"])

        role(.determiner, ["the", "a", "an", "our", "their", "its", "his", "her", "this", "that", "these",
                           "those", "your", "my", "наш", "наша", "наше", "наши", "нашей", "нашего", "нашим",
                           "их", "его", "ее", "этот", "эта", "это", "эти", "этого", "этой", "весь", "вся", "всех",
                           "все", "всего", "всей", "any", "each"])
        role(.pronoun, ["it", "which", "we", "they", "he", "she", "this", "that", "who", "i", "you", "there",
                        "what", "whom", "them", "us", "мы", "он", "она", "оно", "они", "что", "который", "которая",
                        "которое", "которые", "которых", "это", "нас", "их", "вы", "я", "них", "чего", "кто"])
        role(.preposition, ["between", "among", "from", "through", "with", "across", "to", "in", "into", "on",
                            "at", "for", "within", "via", "towards", "toward", "against", "per",
                            "между", "из", "с", "со", "через", "в", "во", "на", "для", "по", "от", "к", "при",
                            "о", "об", "у", "за", "под", "над", "без", "после", "перед"])
        role(.link, [
            "is", "are", "was", "were", "be", "been", "being", "will", "would", "shall", "should", "can",
            "could", "may", "might", "must", "has", "have", "had", "reached", "reach", "reaches", "reaching",
            "amounted", "amounts", "amount", "totalled", "totaled", "total", "totals", "stood", "stands",
            "stand", "exceeded", "exceeds", "exceed", "hit", "hits", "made", "make", "makes", "took", "take",
            "takes", "taken", "expected", "expect", "estimated", "projected", "planned", "set", "to", "by",
            "at", "of", "up", "down", "just", "only", "already", "now", "currently", "still", "even",
            "another", "further", "also", "nearly", "almost", "about", "around", "over", "some", "roughly",
            "approximately", "more", "less", "than", "fewer", "least", "under", "above", "exceeding",
            "is", "equal", "equals", "worth", "valued", "attracted", "invested", "received", "sent", "imported",
            "exported", "produced", "produce", "import", "export", "sold", "spent", "raised", "allocated",
            "able", "unable", "likely", "unlikely", "going", "went", "go", "goes", "gone", "came", "come", "comes",
            "often", "usually", "typically", "sometimes", "always", "generally", "normally",
            "занимает", "занимают", "занимал", "занимала", "занимало", "занимали", "занял", "заняла", "заняло", "заняли",
            "займет", "займут", "нужно", "надо", "необходимо", "следует", "можно",
            "составил", "составила", "составило", "составили", "составит", "составят", "составляет",
            "составляют", "составлял", "составляла", "достиг", "достигла", "достигло", "достигли", "достигнет",
            "достичь", "превысил", "превысила", "превысило", "превысили", "превысит", "был", "была", "было",
            "были", "будет", "будут", "есть", "уже", "лишь", "только", "всего", "порядка", "около", "более",
            "свыше", "менее", "почти", "примерно", "на", "до", "в", "уровне", "уровня", "объеме", "размере",
            "сумму", "сумма", "сумме", "отметки", "отметку", "ещё", "еще", "также", "не", "—", "ожидается",
            "планируется", "может", "могут", "должен", "должна", "должно", "должны",
        ])
        role(.stop, [
            "and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from",
            "as", "than", "that", "this", "these", "those", "it", "its", "is", "are", "was", "were", "be",
            "been", "will", "would", "has", "have", "had", "not", "no", "per", "each", "every", "all", "some",
            "more", "less", "most", "many", "much", "few", "over", "under", "about", "around", "up", "down",
            "into", "onto", "out", "off", "so", "if", "then", "there", "here", "which", "who", "what", "when",
            "where", "while", "whereas", "also", "only", "just", "already", "yet", "even", "still", "very",
            "and", "times", "year", "years", "ago", "later", "earlier", "before", "after", "since", "during",
            "do", "does", "did", "can", "could", "may", "might", "must", "should", "shall", "now", "today",
            "tomorrow", "yesterday", "again", "too", "both", "either", "neither", "among", "between",
            "through", "via", "within", "without", "against", "towards", "we", "they", "you", "i", "he", "she",
            "our", "their", "your", "my", "his", "her", "us", "them", "him", "me", "one", "ones", "percent",
            "rest", "whole", "total", "least", "almost", "nearly", "roughly", "approximately", "exceeding",
            "above", "below", "against", "another", "further", "such", "same", "other", "others", "own",
            "и", "или", "а", "но", "в", "во", "на", "с", "со", "по", "к", "ко", "от", "до", "из", "за", "для",
            "о", "об", "у", "при", "под", "над", "между", "через", "не", "ни", "же", "ли", "бы", "как", "так",
            "что", "чтобы", "это", "этот", "эта", "эти", "тот", "та", "те", "то", "все", "всё", "весь", "вся",
            "более", "менее", "свыше", "около", "почти", "примерно", "порядка", "больше", "меньше", "уже",
            "еще", "ещё", "лишь", "только", "также", "тоже", "мы", "вы", "они", "он", "она", "оно", "их",
            "его", "ее", "её", "нас", "вас", "им", "ему", "ей", "году", "года", "год", "лет", "раз", "раза",
            "был", "была", "было", "были", "будет", "будут", "есть", "этом", "прошлом", "текущем", "который",
            "которая", "которые", "которых", "где", "когда", "чем", "сколько", "каждый", "каждая", "других",
            "новых", "таких", "такие", "из", "них", "том", "числе", "т", "е", "г", "гг", "years", "last",
            "next", "first", "second", "end", "ending", "beginning", "start", "half", "quarter",
            "today", "annually", "instead", "simply", "ago", "сегодня", "сейчас", "пока", "теперь", "ежегодно",
            "полностью", "годовых", "назад", "ныне", "вновь", "вместе", "вместо", "back", "полгода", "последние",
            "без", "после", "перед",
            "последних",
        ])
        return t
    }
}
