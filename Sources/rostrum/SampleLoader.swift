import Foundation
import RostrumExtraction
import RostrumModel
import RostrumStore

/// Loads a folder of documents into a store for `serve --demo`: extraction in parallel, one
/// transaction per document, failures counted and reported.
struct SampleLoader {
    struct Report {
        var stored = 0
        var failed = 0
    }

    func load(_ folder: String, into store: some Store) async throws -> Report {
        let files = FileCollector(include: [], exclude: []).collect([folder]).filter { !$0.hasSuffix("README.md") }
        let pipeline = ExtractionPipeline()
        let extracted = await withTaskGroup(of: (String, Result<(String, ExtractedDocument), any Error>).self) { group in
            for file in files {
                group.addTask {
                    do {
                        let raw = try SourceDecoder(maximumBytes: 64 * 1_048_576).decode(try InputFiles.readBytes(file))
                        let options = ExtractionOptions(fileExtension: URL(fileURLWithPath: file).pathExtension)
                        return (file, .success((raw, try pipeline.extract(text: raw, options: options))))
                    } catch {
                        return (file, .failure(error))
                    }
                }
            }
            var out: [(String, Result<(String, ExtractedDocument), any Error>)] = []
            for await item in group { out.append(item) }
            return out.sorted { $0.0 < $1.0 }
        }
        var report = Report()
        for (file, result) in extracted {
            switch result {
            case .success(let (raw, document)):
                let source = document.source ?? URL(fileURLWithPath: file).standardizedFileURL.path
                _ = try await store.ingest(document, raw: raw, source: source)
                report.stored += 1
            case .failure(let error):
                report.failed += 1
                Terminal.error("\(file): \(error)")
            }
        }
        try await IndexProgress.run(store)
        return report
    }
}
