/// Brings the head of a Russian position in the genitive («По словам Татьяны Лебедевой, главного
/// аналитика «Совкомфлота»») back to the nominative («главный аналитик «Совкомфлота»»).
///
/// Only the head changes: the adjectives before the first noun and that noun. What depends on it
/// stays in the genitive, as Russian has it in any case: «заместителя министра энергетики» becomes
/// «заместитель министра энергетики». Words the table does not know are left as they are, so an
/// unknown position is kept as written rather than guessed.
public enum RussianRoleCase {
    /// The position `role`, given in the genitive, with its head in the nominative.
    public static func nominative(ofGenitive role: String) -> String {
        var words = role.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < words.count {
            let word = words[index]
            let lower = word.lowercasedFast()
            if let noun = nouns[lower] {
                words[index] = Self.casing(of: word, applied: noun)
                break
            }
            guard let adjective = Self.adjective(lower) else { break }
            words[index] = Self.casing(of: word, applied: adjective)
            index += 1
        }
        return words.joined(separator: " ")
    }

    /// The nominative of a genitive adjective of a position («генерального» → «генеральный»,
    /// «старшего» → «старший», «вице-» prefixes kept), nil for any other word.
    private static func adjective(_ lower: String) -> String? {
        if let known = adjectives[lower] { return known }
        for (suffix, replacement) in [("ьного", "ьный"), ("ного", "ный"), ("шего", "ший"), ("жего", "жий"), ("щего", "щий"), ("чего", "чий")]
        where lower.hasSuffix(suffix) && lower.count > suffix.count + 2 {
            return String(lower.dropLast(suffix.count)) + replacement
        }
        return nil
    }

    /// `replacement` with the first letter in the case `word` had.
    private static func casing(of word: String, applied replacement: String) -> String {
        guard let first = word.first, first.isUppercase, let head = replacement.first else { return replacement }
        return head.uppercased() + replacement.dropFirst()
    }

    /// Adjectives of positions whose genitive the suffix rules would get wrong.
    private static let adjectives: [String: String] = [
        "первого": "первый", "второго": "второй", "главного": "главный", "старшего": "старший", "младшего": "младший",
        "ведущего": "ведущий", "управляющего": "управляющий", "исполняющего": "исполняющий", "временно": "временно",
    ]

    /// Nouns that head a position, genitive to nominative.
    private static let nouns: [String: String] = {
        let pairs: [(String, String)] = [
            ("директора", "директор"), ("гендиректора", "гендиректор"), ("аналитика", "аналитик"), ("президента", "президент"),
            ("вице-президента", "вице-президент"), ("председателя", "председатель"), ("зампредседателя", "зампредседатель"),
            ("сопредседателя", "сопредседатель"), ("министра", "министр"), ("замминистра", "замминистр"), ("заместителя", "заместитель"),
            ("губернатора", "губернатор"), ("вице-губернатора", "вице-губернатор"), ("руководителя", "руководитель"),
            ("советника", "советник"), ("главы", "глава"), ("члена", "член"), ("посла", "посол"), ("начальника", "начальник"),
            ("партнёра", "партнёр"), ("партнера", "партнер"), ("основателя", "основатель"), ("сооснователя", "сооснователь"),
            ("мэра", "мэр"), ("ректора", "ректор"), ("проректора", "проректор"), ("декана", "декан"), ("эксперта", "эксперт"),
            ("профессора", "профессор"), ("вице-премьера", "вице-премьер"), ("премьера", "премьер"), ("премьер-министра", "премьер-министр"),
            ("секретаря", "секретарь"), ("экономиста", "экономист"), ("аудитора", "аудитор"),
            ("депутата", "депутат"), ("сенатора", "сенатор"), ("представителя", "представитель"), ("полпреда", "полпред"),
            ("координатора", "координатор"), ("консультанта", "консультант"), ("исследователя", "исследователь"),
            ("сотрудника", "сотрудник"), ("специалиста", "специалист"), ("инженера", "инженер"), ("владельца", "владелец"),
            ("атташе", "атташе"), ("омбудсмена", "омбудсмен"), ("уполномоченного", "уполномоченный"),
            ("президиума", "президиум"), ("акционера", "акционер"), ("инвестора", "инвестор"), ("посланника", "посланник"),
            ("консула", "консул"), ("генконсула", "генконсул"),
        ]
        return Dictionary(pairs, uniquingKeysWith: { first, _ in first })
    }()
}
