import Testing
@testable import RostrumExtraction
import RostrumModel

/// The byte-level keys and comparisons of the speaker stage must give the String answers they
/// stand for, on realistic names and roles, with and without ё, capitals and combining marks.
struct SpeakerKeyBytesTests {
    static let names = [
        "He Zhenwei", "Oleg Ivanov", "OLEG IVANOV", "Пётр Королёв", "ПЁТР КОРОЛЁВ", "Алёна Ёлкина", "Татьяна Лебедева",
        "Ван Пин", "Jean-Pierre Dubois", "José María Aznar", "Łukasz Nowak", "пётр\u{0301} ёж", "е\u{0308}лкин Ё",
        "Ѐрмак Ѝванов", "Mr. Ruksha", "г-н Рукша", "Sergei  Ivanov", "",
    ]

    @Test func keyBytesAreTheKeysBytes() {
        for name in Self.names {
            #expect(SpeakerResolver.keyBytes(name) == Array(SpeakerResolver.key(name).utf8), "\(name)")
        }
    }

    @Test func sameTextIsStringEquality() {
        let pairs: [(String, String)] = [
            ("Пётр Королёв", "Пётр Королёв"), ("Пётр Королёв", "Петр Королев"), ("Иван", "Ивана"),
            ("Пётр", "Пе\u{0308}тр"), ("José", "Jose\u{0301}"), ("Oleg Ivanov", "Oleg Ivanov"), ("Oleg", "oleg"),
            ("Й", "И\u{0306}"), ("", ""), ("Ван Пин", "Ван  Пин"),
        ]
        for (a, b) in pairs {
            #expect(UTF8Bytes.sameText(a, b) == (a == b), "\(a) / \(b)")
            #expect(UTF8Bytes.equal(a, b) == a.utf8.elementsEqual(b.utf8), "\(a) / \(b)")
            if a.utf8.elementsEqual(b.utf8) { #expect(UTF8Bytes.hash(a) == UTF8Bytes.hash(b)) }
        }
        #expect(UTF8Bytes.isPlain("Пётр Королёв, Oleg"))
        #expect(!UTF8Bytes.isPlain("Jose\u{0301}"))
        #expect(!UTF8Bytes.isPlain("«Газпром»"))
    }

    /// `mayMatch` may only rule out pairs whose words differ in number or in first letters, as
    /// Characters compared after lower-casing.
    @Test func genitivePrefilterKeepsEveryPossibleMatch() {
        let genitives = ["Ван Пина", "Татьяны Лебедевой", "Трутнева", "Алексея Чекункова", "Павла Ивлева", "ЛЬВА ТОЛСТОГО",
                         "Ирины Ольховской", "Hiroshi Ito", "Ѡлега", "И\u{0306}ошкина", "Йошкина"]
        let nominatives = ["Ван Пин", "Татьяна Лебедева", "Юрий Трутнев", "Трутнев", "Алексей Чекунков", "Павел Ивлев",
                           "Лев Толстой", "Ирина Ольховская", "Hiroshi Ito", "ѡлег", "Йошкин", "И\u{0306}ошкин", "Oleg Ivanov"]
        for g in genitives {
            for n in nominatives {
                let gw = g.lowercased().split(separator: " ")
                let nw = n.lowercased().split(separator: " ")
                let possible = gw.count == nw.count && zip(gw, nw).allSatisfy { $0.first == $1.first }
                if possible { #expect(RussianNameCase.mayMatch(g, n), "\(g) / \(n)") }
                if RussianNameCase.matches(genitive: g, nominative: n) { #expect(possible, "\(g) / \(n)") }
            }
        }
        #expect(RussianNameCase.matches(genitive: "Татьяны Лебедевой", nominative: "Татьяна Лебедева"))
        #expect(!RussianNameCase.mayMatch("Татьяны Лебедевой", "Ирина Ольховская"))
        #expect(!RussianNameCase.mayMatch("Трутнева", "Юрий Трутнев"))
        #expect(RussianNameCase.mayMatch("Ѡлега", "ѡлег"))
    }

    /// The cache gives the splitter's answers, for repeated texts and after it starts over.
    @Test func roleCacheAnswersAsTheSplitter() {
        let splitter = RoleSplitter()
        let cache = RoleCache(capacity: 5)
        let roles = [
            "Chairman of the Federation Council Committee on Economic Policy", "Deputy Minister of Energy of the Russian Federation",
            "генеральный директор ПАО „Газпром“", "Executive Vice President, Board of Directors, Silk Road Planning Research Centre",
            "президент, корпорация „Дальневосточные инвестиции“", "Managing Director, Corporate Banking, Gazprombank",
            "председатель правления; член совета директоров, ОАО „РЖД“", "Chief Analyst at Sovcomflot",
        ]
        for round in 0..<3 {
            for role in roles + roles.reversed() {
                #expect(cache.roles(of: role, splitter: splitter) == splitter.roles(from: role), "\(round): \(role)")
            }
        }
    }
}

/// The byte-folded word sets of the role splitter answer as the String sets do.
@Test func foldedWordSetsAnswerAsStringSets() {
    let words = ["Chairman", "CHAIRMAN", "chairman", "Vice-President", "attaché", "ATTACHÉ", "Attache\u{0301}", "of", "Of",
                 "the", "Board", "Председателя", "ПРЕДСЕДАТЕЛЯ", "директора", "Министра", "компании", "КОМПАНИИ",
                 "Ёлки", "Sberbank", "Газпром", "", "İstanbul", "straße", "STRASSE", "Ѡ", "ceo", "CEO", "trustees"]
    let sets: [(Set<String>, FoldedWordSet)] = [
        (RoleSplitter.positionHeads, RoleSplitter.positionHeadSet), (RoleSplitter.positionWords, RoleSplitter.positionWordSet),
        (RoleSplitter.russianOrgNouns, RoleSplitter.russianOrgNounSet),
        (RoleSplitter.russianPositionWords, RoleSplitter.russianPositionWordSet),
    ]
    for (strings, folded) in sets {
        for word in words + Array(strings) + strings.map({ $0.uppercased() }) {
            #expect(folded.contains(lowercasing: Substring(word)) == strings.contains(word.lowercased()), "\(word)")
        }
    }
}
