/// A read-only hash table from analyzer terms to small integers, keyed by UTF-8 bytes.
///
/// The topic and country lexicons look up every token of every quote. `Dictionary<String, _>`
/// hashes with SipHash and, for Cyrillic text, through Unicode normalisation; this table hashes
/// the raw UTF-8 bytes (FNV-1a) with open addressing, which is several times faster. Terms come
/// from the same analyzer on both sides, so byte equality is the right equality.
struct TermTable: Sendable {
    private var slots: [Int32]
    private var hashes: [UInt64]
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private let mask: Int

    /// A table of `terms`; the value of `terms[i]` is `i`. Terms must be distinct.
    init(_ terms: [String]) {
        var capacity = 16
        while capacity < terms.count * 2 { capacity *= 2 }
        mask = capacity - 1
        slots = [Int32](repeating: -1, count: capacity)
        hashes = []
        hashes.reserveCapacity(terms.count)
        for (index, term) in terms.enumerated() {
            let hash = Self.hash(term)
            bytes.append(contentsOf: term.utf8)
            starts.append(bytes.count)
            hashes.append(hash)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    /// The value of `term`, or nil when the table does not hold it.
    func value(of term: String) -> Int? {
        let hash = Self.hash(term)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if hashes[index] == hash && equals(term, index) { return index }
            slot = (slot + 1) & mask
        }
    }

    private func equals(_ term: String, _ index: Int) -> Bool {
        let start = starts[index]
        let end = starts[index + 1]
        var position = start
        for byte in term.utf8 {
            if position == end || bytes[position] != byte { return false }
            position += 1
        }
        return position == end
    }

    /// FNV-1a over the UTF-8 bytes of `term`.
    static func hash(_ term: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in term.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
