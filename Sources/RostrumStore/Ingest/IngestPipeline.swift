import Foundation
/// Batches prepared (read and extracted, on all cores) while the store writes the batch before:
/// the CLI's `ingest` and `bench ingest` both run through here, so the benchmark measures what a
/// user's ingest does.
///
/// At most one batch is being written while the next is prepared, so memory holds two batches
/// however large the input is. Batches are recorded strictly in order.
public enum IngestPipeline {
    /// Documents per batch (one write transaction): large enough that the full-text index writes
    /// few segments and a batch's lookups of people and organisations are shared, small enough
    /// that two batches in memory stay a few megabytes.
    public static let batchSize = 256

    /// Tasks that read and extract the next batch: every core but one, which the writer keeps to
    /// itself (on two cores the writer, not extraction, sets the pace; sharing its core slowed
    /// ingest by a third).
    public static var extractionWidth: Int { max(1, ProcessInfo.processInfo.activeProcessorCount - 1) }

    /// Prepares batches `0..<batches` with `prepare` and writes their items to `store`, batch i
    /// being written while batch i + 1 is prepared; `record` sees every batch in order.
    /// - Throws: what `record` throws (the pipeline then stops after the batch being written).
    public static func run<Context: Sendable>(
        batches: Int, store: any Store,
        prepare: (Int) async -> (context: Context, items: [IngestItem]),
        record: (WrittenBatch<Context>) async throws -> Void
    ) async throws {
        var writing: Task<WrittenBatch<Context>, Never>?
        for index in 0..<batches {
            let (context, items) = await prepare(index)
            if let previous = writing {
                writing = nil
                try await record(await previous.value)
            }
            writing = Task { await write(items, context: context, to: store) }
        }
        if let last = writing {
            writing = nil
            try await record(await last.value)
        }
    }

    /// One batch written, timed, with its error (if any) kept as a value.
    private static func write<Context: Sendable>(_ items: [IngestItem], context: Context, to store: any Store) async -> WrittenBatch<Context> {
        let clock = ContinuousClock()
        let start = clock.now
        let outcomes: Result<[Result<IngestOutcome, StoreError>], any Error>
        do {
            outcomes = .success(items.isEmpty ? [] : try await store.ingest(batch: items))
        } catch {
            outcomes = .failure(error)
        }
        return WrittenBatch(context: context, outcomes: outcomes, storeTime: clock.now - start)
    }
}
