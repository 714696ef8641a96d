import Foundation
import RostrumTestSupport

/// Runs the built `rostrum` executable, as a user at a terminal would, and collects what it printed.
struct CLI {
    /// What one run printed and how it ended.
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The folder that holds the test bundle and the products built with it (`rostrum` among them).
    static var productsDirectory: URL {
        Bundle.main.bundleURL
    }

    /// The repository's bundled sample corpus.
    static var samples: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("samples")
    }

    /// Runs `rostrum arguments...` to its end.
    static func run(_ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("rostrum")
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["ROSTRUM_DATABASE"] = nil
        process.environment = environment
        // Output goes to files, read once the process has ended: no pipe can fill up and stall it.
        let dir = try TestScratch.directory("rostrum-cli-run")
        defer { try? FileManager.default.removeItem(at: dir) }
        let outURL = dir.appendingPathComponent("stdout"), errURL = dir.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Output(status: process.terminationStatus, stdout: try String(contentsOf: outURL, encoding: .utf8),
                      stderr: try String(contentsOf: errURL, encoding: .utf8))
    }

    /// A fresh database of the bundled samples in a temporary folder.
    static func sampleDatabase() throws -> String {
        let dir = try TestScratch.directory("rostrum-cli")
        let db = dir.appendingPathComponent("kb.sqlite").path
        let ingest = try run(["ingest", samples.path, "--db", db])
        guard ingest.status == 0 else { throw CLIError(message: "ingest of the samples failed: \(ingest.stderr)") }
        return db
    }
}

/// A run the test could not even set up.
struct CLIError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
