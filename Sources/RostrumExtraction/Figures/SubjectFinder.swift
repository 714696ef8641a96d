import RostrumModel

/// Finds the noun phrase a figure is the value of, looking left from the figure within its
/// clause: "container traffic between our countries was up by 55%" → "container traffic",
/// «товарооборот между странами составил 80 млрд долларов» → «товарооборот».
///
/// It steps over the verbs and particles that link a subject to its figure ("was up by",
/// «составил»), over prepositional complements ("between our countries", "from China through
/// Russia"), and keeps the last two words of the noun group it lands on. A pronoun ("it",
/// "which") means the text does not name the subject.
struct SubjectFinder {
    let passage: FigurePassage

    private var tokens: [FigureToken] { passage.tokens }

    /// Prepositions that open a complement of the subject ("between our countries", «между странами»).
    private static let complementPrepositions: Set<UInt64> = Set([
        "between", "among", "from", "through", "with", "across", "via", "within", "между", "из", "через", "с",
        "со", "для",
    ].map(FigureLexicon.hash))

    func subject(before start: Int, limit: Int) -> String? {
        var i = start - 1
        // Step over the link words ("was up by", "reached", «составил»).
        while i >= limit {
            if passage.isSymbol(i, S.emDash) || passage.isSymbol(i, S.enDash) { i -= 1; continue }
            if passage.has(i, .link) || passage.has(i, .changeUp) || passage.has(i, .changeDown)
                || passage.info(i)?.qualifier != nil || passage.year(i) != nil
                || passage.has(i, .yearWord) || passage.has(i, .last) || passage.has(i, .this)
                || passage.has(i, .next) || passage.has(i, .yearPrep) && i < start - 1 {
                i -= 1
                continue
            }
            break
        }
        var rounds = 0
        while i >= limit && rounds < 4 {
            rounds += 1
            if passage.has(i, .pronoun) && !passage.isContent(i) { return nil }
            guard passage.isContent(i) else { return nil }
            // The noun group: content words going left.
            var groupStart = i
            while groupStart - 1 >= limit, passage.isContent(groupStart - 1), tokens[groupStart].spaceBefore,
                  !isInfinitive(groupStart - 1) {
                groupStart -= 1
            }
            var before = groupStart - 1
            while before >= limit, passage.has(before, .determiner) || tokens[before].kind == .number
                    || passage.info(before)?.number != nil {
                before -= 1
            }
            if before >= limit, tokens[before].kind == .word, Self.complementPrepositions.contains(tokens[before].hash) {
                // A complement ("between our countries"): the subject is further left.
                i = before - 1
                while i >= limit, passage.isContent(i) == false, passage.has(i, .determiner) { i -= 1 }
                continue
            }
            if isInfinitive(i) { return nil }
            let from = max(groupStart, i - 1)
            var words: [String] = []
            for k in from...i { words.append(passage.lower(k)) }
            return words.joined(separator: " ")
        }
        return nil
    }

    /// A Russian infinitive («довести», «увеличить»): a verb, never part of a subject.
    private func isInfinitive(_ i: Int) -> Bool {
        let b = passage.bytes[tokens[i].start]
        guard b == 0xD0 || b == 0xD1 else { return false }
        let w = passage.lower(i)
        return w.hasSuffix("ть") || w.hasSuffix("ться") || w.hasSuffix("сти")
    }
}
