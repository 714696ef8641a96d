/// A byte scan that tells when an attribution phrase cannot hold a verb of saying.
///
/// `AttributionParser.parse(sentence:)` splits every phrase into words and asks the verb sets
/// about each of them, though most phrases ("Igor Egorov, Chairman of the Board, Rosseti") hold
/// no verb at all. This scan reads the phrase's bytes once, asks about only the words that could
/// be a verb (the first, and any later word that does not start with a capital), and answers
/// false only when no rule that looks for a verb can fire; then the parser skips those rules.
extension SaidVerbs {
    /// The words that can start a verb of saying: `single` and the heads of `pairs`.
    static let heads = WordSet(single.union(pairs.keys))

    /// False when no word of `text` (split at spaces, as `words()` splits) is a verb of saying
    /// or the head of a two-word verb, once normalised: then `match(words, at: i)` is 0 for every
    /// word, and so is the test for a capitalised verb that opens the phrase ("Said …"). True
    /// when one may be (or when the text is not contiguous, or holds a scalar off the fast path).
    static func mayHoldVerb(_ text: Substring) -> Bool {
        let heads = Self.heads
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            let n = bytes.count
            var i = 0
            var count = 0
            var first = 0..<0
            var firstCapital = false
            var secondEndsWithComma = false
            var thirdOpensParenthesis = false
            while i < n {
                while i < n, bytes[i] == UInt8(ascii: " ") { i += 1 }
                guard i < n else { break }
                let start = i
                while i < n, bytes[i] != UInt8(ascii: " ") { i += 1 }
                // A capital A–Z, or А–Я and Ѐ–Џ (D0 80…AF): `match` answers 0 for such a word at once.
                let head = bytes[start]
                let capital = head &- 0x41 < 26 || (head == 0xD0 && start + 1 < i && bytes[start + 1] < 0xB0)
                defer { count += 1 }
                switch count {
                case 0:
                    first = start..<i
                    firstCapital = capital
                    continue
                case 1: secondEndsWithComma = bytes[i - 1] == UInt8(ascii: ",")
                case 2: thirdOpensParenthesis = head == UInt8(ascii: "(")
                default: break
                }
                // `match` also answers 0 at once for a word under 3 bytes.
                guard i - start >= 3, !capital else { continue }
                if heads.containsNormalized(bytes: UnsafeBufferPointer(rebasing: bytes[start..<i])) ?? true { return true }
            }
            guard count > 0 else { return false }
            // The first word is a verb only in lower case, or when a capitalised verb opens a phrase
            // of three words or more whose second word has no final comma and whose third does not
            // open with "(" ("Said Ayaz Ospanov, …"; "Igor Egorov, Chairman" is never looked up).
            if firstCapital, count <= 2 || secondEndsWithComma || thirdOpensParenthesis { return false }
            return heads.containsNormalized(bytes: UnsafeBufferPointer(rebasing: bytes[first])) ?? true
        }
        return answer ?? true
    }
}
