import ArgumentParser
import Foundation
import RostrumExtraction
import RostrumGenerator
import RostrumModel
import RostrumText

/// `rostrum bench`: throughput measurements, meant for a release build.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure Rostrum's speed (build with -c release).",
        subcommands: [BenchExtract.self, BenchAccuracy.self, BenchIngest.self, BenchSearch.self, BenchDigest.self, BenchAnalytics.self]
    )
}

/// `rostrum bench extract`: the extraction pipeline on one core, over a generated corpus.
struct BenchExtract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extraction throughput (MB/s, documents/s) on one core, with a per-stage breakdown."
    )

    @Option(help: "Megabytes of generated text to extract.")
    var mb: Int = 20

    @Option(help: "Corpus language: en, ru or mixed.")
    var lang: String = "mixed"

    @Option(help: "Seed of the generated corpus.")
    var seed: UInt64 = 42

    @Option(help: "Extract the files of this folder instead of a generated corpus.")
    var corpus: String?

    @Option(help: "Timed passes; the best is reported.")
    var passes: Int = 3

    func validate() throws {
        if mb <= 0 { throw ValidationError("--mb must be positive.") }
        if passes <= 0 { throw ValidationError("--passes must be positive.") }
        guard CorpusLanguage(rawValue: lang) != nil else { throw ValidationError("--lang must be en, ru or mixed, got '\(lang)'.") }
    }

    func run() throws {
        #if DEBUG
            Terminal.note("warning: this is a debug build; run `swift run -c release rostrum bench extract` for real figures.")
        #endif
        let documents = try loadDocuments()
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        Terminal.note("corpus: \(documents.count) documents, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MB")

        let pipeline = ExtractionPipeline()
        // Warm-up: lexicons are built and caches filled outside the timed passes.
        for document in documents.prefix(50) { _ = try? pipeline.extract(text: document.text, options: document.options) }

        var best = Duration.seconds(1_000_000)
        var quotes = 0
        var figures = 0
        let clock = ContinuousClock()
        for _ in 0..<passes {
            quotes = 0
            figures = 0
            let elapsed = try clock.measure {
                for document in documents {
                    let extracted = try pipeline.extract(text: document.text, options: document.options)
                    quotes += extracted.allQuotes.count
                    figures += extracted.allQuotes.reduce(0) { $0 + $1.figures.count }
                }
            }
            best = min(best, elapsed)
        }
        let seconds = best.seconds
        let megabytes = Double(bytes) / 1_048_576
        print("extract: \(format(megabytes / seconds)) MB/s, \(format(Double(documents.count) / seconds)) documents/s, "
            + "\(format(Double(quotes) / seconds)) quotes/s (\(quotes) quotes, \(figures) figures, best of \(passes), one core)")
        try stageBreakdown(documents, bytes: bytes)
    }

    /// Times each stage separately over the corpus, so a slow stage shows itself.
    private func stageBreakdown(_ documents: [BenchDocument], bytes: Int) throws {
        let clock = ContinuousClock()
        var read = Duration.zero, segment = Duration.zero, attribute = Duration.zero, speakers = Duration.zero
        var figureTime = Duration.zero, topicTime = Duration.zero
        let segmenter = Segmenter(), attributor = Attributor(), resolver = SpeakerResolver(cache: RoleCache())
        let figureExtractor = FigureExtractor(), tagger = TopicTagger()
        // The word memo lives across documents, as in the pipeline.
        var memo = TermMemo()
        for document in documents {
            var outcome: ReadOutcome?
            read += try clock.measure { outcome = try DocumentReading.read(document.text, format: nil, fileExtension: document.options.fileExtension) }
            guard case .source(let source) = outcome else { continue }
            var segmented: SegmentedDocument?
            segment += clock.measure { segmented = segmenter.segment(source) }
            guard let segmented else { continue }
            var attributed: AttributedDocument?
            attribute += clock.measure { attributed = attributor.attribute(segmented) }
            guard let attributed else { continue }
            speakers += clock.measure { _ = resolver.resolve(attributed) }
            let texts = attributed.sections.flatMap { $0.items.compactMap { if case .quote(let q) = $0 { q.text } else { nil } } }
            figureTime += clock.measure { for t in texts { _ = figureExtractor.figures(in: t, language: .unknown, sessionYear: 2019) } }
            topicTime += clock.measure { for t in texts { _ = tagger.tags(in: t, memo: &memo) } }
        }
        let megabytes = Double(bytes) / 1_048_576
        for (name, time) in [("read", read), ("segment", segment), ("attribute", attribute), ("speakers", speakers), ("figures", figureTime), ("topics", topicTime)] {
            print("  \(name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(format(time.seconds * 1000)) ms  (\(format(megabytes / max(time.seconds, 1e-9))) MB/s of input)")
        }
    }

    private func loadDocuments() throws -> [BenchDocument] {
        if let corpus {
            let root = URL(fileURLWithPath: corpus)
            guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
                throw CLIError.file(corpus, "is not a readable folder")
            }
            var result: [BenchDocument] = []
            for case let url as URL in enumerator where ["txt", "md", "html", "htm"].contains(url.pathExtension) {
                let text = try String(contentsOf: url, encoding: .utf8)
                result.append(BenchDocument(text: text, options: ExtractionOptions(fileExtension: url.pathExtension)))
            }
            guard !result.isEmpty else { throw CLIError.file(corpus, "holds no .txt, .md or .html documents") }
            // Repeat the folder's documents until the requested size is reached.
            var repeated: [BenchDocument] = []
            var size = 0
            while size < mb * 1_048_576 {
                for d in result {
                    repeated.append(d)
                    size += d.text.utf8.count
                }
            }
            return repeated
        }
        let generator = CorpusGenerator(seed: seed, language: CorpusLanguage(rawValue: lang) ?? .mixed)
        var result: [BenchDocument] = []
        var size = 0
        var index = 0
        while size < mb * 1_048_576 {
            let session = generator.makeSession(index: index)
            result.append(BenchDocument(text: session.text, options: ExtractionOptions(fileExtension: session.format.fileExtension)))
            size += session.text.utf8.count
            index += 1
        }
        return result
    }

    private func format(_ value: Double) -> String {
        value >= 100 ? String(format: "%.0f", value) : String(format: "%.1f", value)
    }
}

/// A document of the benchmark corpus with the options it is extracted with.
struct BenchDocument {
    var text: String
    var options: ExtractionOptions
}

extension Duration {
    /// The duration in seconds, as a floating-point number.
    var seconds: Double {
        let (s, atto) = components
        return Double(s) + Double(atto) / 1e18
    }
}

