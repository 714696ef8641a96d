/// The Snowball English stemmer (Porter2), as in Snowball 3: exceptional forms, the
/// "gener-/commun-/arsen-…" region prefixes, steps 0–5 and the -ing/-eed special cases.
///
/// "investing", "investment", "invested" → "invest"; "countries" → "countri";
/// "dying" → "die"; "news" → "news". Input is a lower-case ASCII word (as `Folding` makes it);
/// it works on bytes in place, so stemming a word allocates nothing.
public enum EnglishStemmer {
    /// The stem of a lower-case English word. Words with characters other than a–z and "'"
    /// are returned unchanged.
    public static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        for byte in bytes where !(byte >= 0x61 && byte <= 0x7A) && byte != 0x27 { return word }
        guard stem(&bytes) else { return word }
        return String(decoding: bytes, as: UTF8.self)
    }

    private typealias Word = [UInt8]

    private static let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i")
    private static let l = UInt8(ascii: "l"), s = UInt8(ascii: "s"), t = UInt8(ascii: "t")
    private static let y = UInt8(ascii: "y"), upperY = UInt8(ascii: "Y"), apostrophe = UInt8(ascii: "'")

    /// Stems `w` (lower-case ASCII) in place; returns whether it changed.
    @discardableResult
    static func stem(_ w: inout [UInt8]) -> Bool {
        if let replacement = exception1(w) {
            if ends(w, replacement) && w.count == replacement.utf8CodeUnitCount { return false }
            w.removeAll(keepingCapacity: true)
            replaceSuffix(&w, length: 0, with: replacement)
            return true
        }
        if w.count < 3 { return false }
        let originalCount = w.count
        let originalLast = w[originalCount - 1]
        let originalFirst = w[0]
        // Prelude
        if w.first == apostrophe { w.removeFirst() }
        var yFound = false
        if w.first == y { w[0] = upperY; yFound = true }
        if w.count > 1 {
            for k in 0..<(w.count - 1) where isVowel(w[k]) && w[k + 1] == y {
                w[k + 1] = upperY
                yFound = true
            }
        }
        let (p1, p2) = markRegions(w)
        step1a(&w)
        step1b(&w, p1: p1)
        step1c(&w)
        step2(&w, p1: p1)
        step3(&w, p1: p1, p2: p2)
        step4(&w, p2: p2)
        step5(&w, p1: p1, p2: p2)
        if yFound {
            for k in w.indices where w[k] == upperY { w[k] = y }
        }
        // Every step shortens, rewrites the end or drops a leading apostrophe.
        return w.count != originalCount || w.last != originalLast || w.first != originalFirst
    }

    // MARK: - Groupings

    @inline(__always)
    private static func isVowel(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
             UInt8(ascii: "y"):
            return true
        default:
            return false
        }
    }

    /// Vowels plus w, x and Y: letters that cannot end a short syllable.
    @inline(__always)
    private static func isVowelWXY(_ c: UInt8) -> Bool {
        isVowel(c) || c == UInt8(ascii: "w") || c == UInt8(ascii: "x") || c == upperY
    }

    @inline(__always)
    private static func isValidLI(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "c"), UInt8(ascii: "d"), UInt8(ascii: "e"), UInt8(ascii: "g"), UInt8(ascii: "h"),
             UInt8(ascii: "k"), UInt8(ascii: "m"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return true
        default:
            return false
        }
    }

    // MARK: - Helpers

    @inline(__always)
    private static func ends(_ w: Word, _ suffix: [UInt8]) -> Bool {
        let n = w.count, m = suffix.count
        guard m <= n else { return false }
        var k = 0
        while k < m {
            if w[n - m + k] != suffix[k] { return false }
            k += 1
        }
        return true
    }

    @inline(__always)
    private static func ends(_ w: Word, _ suffix: StaticString) -> Bool {
        ends(w, at: w.count, suffix)
    }

    /// Whether `w[..<end]` ends with `suffix`.
    @inline(__always)
    private static func ends(_ w: Word, at end: Int, _ suffix: StaticString) -> Bool {
        let m = suffix.utf8CodeUnitCount
        guard m <= end else { return false }
        let p = suffix.utf8Start
        var k = 0
        while k < m {
            if w[end - m + k] != p[k] { return false }
            k += 1
        }
        return true
    }

    /// Whether `w[..<end]` ends with `suffix`.
    @inline(__always)
    private static func ends(_ w: Word, at end: Int, _ suffix: [UInt8]) -> Bool {
        let m = suffix.count
        guard m <= end else { return false }
        var k = 0
        while k < m {
            if w[end - m + k] != suffix[k] { return false }
            k += 1
        }
        return true
    }

    @inline(__always)
    private static func replaceSuffix(_ w: inout Word, length: Int, with replacement: StaticString) {
        w.removeLast(length)
        let p = replacement.utf8Start
        for k in 0..<replacement.utf8CodeUnitCount { w.append(p[k]) }
    }

    /// The index of the longest entry of `table` (sorted longest first) that ends `w`.
    @inline(__always)
    private static func longest(_ w: Word, _ table: [StaticString]) -> Int? {
        var index = 0
        while index < table.count {
            if ends(w, table[index]) { return index }
            index += 1
        }
        return nil
    }

    // MARK: - Regions


    private static func markRegions(_ w: Word) -> (Int, Int) {
        let n = w.count
        var p1 = n
        var found = false
        let prefix: StaticString?
        switch w[0] {
        case a: prefix = "arsen"
        case UInt8(ascii: "c"): prefix = "commun"
        case e: prefix = "emerg"
        case UInt8(ascii: "g"): prefix = "gener"
        case i: prefix = "inter"
        case l: prefix = "later"
        case UInt8(ascii: "o"): prefix = "organ"
        case UInt8(ascii: "p"): prefix = "past"
        case UInt8(ascii: "u"): prefix = "univers"
        default: prefix = nil
        }
        if let prefix, prefix.utf8CodeUnitCount <= n, ends(w, at: prefix.utf8CodeUnitCount, prefix) {
            p1 = prefix.utf8CodeUnitCount
            found = true
        }
        if !found {
            guard let afterVC = pastVowelConsonant(w, from: 0) else { return (n, n) }
            p1 = afterVC
        }
        let p2 = pastVowelConsonant(w, from: p1) ?? n
        return (p1, p2)
    }

    /// The position just past the first non-vowel that follows a vowel, searching from `from`.
    private static func pastVowelConsonant(_ w: Word, from: Int) -> Int? {
        var k = from
        while k < w.count && !isVowel(w[k]) { k += 1 }
        guard k < w.count else { return nil }
        k += 1
        while k < w.count && isVowel(w[k]) { k += 1 }
        guard k < w.count else { return nil }
        return k + 1
    }

    /// Whether `w[..<end]` ends in a short syllable (or in "past").
    private static func shortSyllable(_ w: Word, end: Int) -> Bool {
        if end >= 3 && !isVowelWXY(w[end - 1]) && isVowel(w[end - 2]) && !isVowel(w[end - 3]) { return true }
        if end == 2 && !isVowel(w[1]) && isVowel(w[0]) { return true }
        return ends(w, at: end, "past")
    }

    // MARK: - Exceptions

    private static let exceptions: [(word: StaticString, stem: StaticString)] = [
        ("skis", "ski"), ("skies", "sky"), ("idly", "idl"), ("gently", "gentl"), ("ugly", "ugli"),
        ("early", "earli"), ("only", "onli"), ("singly", "singl"),
        ("sky", "sky"), ("news", "news"), ("howe", "howe"),
        ("atlas", "atlas"), ("cosmos", "cosmos"), ("bias", "bias"), ("andes", "andes"),
    ]

    /// The replacement for an exceptional word, or nil.
    private static func exception1(_ w: Word) -> StaticString? {
        guard w.count >= 3 && w.count <= 6, let last = w.last, last == y || last == s || last == e else { return nil }
        switch w[0] {
        case UInt8(ascii: "s"), UInt8(ascii: "i"), UInt8(ascii: "g"), UInt8(ascii: "u"), UInt8(ascii: "e"),
             UInt8(ascii: "o"), UInt8(ascii: "n"), UInt8(ascii: "h"), UInt8(ascii: "a"), UInt8(ascii: "c"),
             UInt8(ascii: "b"):
            break
        default:
            return nil
        }
        for entry in exceptions where entry.word.utf8CodeUnitCount == w.count && ends(w, entry.word) {
            return entry.stem
        }
        return nil
    }

    // MARK: - Steps

    private static let apostropheSuffixes: [StaticString] = ["'s'", "'s", "'"]
    private static let step1aSuffixes: [StaticString] = ["sses", "ied", "ies", "ss", "us", "s"]

    private static func step1a(_ w: inout Word) {
        if w.last == apostrophe || (w.count >= 2 && w[w.count - 2] == apostrophe),
           let k = longest(w, apostropheSuffixes) {
            w.removeLast(apostropheSuffixes[k].utf8CodeUnitCount)
        }
        guard let last = w.last, last == s || last == UInt8(ascii: "d") else { return }
        guard let k = longest(w, step1aSuffixes) else { return }
        let n = w.count
        switch k {
        case 0:  // sses → ss
            w.removeLast(2)
        case 1, 2:  // ied, ies → i after two letters or more, else ie
            if n - 3 >= 2 { replaceSuffix(&w, length: 3, with: "i") } else { replaceSuffix(&w, length: 3, with: "ie") }
        case 5:  // s: delete if a vowel occurs before the letter preceding it
            guard n >= 2 else { return }
            var k = n - 2
            while k > 0 {
                if isVowel(w[k - 1]) {
                    w.removeLast()
                    return
                }
                k -= 1
            }
        default:  // ss, us
            break
        }
    }

    private static let step1bSuffixes: [StaticString] = ["eedly", "ingly", "edly", "eed", "ing", "ed"]
    private static let eedExceptions: [StaticString] = ["succ", "proc", "exc"]
    private static let ingExceptions: [StaticString] = ["even", "cann", "inn", "earr", "herr", "out"]
    private static let undoubled: [StaticString] = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"]
    private static let addE: [StaticString] = ["at", "bl", "iz"]

    private static func step1b(_ w: inout Word, p1: Int) {
        guard let last = w.last, last == UInt8(ascii: "d") || last == UInt8(ascii: "g") || last == y else { return }
        guard let k = longest(w, step1bSuffixes) else { return }
        let length = step1bSuffixes[k].utf8CodeUnitCount
        let bra = w.count - length
        switch k {
        case 0, 3:  // eedly, eed
            guard bra >= p1 else { return }
            for prefix in eedExceptions where prefix.utf8CodeUnitCount == bra && ends(w, at: bra, prefix) { return }
            replaceSuffix(&w, length: length, with: "ee")
            return
        case 4:  // ing
            if bra == 2 && w[1] == y && !isVowel(w[0]) {  // dying, lying, tying
                replaceSuffix(&w, length: 4, with: "ie")
                return
            }
            for prefix in ingExceptions where prefix.utf8CodeUnitCount == bra && ends(w, at: bra, prefix) { return }
        default:
            break
        }
        // ed, edly, ing, ingly: delete if the rest has a vowel, then tidy the end.
        var hasVowel = false
        var position = 0
        while position < bra {
            if isVowel(w[position]) {
                hasVowel = true
                break
            }
            position += 1
        }
        guard hasVowel else { return }
        w.removeLast(length)
        let n = w.count
        if longest(w, addE) != nil {
            w.append(e)
        } else if longest(w, undoubled) != nil {
            if n == 3 && (w[0] == a || w[0] == e || w[0] == UInt8(ascii: "o")) { return }
            w.removeLast()
        } else if n == p1 && shortSyllable(w, end: n) {
            w.append(e)
        }
    }

    private static func step1c(_ w: inout Word) {
        let n = w.count
        guard n >= 3, w[n - 1] == y || w[n - 1] == upperY, !isVowel(w[n - 2]) else { return }
        w[n - 1] = i
    }

    private typealias Rule = (suffix: StaticString, replacement: StaticString)

    // Step 2 rules grouped by their last letter, each group longest first.
    private static let step2I: [Rule] = [
        ("biliti", "ble"), ("lessli", "less"), ("entli", "ent"), ("aliti", "al"), ("ousli", "ous"),
        ("iviti", "ive"), ("fulli", "ful"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("alli", "al"),
        ("bli", "ble"), ("ogi", "og"), ("li", ""),
    ]
    private static let step2N: [Rule] = [("ization", "ize"), ("ation", "ate")]
    private static let step2L: [Rule] = [("ational", "ate"), ("tional", "tion")]
    private static let step2S: [Rule] = [("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive")]
    private static let step2R: [Rule] = [("izer", "ize"), ("ator", "ate")]
    private static let step2M: [Rule] = [("alism", "al")]
    private static let step2T: [Rule] = [("ogist", "og")]

    private static func step2(_ w: inout Word, p1: Int) {
        guard let last = w.last else { return }
        let rules: [Rule]
        switch last {
        case i: rules = step2I
        case UInt8(ascii: "n"): rules = step2N
        case l: rules = step2L
        case s: rules = step2S
        case UInt8(ascii: "r"): rules = step2R
        case UInt8(ascii: "m"): rules = step2M
        case t: rules = step2T
        default: return
        }
        for rule in rules where ends(w, rule.suffix) {
            let length = rule.suffix.utf8CodeUnitCount
            let bra = w.count - length
            guard bra >= p1 else { return }
            if last == i && length == 3 && w[w.count - 2] == UInt8(ascii: "g") {  // ogi
                guard bra > 0, w[bra - 1] == l else { return }
            } else if last == i && length == 2 {  // li
                guard bra > 0, isValidLI(w[bra - 1]) else { return }
            }
            replaceSuffix(&w, length: length, with: rule.replacement)
            return
        }
    }

    private static let step3Table: [(suffix: StaticString, replacement: StaticString)] = [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"),
        ("ative", ""), ("ical", "ic"), ("ness", ""), ("ful", ""),
    ]

    private static func step3(_ w: inout Word, p1: Int, p2: Int) {
        guard let last = w.last, last == e || last == l || last == i || last == s else { return }
        for entry in step3Table where ends(w, entry.suffix) {
            let length = entry.suffix.utf8CodeUnitCount
            let bra = w.count - length
            guard bra >= p1 else { return }
            if length == 5 && w[w.count - 2] == UInt8(ascii: "v") && bra < p2 { return }  // ative
            replaceSuffix(&w, length: length, with: entry.replacement)
            return
        }
    }

    private static let step4E: [StaticString] = ["ance", "ence", "able", "ible", "ate", "ive", "ize"]
    private static let step4T: [StaticString] = ["ement", "ment", "ant", "ent"]

    private static func step4(_ w: inout Word, p2: Int) {
        guard let last = w.last else { return }
        let length: Int
        switch last {
        case e:
            guard let k = longest(w, step4E) else { return }
            length = step4E[k].utf8CodeUnitCount
        case t:
            guard let k = longest(w, step4T) else { return }
            length = step4T[k].utf8CodeUnitCount
        case UInt8(ascii: "m"):
            guard ends(w, "ism") else { return }
            length = 3
        case i:
            guard ends(w, "iti") else { return }
            length = 3
        case s:
            guard ends(w, "ous") else { return }
            length = 3
        case UInt8(ascii: "n"):
            guard ends(w, "ion") else { return }
            length = 3
        case l:
            guard ends(w, "al") else { return }
            length = 2
        case UInt8(ascii: "r"):
            guard ends(w, "er") else { return }
            length = 2
        case UInt8(ascii: "c"):
            guard ends(w, "ic") else { return }
            length = 2
        default:
            return
        }
        let bra = w.count - length
        guard bra >= p2 else { return }
        if last == UInt8(ascii: "n") {  // ion: only after s or t
            guard bra > 0, w[bra - 1] == s || w[bra - 1] == t else { return }
        }
        w.removeLast(length)
    }

    private static func step5(_ w: inout Word, p1: Int, p2: Int) {
        guard let last = w.last else { return }
        let bra = w.count - 1
        if last == e {
            if bra >= p2 || (bra >= p1 && !shortSyllable(w, end: bra)) { w.removeLast() }
        } else if last == l {
            if bra >= p2 && bra > 0 && w[bra - 1] == l { w.removeLast() }
        }
    }
}
