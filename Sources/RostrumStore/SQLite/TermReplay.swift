/// The terms of short texts the full-text index tokenized recently, replayed instead of analysed again.
///
/// Every quote of a section carries the same heading and every quote of a session the same title
/// (and often the same speaker line) in `quote_fts`, so the writer hands the tokenizer the same
/// few short texts over and over; analysing them (folding, stemming) once per batch instead of
/// once per quote saves a good part of the tokenizer's time. The replayed terms and byte ranges
/// are exactly those the analyzer produced for the same bytes. Used by one connection at a time.
final class TermReplay {
    /// Texts longer than this (in UTF-8 bytes) are analysed every time: quotes rarely repeat.
    static let maximumBytes = 160
    /// Remembered texts before everything is forgotten, which keeps the memory bounded.
    static let capacity = 1024

    private var entries: [[UInt8]: ReplayedTerms] = [:]

    init() {}

    /// The remembered terms of `text`, if any.
    func terms(of text: UnsafeBufferPointer<UInt8>) -> ReplayedTerms? {
        guard text.count <= Self.maximumBytes else { return nil }
        return entries[Array(text)]
    }

    /// Remembers the terms of `text` (ignored when the text is too long to be worth it).
    func remember(_ terms: ReplayedTerms, of text: UnsafeBufferPointer<UInt8>) {
        guard text.count <= Self.maximumBytes else { return }
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[Array(text)] = terms
    }
}
