/// Expands the compact trigger notation of the lexicon files into plain phrases.
///
/// `export{,s,ed}` stands for "export", "exports", "exported". Groups in one pattern that have the
/// same number of alternatives vary together, so Russian agreement stays compact:
/// `сельск{ое,ого} хозяйств{о,а}` → «сельское хозяйство», «сельского хозяйства». Groups of
/// different sizes combine in every way. No nesting, no escapes.
enum PhrasePattern {
    /// The phrases `pattern` stands for, or the reason it is malformed.
    static func expand(_ pattern: String) -> Result<[String], PatternError> {
        var literals: [String] = [""]
        var groups: [[String]] = []
        var current = ""
        var inGroup = false
        for character in pattern {
            switch character {
            case "{":
                if inGroup { return .failure(PatternError("nested \"{\" in \"\(pattern)\"")) }
                literals[literals.count - 1] = current
                current = ""
                inGroup = true
            case "}":
                if !inGroup { return .failure(PatternError("\"}\" without \"{\" in \"\(pattern)\"")) }
                groups.append(current.split(separator: ",", omittingEmptySubsequences: false).map(String.init))
                literals.append("")
                current = ""
                inGroup = false
            default:
                current.append(character)
            }
        }
        if inGroup { return .failure(PatternError("unbalanced \"{\" in \"\(pattern)\": add the closing \"}\"")) }
        literals[literals.count - 1] = current

        var phrases: [String]
        if groups.isEmpty {
            phrases = [pattern]
        } else if let first = groups.first, groups.allSatisfy({ $0.count == first.count }) {
            phrases = (0..<first.count).map { index in
                var text = literals[0]
                for (groupIndex, group) in groups.enumerated() {
                    text += group[index] + literals[groupIndex + 1]
                }
                return text
            }
        } else {
            phrases = [literals[0]]
            for (groupIndex, group) in groups.enumerated() {
                phrases = phrases.flatMap { prefix in group.map { prefix + $0 + literals[groupIndex + 1] } }
            }
        }
        phrases = phrases.map(trimmed).filter { !$0.isEmpty }
        if phrases.isEmpty { return .failure(PatternError("\"\(pattern)\" has no words")) }
        return .success(phrases)
    }

    /// `text` without leading and trailing white space.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(text[start...end])
    }
}

/// Why a trigger pattern cannot be expanded.
struct PatternError: Error, Sendable {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}
