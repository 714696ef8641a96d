/// UTF-8 encoding of folded scalars into a reused byte buffer: how the analyzer turns a token's
/// folded form into the bytes of a term without making a `String`.
enum ScalarUTF8 {
    /// Replaces the contents of `buffer` with the UTF-8 encoding of `scalars`.
    @inline(__always)
    static func encode(_ scalars: [Unicode.Scalar], into buffer: inout [UInt8]) {
        buffer.removeAll(keepingCapacity: true)
        for scalar in scalars {
            let v = scalar.value
            if v < 0x80 {
                buffer.append(UInt8(truncatingIfNeeded: v))
            } else if v < 0x800 {
                buffer.append(UInt8(truncatingIfNeeded: 0xC0 | (v >> 6)))
                buffer.append(UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)))
            } else if v < 0x10000 {
                buffer.append(UInt8(truncatingIfNeeded: 0xE0 | (v >> 12)))
                buffer.append(UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F)))
                buffer.append(UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)))
            } else {
                buffer.append(UInt8(truncatingIfNeeded: 0xF0 | (v >> 18)))
                buffer.append(UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F)))
                buffer.append(UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F)))
                buffer.append(UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)))
            }
        }
    }
}
