/// A set of short words looked up by their UTF-8 bytes, without building a `String`.
///
/// `Set<String>.contains` hashes through Unicode normalisation whenever a word is not ASCII, and
/// the attribution stage asks such sets about almost every Russian word it sees. This set hashes
/// the raw bytes (FNV-1a) into an open-addressed table and compares bytes, which gives the same
/// answers for the NFC text the readers produce.
struct WordSet: Sendable {
    private let words: [[UInt8]]
    private let slots: [Int32]
    private let mask: Int
    /// The longest word, in bytes: longer candidates are rejected at once.
    let longest: Int
    /// A bit for each pair of first and last scalar (lower-cased) that a word has: most candidates
    /// of a folded look-up are rejected by their two ends, before the whole word is hashed. Empty
    /// when a word has an end off the fast lower-casing path (then no candidate is rejected so).
    private let edges: [UInt64]

    /// A set of `words`, compared byte for byte.
    init(_ words: some Sequence<String>) {
        var unique: [[UInt8]] = []
        var seen = Set<[UInt8]>()
        for word in words where seen.insert(Array(word.utf8)).inserted { unique.append(Array(word.utf8)) }
        var capacity = 16
        while capacity < unique.count * 4 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        for (i, word) in unique.enumerated() {
            var slot = Int(truncatingIfNeeded: word.withUnsafeBufferPointer { Self.hash($0) }) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(i)
        }
        self.words = unique
        self.slots = slots
        self.mask = capacity - 1
        self.longest = unique.map(\.count).max() ?? 0
        var edges = [UInt64](repeating: 0, count: Self.edgeBits / 64)
        for word in unique {
            let key = word.withUnsafeBufferPointer { Self.edgeKey($0, end: $0.count) }
            guard let key else {
                edges = []
                break
            }
            edges[key >> 6] |= 1 << UInt64(key & 63)
        }
        self.edges = edges
    }

    /// The size of the edge filter, in bits.
    private static let edgeBits = 4096

    /// A hash of the lower-cased first and last scalars of `raw[0..<end]`, or nil when either is
    /// off the fast lower-casing path or `end` is 0. `String.lowercased()` maps scalar by scalar,
    /// and these two scalars map the same way whatever stands between them, so two words whose
    /// lower-cased forms are equal have equal keys.
    @inline(__always)
    private static func edgeKey(_ raw: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        guard end > 0 else { return nil }
        let first: UInt32
        let b = raw[0]
        if b < 0x80 {
            first = UInt32(b &- 0x41 < 26 ? b | 0x20 : b)
        } else {
            guard let (x, y, z, _) = folded(raw, at: 0, end: end) else { return nil }
            first = UInt32(x) << 16 | UInt32(y) << 8 | UInt32(z)
        }
        var j = end - 1
        while j > 0, raw[j] & 0xC0 == 0x80 { j -= 1 }
        let last: UInt32
        let c = raw[j]
        if c < 0x80 {
            last = UInt32(c &- 0x41 < 26 ? c | 0x20 : c)
        } else {
            guard let (x, y, z, width) = folded(raw, at: j, end: end), j + width == end else { return nil }
            last = UInt32(x) << 16 | UInt32(y) << 8 | UInt32(z)
        }
        let h = (first &* 0x9E37_79B1) ^ (last &* 0x85EB_CA77)
        return Int((h ^ (h >> 15)) & UInt32(edgeBits - 1))
    }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// True when the bytes are one of the words.
    func contains(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= longest, !words.isEmpty else { return false }
        // Equal bytes have equal lower-cased ends: a word whose ends no word has is none of them.
        if !edges.isEmpty, let key = Self.edgeKey(bytes, end: bytes.count), edges[key >> 6] & (1 << UInt64(key & 63)) == 0 { return false }
        var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return false }
            let word = words[index]
            if word.count == bytes.count && word.withUnsafeBufferPointer({ $0.elementsEqual(bytes) }) { return true }
            slot = (slot + 1) & mask
        }
    }

    /// True when `word` is one of the words, exactly.
    func contains(_ word: Substring) -> Bool {
        guard word.utf8.count <= longest else { return false }
        var copy = word
        return copy.withUTF8 { contains(bytes: $0) }
    }

    /// True when `word` is one of the words, exactly.
    func contains(_ word: String) -> Bool {
        contains(Substring(word))
    }

    /// False when lower-casing certainly leaves `bytes` as they are: no ASCII capital, no
    /// capital of the basic Cyrillic block, and no scalar outside ASCII and U+0430…U+045F.
    @inline(__always)
    static func mayChangeWhenLowered(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b &- 0x41 < 26 { return true }
                i += 1
                continue
            }
            guard i + 1 < n else { return true }
            let c = bytes[i + 1]
            if b == 0xD0 {
                if c < 0xB0 { return true }
            } else if b == 0xD1 {
                if c >= 0xA0 { return true }
            } else {
                return true
            }
            i += 2
        }
        return false
    }

    /// `containsNormalized` of the word in `bytes`, read in place: the bytes lower-cased as they
    /// are hashed, after trailing commas, periods and colons are dropped. Nil when a scalar is
    /// outside the fast path of `FastCase.lowercasedBytes` (the caller then asks the slow way).
    func containsNormalized(bytes raw: UnsafeBufferPointer<UInt8>) -> Bool? {
        containsFolded(bytes: raw, trimming: true)
    }

    /// `containsLowercased` of the word in `bytes`, read in place; nil as for `containsNormalized(bytes:)`.
    func containsLowercased(bytes raw: UnsafeBufferPointer<UInt8>) -> Bool? {
        containsFolded(bytes: raw, trimming: false)
    }

    /// The look-up of `containsNormalized(bytes:)` and `containsLowercased(bytes:)`.
    private func containsFolded(bytes raw: UnsafeBufferPointer<UInt8>, trimming: Bool) -> Bool? {
        var end = raw.count
        while trimming, end > 0, raw[end - 1] == UInt8(ascii: ",") || raw[end - 1] == UInt8(ascii: ".") || raw[end - 1] == UInt8(ascii: ":") {
            end -= 1
        }
        // As `containsFolded`: a word longer than every word is no word, whatever its case.
        // (The fast path maps each scalar to one of the same byte count.)
        guard end <= longest, !words.isEmpty else { return false }
        if !edges.isEmpty, let key = Self.edgeKey(raw, end: end), edges[key >> 6] & (1 << UInt64(key & 63)) == 0 { return false }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = 0
        while i < end {
            let b = raw[i]
            if b < 0x80 {
                h = (h ^ UInt64(b &- 0x41 < 26 ? b | 0x20 : b)) &* 0x100_0000_01b3
                i += 1
                continue
            }
            guard let (x, y, z, width) = Self.folded(raw, at: i, end: end) else { return nil }
            h = (h ^ UInt64(x)) &* 0x100_0000_01b3
            h = (h ^ UInt64(y)) &* 0x100_0000_01b3
            if width == 3 { h = (h ^ UInt64(z)) &* 0x100_0000_01b3 }
            i += width
        }
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return false }
            if words[index].count == end, Self.equalsFolded(words[index], raw, end) { return true }
            slot = (slot + 1) & mask
        }
    }

    /// The lower-cased bytes of the multi-byte scalar at `i` and its width (2 or 3), as
    /// `FastCase.lowercasedBytes` maps them; nil off its fast path.
    @inline(__always)
    private static func folded(_ raw: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (UInt8, UInt8, UInt8, Int)? {
        let b = raw[i]
        guard i + 1 < end else { return nil }
        let c = raw[i + 1]
        switch b {
        case 0xD0, 0xD1:
            return FastCase.lowercasedCyrillic(b, c).map { (UInt8(truncatingIfNeeded: $0 >> 8), UInt8(truncatingIfNeeded: $0), 0, 2) }
        case 0xC2:
            return c >= 0x80 && c < 0xC0 ? (b, c, 0, 2) : nil
        case 0xE2:
            guard i + 2 < end, c == 0x80, raw[i + 2] >= 0x80 && raw[i + 2] < 0xC0 else { return nil }
            return (b, c, raw[i + 2], 3)
        default:
            return nil
        }
    }

    /// True when `raw[0..<end]`, lower-cased, equals `word` (of `end` bytes).
    private static func equalsFolded(_ word: [UInt8], _ raw: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        var i = 0
        while i < end {
            let b = raw[i]
            if b < 0x80 {
                guard word[i] == (b &- 0x41 < 26 ? b | 0x20 : b) else { return false }
                i += 1
                continue
            }
            guard let (x, y, z, width) = folded(raw, at: i, end: end), word[i] == x, word[i + 1] == y else { return false }
            if width == 3, word[i + 2] != z { return false }
            i += width
        }
        return true
    }

    /// `contains(SaidVerbs.normalized(word))` without building the normalised string: the word
    /// lower-cased and without trailing commas, periods and colons.
    func containsNormalized(_ word: Substring) -> Bool {
        containsFolded(word, trimming: true)
    }

    /// `contains(word.lowercased())` without building the lower-cased string.
    func containsLowercased(_ word: Substring) -> Bool {
        containsFolded(word, trimming: false)
    }

    private func containsFolded(_ word: Substring, trimming: Bool) -> Bool {
        // Lower-cased as hashed, without a lower-cased copy (see `containsFolded(bytes:trimming:)`).
        let answer: Bool? = word.utf8.withContiguousStorageIfAvailable { raw in containsFolded(bytes: raw, trimming: trimming) } ?? nil
        if let answer { return answer }
        return contains(trimming ? SaidVerbs.normalized(word) : word.lowercased())
    }
}
