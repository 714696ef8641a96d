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
        var bytes = Array(text.utf8)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            bytes.removeFirst(3)
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

    /// True for a multi-byte space or zero-width character at `i` (NBSP, U+2000–U+200B, U+202F,
    /// U+205F, U+3000, U+FEFF).
    static func isInvisible(_ bytes: [UInt8], at i: Int) -> Bool {
        UTF8Text.spaceLength(bytes, at: i) > 0 || UTF8Text.ignorableLength(bytes, at: i) > 0
    }
}
