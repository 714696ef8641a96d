/// Tells Russian finite verbs and short participles from nouns by their endings, so that a verb
/// («экономит», «поддержали», «выделено», «обошлась») is never taken for what a figure measures.
///
/// Only endings that nouns almost never have are used; a noun such as «бюджет», «кредит» or
/// «цели» is never called a verb, at the price of missing a few verbs. Works on the word's UTF-8
/// bytes (no strings are built), since it runs for every subject the figure stage looks for.
enum RussianVerbForms {
    private static func utf8(_ list: [String]) -> [[UInt8]] { list.map { Array($0.utf8) } }

    private static let endings = utf8([
        "ает", "яет", "еет", "ует", "ают", "яют", "уют", "еют", "ится", "ется", "ются", "ятся", "утся", "атся",
        "лась", "лось", "лся", "лись", "ено", "ован", "ована", "овано", "ованы", "влен", "лено", "чен", "жен",
        "ать", "ять", "еть", "ить", "уть", "ться", "лит", "жит", "дит", "вит", "бит", "мит",
    ])
    /// First-person plural and similar («закупаем», «производим»); many nouns end so, hence longer words only.
    private static let endingsEmIm = utf8(["ем", "им"])
    /// Plural past forms («поддержали», «вернули»); nouns in these endings are short («детали»).
    private static let longPast = utf8(["али", "или", "ули", "яли", "ыли"])
    private static let ila = Array("ила".utf8)

    private static let nounsInEm = HashedWordTable(set: ["объем", "прием", "подъем", "режим", "максимум", "минимум"]
        .map(FigureLexicon.hash))

    /// Whether the word in `bytes[start..<end]` (Cyrillic, so two bytes a letter) looks like a verb form.
    static func isVerb(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hash: UInt64) -> Bool {
        guard end > start, bytes[start] == 0xD0 || bytes[start] == 0xD1 else { return false }
        let letters = (end - start) / 2
        if letters < 5 { return false }
        func has(_ suffix: [UInt8]) -> Bool {
            let n = suffix.count
            guard end - start >= n else { return false }
            var k = 0
            while k < n {
                if bytes[end - n + k] != suffix[k] { return false }
                k += 1
            }
            return true
        }
        if endings.contains(where: has) { return true }
        if letters >= 7, endingsEmIm.contains(where: has) { return !nounsInEm.contains(hash) }
        if letters >= 7, longPast.contains(where: has) { return true }
        return letters >= 8 && has(ila)
    }
}
