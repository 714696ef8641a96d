import Foundation
import RostrumGenerator
import RostrumStore

/// The generated corpus that `bench ingest` ingests, written as files so that the timed part reads
/// files as `rostrum ingest` does and generation costs nothing inside it.
///
/// Files go into sub-folders of 1,000. A marker file names the corpus's sessions, seed and
/// language, so a kept folder (`--corpus`) is reused by a later run that asks for the same one.
struct BenchCorpusFiles: Sendable {
    let path: String
    let sessions: Int
    let seed: UInt64
    let language: CorpusLanguage
    /// True when the folder is a temporary one, deleted by `removeIfTemporary`.
    let temporary: Bool

    private static let markerName = ".rostrum-bench-corpus"
    private static let filesPerFolder = 1000

    init(folder: String?, sessions: Int, seed: UInt64, language: CorpusLanguage) {
        path = folder.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("rostrum-bench-corpus-\(UUID().uuidString)").path
        self.sessions = sessions
        self.seed = seed
        self.language = language
        temporary = folder == nil
    }

    private var marker: String { "rostrum bench corpus: sessions=\(sessions) seed=\(seed) lang=\(language.rawValue)\n" }
    private var markerPath: String { path + "/" + Self.markerName }

    /// Writes the corpus unless the folder holds this very corpus already; true when it was reused.
    /// - Throws: `CLIError` when the folder holds other files, or a file cannot be written.
    func prepare() async throws -> Bool {
        let manager = FileManager.default
        if let existing = try? String(contentsOfFile: markerPath, encoding: .utf8) {
            if existing == marker { return true }
            // Another bench corpus: its folders go, nothing else is there to lose.
            for name in (try? manager.contentsOfDirectory(atPath: path)) ?? [] {
                try? manager.removeItem(atPath: path + "/" + name)
            }
        } else if let names = try? manager.contentsOfDirectory(atPath: path), !names.isEmpty {
            throw CLIError.message("\(path) is not empty and holds no bench corpus; give `--corpus` a new or empty folder")
        }
        do {
            try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw CLIError.file(path, "cannot create the folder: \(error.localizedDescription)")
        }
        let generator = CorpusGenerator(seed: seed, language: language)
        let (root, total, size) = (path, sessions, Self.filesPerFolder)
        let chunks = Array(0..<((sessions + size - 1) / size))
        let failures = await OrderedParallelMap.map(chunks, width: ProcessInfo.processInfo.activeProcessorCount) { chunk -> String? in
            let folder = root + "/" + String(format: "%04d", chunk)
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                for index in (chunk * size)..<min((chunk + 1) * size, total) {
                    let session = generator.makeSession(index: index)
                    try Data(session.text.utf8).write(to: URL(fileURLWithPath: folder + "/" + session.fileName))
                }
                return nil
            } catch {
                return "\(folder): \(error.localizedDescription)"
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw CLIError.message("cannot write the bench corpus: \(failure)") }
        do {
            try marker.write(toFile: markerPath, atomically: true, encoding: .utf8)
        } catch {
            throw CLIError.file(markerPath, "cannot write: \(error.localizedDescription)")
        }
        return false
    }

    /// Deletes the folder when it was a temporary one.
    func removeIfTemporary() {
        if temporary { try? FileManager.default.removeItem(atPath: path) }
    }
}
