/// A read-only map from short ASCII names (HTML element names: at most sixteen bytes) to values,
/// looked up from the name's bytes packed into two integers.
///
/// The HTML scanner asks for the traits of every tag's name; a `Dictionary` keyed by `String`
/// runs each name through the string hasher first. Here the name's bytes are the key: a
/// multiply picks the slot and a probe compares two integers and the length, so the answers are
/// exactly the dictionary's. A name longer than sixteen bytes is in no table.
struct PackedNameTable<Value: Sendable>: Sendable {
    private struct Key: Equatable {
        var low: UInt64
        var high: UInt64
        var length: Int
    }

    private let keys: [Key]
    private let values: [Value]
    /// Per slot: the entry's index plus one, or 0 when empty.
    private let slots: [Int32]
    private let shift: UInt64

    /// A table of `pairs`; every name must be at most sixteen bytes, and names are distinct.
    init(_ pairs: [(String, Value)]) {
        var bits: UInt64 = 4
        while (1 << bits) < pairs.count * 4 { bits += 1 }
        var slots = [Int32](repeating: 0, count: 1 << Int(bits))
        var keys: [Key] = []
        var values: [Value] = []
        let shift = 64 - bits
        for (name, value) in pairs {
            guard let key = Self.key(name) else { continue }
            var slot = Self.slot(key, shift)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            keys.append(key)
            values.append(value)
            slots[slot] = Int32(keys.count)
        }
        self.keys = keys
        self.values = values
        self.slots = slots
        self.shift = shift
    }

    /// The value stored for `name`, or nil.
    func value(of name: String) -> Value? {
        guard let key = Self.key(name) else { return nil }
        var slot = Self.slot(key, shift)
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            if keys[entry - 1] == key { return values[entry - 1] }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    /// The bytes of `name` packed little-endian into two integers (zero past its end), or nil
    /// when it has more than sixteen.
    @inline(__always)
    private static func key(_ name: String) -> Key? {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var length = 0
        for byte in name.utf8 {
            if length < 8 {
                low |= UInt64(byte) << UInt64(8 * length)
            } else if length < 16 {
                high |= UInt64(byte) << UInt64(8 * (length - 8))
            } else {
                return nil
            }
            length += 1
        }
        return Key(low: low, high: high, length: length)
    }

    @inline(__always)
    private static func slot(_ key: Key, _ shift: UInt64) -> Int {
        let mixed = (key.low &* 0x9E37_79B9_7F4A_7C15) ^ ((key.high ^ UInt64(key.length)) &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: mixed >> shift)
    }
}
