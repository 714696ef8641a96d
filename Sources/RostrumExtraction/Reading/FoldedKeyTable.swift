/// A small table of lower-case keys (ASCII and basic Cyrillic words such as "date", «дата»)
/// looked up straight from the bytes of a document, in any letter case.
///
/// The readers used to build a `String` of every candidate key, lower-case it and hash it into a
/// `Dictionary` (through Unicode normalisation for Cyrillic) for every line that might be a
/// header or a list heading. Folding the bytes into a small buffer and comparing them with the
/// few keys gives the same answer for the text such keys are written in; any byte the table
/// cannot fold exactly (a space, a control, a scalar outside ASCII and U+0400–U+045F) makes it
/// answer `nil`, and the caller then takes the general path.
struct FoldedKeyTable<Value: Sendable>: Sendable {
    /// The keys' folded UTF-8 bytes, with their values.
    private let entries: [(bytes: [UInt8], value: Value)]
    /// The longest key, in bytes.
    private let longest: Int

    /// The most bytes a folded key can have and still be compared here.
    private static var capacity: Int { 32 }

    /// A table of `pairs`, whose keys must already be lower case (as `lowercasedFast` gives them).
    init(_ pairs: [(String, Value)]) {
        entries = pairs.map { (Array($0.0.utf8), $0.1) }
        longest = entries.map(\.bytes.count).max() ?? 0
    }

    /// The outcome of a look-up.
    enum Lookup {
        /// The bytes fold to this key's value.
        case found(Value)
        /// The bytes fold exactly, to no key.
        case absent
        /// The bytes hold something the table does not fold: the general path must decide.
        case undecided
    }

    /// Looks up `bytes[start..<end]` lower-cased: ASCII letters and basic Cyrillic capitals are
    /// folded, other visible ASCII and single inner spaces kept; anything else (leading, trailing
    /// or doubled spaces included) leaves the answer `.undecided`.
    func lookup(_ bytes: [UInt8], from start: Int, to end: Int) -> Lookup {
        guard start < end else { return .undecided }
        // Lower-casing keeps the length of such text, so a longer run can match no key; it must
        // still fold exactly to say so. Keys longer than the buffer are left to the general path.
        let count = end - start
        if count > Self.capacity && count <= longest { return .undecided }
        let tooLong = count > longest
        var folded: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &folded) { buffer -> Lookup in
            var i = start
            while i < end {
                let b = bytes[i]
                var out0 = b
                var out1: UInt8 = 0
                var width = 1
                if b < 0x80 {
                    // A single space between visible characters is kept by collapsing; any other
                    // whitespace or control is not the table's to judge.
                    if b == 0x20 {
                        guard i > start, i + 1 < end, bytes[i - 1] != 0x20 else { return .undecided }
                    } else if b < 0x20 || b == 0x7F {
                        return .undecided
                    }
                    if b &- 0x41 < 26 { out0 = b | 0x20 }
                } else {
                    guard i + 1 < end else { return .undecided }
                    let c = bytes[i + 1]
                    width = 2
                    guard let lower = FastCase.lowercasedCyrillic(b, c) else { return .undecided }
                    out0 = UInt8(truncatingIfNeeded: lower >> 8)
                    out1 = UInt8(truncatingIfNeeded: lower)
                }
                let k = i - start
                if !tooLong {
                    buffer[k] = out0
                    if width == 2 { buffer[k + 1] = out1 }
                }
                i += width
            }
            if tooLong { return .absent }
            for entry in entries where entry.bytes.count == count {
                var k = 0
                while k < count && entry.bytes[k] == buffer[k] { k += 1 }
                if k == count { return .found(entry.value) }
            }
            return .absent
        }
    }
}
