import RostrumText

/// The identity key of an organisation's name: equal keys are the same organisation.
///
/// Russian names an organisation in whatever case the sentence needs («директор Дальневосточного
/// федерального университета», «в Дальневосточном федеральном университете») and with or without
/// its legal form («ПАО «Совкомфлот»», «Совкомфлот»); English adds "Co., Ltd." or "(PJSC)" at will.
/// The key forgives exactly that, so a facet, a profile and an `org:` filter see one organisation:
/// - case, diacritics and ё (the shared `Folding`) and punctuation, quotes included;
/// - inflection: each word is the analyzer's stem (Russian and English by script);
/// - a legal form before or after the name (ПАО, АО, ООО, ФГУП, PJSC, JSC, LLC, Ltd., Co., GmbH…);
/// - a generic word for the kind of body before a name in quotes or in Latin letters
///   («компании «Восток Фарма»», «корпорации Harbin Industrial Group», «госкорпорации «Росатом»»);
/// - an abbreviation in parentheses after the name ("Japan Bank for International Cooperation (JBIC)").
/// It does not translate: "Sovcomflot" and «Совкомфлот» stay two keys. A name whose words are all
/// forgiven keys to its folded words, so no name keys to nothing.
public struct OrganizationKey: Sendable, Hashable, CustomStringConvertible {
    /// The key text: stems of the name's significant words in order, separated by single spaces.
    public let value: String

    /// The key of `name`; empty when the name has no letters or digits.
    public init(_ name: String) {
        value = Self.key(of: name)
    }

    public var description: String { value }

    /// Whether `name` begins with a lower-case letter («компании «Восток Фарма»»): such a spelling
    /// is how a sentence needed it, not how the organisation writes its name, so a store shows
    /// another spelling of the same organisation when it has one.
    public static func beginsInLowerCase(_ name: String) -> Bool {
        name.first { $0.isLetter }?.isLowercase ?? false
    }

    /// One word of the name, as written and folded, and whether it opens a quoted or Latin name.
    private struct Word {
        var surface: Substring
        var folded: String
        var opensName: Bool
        var isUpperCase: Bool
    }

    private static func key(of name: String) -> String {
        var words = self.words(of: withoutAbbreviations(name))
        guard !words.isEmpty else { return "" }
        let all = words
        // Leading legal forms and kind-of-body words, while a name is left after them.
        while words.count > 1 {
            if leadingLegalForms.contains(words[0].folded) || words[0].folded == "the" {
                words.removeFirst()
            } else if let length = kindPhraseLength(words), words.count > length, words[length].opensName {
                words.removeFirst(length)
            } else {
                break
            }
        }
        // Trailing legal forms ("Co., Ltd.", "GmbH", "AS").
        while words.count > 1, let last = words.last,
              trailingLegalForms.contains(last.folded) || (last.isUpperCase && upperCaseTrailingForms.contains(last.folded)) {
            words.removeLast()
        }
        let analyzer = TextAnalyzer()
        let stems = words.flatMap { analyzer.terms(in: String($0.surface)) }
        guard !stems.isEmpty else { return all.map(\.folded).joined(separator: " ") }
        return stems.joined(separator: " ")
    }

    /// The words of `name`: runs of letters and digits, with what stands before each.
    private static func words(of name: String) -> [Word] {
        var words: [Word] = []
        var start: String.Index?
        var quoted = false
        var index = name.startIndex
        func close(at end: String.Index) {
            guard let begin = start else { return }
            let surface = name[begin..<end]
            let folded = Folding.fold(String(surface))
            let latin = surface.unicodeScalars.first.map { $0.isASCII } ?? false
            words.append(Word(surface: surface, folded: folded, opensName: quoted || latin,
                              isUpperCase: surface.allSatisfy { !$0.isLowercase }))
            start = nil
            quoted = false
        }
        while index < name.endIndex {
            let character = name[index]
            if character.isLetter || character.isNumber {
                if start == nil { start = index }
            } else {
                close(at: index)
                if Self.openingQuotes.contains(character) { quoted = true }
            }
            index = name.index(after: index)
        }
        close(at: name.endIndex)
        return words
    }

    /// `name` without a parenthesised abbreviation or legal form ("(JBIC)", "(ГТЛК)", "(PJSC)");
    /// other parentheses ("(Moscow branch)", "(Yakutia)") are part of the name.
    private static func withoutAbbreviations(_ name: String) -> String {
        guard name.contains("(") else { return name }
        var result = ""
        var rest = Substring(name)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            let inside = rest[rest.index(after: open)..<close]
            let words = inside.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            let abbreviation = words.count == 1 && words[0].count >= 2 && words[0].allSatisfy { !$0.isLowercase }
            let legal = !words.isEmpty && words.allSatisfy {
                let folded = Folding.fold(String($0))
                return leadingLegalForms.contains(folded) || trailingLegalForms.contains(folded)
            }
            result += rest[..<open]
            if !(abbreviation || legal) { result += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// How many words at the start of `words` name a kind of body rather than the body
    /// («компании», «группы компаний», «государственной корпорации»), or nil.
    private static func kindPhraseLength(_ words: [Word]) -> Int? {
        let first = stem(words[0].folded)
        if words.count > 1, let seconds = kindPairs[first], seconds.contains(stem(words[1].folded)) { return 2 }
        return kindWords.contains(first) ? 1 : nil
    }

    private static func stem(_ folded: String) -> String {
        TextAnalyzer().terms(in: folded).first ?? folded
    }

    private static let openingQuotes: Set<Character> = ["«", "“", "\"", "„", "'"]

    /// Legal forms written before a name, folded.
    private static let leadingLegalForms: Set<String> = [
        "пао", "ао", "оао", "зао", "ооо", "нао", "фгуп", "фгбу", "фгау", "гуп", "муп", "ано", "нко", "гк", "ук",
        "pjsc", "jsc", "ojsc", "cjsc", "pao", "oao", "zao", "ooo", "llc", "fsue",
    ]

    /// Legal forms written after a name, folded, in any case.
    private static let trailingLegalForms: Set<String> = [
        "ltd", "llc", "inc", "plc", "gmbh", "pvt", "co", "limited", "incorporated",
        "pjsc", "jsc", "ojsc", "pao", "oao", "fsue", "пао", "ао", "оао", "ооо",
    ]

    /// Legal forms written after a name that are words too ("as", "ag"): only in capitals.
    private static let upperCaseTrailingForms: Set<String> = ["as", "ag", "sa", "nv", "bv", "ab", "oy", "spa", "se"]

    /// Stems of Russian words for a kind of body, dropped before a quoted or Latin name.
    private static let kindWords: Set<String> = Set([
        "компания", "корпорация", "госкорпорация", "холдинг", "агрохолдинг", "концерн", "маркетплейс", "платформа", "фирма",
    ].map(stem))

    /// Two-word kinds of body («группа компаний», «государственная корпорация»): first stem → second stems.
    private static let kindPairs: [String: Set<String>] = [
        stem("группа"): [stem("компаний")],
        stem("государственная"): [stem("корпорация"), stem("компания")],
    ]
}
