/// The English and Russian names (and abbreviations) of the recurring forums, so that an `event:`
/// filter in one language also finds the sessions a Russian or English page named in the other:
/// `event:"Eastern Economic Forum 2021"` finds «Восточный экономический форум 2021», `event:ВЭФ`
/// finds both. Matching is on folded keys (as `DocumentWriter.key` makes them).
enum ForumNames {
    /// One forum: its folded names in either language, and its folded abbreviations.
    struct Forum: Sendable {
        let names: [[Substring]]
        let abbreviations: Set<Substring>

        init(_ names: [String], abbreviations: [String]) {
            self.names = names.map { DocumentWriter.key($0).split(separator: " ") }
            self.abbreviations = Set(abbreviations.map { Substring(DocumentWriter.key($0)) })
        }
    }

    static let forums: [Forum] = [
        Forum(["Eastern Economic Forum", "Восточный экономический форум"], abbreviations: ["EEF", "ВЭФ"]),
        Forum(["St. Petersburg International Economic Forum", "Saint Petersburg International Economic Forum",
               "Petersburg International Economic Forum", "Петербургский международный экономический форум"],
              abbreviations: ["SPIEF", "PMEF", "ПМЭФ"]),
        Forum(["Russian Energy Week", "Российская энергетическая неделя"], abbreviations: ["REW", "РЭН"]),
        Forum(["Russian Investment Forum", "Российский инвестиционный форум"], abbreviations: ["RIF", "РИФ"]),
        Forum(["Krasnoyarsk Economic Forum", "Красноярский экономический форум"], abbreviations: ["KEF", "КЭФ"]),
        Forum(["Arctic: Territory of Dialogue", "Арктика — территория диалога"], abbreviations: []),
    ]

    /// `key` (a folded event filter) and the same filter with its forum named in the other
    /// language or spelled out from its abbreviation: the key itself first.
    static func equivalents(of key: String) -> [String] {
        var out = [key]
        let words = key.split(separator: " ")
        for forum in forums {
            for name in forum.names {
                guard let start = firstRange(of: name, in: words) else { continue }
                for other in forum.names where other != name {
                    out.append((words[..<start] + other + words[(start + name.count)...]).joined(separator: " "))
                }
            }
            for (index, word) in words.enumerated() where forum.abbreviations.contains(word) {
                for name in forum.names {
                    out.append((words[..<index] + name + words[(index + 1)...]).joined(separator: " "))
                }
            }
        }
        return out
    }

    /// One key for every name of the same event: `key` (folded, as `DocumentWriter.key` makes
    /// it) with its forum's name or abbreviation, in either language, replaced by the forum's
    /// number, so that "Eastern Economic Forum 2024", «Восточный экономический форум 2024» and
    /// "EEF 2024" share a key ("#0 2024") and facets and `rostrum stats` count them once. A key
    /// naming no known forum is returned unchanged.
    static func canonicalKey(_ key: String) -> String {
        var words = key.split(separator: " ")
        var changed = false
        for (number, forum) in forums.enumerated() {
            let token = Substring("#\(number)")
            // The longest name first, so that "st petersburg …" is replaced whole rather than from "petersburg".
            for name in forum.names.sorted(by: { $0.count > $1.count }) {
                while let start = firstRange(of: name, in: words) {
                    words.replaceSubrange(start..<(start + name.count), with: [token])
                    changed = true
                }
            }
            for index in words.indices where forum.abbreviations.contains(words[index]) {
                words[index] = token
                changed = true
            }
        }
        return changed ? words.joined(separator: " ") : key
    }

    /// Where `name` starts as a run of whole words in `words`.
    private static func firstRange(of name: [Substring], in words: [Substring]) -> Int? {
        guard !name.isEmpty, name.count <= words.count else { return nil }
        for start in 0...(words.count - name.count) where Array(words[start..<(start + name.count)]) == name {
            return start
        }
        return nil
    }
}
