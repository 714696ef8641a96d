import Foundation
import RostrumExtraction
import RostrumModel
import RostrumStore

/// Reads and extracts the files of an ingest, on every core but the writer's: `rostrum ingest`
/// and `rostrum bench ingest` both go through here, so the benchmark times what a user's ingest does.
struct IngestFileReader: Sendable {
    /// A file read and extracted, ready for the store.
    struct Extracted: Sendable {
        var file: String
        var raw: String
        var source: String?
        var document: ExtractedDocument
        /// The store's work that needs no database, done here on the extraction cores.
        var preparation: IngestPreparation
    }

    /// What became of one file: extracted, or the message that says why not.
    enum Outcome: Sendable {
        case success(Extracted)
        case failure(String)
    }

    var event: String?
    var date: String?
    var maximumBytes: Int
    let pipeline = ExtractionPipeline()

    /// `files` read and extracted in parallel, results in input order.
    func extract(_ files: [String]) async -> [Outcome] {
        await OrderedParallelMap.map(files, width: IngestPipeline.extractionWidth) { file in
            extractOne(file)
        }
    }

    /// One file ('-' is standard input): its text decoded and extracted, or why it could not be.
    func extractOne(_ file: String) -> Outcome {
        do {
            let bytes = try InputFiles.readBytes(file)
            let raw: String
            do { raw = try SourceDecoder(maximumBytes: maximumBytes).decode(bytes) } catch { throw CLIError.file(file, error.description) }
            let options = ExtractionOptions(event: event, date: date, fileExtension: file == "-" ? nil : URL(fileURLWithPath: file).pathExtension)
            let document: ExtractedDocument
            do { document = try pipeline.extract(text: raw, options: options) } catch { throw CLIError.file(file, "\(error)") }
            let source = document.source ?? (file == "-" ? nil : URL(fileURLWithPath: file).standardizedFileURL.path)
            return .success(Extracted(file: file, raw: raw, source: source, document: document,
                                      preparation: IngestPreparation(document: document, raw: raw)))
        } catch {
            return .failure("\(error)")
        }
    }
}
