public import RostrumExtraction
public import RostrumModel
public import RostrumStore
public import RostrumAnalytics

/// Turns an uploaded document (bytes and what the client said they are) into a stored session.
///
/// Shared by `POST /api/v1/documents` and the upload page, so both accept the same formats and
/// refuse bad input with the same words. Everything that can go wrong becomes a `Problem`
/// naming the file and the reason; nothing is stored unless extraction succeeded.
public struct DocumentIngestor: Sendable {
    let store: any Store
    let pipeline: ExtractionPipeline
    let maxBytes: Int
    let tracker: FigureTracker?

    /// An ingestor writing to `store`, refusing documents over `maxBytes`; with a `tracker`, the
    /// new figures' indicators are matched right after the document is stored.
    public init(store: any Store, pipeline: ExtractionPipeline, maxBytes: Int, tracker: FigureTracker? = nil) {
        self.store = store
        self.pipeline = pipeline
        self.maxBytes = maxBytes
        self.tracker = tracker
    }

    /// One stored (or already present) document.
    public struct Result: Sendable {
        public var outcome: IngestOutcome
        public var document: ExtractedDocument
    }

    /// The source format a media type names; nil for types Rostrum does not read (415).
    /// `text/plain` is left to detection, which also recognises transcripts.
    public static func format(mediaType: String) -> SourceFormat?? {
        let type = mediaType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        switch type {
        case "text/plain", "application/octet-stream", "": return .some(nil)
        case "text/markdown", "text/x-markdown": return .some(.markdown)
        case "text/html", "application/xhtml+xml": return .some(.html)
        case "application/json": return .some(.json)
        default: return nil
        }
    }

    /// Extracts and stores `bytes`.
    /// - Parameters:
    ///   - name: the file name for messages and format detection by extension ("upload" when unknown).
    ///   - format: the format the client declared, nil to detect.
    ///   - source: where the document came from (its URL), replacing an older version from there.
    /// - Throws: `Problem` (413 too large, 422 unreadable) or a store error.
    public func ingest(_ bytes: [UInt8], name: String, format: SourceFormat?, options: ExtractionOptions = ExtractionOptions(),
                       source: String? = nil) async throws -> Result {
        if bytes.count > maxBytes {
            throw Problem(.contentTooLarge, title: "Document too large", detail: "\(name): \(bytes.count) bytes, more than the \(maxBytes) this server accepts")
        }
        let raw: String
        do {
            raw = try SourceDecoder(maximumBytes: maxBytes).decode(bytes)
        } catch {
            throw Problem(.unprocessableContent, title: "Unreadable document", detail: "\(name): \(error.description)")
        }
        var options = options
        options.format = format ?? options.format
        if options.fileExtension == nil, let dot = name.lastIndex(of: "."), name.index(after: dot) < name.endIndex {
            options.fileExtension = String(name[name.index(after: dot)...])
        }
        let document: ExtractedDocument
        do {
            document = try pipeline.extract(text: raw, options: options)
        } catch {
            throw Problem(.unprocessableContent, title: "Unreadable document", detail: "\(name): \(error.message)")
        }
        let outcome = try await store.ingest(document, raw: raw, source: source ?? document.source)
        if let tracker {
            try await tracker.index()
            tracker.warm()
        }
        return Result(outcome: outcome, document: document)
    }
}
