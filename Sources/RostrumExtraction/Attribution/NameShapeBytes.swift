/// `NameShape.isPersonName` read from UTF-8 bytes.
///
/// The attribution stage asks whether a phrase is a name for nearly every quote, and the walk over
/// a `Substring`'s scalars (index checks, retains of the text) was most of the test's cost. This
/// decodes the scalars from the bytes in place and applies the same rules word by word, so the
/// answers are the scalar walk's.
extension NameShape {
    /// `isPersonName` of the UTF-8 `bytes` of a phrase of at most 160 bytes; nil when the bytes
    /// do not start and end on scalar boundaries (then the caller walks the scalars).
    static func isPersonName(bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        let n = bytes.count
        guard n > 0 else { return false }
        guard bytes[0] & 0xC0 != 0x80, let (head, _) = scalar(in: bytes, at: 0, end: n) else { return nil }
        guard head.isUppercaseFast else { return false }
        var count = 0
        var capitalised = 0
        var firstStart = 0
        var firstEnd = 0
        var start = 0
        var index = 0
        while true {
            let atEnd = index == n
            if atEnd || bytes[index] == UInt8(ascii: " ") {
                if start < index {
                    count += 1
                    if count > 7 { return false }
                    if count == 1 {
                        firstStart = start
                        firstEnd = index
                    }
                    switch wordShape(bytes, start, index) {
                    case .unsure: return nil
                    case .rejected: return false
                    case .particle: break
                    case .capitalised: capitalised += 1
                    }
                }
                if atEnd { break }
                start = index + 1
            }
            index += 1
        }
        guard count >= 1 else { return false }
        let first = UnsafeBufferPointer(rebasing: bytes[firstStart..<firstEnd])
        // "He" is a pronoun alone but a Chinese surname before a given name ("He Zhenwei").
        if notNameSet.contains(bytes: first), !(count > 1 && surnameLikeFunctionWordSet.contains(bytes: first)) {
            return false
        }
        return capitalised >= 1
    }

    /// `surnamesLikeFunctionWords`, looked up by bytes.
    static let surnameLikeFunctionWordSet = WordSet(surnamesLikeFunctionWords.map(String.init))

    /// What the word `bytes[start..<end]` is, by the rules of `wordShape(_:)`.
    private static func wordShape(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> ByteWordShape {
        guard let (first, _) = scalar(in: bytes, at: start, end: end) else { return .unsure }
        if !first.isUppercaseFast {
            return particleSet.contains(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end])) ? .particle : .rejected
        }
        var lowercase = 0
        var scalars = 0
        var hyphen = false
        var i = start
        while i < end {
            guard let (s, width) = scalar(in: bytes, at: i, end: end) else { return .unsure }
            i += width
            scalars += 1
            if s.isAlphabeticFast {
                if s.isLowercaseFast { lowercase += 1 }
                continue
            }
            if s == "-" {
                hyphen = true
                continue
            }
            if s == "'" || s == "’" || s == "." { continue }
            return .rejected
        }
        // "Ltd." or an all-capital acronym of three or more letters is an organisation, not a name.
        if lowercase == 0, scalars >= 3, !hyphen { return .rejected }
        return .capitalised
    }

    /// What one word of a candidate name is (as `WordShape`).
    private enum ByteWordShape {
        case capitalised, particle, rejected
        /// A scalar runs past the end of the bytes.
        case unsure
    }

    /// The scalar whose UTF-8 encoding starts at `i` (before `end`), and its width in bytes.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (Unicode.Scalar, Int)? {
        let b = bytes[i]
        if b < 0x80 { return (Unicode.Scalar(b), 1) }
        let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        guard i + width <= end else { return nil }
        var value = UInt32(b) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        var k = 1
        while k < width {
            value = value << 6 | UInt32(bytes[i + k] & 0x3F)
            k += 1
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, width)
    }
}
