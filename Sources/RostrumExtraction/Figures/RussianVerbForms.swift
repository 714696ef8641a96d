/// Tells Russian finite verbs and short participles from nouns by their endings, so that a verb
/// («экономит», «поддержали», «выделено», «обошлась») is never taken for what a figure measures.
///
/// Only endings that nouns almost never have are used; a noun such as «бюджет», «кредит» or
/// «цели» is never called a verb, at the price of missing a few verbs. Works on the word's UTF-8
/// bytes (no strings are built), since it runs for every subject the figure stage looks for.
enum RussianVerbForms {
    private static func utf8(_ list: [String]) -> [[UInt8]] { list.map { Array($0.utf8) } }

    /// `list` grouped by the bucket of its last two bytes (`bucket(_:_:)`): a word need only be
    /// compared with the endings that end in its own last letter.
    private static func buckets(_ list: [[UInt8]]) -> [[[UInt8]]] {
        var result = [[[UInt8]]](repeating: [], count: 128)
        for ending in list where ending.count >= 2 {
            result[bucket(ending[ending.count - 2], ending[ending.count - 1])].append(ending)
        }
        return result
    }

    /// A bucket for a letter's two UTF-8 bytes; distinct for every Cyrillic letter (lead byte
    /// D0 or D1, low six bits of the second).
    @inline(__always)
    private static func bucket(_ lead: UInt8, _ next: UInt8) -> Int {
        Int(lead & 1) << 6 | Int(next & 0x3F)
    }

    private static let endings = buckets(utf8([
        "ает", "яет", "еет", "ует", "ают", "яют", "уют", "еют", "ится", "ется", "ются", "ятся", "утся", "атся",
        "лась", "лось", "лся", "лись", "ено", "ован", "ована", "овано", "ованы", "влен", "лено", "чен", "жен",
        "ать", "ять", "еть", "ить", "уть", "ться", "лит", "жит", "дит", "вит", "бит", "мит",
        // Third-person plural futures and presents in -ут («придут», «выйдут», «смогут», «покажут», «принесут»).
        "дут", "гут", "жут", "сут",
        // Short participles in -ано / -ято («выдано», «продано», «принято»), which no noun ends with.
        "дано", "сано", "зано", "тано", "нято", "ыто",
    ]))
    /// First-person plural and similar («закупаем», «производим»); many nouns end so, hence longer words only.
    private static let endingsEmIm = buckets(utf8(["ем", "им"]))
    /// Plural past forms («поддержали», «вернули»); nouns in these endings are short («детали»).
    private static let longPast = buckets(utf8(["али", "или", "ули", "яли", "ыли"]))
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
        let last = bucket(bytes[end - 2], bytes[end - 1])
        if endings[last].contains(where: has) { return true }
        if letters >= 7, endingsEmIm[last].contains(where: has) { return !nounsInEm.contains(hash) }
        if letters >= 7, longPast[last].contains(where: has) { return true }
        return letters >= 8 && has(ila)
    }
}
