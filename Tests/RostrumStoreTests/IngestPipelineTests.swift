import Foundation
import RostrumModel
import RostrumStore
import Testing

/// `IngestPipeline`: batches are written while the next is prepared, and recorded strictly in
/// order, with each batch's own context (per-file failures) beside the store's outcomes.
@Suite("Ingest pipeline")
struct IngestPipelineTests {
    /// A file of the fake input: its name, and the document when it could be "extracted".
    private struct File: Sendable {
        var name: String
        var document: ExtractedDocument?
    }

    @Test(arguments: StoreFactory.all)
    func batchesAreRecordedInOrderWithFailuresInTheirPlaces(_ factory: StoreFactory) async throws {
        let store = try factory.make()
        let speaker = Speaker(name: "Ivan Petrov", position: "Minister")
        var broken = document(title: "Broken", quotes: [("Rates doubled.", speaker)])
        broken.sections[0].quotes[0].figures = [Figure(surface: "?", value: .nan, unit: nil, kind: .level)]
        // Five batches of four files: every fifth file unreadable, one document the store refuses,
        // and a batch where nothing reaches the store.
        let files: [[File]] = (0..<5).map { batch in
            (0..<4).map { slot in
                let index = batch * 4 + slot
                let name = "file-\(index)"
                if index % 5 == 0 || batch == 3 { return File(name: name, document: nil) }
                if index == 7 { return File(name: name, document: broken) }
                return File(name: name, document: document(title: name, quotes: [("Quote number \(index) about trade.", speaker)]))
            }
        }
        var log: [String] = []
        var prepared: [Int] = []
        try await IngestPipeline.run(batches: files.count, store: store) { index in
            prepared.append(index)
            let batch = files[index]
            let items = batch.compactMap { file in file.document.map { IngestItem(document: $0, raw: file.name, source: file.name) } }
            return (context: batch, items: items)
        } record: { written in
            var outcomes = try written.outcomes.get().makeIterator()
            for file in written.context {
                guard file.document != nil else {
                    log.append("\(file.name): unreadable")
                    continue
                }
                switch outcomes.next() {
                case .success(.inserted): log.append("\(file.name): inserted")
                case .success(let other): log.append("\(file.name): \(other)")
                case .failure: log.append("\(file.name): failed")
                case nil: log.append("\(file.name): missing")
                }
            }
            #expect(outcomes.next() == nil, "one outcome per item")
        }
        #expect(prepared == [0, 1, 2, 3, 4])
        let expected = (0..<20).map { index in
            "file-\(index): " + (index % 5 == 0 || (12..<16).contains(index) ? "unreadable" : index == 7 ? "failed" : "inserted")
        }
        #expect(log == expected)
        #expect(try await store.stats().sessions == 12)
    }

    @Test(arguments: StoreFactory.all)
    func anErrorWhileRecordingStopsThePipeline(_ factory: StoreFactory) async throws {
        let store = try factory.make()
        let speaker = Speaker(name: "Ivan Petrov")
        var recorded = 0
        await #expect(throws: StoreError.self) {
            try await IngestPipeline.run(batches: 4, store: store) { index in
                (context: index, items: [IngestItem(document: document(title: "B\(index)", quotes: [("Batch \(index).", speaker)]), raw: "b\(index)", source: nil)])
            } record: { written in
                recorded += 1
                if written.context == 1 { throw StoreError.database("stop") }
            }
        }
        #expect(recorded == 2)
    }
}
