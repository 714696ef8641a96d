import Foundation
import RostrumAnalytics
import RostrumStore

/// Matches the indicators of figures not matched yet (after an ingest, or the first time a
/// database made before schema v5 is opened), with a progress line on standard error.
enum IndexProgress {
    /// Runs the tracker's indexer; says nothing when no figure was pending.
    @discardableResult
    static func run(_ tracker: FigureTracker) async throws -> Int {
        try await report { progress in try await tracker.index(progress: progress) }
    }

    /// The same for a store opened by a command that has no tracker of its own (ingest, import).
    @discardableResult
    static func run(_ store: any Store) async throws -> Int {
        let indexer = IndicatorIndexer(store: store, lexicon: try IndicatorLexicon.bundled())
        return try await report { progress in try await indexer.run(progress: progress) }
    }

    /// Runs `work` with a progress line and a closing summary.
    private static func report(_ work: (@escaping @Sendable (IndicatorIndexer.Progress) -> Void) async throws -> Int) async throws -> Int {
        let started = ContinuousClock.now
        let interactive = Terminal.isInteractive
        let done = try await work { progress in
            let seconds = max((ContinuousClock.now - started).seconds, 1e-6)
            let line = String(format: "matching figures to indicators: %d/%d (%.0f figures/s)", progress.done, progress.total, Double(progress.done) / seconds)
            FileHandle.standardError.write(Data((interactive ? "\r\(line) " : "\(line)\n").utf8))
        }
        if done > 0 {
            if interactive { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
            Terminal.note(String(format: "matched %d figures to indicators in %.1f s", done, (ContinuousClock.now - started).seconds))
        }
        return done
    }

}
