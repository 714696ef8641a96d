/// Small helpers for scanning UTF-8 bytes: decoding one scalar, and recognising the
/// multi-byte spaces and invisible characters that readers fold away.
enum UTF8Text {
    /// Decodes the scalar starting at `i` (which must be a lead byte of valid UTF-8)
    /// and returns it with its length in bytes.
    @inline(__always)
    static func scalar(_ bytes: [UInt8], at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[i])
        let n = bytes.count
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        if b0 < 0xE0, i + 1 < n {
            let v = (b0 & 0x1F) << 6 | (UInt32(bytes[i + 1]) & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 2)
        }
        if b0 < 0xF0, i + 2 < n {
            let v = (b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | (UInt32(bytes[i + 2]) & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 3)
        }
        if i + 3 < n {
            let v = (b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12
                | (UInt32(bytes[i + 2]) & 0x3F) << 6 | (UInt32(bytes[i + 3]) & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 4)
        }
        return ("\u{FFFD}", 1)
    }

    /// The scalar that ends just before `end` (which must be a scalar boundary), if any.
    static func scalar(before end: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
        guard end > 0 else { return nil }
        var start = end - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(bytes, at: start).0
    }

    /// Length of a multi-byte space at `i` (NBSP, U+2000–U+200A, U+2028/9, U+202F, U+205F,
    /// U+3000), or 0.
    @inline(__always)
    static func spaceLength<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at i: Int) -> Int where Bytes.Index == Int {
        let b = bytes[i]
        let n = bytes.count
        if b == 0xC2 {
            return i + 1 < n && bytes[i + 1] == 0xA0 ? 2 : 0
        }
        if b == 0xE2, i + 2 < n {
            let b1 = bytes[i + 1], b2 = bytes[i + 2]
            if b1 == 0x80 && ((b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) { return 3 }
            if b1 == 0x81 && b2 == 0x9F { return 3 }
            return 0
        }
        if b == 0xE3, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { return 3 }
        return 0
    }

    /// Length of an invisible character at `i` that text never needs (soft hyphen, zero-width
    /// space and joiners, word joiner, BOM, direction marks), or 0.
    @inline(__always)
    static func ignorableLength<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at i: Int) -> Int where Bytes.Index == Int {
        let b = bytes[i]
        let n = bytes.count
        if b == 0xC2 { return i + 1 < n && bytes[i + 1] == 0xAD ? 2 : 0 }
        if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 {
            let b2 = bytes[i + 2]
            return (b2 >= 0x8B && b2 <= 0x8F) ? 3 : 0
        }
        if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x81, bytes[i + 2] == 0xA0 { return 3 }
        if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { return 3 }
        return 0
    }

    /// The first index at or after `start` whose byte is `a` or `b`, or `buffer.count` when
    /// there is none. Eight bytes at a time while neither occurs among them.
    @inline(__always)
    static func firstIndex(of a: UInt8, or b: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = buffer.count
        var i = start
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            let maskA = UInt64(a) &* 0x0101_0101_0101_0101
            let maskB = UInt64(b) &* 0x0101_0101_0101_0101
            while i + 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if hasZeroByte(word ^ maskA) || hasZeroByte(word ^ maskB) { break }
                i += 8
            }
        }
        while i < n {
            let c = buffer[i]
            if c == a || c == b { return i }
            i += 1
        }
        return n
    }

    /// Whether one of the eight bytes of `word` is zero.
    @inline(__always)
    static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// True for ASCII space, tab, line feed, vertical tab, form feed and carriage return.
    @inline(__always)
    static func isASCIISpace(_ b: UInt8) -> Bool {
        b == 0x20 || (b >= 0x09 && b <= 0x0D)
    }

    /// Appends the UTF-8 encoding of `scalar` to `out`.
    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let v = scalar.value
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// Whether `needle` occurs in `text`, byte for byte.
    static func contains(_ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, text.count >= needle.count else { return false }
        let last = text.count - needle.count
        var i = 0
        while i <= last {
            if text[i] == first {
                var k = 1
                while k < needle.count, text[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
