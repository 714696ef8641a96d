import ArgumentParser
import Foundation
import RostrumGenerator
import RostrumModel

/// `rostrum gen`: writes a generated corpus of session documents with gold annotations.
struct Gen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gen",
        abstract: "Generate session documents with gold annotations (DIR/<id>.<ext> and DIR/<id>.gold.json).",
        discussion: "--format transcript writes panel transcripts (DIR/<id>.txt) whose gold is the ideal digest: the key passages verbatim, by topic."
    )

    @Option(help: "How many sessions to write.")
    var sessions: Int = 100

    @Option(help: "Seed; the same seed always gives the same corpus.")
    var seed: UInt64 = 1

    @Option(help: "Output directory (created when missing); required unless --dry-run.")
    var out: String = ""

    @Option(help: "Language of the sessions: en, ru or mixed.")
    var lang: String = "en"

    @Option(help: "What to write: session (summaries in text, Markdown and HTML) or transcript (panel transcripts).")
    var format: String = "session"

    @Flag(help: "Generate without writing files and report the generation speed.")
    var dryRun = false

    func validate() throws {
        guard dryRun || !out.isEmpty else { throw ValidationError("--out DIR is required (or use --dry-run).") }
        guard sessions >= 0 else { throw ValidationError("--sessions must be 0 or more, got \(sessions).") }
        guard CorpusLanguage(rawValue: lang) != nil else {
            throw ValidationError("--lang must be en, ru or mixed, got '\(lang)'.")
        }
        guard format == "session" || format == "transcript" else {
            throw ValidationError("--format must be session or transcript, got '\(format)'.")
        }
    }

    func run() throws {
        let language = CorpusLanguage(rawValue: lang) ?? .en
        let writer: CorpusWriter? = dryRun ? nil : try CorpusWriter(directory: out)
        let generator = CorpusGenerator(seed: seed, language: language)
        let transcripts = TranscriptGenerator(seed: seed, language: language)
        let start = Date()
        var bytes = 0
        for i in 0..<sessions {
            if format == "transcript" {
                let transcript = transcripts.makeTranscript(index: i)
                if let writer {
                    bytes += try writer.write(transcript)
                } else {
                    bytes += transcript.text.utf8.count
                }
                continue
            }
            let session = generator.makeSession(index: i)
            if let writer {
                bytes += try writer.write(session)
            } else {
                bytes += session.text.utf8.count
            }
        }
        let seconds = max(Date().timeIntervalSince(start), 1e-6)
        let mb = Double(bytes) / 1_000_000
        let verb = dryRun ? "Generated" : "Wrote"
        let noun = format == "transcript" ? "transcripts" : "sessions"
        print("\(verb) \(sessions) \(noun) (\(String(format: "%.2f", mb)) MB of documents)\(dryRun ? "" : " to " + out) in \(String(format: "%.2f", seconds)) s (\(String(format: "%.1f", mb / seconds)) MB/s).")
    }
}

/// Writes generated sessions and their gold JSON into a directory.
struct CorpusWriter {
    let directory: URL

    /// Creates the directory when missing.
    init(directory path: String) throws {
        directory = URL(fileURLWithPath: path, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw GenError.cannotCreateDirectory(path: path, reason: error.localizedDescription)
        }
    }

    /// Writes `<id>.<ext>` and `<id>.gold.json`; returns the document's size in bytes.
    func write(_ session: GeneratedSession) throws -> Int {
        try write(text: session.text, gold: session.gold, fileName: session.fileName, goldFileName: session.goldFileName)
    }

    /// Writes `<id>.txt` and `<id>.gold.json` (the ideal digest); returns the transcript's size in bytes.
    func write(_ transcript: GeneratedTranscript) throws -> Int {
        try write(text: transcript.text, gold: transcript.gold, fileName: transcript.fileName, goldFileName: transcript.goldFileName)
    }

    private func write(text: String, gold document: ExtractedDocument, fileName: String, goldFileName: String) throws -> Int {
        let doc = Data(text.utf8)
        let gold = Data((document.jsonText(pretty: true) + "\n").utf8)
        let docURL = directory.appendingPathComponent(fileName)
        let goldURL = directory.appendingPathComponent(goldFileName)
        do {
            try doc.write(to: docURL)
            try gold.write(to: goldURL)
        } catch {
            throw GenError.cannotWrite(path: docURL.path, reason: error.localizedDescription)
        }
        return doc.count
    }
}

/// Why `rostrum gen` could not write its corpus.
enum GenError: Error, CustomStringConvertible {
    case cannotCreateDirectory(path: String, reason: String)
    case cannotWrite(path: String, reason: String)

    var description: String {
        switch self {
        case .cannotCreateDirectory(let path, let reason):
            "Cannot create the output directory \(path): \(reason). Check the path and its permissions."
        case .cannotWrite(let path, let reason):
            "Cannot write \(path): \(reason). Check free space and permissions."
        }
    }
}
