import ArgumentParser
import Foundation
import RostrumAnalytics
import RostrumDigest
import RostrumExtraction
import RostrumModel
import RostrumStore

/// `rostrum digest`: writes the digest of a speaker-turn transcript — thematic sections and the
/// most informative verbatim passages with their speakers — within a length budget.
struct Digest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a digest: of a transcript (FILE), of a stored session (--session) or of a query across sessions (--query).",
        discussion: """
            FILE is a speaker-turn transcript (docs/FORMATS.md), optionally with a participants list; \
            '-' reads standard input. Greetings, thanks, procedure and repetition are left out; every \
            passage is the speaker's own words, attributed with the position from the participants list. \
            --budget is the digest's length as a share of the transcript's. \
            --session ID writes a stored session in the seed's layout; --query QUERY (the search \
            language) groups the best quotes by thesis and event after a box of key figures.
            """
    )

    /// What a digest is written as.
    enum DigestFormat: String, ExpressibleByArgument, CaseIterable {
        case md, html, json
    }

    @Argument(help: "The transcript ('-' for standard input).")
    var file: String?

    @Option(help: "A stored session's id.")
    var session: Int64?

    @Option(help: "A query in the search language, e.g. 'topic:trade year:2017..2019'.")
    var query: String?

    @Option(help: "Most quotes in a query digest.")
    var limit = 60

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The digest's length as a share of the transcript's (0 < budget ≤ 1).")
    var budget: Double = 0.1

    @Option(name: .shortAndLong, help: "Output: md, html or json.")
    var format: DigestFormat = .md

    @Option(help: "Language of the transcript: auto, en or ru.")
    var lang: LanguageChoice = .auto

    @Option(name: .customLong("max-size"), help: "Largest accepted file, in MB.")
    var maxSizeMB = 64

    func validate() throws {
        let sources = [file != nil, session != nil, query != nil].filter { $0 }.count
        guard sources == 1 else { throw ValidationError("give one of FILE, --session ID or --query QUERY.") }
        if limit <= 0 || limit > 1000 { throw ValidationError("--limit must be from 1 to 1000.") }
        guard budget > 0, budget <= 1 else { throw ValidationError("--budget must be above 0 and at most 1, got \(budget).") }
        if maxSizeMB <= 0 { throw ValidationError("--max-size must be a positive number of megabytes.") }
    }

    func run() async throws {
        if let session { return try await digestSession(session) }
        if let query { return try await digestQuery(query) }
        guard let file else { return }
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
        write(digest.document)
        Terminal.note("digest: \(digest.length) of \(digest.transcriptLength) characters (\(String(format: "%.1f", digest.ratio * 100))%, budget \(digest.budget)), "
            + "\(digest.document.allQuotes.count) passages in \(digest.document.sections.count) sections")
    }

    private func write(_ document: ExtractedDocument) {
        switch format {
        case .md: print(MarkdownDigest().render(document))
        case .html: print(HTMLDigest().render(document))
        case .json: FileHandle.standardOutput.write(Data((document.jsonText(pretty: true) + "\n").utf8))
        }
    }

    private func digestSession(_ id: Int64) async throws {
        guard let stored = try await database.open(mustExist: true).session(id: id) else {
            throw CLIError.message("no session \(id) (see `rostrum search --sessions` or `rostrum export`)")
        }
        write(stored.document)
    }

    private func digestQuery(_ text: String) async throws {
        let parsed: SearchQuery
        do { parsed = try SearchQuery(parsing: text) } catch { throw CLIError.message(error.description) }
        let found = try await QuoteGatherer(store: database.open(mustExist: true), lexicon: try? IndicatorLexicon.bundled()).gather(parsed, limit: limit)
        if found.isEmpty { throw CLIError.message("nothing matches “\(text)”; no digest written") }
        let items = found.map { QueryDigest.Item(quote: $0.quote, language: $0.language, event: $0.event, date: $0.date, sessionTitle: $0.sessionTitle) }
        let language = QueryDigest.language(of: items).rawValue
        let labels = (try? TopicTaxonomy.bundled().labels(in: language)) ?? [:]
        write(QueryDigest(topicLabels: labels).digest(query: text, items: items))
        Terminal.note("digest of \(found.count) quotes from \(Set(found.map(\.sessionID)).count) sessions")
    }
}
