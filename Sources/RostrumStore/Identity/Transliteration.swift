/// Russian Cyrillic to Latin letters, for comparing names across scripts (not for display).
///
/// The scheme is close to the passport one (ж→zh, х→kh, ц→ts, ч→ch, ш→sh, щ→shch, ю→yu,
/// я→ya, й→y, ь and ъ dropped); `PersonKey` then folds the remaining spelling variants.
enum Transliteration {
    /// `text` (already case-folded) with Cyrillic letters written in Latin.
    static func latin(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let mapped = table[scalar] {
                out += mapped
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static let table: [Unicode.Scalar: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
        "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
        "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
    ]
}
