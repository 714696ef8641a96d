import RostrumText

/// A name's words in a loose Latin spelling, for finding an organisation named in the other
/// script: "Sberbank" and «Сбербанк», "Roscosmos" and «Роскосмос», "Ingosstrakh" and «Ингосстрах»,
/// "Novatek" and «НОВАТЭК» have equal loose words.
///
/// Cyrillic is transliterated (`Transliteration`), then the letters that transliteration schemes
/// and brand spellings disagree on are made one: c → k (ch stays), ph → f, w → v, x → ks, kh → h,
/// y and j → i, doubled letters once. Only for matching, never shown, and never an identity: it
/// does not translate, so "Russian Railways" and «Российские железные дороги» stay apart.
enum LooseLatin {
    /// The loose words of `name`.
    static func words(of name: String) -> [String] {
        Folding.fold(name).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { loose(Transliteration.latin(String($0))) }
    }

    private static func loose(_ word: String) -> String {
        var out: [Character] = []
        let letters = Array(word)
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            let next = index + 1 < letters.count ? letters[index + 1] : nil
            var mapped: [Character]
            switch (letter, next) {
            case ("c", "h"): mapped = ["c", "h"]; index += 1
            case ("p", "h"): mapped = ["f"]; index += 1
            case ("k", "h"): mapped = ["h"]; index += 1
            case ("c", _): mapped = ["k"]
            case ("w", _): mapped = ["v"]
            case ("x", _): mapped = ["k", "s"]
            case ("y", _), ("j", _): mapped = ["i"]
            default: mapped = [letter]
            }
            for character in mapped where out.last != character { out.append(character) }
            index += 1
        }
        return String(out)
    }
}
