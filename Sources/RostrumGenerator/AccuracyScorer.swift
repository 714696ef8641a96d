public import RostrumModel

/// Compares a predicted `ExtractedDocument` with gold.
///
/// - Quotes match when their normalised texts (case, whitespace, quote marks and trailing
///   punctuation folded) have token-Jaccard ≥ `quoteThreshold` (0.9); pairs are assigned greedily,
///   most similar first, each quote used once.
/// - A matched quote's speaker is right when name, position and organisation agree after folding.
/// - Within a matched quote, a predicted figure matches a gold one with the same unit and a value
///   within `valueTolerance` (0.5%) relative; the matched figure's kind is then checked.
public struct AccuracyScorer: Sendable {
    public var quoteThreshold: Double
    public var valueTolerance: Double

    public init(quoteThreshold: Double = 0.9, valueTolerance: Double = 0.005) {
        self.quoteThreshold = quoteThreshold
        self.valueTolerance = valueTolerance
    }

    /// The score of one document.
    public func score(predicted: ExtractedDocument, gold: ExtractedDocument, documentID: String = "") -> Score {
        var s = Score()
        s.documents = 1
        let g = gold.allQuotes
        let p = predicted.allQuotes
        s.goldQuotes = g.count
        s.predictedQuotes = p.count
        let gTokens = g.map { TextFolding.tokens(TextFolding.normalize($0.text)) }
        let pTokens = p.map { TextFolding.tokens(TextFolding.normalize($0.text)) }

        var pairs: [(Double, Int, Int)] = []
        var best = [Double](repeating: 0, count: g.count)
        for i in g.indices {
            for j in p.indices {
                let jac = TextFolding.jaccard(gTokens[i], pTokens[j])
                best[i] = max(best[i], jac)
                if jac >= quoteThreshold { pairs.append((jac, i, j)) }
            }
        }
        pairs.sort { $0.0 != $1.0 ? $0.0 > $1.0 : ($0.1 != $1.1 ? $0.1 < $1.1 : $0.2 < $1.2) }
        var gUsed = [Bool](repeating: false, count: g.count)
        var pUsed = [Bool](repeating: false, count: p.count)
        var matches: [(Int, Int)] = []
        for (_, i, j) in pairs where !gUsed[i] && !pUsed[j] {
            gUsed[i] = true
            pUsed[j] = true
            matches.append((i, j))
        }
        matches.sort { $0.0 < $1.0 }
        s.matchedQuotes = matches.count

        for (i, j) in matches {
            let gq = g[i]
            let pq = p[j]
            if sameSpeaker(gq.speaker, pq.speaker) {
                s.correctSpeakers += 1
            } else {
                s.mismatches.append(ScoreMismatch(kind: .wrongSpeaker, document: documentID,
                                                  expected: describe(gq.speaker), got: describe(pq.speaker)))
            }
            scoreFigures(gold: gq.figures, predicted: pq.figures, into: &s, documentID: documentID)
        }
        for i in g.indices where !gUsed[i] {
            s.mismatches.append(ScoreMismatch(kind: .missingQuote, document: documentID, expected: g[i].text, got: nil,
                                              similarity: best[i]))
        }
        for j in p.indices where !pUsed[j] {
            s.mismatches.append(ScoreMismatch(kind: .spuriousQuote, document: documentID, expected: nil, got: p[j].text))
        }
        return s
    }

    /// Scores many (predicted, gold, id) triples and adds them up.
    public func score(_ pairs: [(predicted: ExtractedDocument, gold: ExtractedDocument, id: String)]) -> Score {
        var total = Score()
        for p in pairs { total.add(score(predicted: p.predicted, gold: p.gold, documentID: p.id)) }
        return total
    }

    private func scoreFigures(gold: [Figure], predicted: [Figure], into s: inout Score, documentID: String) {
        s.goldFigures += gold.count
        s.predictedFigures += predicted.count
        var used = [Bool](repeating: false, count: predicted.count)
        for gf in gold {
            var bestIndex: Int?
            var bestError = Double.infinity
            for (j, pf) in predicted.enumerated() where !used[j] && TextFolding.field(pf.unit) == TextFolding.field(gf.unit) {
                let err = abs(pf.value - gf.value)
                let tolerance = gf.value == 0 ? 1e-9 : abs(gf.value) * valueTolerance
                if err <= tolerance, err < bestError {
                    bestError = err
                    bestIndex = j
                }
            }
            if let j = bestIndex {
                used[j] = true
                s.matchedFigures += 1
                if predicted[j].kind == gf.kind {
                    s.correctKinds += 1
                } else {
                    s.mismatches.append(ScoreMismatch(kind: .wrongFigureKind, document: documentID,
                                                      expected: describe(gf), got: describe(predicted[j])))
                }
            } else {
                s.mismatches.append(ScoreMismatch(kind: .missingFigure, document: documentID, expected: describe(gf), got: nil))
            }
        }
        for (j, pf) in predicted.enumerated() where !used[j] {
            s.mismatches.append(ScoreMismatch(kind: .spuriousFigure, document: documentID, expected: nil, got: describe(pf)))
        }
    }

    private func sameSpeaker(_ a: Speaker?, _ b: Speaker?) -> Bool {
        TextFolding.field(a?.name) == TextFolding.field(b?.name)
            && TextFolding.field(a?.position) == TextFolding.field(b?.position)
            && TextFolding.field(a?.organization) == TextFolding.field(b?.organization)
    }

    private func describe(_ s: Speaker?) -> String {
        guard let s else { return "(none)" }
        return [s.name, s.position ?? "–", s.organization ?? "–"].joined(separator: " | ")
    }

    private func describe(_ f: Figure) -> String {
        "\(f.surface) = \(f.value) \(f.unit ?? "-") \(f.kind.rawValue)"
    }

    /// Generates `sessions` documents, extracts each with `extract` and scores the result against
    /// the gold: the loop behind `rostrum bench accuracy` and the accuracy tests.
    public func score(
        _ generator: CorpusGenerator, sessions: Int, extract: (GeneratedSession) throws -> ExtractedDocument
    ) rethrows -> Score {
        var total = Score()
        for index in 0..<max(sessions, 0) {
            let session = generator.makeSession(index: index)
            total.add(score(predicted: try extract(session), gold: session.gold, documentID: session.id))
        }
        return total
    }
}
