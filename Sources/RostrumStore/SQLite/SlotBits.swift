/// A set of quote slots as bits: slot `i` is bit `i % 64` of word `i / 64`; words past the end are empty.
///
/// Why: a filter at a million quotes is a 125 KB bitset; intersecting two is a pass over 16,000
/// words, where testing every quote against every filter took a pass over all the columns.
struct SlotBits: Sendable, Equatable {
    var words: [UInt64]

    /// An empty set with room for `wordCount * 64` slots.
    init(wordCount: Int) {
        words = [UInt64](repeating: 0, count: max(0, wordCount))
    }

    /// A set of these `words`.
    init(words: [UInt64]) {
        self.words = words
    }

    /// Whether every slot in the set is below `slotCount`.
    func fits(_ slotCount: Int) -> Bool {
        let needed = Self.wordCount(slotCount)
        guard words.count <= needed else { return false }
        guard words.count == needed, slotCount & 63 != 0, let last = words.last else { return true }
        return last >> UInt64(slotCount & 63) == 0
    }

    /// The words needed for `slotCount` slots.
    static func wordCount(_ slotCount: Int) -> Int { (slotCount + 63) >> 6 }

    @inline(__always)
    func contains(_ slot: Int) -> Bool {
        let w = slot >> 6
        return w < words.count && (words[w] >> UInt64(slot & 63)) & 1 != 0
    }

    /// Adds `slot`, growing the words as needed.
    @inline(__always)
    mutating func insert(_ slot: Int) {
        let w = slot >> 6
        if w >= words.count { words.append(contentsOf: repeatElement(0, count: w + 1 - words.count)) }
        words[w] |= 1 << UInt64(slot & 63)
    }

    /// Adds the ascending or unordered `slots` (all below `words.count * 64`).
    mutating func insert(contentsOf slots: [Int32]) {
        words.withUnsafeMutableBufferPointer { words in
            for slot in slots {
                let s = Int(slot)
                words[s >> 6] |= 1 << UInt64(s & 63)
            }
        }
    }

    /// Removes `slot` when present.
    mutating func remove(_ slot: Int) {
        let w = slot >> 6
        if w < words.count { words[w] &= ~(1 << UInt64(slot & 63)) }
    }

    mutating func formUnion(_ other: SlotBits) {
        if other.words.count > words.count { words.append(contentsOf: repeatElement(0, count: other.words.count - words.count)) }
        words.withUnsafeMutableBufferPointer { a in
            other.words.withUnsafeBufferPointer { b in
                for i in b.indices { a[i] |= b[i] }
            }
        }
    }

    mutating func formIntersection(_ other: SlotBits) {
        let shared = min(words.count, other.words.count)
        words.withUnsafeMutableBufferPointer { a in
            other.words.withUnsafeBufferPointer { b in
                for i in 0..<shared { a[i] &= b[i] }
                for i in shared..<a.count { a[i] = 0 }
            }
        }
    }

    mutating func subtract(_ other: SlotBits) {
        let shared = min(words.count, other.words.count)
        words.withUnsafeMutableBufferPointer { a in
            other.words.withUnsafeBufferPointer { b in
                for i in 0..<shared { a[i] &= ~b[i] }
            }
        }
    }

    /// How many slots are in the set.
    var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// The slots in the set, ascending.
    var slots: [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(count)
        words.withUnsafeBufferPointer { words in
            for (w, word) in words.enumerated() where word != 0 {
                var bits = word
                let base = Int32(truncatingIfNeeded: w << 6)
                while bits != 0 {
                    out.append(base | Int32(truncatingIfNeeded: bits.trailingZeroBitCount))
                    bits &= bits &- 1
                }
            }
        }
        return out
    }
}
