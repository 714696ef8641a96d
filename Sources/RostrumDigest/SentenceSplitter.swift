/// Splits spoken text into sentences, as ranges of the original string so that every passage the
/// digest quotes is the speaker's own words, character for character.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quote marks or brackets after it)
/// followed by white space and a capital letter, a digit or an opening quote. A period after an
/// initial ("A. Smith") or a common abbreviation ("Mr.", "e.g.", «т. е.», «млрд.») does not end one.
enum SentenceSplitter {
    /// Abbreviations, lower-cased, after which a period does not end a sentence.
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "vs", "etc", "e.g", "i.e", "inc", "jr", "sr", "no", "approx",
        "г", "гг", "т", "е", "д", "т.е", "т.д", "т.п", "им", "ул", "млн", "млрд", "трлн", "тыс", "руб", "долл",
        "проф", "см", "др", "пр", "стр",
    ]

    /// The ranges of the sentences of `text`, in order, without surrounding white space.
    static func sentences(in text: String) -> [Range<String.Index>] {
        let scalars = text.unicodeScalars
        var result: [Range<String.Index>] = []
        var start: String.Index?
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            if start == nil {
                if c.properties.isWhitespace {
                    i = scalars.index(after: i)
                    continue
                }
                start = i
            }
            guard isTerminator(c) else {
                i = scalars.index(after: i)
                continue
            }
            // Take the run of terminators and the closing marks after it.
            var end = scalars.index(after: i)
            while end < scalars.endIndex, isTerminator(scalars[end]) || isCloser(scalars[end]) { end = scalars.index(after: end) }
            guard end < scalars.endIndex else { break }
            guard scalars[end].properties.isWhitespace else {
                i = end
                continue
            }
            var next = end
            while next < scalars.endIndex, scalars[next].properties.isWhitespace { next = scalars.index(after: next) }
            guard next < scalars.endIndex else { break }
            let n = scalars[next]
            let opensSentence = n.properties.isUppercase || ("0"..."9").contains(n) || isOpener(n)
            if opensSentence, let s = start, !(c == "." && endsWithAbbreviation(scalars, from: s, period: i)) {
                result.append(s..<end)
                start = nil
            }
            i = next
        }
        if let s = start {
            var end = scalars.endIndex
            while end > s, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
            if end > s { result.append(s..<end) }
        }
        return result
    }

    private static func isTerminator(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "!" || c == "?" || c == "…"
    }

    private static func isCloser(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "”" || c == "»" || c == "'" || c == "’" || c == ")" || c == "]" || c == "“"
    }

    private static func isOpener(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "“" || c == "«" || c == "„" || c == "(" || c == "—" || c == "–" || c == "‘"
    }

    /// True when the word before the period at `period` is an initial or a known abbreviation.
    private static func endsWithAbbreviation(_ scalars: String.UnicodeScalarView, from start: String.Index, period: String.Index) -> Bool {
        var j = period
        var word: [Unicode.Scalar] = []
        while j > start {
            let p = scalars.index(before: j)
            let c = scalars[p]
            if c.properties.isAlphabetic || c == "." {
                word.append(c)
                j = p
            } else {
                break
            }
        }
        guard !word.isEmpty else { return false }
        word.reverse()
        if word.count == 1, word[0].properties.isUppercase { return true }
        var lowered = ""
        lowered.unicodeScalars.append(contentsOf: word)
        return abbreviations.contains(lowered.lowercased())
    }
}
