import Foundation
import RostrumExtraction
import RostrumModel
import RostrumStore
import RostrumTestSupport

/// A way to make a fresh, empty store: the conformance suite runs once per factory, so a second
/// implementation (PostgreSQL) only adds itself to `all`.
struct StoreFactory: Sendable, CustomStringConvertible {
    var description: String
    var make: @Sendable () throws -> any Store

    static let sqlite = StoreFactory(description: "SQLite") {
        let dir = try TestScratch.directory("rostrum-store")
        return try SQLiteStore(path: dir.appendingPathComponent("test.sqlite").path)
    }

    static let all: [StoreFactory] = [.sqlite]
}

/// The bundled sample corpus, extracted once.
enum Samples {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples")

    struct Item: Sendable {
        var path: String
        var raw: String
        var document: ExtractedDocument
    }

    static let items: [Item] = {
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        var urls: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if ["txt", "md", "html"].contains(url.pathExtension) { urls.append(url) }
        }
        let pipeline = ExtractionPipeline()
        return urls.sorted { $0.path < $1.path }.compactMap { url in
            guard let raw = try? String(contentsOf: url, encoding: .utf8),
                  let document = try? pipeline.extract(text: raw, options: ExtractionOptions(source: url.path, fileExtension: url.pathExtension))
            else { return nil }
            return Item(path: url.path, raw: raw, document: document)
        }
    }()

    /// A store holding every sample.
    static func store(_ factory: StoreFactory) async throws -> any Store {
        let store = try factory.make()
        for item in items { _ = try await store.ingest(item.document, raw: item.raw, source: item.path) }
        return store
    }
}

/// A small hand-made document: one section, quotes by the given speakers.
func document(title: String, event: String? = "Test Forum 2019", date: String? = "2019-09-05", language: Language = .en,
              quotes: [(String, Speaker?)], topics: [String] = [], countries: [String] = [], figures: [Figure] = []) -> ExtractedDocument {
    ExtractedDocument(
        title: title, language: language, event: event, date: date,
        sections: [Section(heading: "Cooperation", kind: .problem, quotes: quotes.map {
            Quote(text: $0.0, speaker: $0.1, figures: figures, topics: topics, countries: countries)
        })])
}
