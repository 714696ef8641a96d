import Foundation

/// Evaluates a query's phrases over `TermPostings`: the quotes that match, each with its BM25 score.
///
/// Semantics are FTS5's for the MATCH text `MatchExpression` writes: a phrase is its terms at
/// consecutive positions of one column (the last term a prefix for `word*`); groups are ANDed,
/// the phrases of a group ORed, excluded phrases removed. The score is FTS5's `bm25()` with the
/// column weights `weights` (see `SQLiteStore+Search`) (k1 = 1.2, b = 0.75), summed over the phrases present,
/// as a positive number (higher is better).
struct TextMatcher {
    static let weights: [Double] = [1.0, 1.5, 0.6, 0.4]
    /// The scored hits of one phrase (`hits(of:lists:columns:)`, usually cached by `QuoteIndexCache`).
    let phraseHits: (MatchExpression.Phrase) throws -> Hits

    /// Matching slots, ascending, with their scores.
    struct Hits {
        var slots: [Int32] = []
        var scores: [Double] = []
    }

    func evaluate(required: [[MatchExpression.Phrase]], excluded: [MatchExpression.Phrase]) throws -> Hits {
        var result: Hits?
        // Rarest group first keeps the intersections small.
        var groups = try required.map { group in try group.map(phraseHits).reduce(Hits(), Self.union) }
        groups.sort { $0.slots.count < $1.slots.count }
        for hits in groups {
            result = result.map { Self.intersection($0, hits) } ?? hits
            if result?.slots.isEmpty == true { break }
        }
        guard var hits = result else { return Hits() }
        for phrase in excluded where !hits.slots.isEmpty {
            hits = Self.difference(hits, try phraseHits(phrase))
        }
        return hits
    }

    /// The quotes holding `phrase`, scored by BM25 for that phrase alone; `lists` are the
    /// postings of its terms (the last one's as a prefix when the phrase ends with one).
    static func hits(of phrase: MatchExpression.Phrase, lists: [TermPostings], columns: QuoteColumns) -> Hits {
        guard let first = lists.first else { return Hits() }
        var slots: [Int32] = []
        var frequencies: [Double] = []
        // Positions in columns the phrase does not count in are skipped (exclusions: text and
        // speaker only; other spellings of a name: the speaker only).
        let mask = UInt32(phrase.columns)
        if lists.count == 1, mask == UInt32(MatchExpression.Phrase.allColumns) {
            slots = first.slots
            frequencies.reserveCapacity(slots.count)
            for i in first.slots.indices {
                var f = 0.0
                for position in first.positions(at: i) { f += weights[Int(position >> 24)] }
                frequencies.append(f)
            }
        } else if lists.count == 1 {
            for i in first.slots.indices {
                var f = 0.0
                for position in first.positions(at: i) where (mask >> (position >> 24)) & 1 != 0 { f += weights[Int(position >> 24)] }
                if f > 0 {
                    slots.append(first.slots[i])
                    frequencies.append(f)
                }
            }
        } else {
            // Walk the documents present in every list; count the positions where the terms follow each other.
            var cursors = [Int](repeating: 0, count: lists.count)
            var i = 0
            outer: while i < first.slots.count {
                let slot = first.slots[i]
                for k in 1..<lists.count {
                    let list = lists[k]
                    var c = cursors[k]
                    while c < list.slots.count, list.slots[c] < slot { c += 1 }
                    cursors[k] = c
                    if c == list.slots.count { break outer }
                    if list.slots[c] != slot {
                        i += 1
                        continue outer
                    }
                }
                var f = 0.0
                for position in first.positions(at: i) where (mask >> (position >> 24)) & 1 != 0 {
                    var all = true
                    for k in 1..<lists.count where !lists[k].positions(at: cursors[k]).contains(position &+ UInt32(k)) {
                        all = false
                        break
                    }
                    if all { f += weights[Int(position >> 24)] }
                }
                if f > 0 {
                    slots.append(slot)
                    frequencies.append(f)
                }
                i += 1
            }
        }
        // BM25 of this phrase (FTS5's formula and constants).
        let n = Double(max(columns.quoteCount, 1))
        let hitCount = Double(slots.count)
        var idf = log((n - hitCount + 0.5) / (hitCount + 0.5))
        if idf <= 0 { idf = 1e-6 }
        let average = columns.quoteCount > 0 ? Double(columns.totalLength) / n : 1
        let k1 = 1.2, b = 0.75
        var scores = [Double]()
        scores.reserveCapacity(slots.count)
        for (j, slot) in slots.enumerated() {
            let f = frequencies[j]
            let length = Double(columns.length[Int(slot)])
            scores.append(idf * f * (k1 + 1) / (f + k1 * (1 - b + b * length / max(average, 1e-9))))
        }
        return Hits(slots: slots, scores: scores)
    }

    static func union(_ a: Hits, _ b: Hits) -> Hits {
        if a.slots.isEmpty { return b }
        if b.slots.isEmpty { return a }
        var out = Hits()
        out.slots.reserveCapacity(a.slots.count + b.slots.count)
        out.scores.reserveCapacity(a.slots.count + b.slots.count)
        var i = 0, j = 0
        while i < a.slots.count || j < b.slots.count {
            if j == b.slots.count || (i < a.slots.count && a.slots[i] < b.slots[j]) {
                out.slots.append(a.slots[i]); out.scores.append(a.scores[i]); i += 1
            } else if i == a.slots.count || b.slots[j] < a.slots[i] {
                out.slots.append(b.slots[j]); out.scores.append(b.scores[j]); j += 1
            } else {
                out.slots.append(a.slots[i]); out.scores.append(a.scores[i] + b.scores[j]); i += 1; j += 1
            }
        }
        return out
    }

    /// The hits in both, scores added (`a`'s first). When one side is much smaller, its slots are
    /// looked up in the other by galloping (doubling steps, then binary search) instead of a merge.
    static func intersection(_ a: Hits, _ b: Hits) -> Hits {
        var out = Hits()
        let capacity = min(a.slots.count, b.slots.count)
        out.slots.reserveCapacity(capacity)
        out.scores.reserveCapacity(capacity)
        a.slots.withUnsafeBufferPointer { aSlots in
            b.slots.withUnsafeBufferPointer { bSlots in
                a.scores.withUnsafeBufferPointer { aScores in
                    b.scores.withUnsafeBufferPointer { bScores in
                        if aSlots.count * 16 < bSlots.count || bSlots.count * 16 < aSlots.count {
                            let aSmaller = aSlots.count <= bSlots.count
                            let (small, large) = aSmaller ? (aSlots, bSlots) : (bSlots, aSlots)
                            var low = 0
                            for i in small.indices {
                                let slot = small[i]
                                // Gallop from `low` to a bound past `slot`, then binary search.
                                var step = 1, high = low
                                while high < large.count, large[high] < slot {
                                    low = high + 1
                                    high += step
                                    step <<= 1
                                }
                                high = min(high, large.count)
                                while low < high {
                                    let mid = (low + high) >> 1
                                    if large[mid] < slot { low = mid + 1 } else { high = mid }
                                }
                                if low == large.count { break }
                                if large[low] == slot {
                                    out.slots.append(slot)
                                    out.scores.append(aSmaller ? aScores[i] + bScores[low] : aScores[low] + bScores[i])
                                    low += 1
                                }
                            }
                        } else {
                            var i = 0, j = 0
                            while i < aSlots.count, j < bSlots.count {
                                let x = aSlots[i], y = bSlots[j]
                                if x == y {
                                    out.slots.append(x)
                                    out.scores.append(aScores[i] + bScores[j])
                                }
                                i &+= x <= y ? 1 : 0
                                j &+= y <= x ? 1 : 0
                            }
                        }
                    }
                }
            }
        }
        return out
    }

    static func difference(_ a: Hits, _ b: Hits) -> Hits {
        var out = Hits()
        var j = 0
        for i in a.slots.indices {
            while j < b.slots.count, b.slots[j] < a.slots[i] { j += 1 }
            if j < b.slots.count, b.slots[j] == a.slots[i] { continue }
            out.slots.append(a.slots[i]); out.scores.append(a.scores[i])
        }
        return out
    }
}
