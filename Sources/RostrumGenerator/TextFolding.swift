/// Normalisation the scorer compares quote texts and speaker fields with: case and whitespace
/// folded, quote marks removed, trailing punctuation dropped.
enum TextFolding {
    private static let quoteMarks: Set<Unicode.Scalar> = ["\"", "“", "”", "„", "«", "»", "‘", "’", "'", "‹", "›"]
    private static let trailing: Set<Character> = [".", ",", ";", ":", "!", "?", "…", " "]

    /// Lower case, single spaces, no quote marks, no trailing punctuation.
    static func normalize(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for ch in s.lowercased().unicodeScalars {
            if quoteMarks.contains(ch) { continue }
            if ch.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out += " "
                pendingSpace = false
            }
            out.unicodeScalars.append(ch)
        }
        while let last = out.last, trailing.contains(last) { out.removeLast() }
        return out
    }

    /// Case- and whitespace-folded field; nil and empty are the same.
    static func field(_ s: String?) -> String {
        guard let s else { return "" }
        return normalize(s)
    }

    /// The set of word tokens (letters and digits) of a normalised text.
    static func tokens(_ s: String) -> Set<Substring> {
        var set: Set<Substring> = []
        var start: String.Index?
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c.isLetter || c.isNumber {
                if start == nil { start = i }
            } else if let st = start {
                set.insert(s[st..<i])
                start = nil
            }
            i = s.index(after: i)
        }
        if let st = start { set.insert(s[st..<s.endIndex]) }
        return set
    }

    /// |A ∩ B| / |A ∪ B|; two empty sets are identical.
    static func jaccard(_ a: Set<Substring>, _ b: Set<Substring>) -> Double {
        if a.isEmpty, b.isEmpty { return 1 }
        let inter = a.intersection(b).count
        return Double(inter) / Double(a.count + b.count - inter)
    }
}
