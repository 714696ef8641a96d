/// Remembers, word by word, which term of one `TermSet` a word's surface bytes analyse to, for
/// `TextAnalyzer.hits(in:of:memo:into:)`.
///
/// Folding and stemming a word costs hundreds of instructions; the same words come back in every
/// quote of a session and in every session. The memo keys a word by its exact UTF-8 bytes and
/// keeps two answers: the set's index of its term when it may start a hit (an anchor), and when it
/// follows another hit (anchors and continuations). They are the answers `hits(in:of:)` computes,
/// so results with a memo are the same as without one.
///
/// A memo belongs to one `TermSet`: use a separate memo for each set. It is bounded and starts
/// over when full.
public struct TermMemo: Sendable {
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    /// Entry `i`'s bytes are `arena[starts[i]..<starts[i + 1]]`.
    private var starts: [Int32] = [0]
    private var arena: [UInt8] = []
    /// Two per entry: the index as an anchor, then after a hit; -1 for none.
    private var results: [Int32] = []
    private var mask: Int

    /// The most words remembered before the memo starts over.
    public static let capacity = 1 << 15

    /// An empty memo.
    public init() {
        slots = [Int32](repeating: -1, count: 1024)
        mask = 1023
    }

    /// How many words the memo holds.
    public var count: Int { hashes.count }

    /// The remembered answers for `word` (with FNV-1a `hash`), or nil.
    @inline(__always)
    func find(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (anchor: Int32, afterHit: Int32)? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return nil }
            if hashes[entry] == hash && equals(word, entry) {
                return (results[2 * entry], results[2 * entry + 1])
            }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private func equals(_ word: UnsafeBufferPointer<UInt8>, _ entry: Int) -> Bool {
        let start = Int(starts[entry])
        guard Int(starts[entry + 1]) - start == word.count else { return false }
        var k = 0
        while k < word.count {
            if arena[start + k] != word[k] { return false }
            k += 1
        }
        return true
    }

    /// Remembers the answers for `word`, which `find` did not know.
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64, anchor: Int32, afterHit: Int32) {
        if hashes.count >= Self.capacity { self = TermMemo() }
        if (hashes.count + 1) * 2 > slots.count { grow() }
        let entry = Int32(hashes.count)
        hashes.append(hash)
        arena.append(contentsOf: word)
        starts.append(Int32(arena.count))
        results.append(anchor)
        results.append(afterHit)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for (entry, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry)
        }
    }
}
