import ArgumentParser
import Foundation
import Hummingbird
import Logging
import RostrumServer
import RostrumStore

/// `rostrum serve`: the JSON API and the web pages over the knowledge base.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the JSON API (/api/v1) and the web pages over the knowledge base.",
        discussion: """
            Reads are public unless --private; every write needs `Authorization: Bearer TOKEN` \
            (make one with `rostrum token create NAME`). With --demo an empty database is first \
            filled with the bundled samples and, when there is no token yet, a token named "demo" \
            is made and printed once. Stops cleanly on Ctrl-C or SIGTERM.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Interface to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    @Option(name: .customLong("max-body"), help: "Largest accepted request body, in MB.")
    var maxBodyMB = 10

    @Flag(name: .customLong("private"), help: "Require a token for reads too.")
    var privateReads = false

    @Flag(help: "Load the bundled samples into an empty database and make a demo token.")
    var demo = false

    @Option(help: "The sample folder --demo loads.")
    var samples = "samples"

    @Flag(name: .customLong("no-search-cache"), help: "Compute every search (no cache of recent search results).")
    var noSearchCache = false

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    func validate() throws {
        if !(1...65535).contains(port) { throw ValidationError("--port must be between 1 and 65535, got \(port).") }
        if maxBodyMB <= 0 { throw ValidationError("--max-body must be a positive number of megabytes.") }
        if Logger.Level(rawValue: logLevel) == nil { throw ValidationError("--log-level must be one of trace, debug, info, notice, warning, error, critical.") }
    }

    func run() async throws {
        let store = try database.open(searchCache: noSearchCache ? .disabled : .standard)
        var logger = Logger(label: "rostrum")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        if demo { try await prepareDemo(store) }
        let configuration = ServerConfiguration(host: host, port: port, maxBodyBytes: maxBodyMB * 1_048_576, privateReads: privateReads)
        let dependencies = ServerDependencies(store: store, configuration: configuration)
        // Indicators, targets and conflicts are computed once per change of the store; start now so
        // that the first reader does not wait for them.
        dependencies.tracker.warm()
        // The search's in-memory columns likewise (seconds on a million quotes).
        Task(priority: .background) { try? await store.prepareSearch() }
        let app = try await buildApplication(dependencies, logger: logger)
        Terminal.note("Rostrum serves \(database.resolvedPath) at http://\(host):\(port)/ (Ctrl-C stops)")
        try await app.runService()
    }

    /// Fills an empty database with the samples and makes a first token.
    private func prepareDemo(_ store: SQLiteStore) async throws {
        if try await store.stats().sessions == 0 {
            guard FileManager.default.fileExists(atPath: samples) else {
                throw CLIError.message("--demo: no sample folder at \(samples); run from the Rostrum checkout or pass --samples DIR.")
            }
            let report = try await SampleLoader().load(samples, into: store)
            Terminal.note("demo: loaded \(report.stored) sample sessions from \(samples) (\(report.failed) failed)")
        }
        if try await store.tokens().isEmpty {
            let secret = TokenSecret.generate()
            _ = try await store.createToken(name: "demo", secretHash: TokenSecret.hash(secret))
            Terminal.note("demo: write token \"demo\" (shown once): \(secret)")
        }
    }
}
