/// The rule for hard-wrapped text: a line that starts in lower case continues the line
/// before it, unless that line ended a sentence or a quotation.
enum HardWrap {
    /// True when a line starting with `next` continues a line ending with `previousLast`.
    @inline(__always)
    static func continues(previousLast: Unicode.Scalar?, next: Unicode.Scalar) -> Bool {
        guard let previousLast else { return false }
        if next.value < 0x80 {
            guard next.value >= 0x61 && next.value <= 0x7A else { return false }
        } else if !next.isLowercaseFast {
            return false
        }
        switch previousLast {
        case ".", "!", "?", ":", ";", "…", "”", "»", "\"", "’", "“", "'": return false
        default: return true
        }
    }

    /// Appends a continuation line to `acc`: after a word broken with a hyphen ("co-" + "operation")
    /// the line joins without a space; otherwise a space separates the two.
    @inline(__always)
    static func joinPoint(_ acc: inout TextAccumulator) {
        let bytes = acc.bytes
        if bytes.count >= 2, bytes[bytes.count - 1] == 0x2D {
            let beforeHyphen = bytes[bytes.count - 2]
            if beforeHyphen != 0x20 && beforeHyphen != 0x2D {
                acc.cancelSpace()
                return
            }
        }
        acc.appendSpace()
    }
}
