import ArgumentParser
import Foundation
import RostrumDigest
import RostrumExtraction
import RostrumModel

/// `rostrum extract`: the pipeline without a database, one document at a time.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract sections, quotes, speakers, figures and topics from session documents.",
        discussion: """
            Prints one JSON object per document (pretty-printed for a single file, one per line for \
            several), or Markdown in the layout of a published session summary. Reads standard input \
            when FILE is '-'. Nothing is stored.
            """
    )

    @Argument(help: "Files to read ('-' for standard input).")
    var files: [String]

    @Option(name: .shortAndLong, help: "Output: json or md.")
    var format: OutputFormat = .json

    @Option(help: "Language of the documents: auto, en or ru.")
    var lang: LanguageChoice = .auto

    @Option(help: "Event name, overriding the document's own.")
    var event: String?

    @Option(help: "Session date (YYYY-MM-DD), overriding the document's own.")
    var date: String?

    @Option(help: "Source URL of the document, overriding the document's own (default: the file path).")
    var source: String?

    @Option(name: .customLong("input-format"), help: "Force a reader: auto, text, markdown, html, transcript or json.")
    var inputFormat: InputFormatChoice = .auto

    @Flag(help: "One JSON object per line even for a single file.")
    var compact = false

    @Option(name: .customLong("max-size"), help: "Largest accepted file, in MB.")
    var maxSizeMB = 64

    func validate() throws {
        if let date, !DateValidation.isISODate(date) {
            throw ValidationError("--date must be YYYY-MM-DD, got '\(date)'.")
        }
        if maxSizeMB <= 0 { throw ValidationError("--max-size must be a positive number of megabytes.") }
    }

    func run() throws {
        let pipeline = ExtractionPipeline()
        let decoder = SourceDecoder(maximumBytes: maxSizeMB * 1_048_576)
        let pretty = files.count == 1 && !compact && format == .json
        var failures = 0
        for (index, file) in files.enumerated() {
            do {
                let bytes = try InputFiles.readBytes(file)
                let text: String
                do { text = try decoder.decode(bytes) } catch { throw CLIError.file(file, error.description) }
                let options = ExtractionOptions(
                    language: lang.language, event: event, date: date,
                    source: source, format: inputFormat.format,
                    fileExtension: file == "-" ? nil : URL(fileURLWithPath: file).pathExtension)
                var document: ExtractedDocument
                do { document = try pipeline.extract(text: text, options: options) } catch { throw CLIError.file(file, "\(error)") }
                // Without a source of its own, the document's source is the file it came from.
                if document.source == nil, file != "-" { document.source = file }
                switch format {
                case .json:
                    FileHandle.standardOutput.write(Data((document.jsonText(pretty: pretty) + "\n").utf8))
                case .md:
                    if index > 0 { print("\n---\n") }
                    print(MarkdownDigest().render(document))
                }
            } catch {
                failures += 1
                Terminal.error("\(error)")
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }
}

/// The output forms of `extract`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, md
}

/// `--lang`: detect, or force a language.
enum LanguageChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, en, ru

    var language: Language? {
        switch self {
        case .auto: nil
        case .en: .en
        case .ru: .ru
        }
    }
}

/// `--input-format`: detect, or force a reader.
enum InputFormatChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, text, markdown, html, transcript, json

    var format: SourceFormat? {
        self == .auto ? nil : SourceFormat(rawValue: rawValue)
    }
}
