import ArgumentParser
import Foundation
import RostrumDigest
import RostrumExtraction
import RostrumModel

/// `rostrum digest`: writes the digest of a speaker-turn transcript — thematic sections and the
/// most informative verbatim passages with their speakers — within a length budget.
struct Digest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the digest of a transcript: thematic sections with the key verbatim passages.",
        discussion: """
            FILE is a speaker-turn transcript (docs/FORMATS.md), optionally with a participants list; \
            '-' reads standard input. Greetings, thanks, procedure and repetition are left out; every \
            passage is the speaker's own words, attributed with the position from the participants list. \
            --budget is the digest's length as a share of the transcript's.
            """
    )

    @Argument(help: "The transcript ('-' for standard input).")
    var file: String

    @Option(help: "The digest's length as a share of the transcript's (0 < budget ≤ 1).")
    var budget: Double = 0.1

    @Option(name: .shortAndLong, help: "Output: md or json.")
    var format: OutputFormat = .md

    @Option(help: "Language of the transcript: auto, en or ru.")
    var lang: LanguageChoice = .auto

    @Option(name: .customLong("max-size"), help: "Largest accepted file, in MB.")
    var maxSizeMB = 64

    func validate() throws {
        guard budget > 0, budget <= 1 else { throw ValidationError("--budget must be above 0 and at most 1, got \(budget).") }
        if maxSizeMB <= 0 { throw ValidationError("--max-size must be a positive number of megabytes.") }
    }

    func run() throws {
        let bytes = try InputFiles.readBytes(file)
        let text: String
        do { text = try SourceDecoder(maximumBytes: maxSizeMB * 1_048_576).decode(bytes) } catch { throw CLIError.file(file, error.description) }
        let options = ExtractionOptions(language: lang.language, format: .transcript)
        let extracted: ExtractedDocument
        do { extracted = try ExtractionPipeline().extract(text: text, options: options) } catch { throw CLIError.file(file, "\(error)") }
        guard extracted.allQuotes.contains(where: { $0.speaker != nil }) else {
            throw CLIError.file(file, "has no speaker turns ('Name: text' lines); is it a transcript?")
        }
        let digest = TranscriptDigester(budget: budget).digest(extracted, transcriptLength: text.unicodeScalars.count)
        switch format {
        case .md:
            print(MarkdownDigest().render(digest.document))
        case .json:
            FileHandle.standardOutput.write(Data((digest.document.jsonText(pretty: true) + "\n").utf8))
        }
        Terminal.note("digest: \(digest.length) of \(digest.transcriptLength) characters (\(String(format: "%.1f", digest.ratio * 100))%, budget \(digest.budget)), "
            + "\(digest.document.allQuotes.count) passages in \(digest.document.sections.count) sections")
    }
}
