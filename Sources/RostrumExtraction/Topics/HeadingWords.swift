/// The folded words of a short text (a section heading), as `SectionKindClassifier.words(of:)`
/// gives them, kept in one byte buffer rather than an array per word.
///
/// Headings of ASCII and basic Russian letters (А…я, Ё, ё), digits, punctuation, «», dashes
/// and other separators of U+0080…U+00BF and U+2000…U+203F are folded straight from their
/// UTF-8 bytes; any other scalar sends the heading through `words(of:)`. Either way word `k`
/// is `bytes[bounds[2k]..<bounds[2k + 1]]`, lower case, ё as е, numbers alone left out.
struct HeadingWords {
    /// The words' folded bytes, one after another.
    private(set) var bytes: [UInt8] = []
    /// Start and end of each word in `bytes`.
    private(set) var bounds: [Int] = []

    /// How many words there are.
    var count: Int { bounds.count / 2 }

    /// The words of `text`.
    init(_ text: String) {
        let done = text.utf8.withContiguousStorageIfAvailable { fold($0) } ?? false
        if done { return }
        bytes.removeAll()
        bounds.removeAll()
        for word in SectionKindClassifier.words(of: text) {
            bounds.append(bytes.count)
            bytes.append(contentsOf: word)
            bounds.append(bytes.count)
        }
    }

    /// Word `k`'s bytes.
    func word(_ k: Int) -> ArraySlice<UInt8> {
        bytes[bounds[2 * k]..<bounds[2 * k + 1]]
    }

    /// `SectionKindClassifier.Cue.key` of word `k`: its first three bytes, nil when shorter.
    func key(_ k: Int) -> UInt32? {
        let start = bounds[2 * k]
        guard bounds[2 * k + 1] - start >= 3 else { return nil }
        return UInt32(bytes[start]) << 16 | UInt32(bytes[start + 1]) << 8 | UInt32(bytes[start + 2])
    }

    /// Folds the words of `text` from its bytes; false (with the words so far) when a scalar
    /// needs the general path.
    private mutating func fold(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.reserveCapacity(text.count)
        var wordStart = -1
        var digitsOnly = true
        let n = text.count
        var i = 0
        while i < n {
            let b = text[i]
            if b < 0x80 {
                i += 1
                if b &- 0x30 < 10 {
                    if wordStart < 0 { wordStart = bytes.count }
                    bytes.append(b)
                } else if (b | 0x20) &- 0x61 < 26 {
                    if wordStart < 0 { wordStart = bytes.count }
                    digitsOnly = false
                    bytes.append(b | 0x20)
                } else {
                    flush(&wordStart, &digitsOnly)
                }
                continue
            }
            guard i + 1 < n else { return false }
            let c = text[i + 1]
            // U+0080…U+00BF but ª, µ, º, and U+2000…U+203F: no letters, so they separate words.
            if (b == 0xC2 && c != 0xAA && c != 0xB5 && c != 0xBA) || (b == 0xE2 && c == 0x80) {
                guard i + (b == 0xC2 ? 1 : 2) < n else { return false }
                i += b == 0xC2 ? 2 : 3
                flush(&wordStart, &digitsOnly)
                continue
            }
            guard b == 0xD0 || b == 0xD1 else { return false }
            guard let folded = FastCase.foldedRussian(b, c) else { return false }
            i += 2
            if wordStart < 0 { wordStart = bytes.count }
            digitsOnly = false
            bytes.append(folded.lead)
            bytes.append(folded.tail)
        }
        flush(&wordStart, &digitsOnly)
        return true
    }

    /// Ends the word being read: kept unless it is a number alone.
    private mutating func flush(_ wordStart: inout Int, _ digitsOnly: inout Bool) {
        if wordStart >= 0 {
            if digitsOnly {
                bytes.removeSubrange(wordStart...)
            } else {
                bounds.append(wordStart)
                bounds.append(bytes.count)
            }
        }
        wordStart = -1
        digitsOnly = true
    }
}
