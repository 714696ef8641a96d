import Foundation
import RostrumExtraction
import RostrumGenerator
import RostrumText
import Testing

/// `TopicTagger.tags(in:)` for text looks only for lexicon terms (`TextAnalyzer.hits(in:of:)`);
/// it must give exactly what tagging the full token list gives, on real and generated text.
@Suite struct TopicFastPathTests {
    let tagger = TopicTagger()
    let analyzer = TextAnalyzer()

    static let samplesRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples")

    /// Every sample file, whole and line by line.
    static func sampleTexts() throws -> [String] {
        let enumerator = FileManager.default.enumerator(at: samplesRoot, includingPropertiesForKeys: nil)
        var texts: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            guard ["txt", "md", "html"].contains(url.pathExtension) else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            texts.append(text)
            texts.append(contentsOf: text.split(separator: "\n").map(String.init))
        }
        return texts
    }

    /// Compares both paths on `texts`; returns how many topics and countries were found.
    func compare(_ texts: [String]) -> (topics: Int, countries: Int) {
        var topics = 0, countries = 0
        for text in texts {
            let expected = tagger.tags(in: analyzer.tokens(in: text))
            let fast = tagger.tags(in: text)
            #expect(fast == expected, "\(text.prefix(120))")
            #expect(tagger.topics(in: text) == expected.topics)
            #expect(tagger.countries(in: text) == expected.countries)
            topics += expected.topics.count
            countries += expected.countries.count
        }
        return (topics, countries)
    }

    @Test func sampleCorpusTagsMatchTheTokenPath() throws {
        let texts = try Self.sampleTexts()
        #expect(texts.count > 100)
        let found = compare(texts)
        #expect(found.topics > 50)
        #expect(found.countries > 20)
    }

    @Test(arguments: [CorpusLanguage.mixed, .en, .ru])
    func generatedTagsMatchTheTokenPath(_ language: CorpusLanguage) {
        let sessions = CorpusGenerator(seed: 7, language: language).makeSessions(count: 40)
        var texts: [String] = []
        for session in sessions {
            texts.append(session.text)
            texts.append(contentsOf: session.text.split(separator: "\n").map(String.init))
        }
        let found = compare(texts)
        #expect(found.topics > 20)
    }

    @Test func tricksOfCaseStemmingAndScriptsMatchTheTokenPath() {
        let texts = [
            "The US and us; Turkey, turkey and TURKEY; the USA, the U.S. and Latin America, not America.",
            "Dying industries, lying figures and tying contracts: skies, skiing, news, cried, hoping, gently.",
            "Russian Railways carry trade turnover to China — 5G, G20, BRICS' summit, don't, O’Neill's.",
            "Инвестиции в Китай, Индию и Ёлкино; товарооборот с КНР вырос, а нефтегазовая отрасль — нет.",
            "中国和俄罗斯的贸易 2019 年增长 1 000 000,5 % and 1,234.5 tonnes of LNG; Ｆｕｌｌｗｉｄｔｈ ＴＲＡＤＥ.",
            "Économie, ÉNERGIE and ﬁnance; Straße, café, naïve; ΕΛΛΑΔΑ and Ελλάδα; Qazaqstan, Казахстан.",
            "", "   ", "'", "a", "я",
        ]
        _ = compare(texts)
    }
}
