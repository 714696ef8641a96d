/// One difference between a prediction and gold, with enough text to find it.
public struct ScoreMismatch: Sendable, Hashable, Codable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case missingQuote = "missing quote"
        case spuriousQuote = "spurious quote"
        case wrongSpeaker = "wrong speaker"
        case missingFigure = "missing figure"
        case spuriousFigure = "spurious figure"
        case wrongFigureKind = "wrong figure kind"
    }

    public var kind: Kind
    /// The document's identifier as given to the scorer.
    public var document: String
    public var expected: String?
    public var got: String?
    /// For a missing quote: the best token-Jaccard any unmatched prediction reached.
    public var similarity: Double?

    public init(kind: Kind, document: String, expected: String?, got: String?, similarity: Double? = nil) {
        self.kind = kind
        self.document = document
        self.expected = expected
        self.got = got
        self.similarity = similarity
    }

    public var description: String {
        var s = "[\(document)]"
        if let e = expected { s += " expected: " + Self.clip(e) }
        if let g = got { s += " | got: " + Self.clip(g) }
        if let j = similarity { s += " (jaccard \((j * 100).rounded() / 100))" }
        return s
    }

    private static func clip(_ s: String) -> String {
        let flat = s.split(whereSeparator: { $0 == "\n" }).joined(separator: " ")
        return flat.count > 120 ? String(flat.prefix(117)) + "…" : flat
    }
}
