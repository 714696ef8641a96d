import Foundation
import Testing
import RostrumTestSupport

/// `rostrum ingest` over more files than one batch holds: while a batch is written the next is
/// extracted, and yet every file that fails is reported in the order of the files.
@Suite("CLI: ingest", .serialized)
struct IngestCommandTests {
    @Test func failuresAreReportedInFileOrderAcrossBatches() throws {
        let dir = try TestScratch.directory("rostrum-cli-ingest")
        let input = dir.appendingPathComponent("input")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // 300 files (three batches): every 37th is empty, so it fails to be read.
        var failing: [String] = []
        for index in 0..<300 {
            let name = String(format: "session-%03d.txt", index)
            let text = index % 37 == 5 ? "" : """
                Panel \(index): Trade and Ports

                Ivan Petrov, Minister of Economic Development: Trade turnover with partner \(index) grew by \(index % 40 + 2)% last year.
                """
            if text.isEmpty { failing.append(name) }
            try text.write(to: input.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let db = dir.appendingPathComponent("kb.sqlite").path
        let run = try CLI.run(["ingest", input.path, "--db", db])
        #expect(run.status == 1, "a failed file makes the exit status non-zero")
        let reported = run.stderr.split(separator: "\n").compactMap { line in failing.first { line.contains($0) } }
        #expect(reported == failing, "\(run.stderr)")
        #expect(run.stderr.contains("ingested \(300 - failing.count),"), "\(run.stderr)")
    }
}
