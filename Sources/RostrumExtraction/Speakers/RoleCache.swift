import Foundation
import RostrumModel

/// Remembers how role texts were split, across the documents one pipeline extracts.
///
/// The same people come back session after session with the same role text, and splitting a role
/// is one of the costlier steps of the speaker stage. The cache is bounded and thread-safe, so a
/// pipeline shared by concurrent tasks stays correct; its answers are exactly `RoleSplitter`'s.
///
/// Role texts are keyed by their UTF-8 bytes (hashing a Russian role as a `String` normalises it
/// first, which costs more than the look-up saves). The table is open-addressed: a slot holds
/// 32 bits of the key's hash and the entry's index, so a probe reads one slot and compares bytes
/// only when those bits match; no key is copied to look it up.
public final class RoleCache: @unchecked Sendable {
    private let lock = NSLock()
    /// Per slot: 0 when empty, else the high 32 bits of the hash and the entry's index plus one.
    private var slots: [UInt64] = Array(repeating: 0, count: 256)
    private var texts: [String] = []
    private var values: [[Role]] = []
    private let capacity: Int

    /// A cache of at most `capacity` role texts; it starts over when full.
    public init(capacity: Int = 20_000) {
        self.capacity = max(1, capacity)
    }

    /// The roles of `text`, computed by `splitter` the first time.
    func roles(of text: String, splitter: RoleSplitter) -> [Role] {
        let hash = UTF8Bytes.hash(text)
        lock.lock()
        if let index = find(hash, text) {
            let known = values[index]
            lock.unlock()
            return known
        }
        lock.unlock()
        let computed = splitter.roles(from: text)
        lock.lock()
        if find(hash, text) == nil {
            if texts.count >= capacity {
                texts.removeAll(keepingCapacity: true)
                values.removeAll(keepingCapacity: true)
                for i in slots.indices { slots[i] = 0 }
            }
            // At most half the slots in use, so that probes stay short.
            if (texts.count + 1) * 2 > slots.count { grow() }
            place(hash, index: texts.count)
            texts.append(text)
            values.append(computed)
        }
        lock.unlock()
        return computed
    }

    /// The index of the entry for `text` (whose hash is `hash`), or nil. Call with the lock held.
    private func find(_ hash: UInt64, _ text: String) -> Int? {
        let mask = slots.count - 1
        let print = hash >> 32
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if entry >> 32 == print {
                let index = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                if UTF8Bytes.equal(texts[index], text) { return index }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Puts entry `index` with hash `hash` in its slot. Call with the lock held.
    private func place(_ hash: UInt64, index: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = (hash >> 32) << 32 | UInt64(index + 1)
    }

    /// Doubles the slots and places every entry again. Call with the lock held.
    private func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for (index, text) in texts.enumerated() {
            place(UTF8Bytes.hash(text), index: index)
        }
    }
}
