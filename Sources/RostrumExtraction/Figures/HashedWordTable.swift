/// A read-only map from `FigureLexicon` word hashes to values, with a probe that costs a multiply.
///
/// The figure stage looks up every token of every quote by its 64-bit FNV hash. A `Dictionary`
/// keyed by `UInt64` runs each key through Swift's seeded SipHash first, which showed in the
/// profile; the keys here are hashes already, so a multiply-shift picks the slot, and a linear
/// probe compares whole keys: the answers are exactly the dictionary's.
///
/// A slot is four bytes: sixteen bits of the key (a fingerprint) and the entry's index. The
/// lexicon's slots then fit in a few kilobytes of cache, and a probe for a word the table does
/// not hold seldom reads the keys at all; a matching fingerprint is always confirmed on the key.
struct HashedWordTable<Value: Sendable>: Sendable {
    private let keys: [UInt64]
    private let values: [Value]
    /// Per slot: 0 when empty, else the key's fingerprint in the high sixteen bits and the entry's
    /// index plus one in the low sixteen.
    private let slots: [UInt32]
    private let shift: UInt64
    /// One bit per value of the key's top fourteen bits, set for every key the table holds: a
    /// look-up of a word the table does not hold mostly ends here, in two kilobytes that stay in
    /// cache, instead of reading a slot.
    private let filter: [UInt64]

    /// A table holding the entries of `dictionary` (at most 65,535 of them).
    init(_ dictionary: [UInt64: Value]) {
        precondition(dictionary.count < 0xFFFF, "HashedWordTable holds at most 65,534 entries")
        var bits: UInt64 = 4
        while (1 << bits) < dictionary.count * 2 { bits += 1 }
        let capacity = 1 << Int(bits)
        var keys: [UInt64] = []
        var values: [Value] = []
        keys.reserveCapacity(dictionary.count)
        values.reserveCapacity(dictionary.count)
        var slots = [UInt32](repeating: 0, count: capacity)
        var filter = [UInt64](repeating: 0, count: 256)
        let shift = 64 - bits
        for (key, value) in dictionary {
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Self.fingerprint(key) << 16 | UInt32(keys.count + 1)
            let bit = Self.filterBit(key)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            keys.append(key)
            values.append(value)
        }
        self.keys = keys
        self.values = values
        self.slots = slots
        self.shift = shift
        self.filter = filter
    }

    /// The filter bit of `key`: its top fourteen bits.
    @inline(__always)
    private static func filterBit(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: key >> 50)
    }

    /// Sixteen bits of `key` that the slot number does not depend on much.
    @inline(__always)
    private static func fingerprint(_ key: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: key) & 0xFFFF
    }

    /// The value stored for `key`, or nil.
    @inline(__always)
    subscript(key: UInt64) -> Value? {
        let index = index(of: key)
        return index < 0 ? nil : values[index]
    }

    /// The position of `key`'s entry in `entryKeys`/`entryValues`, or -1 when it has none.
    ///
    /// Lets a caller keep facts of its own per entry in a parallel array and reach them with
    /// one probe.
    @inline(__always)
    func index(of key: UInt64) -> Int {
        let bit = Self.filterBit(key)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return -1 }
        let mask = slots.count - 1
        let print = Self.fingerprint(key)
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let entry = slots[slot]
            if entry == 0 { return -1 }
            if entry >> 16 == print {
                let index = Int(entry & 0xFFFF) - 1
                if keys[index] == key { return index }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The keys, in entry order (see `index(of:)`).
    var entryKeys: [UInt64] { keys }

    /// The values, in entry order (see `index(of:)`).
    var entryValues: [Value] { values }

    /// True when `key` has a value.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        index(of: key) >= 0
    }
}

extension HashedWordTable where Value == Bool {
    /// A set of word hashes.
    init(set keys: some Sequence<UInt64>) {
        self.init(Dictionary(keys.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
    }
}
