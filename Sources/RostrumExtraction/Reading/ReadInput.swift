/// The bytes every reader starts from: the UTF-8 of the text without a byte-order mark,
/// checked for emptiness and binary content in one pass.
struct ReadInput {
    /// UTF-8 bytes of the document, BOM removed.
    let bytes: [UInt8]

    /// Validates `text` and takes its bytes.
    ///
    /// A document is binary when it contains a NUL byte, or when more than a tenth of its
    /// characters are control characters or U+FFFD (bytes that were not UTF-8).
    init(_ text: String) throws(ReadError) {
        try self.init(bytes: Array(text.utf8))
    }

    /// Validates the UTF-8 `bytes` of a text (as `Array(text.utf8)` gives them) and keeps them.
    init(bytes source: [UInt8]) throws(ReadError) {
        var bytes = source
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            bytes.removeFirst(3)
        }
        if ReadInput.isPlainText(bytes) {
            self.bytes = bytes
            return
        }
        var scalars = 0
        var bad = 0
        var visible = false
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                scalars += 1
                if b > 0x20 && b != 0x7F {
                    visible = true
                } else if b == 0 {
                    throw .binary(reason: "it contains NUL characters, the first at character \(scalars)")
                } else if b == 0x7F || (b < 0x20 && !(b >= 0x09 && b <= 0x0D)) {
                    bad += 1
                }
            } else if b & 0xC0 != 0x80 {
                scalars += 1
                if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBD {
                    bad += 1  // U+FFFD: a byte that was not UTF-8
                } else if !visible && !ReadInput.isInvisible(bytes, at: i) {
                    visible = true
                }
            }
            i += 1
        }
        if bad > 0 && (bad * 10 > scalars) && (bad >= 3 || !visible || bad == scalars) {
            throw .binary(reason: "\(bad) of its \(scalars) characters are control characters or bytes that are not UTF-8")
        }
        if !visible { throw .empty }
        self.bytes = bytes
    }

    /// The common case, decided in one cheap pass: no control character, no U+FFFD, and a
    /// visible ASCII character before any non-ASCII byte. Such text is neither binary nor empty.
    /// When this is false the full check runs.
    static func isPlainText(_ bytes: [UInt8]) -> Bool {
        var sawVisible = false
        return bytes.withUnsafeBufferPointer { buffer in
            let n = buffer.count
            var i = 0
            while i < n {
                // Once a visible character was seen, only a control byte, DEL or 0xEF can decide:
                // eight bytes without any of them are skipped at once.
                if sawVisible, i + 8 <= n, let base = buffer.baseAddress {
                    let word = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if !Self.hasByteBelow20(word) && !Self.hasZeroByte(word ^ 0x7F7F_7F7F_7F7F_7F7F)
                        && !Self.hasZeroByte(word ^ 0xEFEF_EFEF_EFEF_EFEF)
                    {
                        i += 8
                        continue
                    }
                }
                let b = buffer[i]
                i += 1
                if b < 0x20 {
                    if b < 0x09 || b > 0x0D { return false }
                } else if b >= 0x7F {
                    // DEL, or the lead byte of U+FFFD (EF BF BD); other EF sequences take the full check too.
                    if b == 0x7F || b == 0xEF { return false }
                    if !sawVisible && b >= 0xC0 {
                        // Only these lead bytes can start a space or an invisible character.
                        if b == 0xC2 || b == 0xE2 || b == 0xE3 { return false }
                        sawVisible = true
                    }
                } else if b != 0x20 {
                    sawVisible = true
                }
            }
            return sawVisible
        }
    }

    /// Whether one of the eight bytes of `word` is zero.
    @inline(__always)
    private static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// Whether one of the eight bytes of `word` is below 0x20.
    @inline(__always)
    private static func hasByteBelow20(_ word: UInt64) -> Bool {
        (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// True for a multi-byte space or zero-width character at `i` (NBSP, U+2000–U+200B, U+202F,
    /// U+205F, U+3000, U+FEFF).
    static func isInvisible(_ bytes: [UInt8], at i: Int) -> Bool {
        UTF8Text.spaceLength(bytes, at: i) > 0 || UTF8Text.ignorableLength(bytes, at: i) > 0
    }
}
