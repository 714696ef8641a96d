/// A set of lower-case words that answers `set.contains(word.lowercasedFast())` from the bytes of
/// `word`, without making the lower-case String.
///
/// The role splitter asks such sets about every word of a role; lower-casing each word into a new
/// String and hashing it (Cyrillic Strings are normalised to hash) cost more than the rules. A
/// word of ASCII and basic Cyrillic letters (U+0400…U+045F, the fast path of `FastCase`) is folded
/// byte by byte while it is hashed, and a hit is confirmed byte for byte; two such words are equal
/// as Strings exactly when their bytes are. Any other word takes the String path.
struct FoldedWordSet: Sendable {
    private let words: Set<String>
    /// Per slot: 0 when empty, else the entry's index plus one.
    private let slots: [Int32]
    private let entries: [[UInt8]]
    private let hashes: [UInt64]

    /// The set of `words` (already lower case).
    init(_ words: Set<String>) {
        self.words = words
        let entries = words.map { Array($0.utf8) }
        var capacity = 16
        while capacity < entries.count * 4 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        var hashes: [UInt64] = []
        for (index, entry) in entries.enumerated() {
            let h = entry.withUnsafeBufferPointer { UTF8Bytes.hash($0) }
            hashes.append(h)
            var slot = Int(truncatingIfNeeded: h) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(index + 1)
        }
        self.slots = slots
        self.entries = entries
        self.hashes = hashes
    }

    /// `contains(word.lowercasedFast())`.
    func contains(lowercasing word: Substring) -> Bool {
        var copy = word
        let answer = copy.withUTF8 { bytes -> Bool? in
            // Words of the sets are short; a longer word is folded in the String path.
            guard bytes.count <= 48 else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { out -> Bool? in
                guard FastCase.lowercase(bytes, into: out) else { return nil }
                return contains(folded: UnsafeBufferPointer(rebasing: out[..<bytes.count]))
            }
        }
        if let answer { return answer }
        return words.contains(word.lowercasedFast())
    }

    /// `contains(word.lowercasedFast())`.
    func contains(lowercasing word: String) -> Bool {
        contains(lowercasing: Substring(word))
    }

    private func contains(folded bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let h = UTF8Bytes.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return false }
            if hashes[entry - 1] == h, entries[entry - 1].withUnsafeBufferPointer({ UTF8Bytes.equal($0, bytes) }) { return true }
            slot = (slot + 1) & mask
        }
    }
}
