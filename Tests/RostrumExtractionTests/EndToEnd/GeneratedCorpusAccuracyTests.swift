import RostrumExtraction
import RostrumGenerator
import RostrumModel
import Testing

/// Accuracy of the whole pipeline against the gold annotations of a generated corpus, in every
/// attribution style and figure form, English and Russian. Thresholds from the issue:
/// quote and speaker F1 ≥ 0.98, figure value F1 ≥ 0.97.
@Suite struct GeneratedCorpusAccuracyTests {
    static func score(_ language: CorpusLanguage, seed: UInt64, sessions: Int) throws -> Score {
        let generator = CorpusGenerator(seed: seed, language: language)
        let pipeline = ExtractionPipeline()
        return try AccuracyScorer().score(generator, sessions: sessions) { session in
            try pipeline.extract(text: session.text, options: ExtractionOptions(fileExtension: session.format.fileExtension))
        }
    }

    @Test(arguments: [CorpusLanguage.en, .ru])
    func accuracyMeetsTheThresholds(_ language: CorpusLanguage) throws {
        let score = try Self.score(language, seed: 9_173, sessions: 150)
        #expect(score.goldQuotes > 1000)
        #expect(score.quoteF1 >= 0.98, "\(score.summary(maxExamples: 5))")
        #expect(score.speakerF1 >= 0.98, "\(score.summary(maxExamples: 5))")
        #expect(score.figureF1 >= 0.97, "\(score.summary(maxExamples: 5))")
        #expect(score.figureKindAccuracy >= 0.95, "\(score.summary(maxExamples: 5))")
    }
}
