public import RostrumModel
import RostrumText

/// Measures how many known key passages a digest recovered.
///
/// A passage counts as recovered when one quote of the digest contains it verbatim, or holds at
/// least `minimumTermShare` (90%) of its analyzer terms (folded, stemmed, stop words left out) —
/// so a passage quoted with a neighbouring sentence, or with different quote marks, still counts.
public struct DigestRecall: Sendable {
    /// Share of a passage's terms one quote must hold.
    public let minimumTermShare: Double
    private let analyzer = TextAnalyzer()

    /// A measure with the given term share (default 0.9).
    public init(minimumTermShare: Double = 0.9) {
        self.minimumTermShare = minimumTermShare
    }

    /// True when `passage` is recovered by one of `digest`'s quotes.
    public func recovers(_ passage: String, in digest: ExtractedDocument) -> Bool {
        let quotes = digest.sections.flatMap(\.quotes)
        if quotes.contains(where: { $0.text.contains(passage) }) { return true }
        let wanted = Set(analyzer.terms(in: passage, dropStopWords: true))
        guard !wanted.isEmpty else { return false }
        for quote in quotes {
            let have = Set(analyzer.terms(in: quote.text, dropStopWords: true))
            let hits = wanted.filter { have.contains($0) }.count
            if Double(hits) >= minimumTermShare * Double(wanted.count) { return true }
        }
        return false
    }

    /// The share of `passages` that `digest` recovers (1 when there are none).
    public func recall(of passages: [String], in digest: ExtractedDocument) -> Double {
        guard !passages.isEmpty else { return 1 }
        return Double(passages.filter { recovers($0, in: digest) }.count) / Double(passages.count)
    }
}
