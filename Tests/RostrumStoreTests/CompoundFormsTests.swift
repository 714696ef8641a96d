import Testing
@testable import RostrumStore

/// The query-side spellings of compounds, a forum's names joined into one key, and prefixes that
/// keep the typed letters when the stem is not simply shorter (the pieces behind round 2's fixes).
@Suite("Compounds, forum keys and prefixes")
struct CompoundFormsTests {
    @Test func hyphenatedWordAlsoJoined() {
        #expect(CompoundForms.variants(of: "e-commerce") == ["ecommerce"])
        #expect(CompoundForms.variants(of: "онлайн-торговля") == ["онлайнторговля"])
        #expect(CompoundForms.variants(of: "co-production deals") == ["coproduction deals"])
    }

    @Test func knownPrefixSplitOff() {
        #expect(CompoundForms.variants(of: "ecommerce") == ["e commerce", "eco mmerce"])
        #expect(CompoundForms.variants(of: "Coproduction") == ["Co production"])
        #expect(CompoundForms.variants(of: "email") == ["e mail"])
        #expect(CompoundForms.variants(of: "онлайнторговля") == ["онлайн торговля"])
        #expect(CompoundForms.variants(of: "ecomm*") == ["e comm*"])
    }

    @Test func spacedPrefixJoined() {
        #expect(CompoundForms.variants(of: "e commerce").contains("ecommerce"))
        #expect(CompoundForms.variants(of: "онлайн торговля").contains("онлайнторговля"))
    }

    /// Ordinary words are left alone: no prefix, or too little left after it.
    @Test func ordinaryWordsUnchanged() {
        for word in ["notable", "coal", "code", "trade", "торговля", "2030", "5%", "investment"] {
            #expect(CompoundForms.variants(of: word).isEmpty, "\(word)")
        }
    }

    /// The MATCH text and phrases carry every spelling as an alternative of one group.
    @Test func matchExpressionHasEverySpelling() throws {
        let match = MatchExpression(try SearchQuery(parsing: "ecommerce"))
        #expect(match.required.count == 1)
        #expect(match.required[0].map(\.terms).prefix(2) == [["ecommerc"], ["e", "commerc"]])
        let hyphen = MatchExpression(try SearchQuery(parsing: "e-mail"))
        #expect(hyphen.required[0].map(\.terms) == [["e", "mail"], ["email"]])
    }

    /// Exclusions look at the quote's text and speaker, not its heading or title.
    @Test func exclusionsAreOwnFieldsOnly() throws {
        let match = MatchExpression(try SearchQuery(parsing: "trade -tourism"))
        #expect(match.excluded.count == 1)
        #expect(match.excluded[0].columns == MatchExpression.Phrase.ownColumns)
        #expect(match.required[0][0].columns == MatchExpression.Phrase.allColumns)
    }

    /// A prefix whose stem drops a fleeting vowel also asks for the letters as typed.
    @Test func prefixKeepsTypedLetters() throws {
        let smith = MatchExpression(try SearchQuery(parsing: "кузнец*"))
        #expect(smith.required[0].contains { $0.terms == ["кузнец"] && $0.prefix })
        let invest = MatchExpression(try SearchQuery(parsing: "investing*"))
        #expect(invest.required[0].count == 1)
        #expect(invest.required[0][0].terms == ["invest"])
    }

    @Test func forumEditionsShareAKey() {
        let english = ForumNames.canonicalKey(DocumentWriter.key("Eastern Economic Forum 2024"))
        let russian = ForumNames.canonicalKey(DocumentWriter.key("Восточный экономический форум 2024"))
        let short = ForumNames.canonicalKey(DocumentWriter.key("EEF 2024"))
        #expect(english == russian && russian == short)
        let spief = ForumNames.canonicalKey(DocumentWriter.key("St. Petersburg International Economic Forum 2023"))
        let pmef = ForumNames.canonicalKey(DocumentWriter.key("Петербургский международный экономический форум 2023"))
        #expect(spief == pmef)
        #expect(spief != ForumNames.canonicalKey(DocumentWriter.key("Петербургский международный экономический форум 2021")))
        #expect(ForumNames.canonicalKey("tech summit 2024") == "tech summit 2024")
        // The English name with "St." also finds the Russian one through the event: filter.
        let equivalents = ForumNames.equivalents(of: DocumentWriter.key("St. Petersburg International Economic Forum 2023"))
        #expect(equivalents.contains(DocumentWriter.key("Петербургский международный экономический форум 2023")))
    }

    @Test func kindWords() {
        #expect(QueryParser.kind("Проблемы") == .problem)
        #expect(QueryParser.kind("решение") == .solution)
        #expect(QueryParser.kind("выводы") == .conclusion)
        #expect(QueryParser.kind("solutions") == .solution)
        #expect(QueryParser.kind("money") == nil)
    }
}
