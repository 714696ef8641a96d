/// Byte-level helpers for the speaker stage's keys: a hash of a string's UTF-8 bytes, byte
/// equality, and `==` with a fast path for ASCII and basic Cyrillic.
///
/// Hashing a `String` that is not ASCII normalises it first, and so does comparing two of them
/// with `==`; the speaker stage compares names and roles many times per document, and its keys are
/// the exact bytes (the readers produce NFC text), so these work on the bytes directly.
enum UTF8Bytes {
    /// A 64-bit hash of the bytes of `text`, eight bytes at a time; not seeded, so equal bytes
    /// hash alike in every run (the tables that use it confirm every match on the bytes).
    static func hash(_ text: String) -> UInt64 {
        if let h = text.utf8.withContiguousStorageIfAvailable({ hash($0) }) { return h }
        return Array(text.utf8).withUnsafeBufferPointer { hash($0) }
    }

    /// A 64-bit hash of `bytes`.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64 = 0x9E37_79B9_7F4A_7C15) -> UInt64 {
        let n = bytes.count
        var h = seed ^ (UInt64(truncatingIfNeeded: n) &* 0xFF51_AFD7_ED55_8CCD)
        var i = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                h = (h ^ word) &* 0x9E37_79B9_7F4A_7C15
                h ^= h >> 29
                i += 8
            }
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 32
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 29
        return h
    }

    /// A hash of a name and an optional role together, as `AttributionKey` joins them.
    static func hash(name: String, role: String?) -> UInt64 {
        let h = hash(name)
        guard let role else { return h }
        return (h &* 0x9E37_79B9_7F4A_7C15) ^ hash(role) ^ 0x5851_F42D_4C95_7F2D
    }

    /// True when `a` and `b` have the same UTF-8 bytes.
    static func equal(_ a: String, _ b: String) -> Bool {
        let au = a.utf8, bu = b.utf8
        guard au.count == bu.count else { return false }
        let fast = au.withContiguousStorageIfAvailable { ab in
            bu.withContiguousStorageIfAvailable { bb in equal(ab, bb) }
        }
        if let fast, let answer = fast { return answer }
        return au.elementsEqual(bu)
    }

    /// True when two buffers hold the same bytes; compared eight bytes at a time.
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = a.count
        guard n == b.count else { return false }
        var i = 0
        if let pa = a.baseAddress, let pb = b.baseAddress {
            let ra = UnsafeRawPointer(pa), rb = UnsafeRawPointer(pb)
            while i + 8 <= n {
                if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self) != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
                    return false
                }
                i += 8
            }
        }
        while i < n {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }

    /// True when `bytes` equal those of `text`.
    static func equal(_ bytes: [UInt8], _ text: String) -> Bool {
        let tu = text.utf8
        guard bytes.count == tu.count else { return false }
        let fast = tu.withContiguousStorageIfAvailable { tb in bytes.withUnsafeBufferPointer { equal($0, tb) } }
        if let fast { return fast }
        return bytes.elementsEqual(tu)
    }

    /// `a == b` (canonical equivalence), answered from the bytes when both strings hold only ASCII
    /// and basic Cyrillic letters (scalars U+0400…U+047F, every one precomposed and none combining,
    /// so two such strings are equivalent exactly when their bytes are equal).
    static func sameText(_ a: String, _ b: String) -> Bool {
        sameText(a, b, plain: isPlain(a) && isPlain(b))
    }

    /// `sameText(a, b)` when it is known whether both are plain (`isPlain`).
    static func sameText(_ a: String, _ b: String, plain: Bool) -> Bool {
        if equal(a, b) { return true }
        return plain ? false : a == b
    }

    /// True when every scalar of `text` is ASCII or led by 0xD0/0xD1 (U+0400…U+047F).
    static func isPlain(_ text: String) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable({ isPlain($0) }) { return answer }
        return Array(text.utf8).withUnsafeBufferPointer { isPlain($0) }
    }

    /// True when every scalar of the UTF-8 `bytes` is ASCII or led by 0xD0/0xD1.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 {
            if byte & 0xC0 == 0x80 || byte == 0xD0 || byte == 0xD1 { continue }
            return false
        }
        return true
    }
}
