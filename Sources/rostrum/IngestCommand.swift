import ArgumentParser
import Foundation
import RostrumExtraction
import RostrumModel
import RostrumStore

/// `rostrum ingest`: extract documents in parallel and store them in batches, each document all-or-nothing.
struct Ingest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract session documents and store them in the knowledge base.",
        discussion: """
            Reads files, folders (recursively) or '-' for standard input. The same content twice is \
            stored once; a changed document from the same source replaces its old version. A file \
            that fails is reported with its reason and the others go on; the exit status is non-zero \
            when any file failed.
            """
    )

    @Argument(help: "Files or folders to ingest ('-' for standard input).")
    var paths: [String]

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Event name, overriding the documents' own.")
    var event: String?

    @Option(help: "Session date (YYYY-MM-DD), overriding the documents' own.")
    var date: String?

    @Option(help: "Only files in folders matching this glob (repeatable), e.g. '*.md'.")
    var include: [String] = []

    @Option(help: "Skip files in folders matching this glob (repeatable).")
    var exclude: [String] = []

    @Option(name: .customLong("max-size"), help: "Largest accepted file, in MB.")
    var maxSizeMB = 64

    func validate() throws {
        if let date, !DateValidation.isISODate(date) { throw ValidationError("--date must be YYYY-MM-DD, got '\(date)'.") }
        if maxSizeMB <= 0 { throw ValidationError("--max-size must be a positive number of megabytes.") }
    }

    func run() async throws {
        let store = try database.open()
        let files = FileCollector(include: include, exclude: exclude).collect(paths)
        if files.isEmpty { throw CLIError.message("no documents found in \(paths.joined(separator: ", "))") }
        var report = Report(progress: IngestProgress(total: files.count))
        let reader = IngestFileReader(event: event, date: date, maximumBytes: maxSizeMB * 1_048_576)
        // Extraction runs in parallel on all cores a batch at a time while the store writes the
        // batch before, many documents per transaction (each still all-or-nothing); files are
        // reported in their order, failures to read or extract included (`IngestPipeline`).
        let batchSize = IngestPipeline.batchSize
        let batches = (files.count + batchSize - 1) / batchSize
        try await IngestPipeline.run(batches: batches, store: store) { index in
            let batch = Array(files[(index * batchSize)..<min((index + 1) * batchSize, files.count)])
            let extracted = await reader.extract(batch)
            let items = extracted.compactMap { outcome -> IngestItem? in
                guard case .success(let document) = outcome else { return nil }
                return IngestItem(document: document.document, raw: document.raw, source: document.source, preparation: document.preparation)
            }
            return (context: extracted, items: items)
        } record: { written in
            report.record(written)
        }
        report.progress.finish()
        let seconds = report.progress.elapsed
        try await IndexProgress.run(store)
        // After a large ingest, the search columns are brought up to date and saved now, so that
        // the next search does not wait for them (`SearchColumnsFile`).
        if case .kept(let threshold) = SearchColumnsFile.standard, report.quotes >= threshold { try await store.prepareSearch() }
        let counts = report.counts
        Terminal.note("ingested \(counts.inserted), unchanged \(counts.unchanged), replaced \(counts.replaced), failed \(counts.failed)"
            + String(format: " — %d quotes in %.1f s (%.0f files/s) into %@", report.quotes, seconds, Double(files.count) / max(seconds, 1e-6), database.resolvedPath))
        if counts.failed > 0 { throw ExitCode(1) }
    }

    /// Counts, failures and the progress line of one ingest run.
    private struct Report {
        var progress: IngestProgress
        var counts = (inserted: 0, unchanged: 0, replaced: 0, failed: 0)
        var quotes = 0
        var done = 0

        /// A file that could not be read or extracted.
        mutating func fail(_ message: String) {
            counts.failed += 1
            done += 1
            if progress.enabled { progress.finish() }
            Terminal.error(message)
        }

        /// A written batch, file by file in input order: the files that failed to be read or
        /// extracted in their places among the store's outcomes; a batch the database refused as a
        /// whole counts every document of it as failed.
        mutating func record(_ written: WrittenBatch<[IngestFileReader.Outcome]>) {
            let results: [Result<IngestOutcome, StoreError>]
            switch written.outcomes {
            case .success(let outcomes):
                results = outcomes
            case .failure(let error):
                let stored = written.context.filter { if case .success = $0 { true } else { false } }.count
                results = Array(repeating: .failure((error as? StoreError) ?? .database("\(error)")), count: stored)
            }
            var next = results.makeIterator()
            for outcome in written.context {
                switch outcome {
                case .failure(let message):
                    fail(message)
                case .success(let document):
                    done += 1
                    switch next.next() ?? .failure(.database("the document was not written")) {
                    case .success(let outcome):
                        switch outcome {
                        case .inserted: counts.inserted += 1
                        case .unchanged: counts.unchanged += 1
                        case .replaced: counts.replaced += 1
                        }
                        quotes += document.document.allQuotes.count
                    case .failure(let error):
                        counts.failed += 1
                        if progress.enabled { progress.finish() }
                        Terminal.error("\(document.file): not stored: \(error)")
                    }
                }
            }
            progress.update(files: done, quotes: quotes)
        }
    }
}
