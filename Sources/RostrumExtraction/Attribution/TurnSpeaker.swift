import RostrumText

/// The name a transcript turn's label gives, brought to the form the session uses.
///
/// Russian stenograms write the surname first and in capitals («ЕРШОВА Марина:», «ПУТИН Владимир
/// Владимирович:») or by initial («В.Путин:»), while the participants list at the top names the same
/// people as «Марина Ершова». A turn label is matched to a listed person by the words of the name in
/// any order and case (a patronymic or an initial may stand beside them), so that the moderator's
/// questions stay remarks and every turn carries the listed role. A label that matches nobody but
/// has the stenogram shape becomes "Given Surname" («Алексей Шило»), except for surnames that come
/// first in the speaker's own language («ЛИ Хунвэй» → «Ли Хунвэй»).
enum TurnSpeaker {
    /// The canonical name for the turn label `speaker`, given the names of the participants list.
    static func canonical(_ speaker: String, participants: [String]) -> String {
        if participants.contains(where: { $0.utf8.elementsEqual(speaker.utf8) }) { return speaker }
        if !participants.isEmpty {
            let words = speaker.split(whereSeparator: { $0 == " " || $0 == "." }).map { $0.lowercasedFast() }
            if !words.isEmpty, words.count <= 5, let match = participant(matching: words, in: participants) { return match }
        }
        return reordered(speaker) ?? speaker
    }

    /// The participant whose name has the same words as `words` (lower-cased), in any order; a
    /// patronymic in the label, or an initial standing for the given name, is allowed.
    static func participant(matching words: [String], in participants: [String]) -> String? {
        // "Moore:", «Ершова:»: a surname alone names the one listed person who bears it.
        if words.count == 1, let word = words.first {
            let bearers = participants.filter { name in
                let listed = name.split(separator: " ")
                guard listed.count >= 2, let last = listed.last, let first = listed.first else { return false }
                return last.lowercasedFast() == word || (isSurnameFirst(first) && first.lowercasedFast() == word)
            }
            return bearers.count == 1 ? bearers.first : nil
        }
        for name in participants {
            let listed = name.split(whereSeparator: { $0 == " " || $0 == "." }).map { $0.lowercasedFast() }
            guard listed.count >= 2 else { continue }
            // Every listed word appears in the label: «ЕРШОВА Марина», «ПУТИН Владимир Владимирович».
            if listed.allSatisfy({ words.contains($0) }), words.count <= listed.count + 1 { return name }
            // «В.Путин», «Путин В.В.», "V. Putin": the surname in full, the given name (and the
            // patronymic) by initials.
            if words.count <= 3, let surname = listed.last, words.contains(surname) {
                let initials = words.filter { $0 != surname }
                if !initials.isEmpty, initials.allSatisfy({ $0.count == 1 }), listed.first?.first == initials.first?.first {
                    return name
                }
            }
        }
        return nil
    }

    /// "SURNAME Given [Patronymic]" → "Given [Patronymic] Surname", the surname title-cased; nil when
    /// the label does not have that shape. A Chinese or Korean surname keeps its place («ЛИ Хунвэй» →
    /// «Ли Хунвэй»), as those names are written surname first.
    static func reordered(_ speaker: String) -> String? {
        // Most labels are "Given Surname": the second byte of a word in capitals is a capital too
        // (or a Cyrillic capital's continuation, read below), so most labels stop here.
        guard let second = speaker.utf8.dropFirst().first, second < 0x61 || second >= 0x80 else { return nil }
        let words = speaker.split(separator: " ")
        guard words.count >= 2, words.count <= 3, let first = words.first, isCapitals(first),
            words.dropFirst().allSatisfy({ isCapitalised($0) })
        else { return nil }
        let surname = PersonName.titleCased(String(first))
        if isSurnameFirst(surname) {
            return ([surname] + words.dropFirst().map(String.init)).joined(separator: " ")
        }
        return (words.dropFirst().map(String.init) + [surname]).joined(separator: " ")
    }

    /// A word in capitals of two letters or more: «ЕРШОВА», "ZHOU".
    private static func isCapitals(_ word: Substring) -> Bool {
        var letters = 0
        for scalar in word.unicodeScalars {
            if scalar.isLowercaseFast { return false }
            if scalar.isAlphabeticFast { letters += 1 }
        }
        return letters >= 2
    }

    /// A word with a capital and then lower case: «Марина», "Liqun".
    private static func isCapitalised(_ word: Substring) -> Bool {
        guard let head = word.unicodeScalars.first, head.isUppercaseFast else { return false }
        return word.unicodeScalars.dropFirst().contains { $0.isLowercaseFast }
    }

    /// Whether `word` is a Chinese or Korean surname, Latin or Cyrillic, written before the given name.
    static func isSurnameFirst(_ word: some StringProtocol) -> Bool {
        ChineseSurnames.contains(word) || koreanSurnames.contains(word.lowercased())
    }

    /// Common Korean surnames, Latin and Cyrillic, lower case.
    static let koreanSurnames: Set<String> = [
        "kim", "park", "lee", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "shin",
        "ким", "пак", "чхве", "чон", "юн", "чан", "лим", "син",
    ]
}
