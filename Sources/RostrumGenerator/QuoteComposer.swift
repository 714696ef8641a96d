import RostrumModel

/// The text of a quote before attribution: its paragraphs and figures.
struct QuoteBody: Sendable {
    var paragraphs: [TextAccumulator]
    var hasDash: Bool
    var features: Set<GenerationFeature>

    /// The gold text: paragraphs joined with "\n\n", figures at offsets in that text.
    func gold(trimmingFinalPeriod trim: Bool) -> TextAccumulator {
        var out = TextAccumulator()
        for (i, p) in paragraphs.enumerated() {
            if i > 0 { out.append("\n\n") }
            var q = p
            if trim, i == paragraphs.count - 1 { q.text = TextCase.dropping(".", from: q.text) }
            out.append(q)
        }
        return out
    }

    var endsWithPeriod: Bool { paragraphs.last?.text.last == "." }
}

/// Assembles 1–4 sentences with 0–3 figures into a quote, with optional elisions and
/// editorial inserts inside (kept in the gold text as written, per docs/FORMATS.md).
struct QuoteComposer: Sendable {
    let sentences: SentenceComposer
    private var ru: Bool { sentences.language == .ru }

    private static let elisions = ["<…>", "<...>", "[…]", "[...]", "(…)"]

    func body(_ rng: inout SplitMix64, paragraphs wanted: Int) -> QuoteBody {
        let count = max(rng.int(in: 1...4), wanted)
        var figureBudget = rng.weighted([20, 40, 28, 12])
        var list: [Sentence] = []
        var exclaim: Sentence?
        for _ in 0..<count {
            if figureBudget > 0, rng.chance(0.6) {
                let s = sentences.figureSentence(&rng, budget: figureBudget)
                figureBudget -= s.acc.figures.count
                list.append(s)
            } else {
                // A speaker does not repeat a sentence within one quote.
                var s = sentences.plainSentence(&rng)
                var tries = 0
                while tries < 4, list.contains(where: { $0.acc.text == s.acc.text }) {
                    s = sentences.plainSentence(&rng)
                    tries += 1
                }
                if list.contains(where: { $0.acc.text == s.acc.text }) { continue }
                if s.exclaims { exclaim = s } else { list.append(s) }
            }
        }
        if rng.chance(0.08) { list.insert(sentences.editorialSentence(&rng), at: rng.int(list.count + 1)) }
        if let e = exclaim { list.append(e) }
        if list.isEmpty { list.append(sentences.plainSentence(&rng, thirdPersonOnly: true)) }
        while list.count < wanted { list.insert(sentences.plainSentence(&rng, thirdPersonOnly: true), at: 0) }

        var features: Set<GenerationFeature> = []
        var hasDash = false
        for s in list {
            features.formUnion(s.features)
            hasDash = hasDash || s.hasDash
        }
        // Split into paragraphs (the last one gets the rest).
        var paragraphs: [TextAccumulator] = []
        let per = max(list.count / wanted, 1)
        var current = TextAccumulator()
        var inCurrent = 0
        for (i, s) in list.enumerated() {
            if inCurrent > 0 {
                if rng.chance(0.1) {
                    current.append(" " + rng.pick(Self.elisions) + " ")
                    features.insert(.elision)
                } else {
                    current.append(" ")
                }
            }
            current.append(s.acc)
            inCurrent += 1
            if paragraphs.count < wanted - 1, inCurrent >= per, i < list.count - 1 {
                paragraphs.append(current)
                current = TextAccumulator()
                inCurrent = 0
            }
        }
        paragraphs.append(current)
        return QuoteBody(paragraphs: paragraphs, hasDash: hasDash, features: features)
    }

    /// One third-person sentence for reported speech, with a figure most of the time.
    func reportedClause(_ rng: inout SplitMix64) -> Sentence {
        if rng.chance(0.65) {
            for _ in 0..<6 {
                let s = sentences.figureSentence(&rng, budget: 2)
                if s.thirdPerson, !s.hasDash { return s }
            }
        }
        return sentences.plainSentence(&rng, thirdPersonOnly: true)
    }
}
