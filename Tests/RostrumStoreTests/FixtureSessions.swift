import Foundation
import RostrumExtraction
import RostrumModel
import RostrumStore

/// Session documents kept as files under `Fixtures/` of this test target, extracted once, and a
/// store holding them: the corpora of the search red-team suites.
enum FixtureSessions {
    /// A document as read from its file and extracted.
    struct Item: Sendable {
        var path: String
        var raw: String
        var document: ExtractedDocument
    }

    /// The documents of `Fixtures/<folder>`, in file-name order.
    static func items(in folder: String) -> [Item] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(folder)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        let pipeline = ExtractionPipeline()
        return names.sorted().compactMap { name in
            let url = root.appendingPathComponent(name)
            guard let raw = try? String(contentsOf: url, encoding: .utf8),
                  let document = try? pipeline.extract(text: raw, options: ExtractionOptions(source: url.path, fileExtension: url.pathExtension))
            else { return nil }
            return Item(path: url.path, raw: raw, document: document)
        }
    }

    /// A fresh SQLite store holding `items`.
    static func store(_ items: [Item]) async throws -> any Store {
        let store = try StoreFactory.sqlite.make()
        for item in items { _ = try await store.ingest(item.document, raw: item.raw, source: item.path) }
        return store
    }
}
