import ArgumentParser
import Foundation
import RostrumDigest
import RostrumExtraction
import RostrumGenerator
import RostrumModel

/// `rostrum bench digest`: how many known key passages the transcript digest recovers, and at
/// what length, over generated English and Russian transcripts.
struct BenchDigest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Digest recall of gold key passages and digest/transcript length, EN and RU separately.",
        discussion: """
            A key passage is recovered when a digest quote contains it verbatim or holds at least 90% \
            of its analyzer terms.
            """
    )

    @Option(help: "Transcripts per language.")
    var sessions: Int = 200

    @Option(help: "Seed of the generated transcripts.")
    var seed: UInt64 = 42

    @Option(help: "The digest's length as a share of the transcript's.")
    var budget: Double = 0.1

    @Option(help: "Print up to this many missed key passages per language (to see what the digest leaves out).")
    var showMissed: Int = 0

    func validate() throws {
        guard sessions > 0 else { throw ValidationError("--sessions must be positive.") }
        guard budget > 0, budget <= 1 else { throw ValidationError("--budget must be above 0 and at most 1, got \(budget).") }
    }

    func run() throws {
        let pipeline = ExtractionPipeline()
        let digester = TranscriptDigester(budget: budget)
        let recall = DigestRecall()
        for language in [CorpusLanguage.en, .ru] {
            let generator = TranscriptGenerator(seed: seed, language: language)
            var found = 0, total = 0, digestLength = 0, transcriptLength = 0, passages = 0, verbatim = 0, goldLength = 0
            var worst = 1.0
            var missed: [String] = []
            let clock = ContinuousClock()
            let elapsed = try clock.measure {
                for i in 0..<sessions {
                    let t = generator.makeTranscript(index: i)
                    let extracted = try pipeline.extract(text: t.text, options: ExtractionOptions(format: .transcript))
                    let d = digester.digest(extracted, transcriptLength: t.text.unicodeScalars.count)
                    let hits = t.keyPassages.filter { recall.recovers($0.text, in: d.document) }.count
                    if missed.count < showMissed {
                        missed += t.keyPassages.filter { !recall.recovers($0.text, in: d.document) }.map { "  \(t.id) \($0.speaker.name): \($0.text)" }
                    }
                    found += hits
                    total += t.keyPassages.count
                    if !t.keyPassages.isEmpty { worst = min(worst, Double(hits) / Double(t.keyPassages.count)) }
                    digestLength += d.length
                    goldLength += MarkdownDigest().render(t.gold).unicodeScalars.count
                    transcriptLength += d.transcriptLength
                    let quotes = d.document.allQuotes
                    passages += quotes.count
                    verbatim += quotes.filter { q in extracted.allQuotes.contains { $0.speaker?.name == q.speaker?.name && $0.text.contains(q.text) } }.count
                }
            }
            let r = total > 0 ? Double(found) / Double(total) : 0
            let ratio = transcriptLength > 0 ? Double(digestLength) / Double(transcriptLength) : 0
            print("\(language.rawValue): recall \(String(format: "%.3f", r)) (\(found)/\(total) key passages; worst transcript \(String(format: "%.2f", worst))), "
                + "digest/transcript \(String(format: "%.3f", ratio)) (\(digestLength)/\(transcriptLength) characters), "
                + "gold digest/transcript \(String(format: "%.3f", Double(goldLength) / Double(max(transcriptLength, 1)))), "
                + "\(passages) passages, \(verbatim) verbatim from their speaker's turn, "
                + "\(sessions) transcripts in \(String(format: "%.2f", elapsed.seconds)) s")
            for line in missed.prefix(showMissed) { print(line) }
        }
    }
}
