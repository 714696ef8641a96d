/// One batch of `IngestPipeline` after the store wrote it: the store's per-document results, or
/// the error that refused the whole batch, and the wall time the store took.
public struct WrittenBatch<Context: Sendable>: Sendable {
    /// What the pipeline's `prepare` returned alongside the batch's items (e.g. per-file failures).
    public var context: Context
    /// The documents' outcomes in item order, or why the batch as a whole was not written.
    public var outcomes: Result<[Result<IngestOutcome, StoreError>], any Error>
    /// Wall time of `Store.ingest(batch:)` for this batch.
    public var storeTime: Duration
}
