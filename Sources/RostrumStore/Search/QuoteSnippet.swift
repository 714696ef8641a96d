import RostrumText

/// The highlighted snippet of a quote's text for a query: the window of `tokens` analyzer tokens
/// that holds the most distinct query phrases, matches marked, cut ends shown by an ellipsis.
///
/// Why in Swift: FTS5's `snippet()` costs a full-text lookup per hit (about 0.1 ms on a
/// million quotes, a third of a search), and a PostgreSQL store has no `snippet()`. This gives
/// FTS5's result (same window choice, sentence starts preferred, overlapping matches merged) from
/// the quote text and the query's phrases alone: the analyzer that indexed the text finds the
/// terms again.
struct QuoteSnippet {
    /// Tokens in a snippet.
    static let tokens = 32
    static let open = "<mark>", close = "</mark>", ellipsis = "…"

    /// A phrase to find: its terms at consecutive positions, the last one a prefix when `prefix`.
    struct Phrase {
        var terms: [[UInt8]]
        var prefix: Bool
    }

    /// The query's phrases in MATCH order: the required groups' phrases in order, then nothing of
    /// the excluded ones (a hit holds none of them).
    let phrases: [Phrase]

    init(required: [[MatchExpression.Phrase]]) {
        phrases = required.joined().map { Phrase(terms: $0.terms.map { Array($0.utf8) }, prefix: $0.prefix) }
    }

    /// One occurrence of a phrase: its first token, its length in tokens and which phrase it is
    /// (a single-term prefix counts once per concrete term, as FTS5 sees the expanded prefix).
    private struct Instance {
        var position: Int
        var size: Int
        var phrase: Int
    }

    /// The snippet of `text`.
    func snippet(of text: String) -> String {
        var text = text
        return text.withUTF8 { snippet(of: $0) }
    }

    private func snippet(of bytes: UnsafeBufferPointer<UInt8>) -> String {
        // The tokens: term bytes (concatenated) and byte ranges.
        var termBytes: [UInt8] = []
        var termEnd: [Int] = []
        var ranges: [(start: Int, end: Int)] = []
        TermStream().forEachTerm(in: bytes) { term, start, end in
            termBytes.append(contentsOf: term)
            termEnd.append(termBytes.count)
            ranges.append((start, end))
            return true
        }
        let count = ranges.count
        let instances = findInstances(termBytes: termBytes, termEnd: termEnd, count: count)
        let phraseCount = (instances.map(\.phrase).max() ?? -1) + 1

        // Sentence starts: the first token, and each token preceded by whitespace after '.' or ':'.
        var firsts: [Int] = []
        for (position, range) in ranges.enumerated() {
            if position == 0 {
                firsts.append(0)
                continue
            }
            var i = range.start - 1
            var c: UInt8 = 0
            while i >= 0 {
                c = bytes[i]
                if c != 0x20, c != 0x09, c != 0x0A, c != 0x0D { break }
                i -= 1
            }
            if i != range.start - 1, c == UInt8(ascii: ".") || c == UInt8(ascii: ":") { firsts.append(position) }
        }

        // The best window: each instance's own window (centred on what it covers), and the
        // sentence start before it (preferred by a bonus).
        var seen = [Bool](repeating: false, count: max(phraseCount, 1))
        var bestScore = 0, bestStart = 0
        for instance in instances {
            if instance.position > count { continue }
            let (score, adjusted) = windowScore(instances, from: instance.position, count: count, seen: &seen)
            if score > bestScore {
                bestScore = score
                bestStart = adjusted
            }
            if !firsts.isEmpty, count > Self.tokens {
                var jj = 0
                while jj < firsts.count - 1, firsts[jj + 1] <= instance.position { jj += 1 }
                if firsts[jj] < instance.position {
                    var (sentenceScore, _) = windowScore(instances, from: firsts[jj], count: count, seen: &seen)
                    sentenceScore += firsts[jj] == 0 ? 120 : 100
                    if sentenceScore > bestScore {
                        bestScore = sentenceScore
                        bestStart = firsts[jj]
                    }
                }
            }
        }
        return highlight(bytes, ranges: ranges, instances: instances, start: bestStart, count: count)
    }

    /// Every occurrence of every phrase, ordered by position (ties: earlier phrase first).
    private func findInstances(termBytes: [UInt8], termEnd: [Int], count: Int) -> [Instance] {
        var instances: [Instance] = []
        // Concrete terms of single-term prefixes, numbered after the plain phrases.
        var expanded: [[UInt8]: Int] = [:]
        func term(_ position: Int) -> ArraySlice<UInt8> {
            termBytes[(position == 0 ? 0 : termEnd[position - 1])..<termEnd[position]]
        }
        for position in 0..<count {
            for (index, phrase) in phrases.enumerated() where !phrase.terms.isEmpty && position + phrase.terms.count <= count {
                var matches = true
                for (k, wanted) in phrase.terms.enumerated() {
                    let held = term(position + k)
                    let last = k == phrase.terms.count - 1
                    if last && phrase.prefix ? !held.starts(with: wanted) : !held.elementsEqual(wanted) {
                        matches = false
                        break
                    }
                }
                guard matches else { continue }
                var id = index
                if phrase.prefix, phrase.terms.count == 1 {
                    let concrete = Array(term(position))
                    if let known = expanded[concrete] {
                        id = known
                    } else {
                        id = phrases.count + expanded.count
                        expanded[concrete] = id
                    }
                }
                instances.append(Instance(position: position, size: phrase.terms.count, phrase: id))
            }
        }
        return instances
    }

    /// FTS5's window score from token `start`: 1000 for each phrase's first instance in the next
    /// `tokens` tokens, 1 for each repeat; and the window start that centres those instances.
    private func windowScore(_ instances: [Instance], from start: Int, count: Int, seen: inout [Bool]) -> (Int, Int) {
        for i in seen.indices { seen[i] = false }
        let end = start + Self.tokens
        var score = 0, first = -1, last = 0
        for instance in instances where instance.position >= start && instance.position < end {
            score += seen[instance.phrase] ? 1 : 1000
            seen[instance.phrase] = true
            if first < 0 { first = instance.position }
            last = instance.position + instance.size
        }
        var adjusted = first - (Self.tokens - (last - first)) / 2
        if adjusted + Self.tokens > count { adjusted = count - Self.tokens }
        if adjusted < 0 { adjusted = 0 }
        return (score, adjusted)
    }

    /// The window's text with the instances (merged where they overlap) marked, as FTS5 writes it.
    private func highlight(_ bytes: UnsafeBufferPointer<UInt8>, ranges: [(start: Int, end: Int)], instances: [Instance], start: Int,
                           count: Int) -> String {
        // Coalesced instances: overlapping ones become one (first start, furthest end).
        var spans: [(start: Int, end: Int)] = []
        for instance in instances {
            let end = instance.position + instance.size - 1
            if let last = spans.last, instance.position <= last.end {
                spans[spans.count - 1].end = max(last.end, end)
            } else {
                spans.append((instance.position, end))
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(min(bytes.count, 512) + 64)
        func append(_ s: String) { out.append(contentsOf: s.utf8) }
        func copy(_ from: Int, _ to: Int) { if to > from { out.append(contentsOf: bytes[from..<to]) } }
        let rangeStart = start, rangeEnd = start + Self.tokens - 1
        if start > 0 { append(Self.ellipsis) }
        var span = spans.firstIndex { $0.start >= rangeStart } ?? spans.count
        var offset = 0
        for position in 0..<count {
            if position < rangeStart || position > rangeEnd { continue }
            let (tokenStart, tokenEnd) = ranges[position]
            if rangeStart > 0, position == rangeStart { offset = tokenStart }
            let current = span < spans.count ? spans[span] : (start: -1, end: -1)
            if position == current.start {
                copy(offset, tokenStart)
                append(Self.open)
                offset = tokenStart
            }
            if position == current.end {
                if current.start < rangeStart { append(Self.open) }
                copy(offset, tokenEnd)
                append(Self.close)
                offset = tokenEnd
                span += 1
            }
            if position == rangeEnd {
                copy(offset, tokenEnd)
                offset = tokenEnd
                let next = span < spans.count ? spans[span] : (start: -1, end: -1)
                if position >= next.start, position < next.end { append(Self.close) }
            }
        }
        if rangeEnd >= count - 1 {
            copy(offset, bytes.count)
        } else {
            append(Self.ellipsis)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
