/// A title folded once for `Segmenter.sameText`, so that headings are compared with it without
/// building and lower-casing a string for each of them.
///
/// Text made of ASCII, U+0080–U+00BF, U+0400–U+045F and U+2000–U+203F (but the joiners U+200C,
/// U+200D and the quads U+2000, U+2001) is folded on its bytes: there every scalar is a Character
/// of its own, so trimming spaces and colons is a byte trim; `FastCase` lower-cases it; and it is
/// its own normal form, so two such texts are equal strings exactly when their bytes are equal.
/// Other text takes `Segmenter.comparable`.
struct TitleKey {
    private enum Folded {
        case bytes([UInt8])
        case string(String)
    }

    private let folded: Folded

    /// The key of `title`.
    init(_ title: String) {
        if let bytes = Self.foldedBytes(title) {
            folded = .bytes(bytes)
        } else {
            folded = .string(Segmenter.comparable(title))
        }
    }

    /// Whether `Segmenter.sameText(text, title)`.
    func matches(_ text: String) -> Bool {
        switch folded {
        case .bytes(let key):
            if let bytes = Self.foldedBytes(text) { return bytes == key }
            return Segmenter.comparable(text) == String(decoding: key, as: UTF8.self)
        case .string(let key):
            return Segmenter.comparable(text) == key
        }
    }

    /// `Segmenter.comparable(text)` as UTF-8, when `text` is in the character set above; else nil.
    static func foldedBytes(_ text: String) -> [UInt8]? {
        var copy = text
        return copy.withUTF8 { bytes -> [UInt8]? in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    i += 1
                    continue
                }
                guard i + 1 < n else { return nil }
                let c = bytes[i + 1]
                switch b {
                case 0xC2:
                    guard c >= 0x80 && c < 0xC0 else { return nil }
                    i += 2
                case 0xD0:
                    i += 2
                case 0xD1:
                    guard c < 0xA0 else { return nil }
                    i += 2
                case 0xE2:
                    guard c == 0x80, i + 2 < n else { return nil }
                    let d = bytes[i + 2]
                    guard d != 0x80, d != 0x81, d != 0x8C, d != 0x8D else { return nil }
                    i += 3
                default:
                    return nil
                }
            }
            var start = 0
            var end = n
            while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x3A) { end -= 1 }
            while start < end && bytes[start] == 0x20 { start += 1 }
            return FastCase.lowercasedBytes(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
    }
}
