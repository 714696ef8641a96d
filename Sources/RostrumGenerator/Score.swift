/// Accuracy counts of an extractor against gold, over one or many documents (micro-averaged:
/// adding scores adds their counts).
public struct Score: Sendable, Hashable, Codable {
    public var documents = 0
    public var goldQuotes = 0
    public var predictedQuotes = 0
    public var matchedQuotes = 0
    /// Matched quotes whose speaker name, position and organisation all agree.
    public var correctSpeakers = 0
    /// Figures of matched quotes.
    public var goldFigures = 0
    public var predictedFigures = 0
    public var matchedFigures = 0
    /// Matched figures whose kind agrees.
    public var correctKinds = 0
    /// Mismatches, for debugging (kept up to `Score.mismatchLimit`).
    public var mismatches: [ScoreMismatch] = []

    /// How many mismatches a score keeps.
    public static let mismatchLimit = 5000

    public init() {}

    public var quotePrecision: Double { Self.ratio(matchedQuotes, predictedQuotes) }
    public var quoteRecall: Double { Self.ratio(matchedQuotes, goldQuotes) }
    public var quoteF1: Double { Self.f1(quotePrecision, quoteRecall) }

    /// Share of matched quotes with the right speaker.
    public var speakerAccuracy: Double { Self.ratio(correctSpeakers, matchedQuotes) }
    /// Attribution F1: a quote counts only when it is found and its speaker is right.
    public var speakerF1: Double {
        Self.f1(Self.ratio(correctSpeakers, predictedQuotes), Self.ratio(correctSpeakers, goldQuotes))
    }

    public var figurePrecision: Double { Self.ratio(matchedFigures, predictedFigures) }
    public var figureRecall: Double { Self.ratio(matchedFigures, goldFigures) }
    /// Figure value F1 over matched quotes.
    public var figureF1: Double { Self.f1(figurePrecision, figureRecall) }
    /// Share of matched figures with the right kind.
    public var figureKindAccuracy: Double { Self.ratio(correctKinds, matchedFigures) }

    /// Adds another score's counts (micro-averaging).
    public mutating func add(_ other: Score) {
        documents += other.documents
        goldQuotes += other.goldQuotes
        predictedQuotes += other.predictedQuotes
        matchedQuotes += other.matchedQuotes
        correctSpeakers += other.correctSpeakers
        goldFigures += other.goldFigures
        predictedFigures += other.predictedFigures
        matchedFigures += other.matchedFigures
        correctKinds += other.correctKinds
        let room = Self.mismatchLimit - mismatches.count
        if room > 0 { mismatches.append(contentsOf: other.mismatches.prefix(room)) }
    }

    /// The sum of two scores.
    public static func + (lhs: Score, rhs: Score) -> Score {
        var s = lhs
        s.add(rhs)
        return s
    }

    /// A readable report: the metrics, then the documents with most mismatches and examples of each
    /// kind of mismatch (near misses first for missing quotes).
    public func summary(maxExamples: Int = 5) -> String {
        func pct(_ v: Double) -> String {
            let r = (v * 1000).rounded() / 10
            return String(r) + "%"
        }
        var out = "documents \(documents)\n"
        out += "quotes    P \(pct(quotePrecision))  R \(pct(quoteRecall))  F1 \(pct(quoteF1))"
            + "  (gold \(goldQuotes), predicted \(predictedQuotes), matched \(matchedQuotes))\n"
        out += "speakers  F1 \(pct(speakerF1))  accuracy on matched \(pct(speakerAccuracy))\n"
        out += "figures   P \(pct(figurePrecision))  R \(pct(figureRecall))  F1 \(pct(figureF1))"
            + "  kind accuracy \(pct(figureKindAccuracy))  (gold \(goldFigures), predicted \(predictedFigures), matched \(matchedFigures))\n"
        guard !mismatches.isEmpty else { return out }
        var perDocument: [String: Int] = [:]
        for m in mismatches { perDocument[m.document, default: 0] += 1 }
        let worst = perDocument.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(maxExamples)
        out += "worst documents: " + worst.map { "\($0.key) (\($0.value))" }.joined(separator: ", ") + "\n"
        for kind in ScoreMismatch.Kind.allCases {
            var examples = mismatches.filter { $0.kind == kind }
            guard !examples.isEmpty else { continue }
            if kind == .missingQuote { examples.sort { ($0.similarity ?? 0) > ($1.similarity ?? 0) } }
            out += "\(kind.rawValue) (\(examples.count)):\n"
            for m in examples.prefix(maxExamples) { out += "  " + m.description + "\n" }
        }
        return out
    }

    private static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? (a == 0 ? 1 : 0) : Double(a) / Double(b) }
    private static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
}
