import ArgumentParser
import Foundation
import RostrumStore

/// `rostrum import`: stores the sessions of a `rostrum export` JSON Lines file.
struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Import a JSON Lines export (rostrum export --format jsonl).")

    @Argument(help: "The export file ('-' for standard input).")
    var file: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let store = try database.open()
        let bytes = try InputFiles.readBytes(file)
        let text = String(decoding: bytes, as: UTF8.self)
        var counts = (inserted: 0, unchanged: 0, replaced: 0, failed: 0)
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            do {
                let record = try ExportRecord(jsonLine: String(line), lineNumber: lineNumber)
                switch try await store.importRecord(record) {
                case .inserted: counts.inserted += 1
                case .unchanged: counts.unchanged += 1
                case .replaced: counts.replaced += 1
                }
            } catch {
                counts.failed += 1
                Terminal.error("\(file):\(lineNumber): \(error)")
            }
        }
        try await IndexProgress.run(store)
        Terminal.note("imported \(counts.inserted), unchanged \(counts.unchanged), replaced \(counts.replaced), failed \(counts.failed)")
        if counts.failed > 0 { throw ExitCode(1) }
    }
}
