import Foundation
import RostrumExtraction
import RostrumModel
import Testing

/// The bundled sample corpus (`samples/`): realistic sessions in every format and style, read
/// end to end as a new user's first run reads them.
@Suite struct SampleCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples")

    static let files: [URL] = {
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        var result: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if ["txt", "md", "html"].contains(url.pathExtension), url.lastPathComponent != "README.md" { result.append(url) }
        }
        return result.sorted { $0.path < $1.path }
    }()

    @Test func theCorpusHasEveryFormatAndBothLanguages() throws {
        #expect(Self.files.count >= 18)
        var formats = Set<String>()
        var languages: [Language: Int] = [:]
        for url in Self.files {
            let doc = try extract(try String(contentsOf: url, encoding: .utf8), options: ExtractionOptions(fileExtension: url.pathExtension))
            languages[doc.language, default: 0] += 1
            formats.insert(url.pathExtension)
        }
        #expect(formats == ["txt", "md", "html"])
        #expect(languages[.en, default: 0] >= 12)
        #expect(languages[.ru, default: 0] >= 6)
    }

    @Test(arguments: files)
    func everySampleIsFullyAttributed(_ url: URL) throws {
        let doc = try extract(try String(contentsOf: url, encoding: .utf8), options: ExtractionOptions(fileExtension: url.pathExtension))
        #expect(doc.title != nil)
        #expect(doc.event != nil)
        #expect(doc.date != nil)
        #expect(doc.allQuotes.count >= 8, "\(url.lastPathComponent): \(doc.allQuotes.count) quotes")
        #expect(doc.warnings.isEmpty, "\(url.lastPathComponent): \(doc.warnings.map(\.message))")
        for quote in doc.allQuotes {
            let speaker = try #require(quote.speaker, "\(url.lastPathComponent): \(quote.text.prefix(40))")
            #expect(speaker.position != nil || speaker.organization != nil, "\(url.lastPathComponent): \(speaker.name) has no role")
            #expect(!quote.text.isEmpty)
        }
        #expect(doc.allQuotes.contains { !$0.figures.isEmpty })
        #expect(doc.speakers.allSatisfy { $0.quotes > 0 })
    }
}
