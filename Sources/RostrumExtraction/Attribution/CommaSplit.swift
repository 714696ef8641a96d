/// A text cut at its first commas, exactly as `split(separator: ",", maxSplits:,
/// omittingEmptySubsequences: false)` cuts it, and the text after any of those commas.
///
/// Reported speech cuts whole paragraphs at commas; the standard library walks them Character by
/// Character. This finds the commas by their byte. A comma byte is a Character of its own unless
/// the scalar before it is a Prepend scalar or the scalar after it extends it (a combining mark,
/// ZWJ, a spacing mark); when a neighbour might be either, the standard library's split is used.
struct CommaSplit {
    /// The pieces between the commas, untrimmed; the last holds the rest of the text.
    let pieces: [Substring]
    /// The index of each comma that was cut at, in order; nil when the standard library cut.
    private let commas: [Substring.Index]?

    /// `text` cut at its first `maxSplits` commas.
    init(_ text: Substring, maxSplits: Int) {
        var pieces: [Substring] = []
        var commas: [Substring.Index] = []
        let utf8 = text.utf8
        let offsets: [Int]? = utf8.withContiguousStorageIfAvailable { bytes in
            Self.commaOffsets(in: bytes, maxSplits: maxSplits)
        } ?? nil
        guard let offsets else {
            self.pieces = text.split(separator: ",", maxSplits: maxSplits, omittingEmptySubsequences: false)
            self.commas = nil
            return
        }
        pieces.reserveCapacity(offsets.count + 1)
        commas.reserveCapacity(offsets.count)
        var start = utf8.startIndex
        for offset in offsets {
            let comma = utf8.index(utf8.startIndex, offsetBy: offset)
            pieces.append(text[start..<comma])
            commas.append(comma)
            start = utf8.index(after: comma)
        }
        pieces.append(text[start...])
        self.pieces = pieces
        self.commas = commas
    }

    /// The byte offsets of the first `maxSplits` commas, or nil when one of them has a neighbour
    /// that might join it into a larger Character.
    private static func commaOffsets(in bytes: UnsafeBufferPointer<UInt8>, maxSplits: Int) -> [Int]? {
        var result: [Int] = []
        let n = bytes.count
        var i = 0
        while i < n, result.count < maxSplits {
            if bytes[i] == UInt8(ascii: ",") {
                guard plainBefore(bytes, i), plainAfter(bytes, i + 1) else { return nil }
                result.append(i)
            }
            i += 1
        }
        return result
    }

    /// True when the scalar ending before offset `i` is certainly not a Prepend scalar (all of
    /// which are U+0600 or above, led by D8…DF, E0 or F0…F4).
    @inline(__always)
    private static func plainBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        var j = i - 1
        // Back over at most three continuation bytes to the lead byte.
        while j >= 0, i - j <= 3, bytes[j] & 0xC0 == 0x80 { j -= 1 }
        guard j >= 0 else { return i == 0 }
        let lead = bytes[j]
        return lead < 0xD8 || (lead >= 0xE1 && lead <= 0xEF)
    }

    /// True when the scalar starting at offset `i` (or the end) certainly does not extend the
    /// comma before it: ASCII, U+0080…U+02FF, basic Cyrillic U+0400…U+047F, or U+2000…U+203F
    /// other than ZWNJ and ZWJ.
    @inline(__always)
    private static func plainAfter(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i < bytes.count else { return true }
        let b = bytes[i]
        if b < 0x80 || (b >= 0xC2 && b <= 0xCB) || b == 0xD0 || b == 0xD1 { return true }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
            let c = bytes[i + 2]
            return c != 0x8C && c != 0x8D
        }
        return false
    }

    /// The text after the `count`-th comma of `text` (the text this split was made of), trimmed;
    /// empty when it has fewer commas.
    func after(commas count: Int, in text: Substring) -> String {
        guard let commas else { return Self.walkingAfter(commas: count, in: text) }
        guard count >= 1 else { return "" }
        if count <= commas.count {
            return String(text[text.utf8.index(after: commas[count - 1])...].trimmingSpaces())
        }
        // Beyond the commas cut at: read on from the last of them.
        let from = commas.last.map { text.utf8.index(after: $0) } ?? text.startIndex
        return Self.walkingAfter(commas: count - commas.count, in: text[from...])
    }

    /// The text after the `count`-th comma, found Character by Character.
    static func walkingAfter(commas count: Int, in rest: Substring) -> String {
        var seen = 0
        var index = rest.startIndex
        while index < rest.endIndex {
            if rest[index] == "," {
                seen += 1
                if seen == count { return String(rest[rest.index(after: index)...].trimmingSpaces()) }
            }
            index = rest.index(after: index)
        }
        return ""
    }
}
