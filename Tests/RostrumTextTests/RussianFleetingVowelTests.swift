import RostrumText
import Testing

/// The Russian stemmer's step beyond Snowball: the fleeting vowel of the last syllable goes, so a
/// noun's genitive plural (or nominative) meets its other forms — a search for «грузоперевозки»
/// must find «грузоперевозок», «рынок» must find «рынка».
@Suite struct RussianFleetingVowelTests {
    let analyzer = TextAnalyzer()

    func stems(_ words: [String]) -> Set<String> {
        Set(words.map { RussianStemmer.stem($0) })
    }

    @Test(arguments: [
        ["грузоперевозки", "грузоперевозок", "грузоперевозками", "грузоперевозка"],
        ["рынок", "рынка", "рынке", "рынков", "рынки"],
        ["продавец", "продавца", "продавцы", "продавцов"],
        ["уровень", "уровня", "уровне", "уровнем"],
        ["поставок", "поставки", "поставками"],
        ["сделок", "сделка", "сделки"],
        ["копеек", "копейки", "копейка"],
        ["китаец", "китайцы", "китайцев"],
        ["образец", "образцы", "образцов"],
        ["восток", "востока", "востоке"],
        ["срок", "сроки", "сроков"],
        ["инвестиции", "инвестиций", "инвестициями"],
    ])
    func formsShareOneStem(_ forms: [String]) {
        #expect(stems(forms).count == 1, "\(forms.map { "\($0) → \(RussianStemmer.stem($0))" })")
    }

    @Test(arguments: [("рынок", "рынк"), ("грузоперевозок", "грузоперевозк"), ("продавец", "продавц"), ("копеек", "копейк"),
                      ("уровень", "уровн"), ("китаец", "китайц"), ("сок", "сок"), ("товарооборот", "товарооборот")])
    func stem(_ word: String, _ expected: String) {
        #expect(RussianStemmer.stem(word) == expected)
    }

    /// Stems an earlier (plain Snowball) index holds are brought to the current form term by term.
    @Test func earlierStemsAreUpdated() {
        #expect(RussianStemmer.fleetingVowelStem("грузоперевозок") == "грузоперевозк")
        #expect(RussianStemmer.fleetingVowelStem("рынок") == "рынк")
        #expect(RussianStemmer.fleetingVowelStem("рынк") == "рынк")
        #expect(RussianStemmer.fleetingVowelStem("trade") == "trade")
        #expect(RussianStemmer.fleetingVowelStem("2030") == "2030")
        for word in ["рынок", "продавец", "копеек", "уровень", "грузоперевозок", "инвестиций"] {
            // Applying the update to what Snowball alone gave equals the current stem.
            #expect(RussianStemmer.fleetingVowelStem(RussianStemmer.stem(word)) == RussianStemmer.stem(word))
        }
    }

    /// A lexicon of short stems made by a dropped vowel («рынк», «срк») still finds the words whose
    /// prefix holds the vowel: the set's prefix filter must not skip them.
    @Test func termSetFindsWordsWithAFleetingVowel() {
        let text = "Китайский рынок огромен, сроки поставок сокращаются, а каждый продавец и китаец это знает; копеек не жалеем."
        let set = TermSet(["рынок", "срок", "поставка", "продавцы", "китайцы", "копейка"].flatMap { analyzer.terms(in: $0) })
        let found = analyzer.hits(in: text, of: set).map { set.terms[$0.term] }
        #expect(Set(found) == Set(set.terms), "found \(found) of \(set.terms)")
        let tokenPath = analyzer.tokens(in: text).filter { set.index(of: $0.term) != nil }.count
        #expect(found.count == tokenPath)
    }
}
