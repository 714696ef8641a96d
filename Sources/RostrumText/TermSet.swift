/// A fixed set of analyzer terms that `TextAnalyzer.hits(in:of:)` finds in text without making
/// a string per token.
///
/// A tagger that looks for a few hundred lexicon terms does not need every token's term: it
/// needs to know which tokens have one of *its* terms. The set keeps its terms as UTF-8 bytes in
/// an open-addressing table (FNV-1a), and small exact prefix sets built from what the stemmers
/// preserve: a Russian stem is a prefix of its folded word (or is one with a fleeting vowel
/// dropped near its end, whose source prefixes are recorded too), and an English stem keeps the
/// first letters of its word (see `mayHoldEnglish`). A word whose prefix is not in the filter
/// cannot stem to a term of the set, so it is not stemmed at all.
public struct TermSet: Sendable {
    /// The terms, in the order given (anchors, then continuations); a hit's `term` indexes this array.
    public let terms: [String]
    /// How many of `terms` are anchors; the rest are continuations.
    public let anchorCount: Int

    private var slots: [Int32]
    private var hashes: [UInt64]
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private let mask: Int
    /// Prefix keys of the terms read as English stems, Russian stems and unstemmed forms;
    /// index 0 for anchors, 1 for continuations.
    private var englishKeys = [KeySet(), KeySet()]
    private var russianKeys = [KeySet(), KeySet()]
    private var firstKeys = [KeySet(), KeySet()]
    /// `mayHoldEnglish` for anchors as bitmaps over a word's first letters (a–z): one bit per
    /// first letter for words of one letter, per first two for words of two, per first three
    /// for longer words. A bit test in a few kilobytes instead of up to four probes.
    private var englishAnchorBits1 = [UInt64](repeating: 0, count: 1)
    private var englishAnchorBits2 = [UInt64](repeating: 0, count: (26 * 26 + 63) / 64)
    private var englishAnchorBits3 = [UInt64](repeating: 0, count: (26 * 26 * 26 + 63) / 64)
    /// For anchors, over a word's first folded basic Russian letters (U+0430…U+044F): whether a
    /// Russian prefix key may match a word of one letter (per first letter), of two letters (per
    /// first two), or longer (per first three). A miss proves `mayHoldRussian` false.
    private var russianAnchorBits1 = [UInt64](repeating: 0, count: 1)
    private var russianAnchorBits2 = [UInt64](repeating: 0, count: 32 * 32 / 64)
    private var russianAnchorBits3 = [UInt64](repeating: 0, count: 32 * 32 * 32 / 64)

    /// A set of `terms` (as the analyzer makes them: folded, stemmed); duplicates keep their
    /// first index.
    public init(_ terms: [String]) {
        self.init(terms, continuations: [])
    }

    /// A set of anchor `terms` and of `continuations`: terms that matter only right after another
    /// term of the set (the later words of a phrase), and that `TextAnalyzer.hits(in:of:)`
    /// reports only there. Common short words such as «и» or "of" can then be continuations
    /// without making every token a candidate. Their indices follow those of `terms`.
    public init(_ terms: [String], continuations: [String]) {
        anchorCount = terms.count
        let terms = terms + continuations
        self.terms = terms
        var capacity = 16
        while capacity < terms.count * 2 { capacity *= 2 }
        mask = capacity - 1
        slots = [Int32](repeating: -1, count: capacity)
        hashes = []
        hashes.reserveCapacity(terms.count)
        for (index, term) in terms.enumerated() {
            let utf8 = Array(term.utf8)
            let hash = utf8.withUnsafeBufferPointer { Self.hash($0) }
            bytes.append(contentsOf: utf8)
            starts.append(bytes.count)
            hashes.append(hash)
            let existing = utf8.withUnsafeBufferPointer { lookup($0, hash: hash) }
            if existing == nil {
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(index)
            }
            addFilterKeys(term, tier: index < anchorCount ? 0 : 1)
        }
        fillEnglishAnchorBits()
    }

    @inline(__always)
    private static func testBit(_ bits: [UInt64], _ index: Int) -> Bool {
        bits[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    @inline(__always)
    private static func setBit(_ bits: inout [UInt64], _ index: Int) {
        bits[index >> 6] |= 1 << UInt64(index & 63)
    }

    /// Evaluates `mayHoldEnglish` for anchors on every one, two and three letter start.
    private mutating func fillEnglishAnchorBits() {
        let a = UInt8(ascii: "a")
        for c0 in 0..<26 {
            let b0 = a + UInt8(c0)
            if mayHoldEnglish(1, b0, 0, 0, englishKeys[0]) { Self.setBit(&englishAnchorBits1, c0) }
            for c1 in 0..<26 {
                let b1 = a + UInt8(c1)
                if mayHoldEnglish(2, b0, b1, 0, englishKeys[0]) { Self.setBit(&englishAnchorBits2, c0 * 26 + c1) }
                for c2 in 0..<26 where mayHoldEnglish(3, b0, b1, a + UInt8(c2), englishKeys[0]) {
                    Self.setBit(&englishAnchorBits3, (c0 * 26 + c1) * 26 + c2)
                }
            }
        }
    }

    /// `mayHoldEnglish(count:_:_:_:afterHit:)` with `afterHit` false, for a word of `count`
    /// lower-case letters a–z starting with `c0`, `c1`, `c2` (only the first `count` are read).
    @inline(__always)
    func mayAnchorEnglish(count n: Int, _ c0: UInt8, _ c1: UInt8, _ c2: UInt8) -> Bool {
        let a = UInt8(ascii: "a")
        let i0 = Int(c0 &- a)
        if n == 1 { return Self.testBit(englishAnchorBits1, i0) }
        let i1 = Int(c1 &- a)
        if n == 2 { return Self.testBit(englishAnchorBits2, i0 * 26 + i1) }
        return Self.testBit(englishAnchorBits3, (i0 * 26 + i1) * 26 + Int(c2 &- a))
    }

    /// The index of `term` in `terms`, or nil when the set does not hold it.
    public func index(of term: String) -> Int? {
        var term = term
        return term.withUTF8 { index(ofUTF8: $0) }
    }

    /// The index of the term with UTF-8 `utf8`, or nil.
    @inline(__always)
    func index(ofUTF8 utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        lookup(utf8, hash: Self.hash(utf8))
    }

    private func lookup(_ utf8: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if hashes[index] == hash && equals(utf8, index) { return index }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private func equals(_ utf8: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let start = starts[index]
        guard starts[index + 1] - start == utf8.count else { return false }
        var k = 0
        while k < utf8.count {
            if bytes[start + k] != utf8[k] { return false }
            k += 1
        }
        return true
    }

    /// FNV-1a over UTF-8 bytes.
    @inline(__always)
    static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    // MARK: - Prefix filter

    /// An exact set of non-zero 64-bit keys (open addressing); a miss proves that no term has
    /// the prefix the key packs.
    struct KeySet: Sendable {
        private var keys: [UInt64] = [UInt64](repeating: 0, count: 16)
        private var mask = 15
        private var count = 0

        mutating func insert(_ key: UInt64) {
            guard key != 0, !contains(key) else { return }
            if (count + 1) * 2 > keys.count {
                let old = keys
                keys = [UInt64](repeating: 0, count: old.count * 2)
                mask = keys.count - 1
                count = 0
                for key in old where key != 0 { insert(key) }
            }
            var slot = Self.slot(key, mask)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            count += 1
        }

        @inline(__always)
        func contains(_ key: UInt64) -> Bool {
            var slot = Self.slot(key, mask)
            while true {
                let stored = keys[slot]
                if stored == key { return true }
                if stored == 0 { return false }
                slot = (slot + 1) & mask
            }
        }

        @inline(__always)
        private static func slot(_ key: UInt64, _ mask: Int) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        }
    }

    /// Records the keys under which a word could reach `term`, whatever kind of term it is.
    private mutating func addFilterKeys(_ term: String, tier: Int) {
        let scalars = Array(term.unicodeScalars)
        guard let first = scalars.first else { return }
        // Terms that are the folded word itself (numbers, CJK, mixed words): the first scalar.
        firstKeys[tier].insert(UInt64(first.value))
        // Russian stems: a prefix of up to five scalars of the word the stem came from. The stem is
        // that prefix, or — when the stemmer dropped a fleeting vowel near its end («рынк» from
        // «рынок», «копейк» from «копеек») — the prefix with the vowel back in place.
        addRussianKey(scalars, tier: tier)
        for restored in Self.fleetingVowelSources(of: scalars) { addRussianKey(restored, tier: tier) }
        // English stems: one, two or three letters (see `mayHoldEnglish`).
        let ascii = Array(term.utf8)
        if ascii.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x27 }) {
            let length = ascii.count >= 4 ? 3 : min(ascii.count, 2)
            englishKeys[tier].insert(Self.packASCII(ascii, length))
        }
    }

    /// The word beginnings a Russian stem of five scalars or fewer may have had before
    /// `RussianStemmer.dropFleetingVowel(_:)`: the stem with «о» or «е» back before its last
    /// letter, or its «й» back as «е». Longer stems keep the word's first five scalars.
    private static func fleetingVowelSources(of stem: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        let n = stem.count
        guard n >= 3, n <= russianPrefix + 1, let last = stem.last else { return [] }
        switch last {
        case "к", "ц":
            if stem[n - 2] == "й" {
                var restored = stem
                restored[n - 2] = "е"
                return [restored]
            }
            guard n <= russianPrefix else { return [] }
            var withO = stem, withE = stem
            withO.insert("о", at: n - 1)
            withE.insert("е", at: n - 1)
            return [withO, withE]
        case "н":
            guard n <= russianPrefix else { return [] }
            var withE = stem
            withE.insert("е", at: n - 1)
            return [withE]
        default:
            return []
        }
    }

    /// Records the Russian prefix key (and, for anchors, the first-letters bits) of `scalars`.
    private mutating func addRussianKey(_ scalars: [Unicode.Scalar], tier: Int) {
        var packed: UInt64 = 0
        for scalar in scalars.prefix(Self.russianPrefix) {
            packed = Self.russianStep(packed, scalar)
        }
        russianKeys[tier].insert(packed)
        if tier == 0 {
            // A key can match a basic Russian word only if its letters are folded basic ones.
            let letters = scalars.prefix(Self.russianPrefix)
            if letters.allSatisfy({ $0.value &- 0x430 < 32 }) {
                let l = letters.map { Int($0.value - 0x430) }
                switch l.count {
                case 1:
                    Self.setBit(&russianAnchorBits1, l[0])
                    for l1 in 0..<32 {
                        Self.setBit(&russianAnchorBits2, l[0] * 32 + l1)
                        for l2 in 0..<32 { Self.setBit(&russianAnchorBits3, (l[0] * 32 + l1) * 32 + l2) }
                    }
                case 2:
                    Self.setBit(&russianAnchorBits2, l[0] * 32 + l[1])
                    for l2 in 0..<32 { Self.setBit(&russianAnchorBits3, (l[0] * 32 + l[1]) * 32 + l2) }
                default:
                    Self.setBit(&russianAnchorBits3, (l[0] * 32 + l[1]) * 32 + l[2])
                }
            }
        }
    }

    private static let russianPrefix = 5

    /// Appends a scalar to a packed Russian prefix: 12 bits per scalar (Cyrillic is U+0400…U+04FF,
    /// so its letters never collide) and a count in the top four bits.
    @inline(__always)
    private static func russianStep(_ packed: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
        russianStep(packed, value: scalar.value)
    }

    /// `russianStep(_:_:)` for the scalar with value `value`.
    @inline(__always)
    private static func russianStep(_ packed: UInt64, value: UInt32) -> UInt64 {
        let count = (packed >> 60) + 1
        let letters = ((packed << 12) | UInt64((value &- 0x400) & 0xFFF)) & 0x0FFF_FFFF_FFFF_FFFF
        return (count << 60) | letters
    }

    @inline(__always)
    private static func packASCII(_ w: [UInt8], _ length: Int) -> UInt64 {
        var packed: UInt64 = 0
        for k in 0..<length { packed = (packed << 8) | UInt64(w[k]) }
        return packed
    }

    /// Whether a lower-case ASCII word `w` (a–z, "'") may stem to a term of the set.
    ///
    /// The English stemmer keeps a word's first letter; it keeps the second too, but for
    /// "dying"/"lying" → "die"/"lie" (y → i); and a stem of four letters or more keeps the first
    /// three (the third changes only in stems of three letters: "hop" + "e", "cry" → "cri",
    /// "skies" → "sky"). So a term of one letter must equal the word's first letter, a term of
    /// two or three letters must share its first two (y read as i), and a longer term its first three.
    @inline(__always)
    func mayHoldEnglish(_ w: [UInt8], afterHit: Bool) -> Bool {
        let n = w.count
        guard n > 0 else { return false }
        return mayHoldEnglish(count: n, w[0], n > 1 ? w[1] : 0, n > 2 ? w[2] : 0, afterHit: afterHit)
    }

    /// `mayHoldEnglish(_:afterHit:)` for a word of `count` letters (count > 0) that starts with
    /// `c0`, `c1`, `c2` (lower case; only the first `count` of them are read).
    @inline(__always)
    func mayHoldEnglish(count n: Int, _ c0: UInt8, _ c1: UInt8, _ c2: UInt8, afterHit: Bool) -> Bool {
        mayHoldEnglish(n, c0, c1, c2, englishKeys[0]) || (afterHit && mayHoldEnglish(n, c0, c1, c2, englishKeys[1]))
    }

    @inline(__always)
    private func mayHoldEnglish(_ n: Int, _ b0: UInt8, _ b1: UInt8, _ b2: UInt8, _ englishKeys: KeySet) -> Bool {
        let c0 = UInt64(b0)
        if b0 == 0x27 { return true }
        if englishKeys.contains(c0) { return true }
        guard n >= 2 else { return false }
        let c1 = UInt64(b1)
        if englishKeys.contains((c0 << 8) | c1) { return true }
        if b1 == UInt8(ascii: "y"), englishKeys.contains((c0 << 8) | UInt64(UInt8(ascii: "i"))) { return true }
        guard n >= 3 else { return false }
        return englishKeys.contains((c0 << 16) | (c1 << 8) | UInt64(b2))
    }

    /// Whether a folded Russian word may stem to a term of the set: its stem is one of its
    /// prefixes (up to a fleeting vowel, whose sources `addFilterKeys` records), so some prefix of up to five scalars must be a term's (a whole short term, or a longer
    /// term's first five).
    @inline(__always)
    func mayHoldRussian(_ w: [Unicode.Scalar], afterHit: Bool) -> Bool {
        mayHoldRussian(w, russianKeys[0]) || (afterHit && mayHoldRussian(w, russianKeys[1]))
    }

    @inline(__always)
    private func mayHoldRussian(_ w: [Unicode.Scalar], _ russianKeys: KeySet) -> Bool {
        var packed: UInt64 = 0
        var k = 0
        let limit = min(w.count, Self.russianPrefix)
        while k < limit {
            packed = Self.russianStep(packed, w[k])
            if russianKeys.contains(packed) { return true }
            k += 1
        }
        return false
    }

    /// A pre-filter for `mayHoldRussian(_:afterHit:)` with `afterHit` false, for a word of basic
    /// Russian letters (`Tokenizer.nextCyrillicWord()`, bytes `start..<end`) folded as
    /// `Tokenizer.foldBasicCyrillic` folds it: false proves that no anchor key matches a prefix of
    /// the word; true only that one may. A bit test on its first three letters.
    @inline(__always)
    func mayAnchorBasicCyrillic(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let l0 = Int(Self.foldedBasicCyrillic(bytes[start], bytes[start + 1]) &- 0x430)
        if end - start == 2 { return Self.testBit(russianAnchorBits1, l0) }
        let l1 = Int(Self.foldedBasicCyrillic(bytes[start + 2], bytes[start + 3]) &- 0x430)
        if end - start == 4 { return Self.testBit(russianAnchorBits2, l0 * 32 + l1) }
        let l2 = Int(Self.foldedBasicCyrillic(bytes[start + 4], bytes[start + 5]) &- 0x430)
        return Self.testBit(russianAnchorBits3, (l0 * 32 + l1) * 32 + l2)
    }

    /// The folded scalar of a basic Russian letter's two bytes (U+0410…U+044F, Ё, ё), as
    /// `Tokenizer.foldBasicCyrillic` folds it: lower case, ё as е.
    @inline(__always)
    private static func foldedBasicCyrillic(_ lead: UInt8, _ next: UInt8) -> UInt32 {
        let v = (UInt32(lead & 0x1F) << 6) | UInt32(next & 0x3F)
        if v == 0x401 || v == 0x451 { return 0x435 }
        return v < 0x430 ? v + 0x20 : v
    }

    /// Whether a term that is the folded form itself (or a number's digits) may be in the set:
    /// some term must start with the same scalar.
    @inline(__always)
    func mayHoldFolded(firstScalar: Unicode.Scalar, afterHit: Bool) -> Bool {
        firstKeys[0].contains(UInt64(firstScalar.value))
            || (afterHit && firstKeys[1].contains(UInt64(firstScalar.value)))
    }
}
