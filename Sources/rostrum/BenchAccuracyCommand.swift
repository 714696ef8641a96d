import ArgumentParser
import Foundation
import RostrumExtraction
import RostrumGenerator
import RostrumModel

/// `rostrum bench accuracy`: extraction against the gold annotations of a generated corpus.
struct BenchAccuracy: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accuracy",
        abstract: "Quote, speaker and figure F1 of the pipeline on a generated corpus with gold annotations."
    )

    @Option(help: "Number of generated sessions.")
    var sessions: Int = 500

    @Option(help: "Corpus language: en, ru or mixed.")
    var lang: String = "mixed"

    @Option(help: "Seed of the generated corpus.")
    var seed: UInt64 = 2026

    @Option(help: "Mismatch examples to show.")
    var examples: Int = 8

    func validate() throws {
        if sessions <= 0 { throw ValidationError("--sessions must be positive.") }
        guard CorpusLanguage(rawValue: lang) != nil else { throw ValidationError("--lang must be en, ru or mixed, got '\(lang)'.") }
    }

    func run() throws {
        let generator = CorpusGenerator(seed: seed, language: CorpusLanguage(rawValue: lang) ?? .mixed)
        let pipeline = ExtractionPipeline()
        let total = try AccuracyScorer().score(generator, sessions: sessions) { session in
            try pipeline.extract(text: session.text, options: ExtractionOptions(fileExtension: session.format.fileExtension))
        }
        print(total.summary(maxExamples: examples))
    }
}
