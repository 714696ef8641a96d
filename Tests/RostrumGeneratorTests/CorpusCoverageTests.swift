import RostrumModel
import Testing

@testable import RostrumGenerator

@Suite("Corpus coverage")
struct CorpusCoverageTests {
    static let corpus = CorpusGenerator(seed: 2024, language: .mixed).makeSessions(count: 200)

    @Test("every attribution style appears in a 200-session corpus, in both languages")
    func stylesAppear() {
        let styles: [GenerationFeature] = [.quoteNameRole, .repeatByName, .dashWithMarks, .dashWithoutMarks,
                                           .saidVerb, .indirect, .multiParagraph]
        let en = Self.corpus.filter { $0.gold.language == .en }.reduce(into: Set<GenerationFeature>()) { $0.formUnion($1.features) }
        let ru = Self.corpus.filter { $0.gold.language == .ru }.reduce(into: Set<GenerationFeature>()) { $0.formUnion($1.features) }
        for s in styles {
            #expect(en.contains(s), "English corpus lacks \(s)")
        }
        for s in styles + [.russianDash] where s != .quoteNameRole {
            #expect(ru.contains(s), "Russian corpus lacks \(s)")
        }
    }

    @Test("every structure and figure form of the spec appears")
    func allFeaturesAppear() {
        let all = Self.corpus.reduce(into: Set<GenerationFeature>()) { $0.formUnion($1.features) }
        for f in GenerationFeature.allCases {
            #expect(all.contains(f), "corpus lacks \(f)")
        }
    }

    @Test("formats are mostly plain text, with some Markdown and HTML")
    func formatMix() {
        var counts: [DocumentFormat: Int] = [:]
        for s in Self.corpus { counts[s.format, default: 0] += 1 }
        #expect((120...165).contains(counts[.text] ?? 0))
        #expect((12...50).contains(counts[.markdown] ?? 0))
        #expect((12...50).contains(counts[.html] ?? 0))
        for s in Self.corpus where s.format == .html { #expect(s.text.hasPrefix("<!doctype html>")) }
        for s in Self.corpus where s.format == .markdown { #expect(s.text.contains("\n## ")) }
    }

    @Test("file names are <id>.<ext> and unique")
    func fileNames() {
        let names = Self.corpus.map(\.fileName)
        #expect(Set(names).count == names.count)
        for s in Self.corpus {
            #expect(s.fileName == s.id + "." + s.format.fileExtension)
            #expect(s.goldFileName == s.id + ".gold.json")
        }
    }

    @Test("every session has quotes and realistic size")
    func sizes() {
        for s in Self.corpus {
            #expect(!s.gold.allQuotes.isEmpty)
            #expect(s.text.utf8.count > 800)
        }
        let quotes = Self.corpus.flatMap(\.gold.allQuotes)
        let withFigures = quotes.filter { !$0.figures.isEmpty }.count
        #expect(withFigures * 3 > quotes.count)
        #expect(quotes.allSatisfy { $0.figures.count <= 3 })
    }
}
