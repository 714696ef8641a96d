/// A read-only map from `FigureLexicon` word hashes to values, with a probe that costs a multiply.
///
/// The figure stage looks up every token of every quote by its 64-bit FNV hash. A `Dictionary`
/// keyed by `UInt64` runs each key through Swift's seeded SipHash first, which showed in the
/// profile; the keys here are hashes already, so a multiply-shift picks the slot, and a linear
/// probe compares whole keys: the answers are exactly the dictionary's.
struct HashedWordTable<Value: Sendable>: Sendable {
    private let keys: [UInt64]
    private let values: [Value]
    /// Index into `keys`/`values` per slot, -1 for an empty slot.
    private let slots: [Int32]
    private let shift: UInt64

    /// A table holding the entries of `dictionary`.
    init(_ dictionary: [UInt64: Value]) {
        var bits: UInt64 = 4
        while (1 << bits) < dictionary.count * 4 { bits += 1 }
        let capacity = 1 << Int(bits)
        var keys: [UInt64] = []
        var values: [Value] = []
        keys.reserveCapacity(dictionary.count)
        values.reserveCapacity(dictionary.count)
        var slots = [Int32](repeating: -1, count: capacity)
        let shift = 64 - bits
        for (key, value) in dictionary {
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(keys.count)
            keys.append(key)
            values.append(value)
        }
        self.keys = keys
        self.values = values
        self.slots = slots
        self.shift = shift
    }

    /// The value stored for `key`, or nil.
    @inline(__always)
    subscript(key: UInt64) -> Value? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if keys[index] == key { return values[index] }
            slot = (slot + 1) & mask
        }
    }

    /// The position of `key`'s entry in `entryKeys`/`entryValues`, or -1 when it has none.
    ///
    /// Lets a caller keep facts of its own per entry in a parallel array and reach them with
    /// one probe.
    @inline(__always)
    func index(of key: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let index = Int(slots[slot])
            if index < 0 || keys[index] == key { return index }
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
        self[key] != nil
    }
}

extension HashedWordTable where Value == Bool {
    /// A set of word hashes.
    init(set keys: some Sequence<UInt64>) {
        self.init(Dictionary(keys.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
    }
}
