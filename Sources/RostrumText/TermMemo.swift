/// Remembers, word by word, which term of one `TermSet` a word's surface bytes analyse to, for
/// `TextAnalyzer.hits(in:of:memo:into:)`.
///
/// Folding and stemming a word costs hundreds of instructions; the same words come back in every
/// quote of a session and in every session. The memo keys a word by its exact UTF-8 bytes and
/// keeps two answers: the set's index of its term when it may start a hit (an anchor), and when it
/// follows another hit (anchors and continuations). They are the answers `hits(in:of:)` computes,
/// so results with a memo are the same as without one.
///
/// A word's first sixteen bytes are packed into two integers (`Key`), so that hashing and
/// comparing a word cost a few integer operations rather than a loop over its bytes; the bytes
/// after the sixteenth are kept in an arena and compared one by one.
///
/// A memo belongs to one `TermSet`: use a separate memo for each set. It is bounded and starts
/// over when full.
public struct TermMemo: Sendable {
    /// A word as the memo looks it up: its first sixteen bytes packed little-endian (zero after
    /// the word's end), its length and a hash of all its bytes.
    struct Key {
        var head0: UInt64
        var head1: UInt64
        var length: Int
        var hash: UInt64
    }

    /// One remembered word.
    private struct Entry {
        var head0: UInt64
        var head1: UInt64
        var hash: UInt64
        var length: Int32
        /// Where the bytes after the sixteenth start in `tails`.
        var tailStart: Int32
        /// The index as an anchor, then after a hit; -1 for none.
        var anchor: Int32
        var afterHit: Int32
    }

    /// Storage for the hits of one text, lent to a caller that analyses text after text with this
    /// memo (the topic tagger swaps it out and back), so that the hit array is allocated once
    /// rather than once per text. It holds nothing between texts that anyone reads.
    public var spareHits: [TermHit] = []

    /// Scratch buffers of `TextAnalyzer.hits(in:of:memo:into:)` (a word lower-cased, a term's
    /// UTF-8), kept here between texts so that they are allocated once rather than once per
    /// text. Every use clears them first; they hold nothing anyone reads between texts.
    var spareASCII: [UInt8] = []
    var spareUTF8: [UInt8] = []

    private var slots: [Int32]
    private var entries: [Entry] = []
    /// The bytes after the sixteenth of the words longer than sixteen bytes.
    private var tails: [UInt8] = []
    private var mask: Int

    /// The most words remembered before the memo starts over.
    public static let capacity = 1 << 15

    /// An empty memo.
    public init() {
        slots = [Int32](repeating: -1, count: 1024)
        mask = 1023
    }

    /// How many words the memo holds.
    public var count: Int { entries.count }

    /// The key of the word `text[start..<end]` (a non-empty range of `text`).
    @inline(__always)
    static func key(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Key {
        let length = end - start
        var head0: UInt64 = 0
        var head1: UInt64 = 0
        if let base = text.baseAddress, start + 16 <= text.count {
            // Two unaligned loads inside the buffer, then the bytes past the word cleared.
            let raw = UnsafeRawPointer(base + start)
            head0 = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            head1 = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            if length < 8 {
                head0 &= (1 << UInt64(8 * length)) &- 1
                head1 = 0
            } else if length < 16 {
                head1 &= (1 << UInt64(8 * (length - 8))) &- 1
            }
        } else {
            var k = 0
            let first = min(length, 8)
            while k < first {
                head0 |= UInt64(text[start + k]) << UInt64(8 * k)
                k += 1
            }
            let second = min(length, 16)
            while k < second {
                head1 |= UInt64(text[start + k]) << UInt64(8 * (k - 8))
                k += 1
            }
        }
        var hash = (head0 &* 0x9E37_79B9_7F4A_7C15) ^ ((head1 ^ UInt64(length)) &* 0xC2B2_AE3D_27D4_EB4F)
        var k = start + 16
        while k < end {
            hash = (hash ^ UInt64(text[k])) &* 0x0000_0100_0000_01b3
            k += 1
        }
        hash ^= hash >> 29
        return Key(head0: head0, head1: head1, length: length, hash: hash)
    }

    @inline(__always)
    private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: hash >> 32) & mask
    }

    /// The remembered answers for the word `text[start..<end]` with key `key`, or nil.
    @inline(__always)
    func find(_ key: Key, _ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> (anchor: Int32, afterHit: Int32)? {
        var slot = Self.slot(key.hash, mask)
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            let entry = entries[index]
            if entry.hash == key.hash, entry.head0 == key.head0, entry.head1 == key.head1,
               Int(entry.length) == key.length, key.length <= 16 || tailEquals(entry, text, start, key.length) {
                return (entry.anchor, entry.afterHit)
            }
            slot = (slot + 1) & mask
        }
    }

    private func tailEquals(_ entry: Entry, _ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> Bool {
        var t = Int(entry.tailStart)
        var k = start + 16
        let end = start + length
        while k < end {
            if tails[t] != text[k] { return false }
            t += 1
            k += 1
        }
        return true
    }

    /// Remembers the answers for the word `text[start..<end]` with key `key`, which `find` did not know.
    mutating func insert(_ key: Key, _ text: UnsafeBufferPointer<UInt8>, _ start: Int, anchor: Int32, afterHit: Int32) {
        if entries.count >= Self.capacity { self = TermMemo() }
        if (entries.count + 1) * 2 > slots.count { grow() }
        let index = Int32(entries.count)
        var tailStart: Int32 = 0
        if key.length > 16 {
            tailStart = Int32(tails.count)
            tails.append(contentsOf: UnsafeBufferPointer(rebasing: text[(start + 16)..<(start + key.length)]))
        }
        entries.append(Entry(head0: key.head0, head1: key.head1, hash: key.hash, length: Int32(key.length),
                             tailStart: tailStart, anchor: anchor, afterHit: afterHit))
        var slot = Self.slot(key.hash, mask)
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = index
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for (index, entry) in entries.enumerated() {
            var slot = Self.slot(entry.hash, mask)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }
}
