public import RostrumModel

/// The knowledge base behind search, analytics, the server and the CLI.
///
/// An implementation stores each document in one transaction, is idempotent by content hash and
/// replaces the previous version of a source whose content changed. `SQLiteStore` is the embedded
/// implementation; a PostgreSQL one can follow behind the same protocol and conformance tests.
public protocol Store: Sendable {
    /// Stores `document` (extracted from `raw`), identified by `source` when given.
    func ingest(_ document: ExtractedDocument, raw: String, source: String?) async throws -> IngestOutcome

    /// Stores many documents at once, each still all-or-nothing: a document that fails is reported
    /// in its place of the result and the others are stored. Idempotency and replacement by source
    /// hold within the batch as across batches (a later item sees the earlier ones).
    /// - Throws: only when the batch as a whole cannot be written (the database refused the transaction).
    func ingest(batch: [IngestItem]) async throws -> [Result<IngestOutcome, StoreError>]

    /// One stored session with its document, or nil.
    func session(id: Int64) async throws -> StoredSession?

    /// Stored sessions matching `filter`, newest first.
    func sessions(filter: SessionFilter, limit: Int, offset: Int) async throws -> [SessionSummary]

    /// Deletes a session and everything extracted from it; false when there was no such session.
    @discardableResult
    func delete(sessionID: Int64) async throws -> Bool

    /// Quotes matching `query`, ranked, with facet counts over all hits.
    func search(_ query: SearchQuery, limit: Int, offset: Int, sort: SearchSort) async throws -> SearchResults

    /// Sessions matching `query`, ranked by their best quote.
    func searchSessions(_ query: SearchQuery, limit: Int, offset: Int, sort: SearchSort) async throws -> SessionSearchResults

    /// People whose names match `query` (every word of it, any spelling); all people for an empty query.
    func speakers(matching query: String, limit: Int) async throws -> [PersonSummary]

    /// Counts and size of the knowledge base.
    func stats() async throws -> StoreStats

    /// Every stored session as a lossless record, in storage order.
    func exportAll() async throws -> [ExportRecord]

    /// Stores an exported record again.
    func importRecord(_ record: ExportRecord) async throws -> IngestOutcome

    /// How many sessions match `filter` (for pagination of `sessions`).
    func sessionCount(filter: SessionFilter) async throws -> Int

    /// One person with every role they held; nil when there is no such person.
    func person(id: Int64) async throws -> PersonProfile?

    /// Organisations whose names contain every word of `query`, most quoted first; all for an empty query.
    func organizations(matching query: String, limit: Int) async throws -> [OrganizationSummary]

    /// One organisation with its people and its latest `sessionLimit` sessions (the organisation
    /// summary counts them all); nil when there is no such organisation.
    func organization(id: Int64, sessionLimit: Int) async throws -> OrganizationProfile?

    /// Every topic that has quotes, most quoted first.
    func topics() async throws -> [TopicSummary]

    /// Quotes per topic per event, with each event's total, for trends and comparisons.
    func topicEventCounts() async throws -> [TopicEventCount]

    /// The `limit` strongest pairs of `kind` (most quotes first).
    func cooccurrences(_ kind: CooccurrenceKind, limit: Int) async throws -> [CooccurrencePair]

    /// Extracted figures matching `filter`, by year then session date, with the total count.
    func figures(_ filter: FigureFilter, limit: Int, offset: Int) async throws -> FigurePage

    /// A number that moves on with every change of the stored data (ingest, delete, import) and
    /// of the figures' indicator assignments: equal numbers mean the analyses would see the same data.
    func revision() async throws -> Int64

    /// Makes the indicator assignments those of the lexicon identified by `lexiconStamp`: when the
    /// stored ones were made with another lexicon they are all dropped, so every figure is pending again.
    /// - Returns: true when assignments were dropped.
    @discardableResult
    func useIndicatorLexicon(stamp lexiconStamp: Int64) async throws -> Bool

    /// How many stored figures have no indicator assignment yet.
    func pendingFigureCount() async throws -> Int

    /// Up to `limit` figures without an assignment and with ids above `after`, in id order (keyset pages).
    func pendingFigures(after: Int64, limit: Int) async throws -> [PendingFigure]

    /// Stores `assignments` in one transaction, replacing earlier ones of the same figures; figures
    /// deleted in the meantime are skipped.
    func assignIndicators(_ assignments: [FigureAssignment]) async throws

    /// Every figure that measures a known indicator, in id order (the tracker itself reads them in
    /// series order through `foldIndicatorFigures`).
    func indicatorFigures() async throws -> [IndicatorFigure]

    /// Every figure that measures a known indicator, folded by `update` into one value per part, for
    /// a reader that groups them into series without holding them all first. The rows are split
    /// into up to `parts` ranges of whole indicators, read at once; each part sees its rows in
    /// series order: indicator, scope, unit, kind, then year (unknown first), session date and id.
    /// The parts come back in order.
    func foldIndicatorFigures<Part: Sendable>(
        parts: Int, initial: @escaping @Sendable () -> Part, _ update: @escaping @Sendable (inout Part, IndicatorFigure) -> Void
    ) async throws -> [Part]

    /// The figures `subject` cited, counted per indicator, scope, unit and kind, most cited first.
    func citedIndicators(_ subject: ProfileSubject, limit: Int) async throws -> [CitedIndicator]

    /// The people who spoke in the same sessions as person `personID`, with how many sessions they
    /// shared, most shared first.
    func coSpeakers(personID: Int64, limit: Int) async throws -> [SharedSessions]

    /// The organisations whose people appeared in the same sessions as those of `organizationID`,
    /// with how many sessions they shared, most shared first.
    func coOrganizations(organizationID: Int64, limit: Int) async throws -> [SharedSessions]

    /// The countries named in the quotes of `subject`, with how many quotes name each, most first.
    func countries(of subject: ProfileSubject, limit: Int) async throws -> [ValueCount]

    /// Stores a new API token under `name` by the hash of its secret.
    /// - Throws: `StoreError.conflict` when an active token already has that name.
    func createToken(name: String, secretHash: String) async throws -> AccessToken

    /// Every token, active and revoked, oldest first.
    func tokens() async throws -> [AccessToken]

    /// Revokes the active token called `name`; false when there is none.
    @discardableResult
    func revokeToken(name: String) async throws -> Bool

    /// The active token whose secret hashes to `secretHash`, or nil.
    func activeToken(secretHash: String) async throws -> AccessToken?
}

extension Store {
    /// One organisation with its people and its latest 50 sessions.
    public func organization(id: Int64) async throws -> OrganizationProfile? {
        try await organization(id: id, sessionLimit: OrganizationProfile.defaultSessionLimit)
    }

    /// One document after the other, for implementations without a faster way to write many.
    public func ingest(batch: [IngestItem]) async throws -> [Result<IngestOutcome, StoreError>] {
        var outcomes: [Result<IngestOutcome, StoreError>] = []
        outcomes.reserveCapacity(batch.count)
        for item in batch {
            do {
                outcomes.append(.success(try await ingest(item.document, raw: item.raw, source: item.source)))
            } catch let error as StoreError {
                outcomes.append(.failure(error))
            } catch {
                outcomes.append(.failure(.database("\(error)")))
            }
        }
        return outcomes
    }
}
