import RostrumText

/// The other spellings of a hyphenated compound in a query: "e-commerce", "ecommerce" and
/// "e commerce" (likewise "e-mail"/"email", "co-production"/"coproduction",
/// «онлайн-торговля»/«онлайн торговля») name the same thing, and a page may use any of them.
///
/// The analyzer cuts words at hyphens, so the index holds "e-commerce" as the terms "e", "commerc"
/// and "ecommerce" as "ecommerc". Rather than index a second form (which would change every
/// database), the query asks for each spelling: a hyphenated word also as one joined word, a
/// word starting with a known compound prefix also as the prefix and the rest as a phrase, and
/// a phrase in which such a prefix stands alone also with the prefix joined to the next word.
/// Only the closed list of prefixes below is split off, so "notable" never becomes "not able".
/// Pure: text in, texts out; the analyzer's per-token path is untouched.
enum CompoundForms {
    /// Prefixes that writers attach with a hyphen, without one, or with a space, folded.
    static let prefixes: Set<String> = [
        "e", "co", "non", "anti", "multi", "cyber", "eco", "bio", "agro", "cross",
        "онлайн", "офлайн", "интернет", "бизнес", "медиа", "веб", "эко", "био", "агро", "кибер", "мульти",
    ]

    /// The shortest rest a prefix is split from ("co" + "al" stays "coal").
    static let minimumRest = 3

    /// The other spellings of `text` (a word, phrase or prefix as typed), without `text` itself;
    /// empty for the common word with no hyphen and no compound prefix.
    static func variants(of text: String) -> [String] {
        let pieces = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !pieces.isEmpty else { return [] }
        var out: [String] = []
        func add(_ candidate: String) {
            if candidate != text, !out.contains(candidate) { out.append(candidate) }
        }
        // Hyphens between letters removed: "e-commerce" → "ecommerce".
        if pieces.contains(where: { $0.contains(where: isHyphen) }) {
            add(pieces.map(joiningHyphens).joined(separator: " "))
        }
        // A known prefix split off: "ecommerce" → "e commerce" (and "eco mmerce", which finds
        // nothing: every prefix that fits is tried, since the longest is not always the right one).
        for (index, piece) in pieces.enumerated() {
            for split in splits(of: piece) {
                var copy = pieces
                copy[index] = split
                add(copy.joined(separator: " "))
            }
        }
        // A prefix standing alone joined to the next word: "co production" → "coproduction".
        if pieces.count > 1 {
            var joined: [String] = []
            var index = 0
            while index < pieces.count {
                if index + 1 < pieces.count, prefixes.contains(Folding.fold(pieces[index])), pieces[index + 1].first?.isLetter == true {
                    joined.append(pieces[index] + pieces[index + 1])
                    index += 2
                } else {
                    joined.append(pieces[index])
                    index += 1
                }
            }
            if joined != pieces { add(joined.joined(separator: " ")) }
        }
        return out
    }

    private static func isHyphen(_ c: Character) -> Bool {
        c == "-" || c == "\u{2010}" || c == "\u{2011}"
    }

    /// `piece` without the hyphens that stand between two letters.
    private static func joiningHyphens(_ piece: String) -> String {
        let chars = Array(piece)
        var out = ""
        for (i, c) in chars.enumerated() {
            if isHyphen(c), i > 0, i + 1 < chars.count, chars[i - 1].isLetter, chars[i + 1].isLetter { continue }
            out.append(c)
        }
        return out
    }

    /// `piece` as "prefix rest" for each known prefix it starts with, when it is a letters-only word.
    private static func splits(of piece: String) -> [String] {
        guard piece.allSatisfy({ $0.isLetter || $0 == "*" }) else { return [] }
        let folded = Folding.fold(piece)
        let chars = Array(piece)
        guard folded.count == chars.count, chars.count > minimumRest else { return [] }
        var out: [String] = []
        for length in 1...min(chars.count - minimumRest, 8) {
            guard prefixes.contains(String(folded.prefix(length))) else { continue }
            let rest = chars[length...]
            guard rest.filter(\.isLetter).count >= minimumRest else { continue }
            out.append(String(chars[..<length]) + " " + String(rest))
        }
        return out
    }
}
