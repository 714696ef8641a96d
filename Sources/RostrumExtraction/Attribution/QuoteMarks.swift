/// The quotation marks Rostrum understands, in English and Russian typography.
///
/// “…” and "…" in English, «…» and „…“ in Russian; nesting of the same pair is counted so that a
/// quote within a quote does not end the outer one.
public enum QuoteMarks {
    /// True for a mark that can open a quote.
    public static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "“" || scalar == "«" || scalar == "\"" || scalar == "„"
    }

    /// True for a mark that can close a quote.
    public static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "”" || scalar == "»" || scalar == "\"" || scalar == "“"
    }

    /// True when the text, after leading spaces, begins with an opening mark.
    public static func startsWithQuote(_ text: some StringProtocol) -> Bool {
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\u{00A0}" { continue }
            return isOpening(scalar)
        }
        return false
    }

    /// True when the text holds any quotation mark.
    public static func containsQuoteMark(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains { isOpening($0) || isClosing($0) }
    }

    /// The index of the first opening mark in `text`: `unicodeScalars.firstIndex(where: isOpening)`.
    ///
    /// Runs over the whole tail after every closing mark, so it scans bytes: " is 22, « C2 AB,
    /// “ E2 80 9C, „ E2 80 9E, and none of these lead bytes occurs inside another scalar.
    public static func firstOpening(in text: Substring) -> Substring.Index? {
        let utf8 = text.utf8
        let found = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            let n = bytes.count
            var i = 0
            while i < n {
                let b = bytes[i]
                if b == 0x22 { return i }
                if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xAB { return i }
                if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9E { return i }
                i += 1
            }
            return nil
        }
        if let found { return found.map { utf8.index(utf8.startIndex, offsetBy: $0) } }
        return text.unicodeScalars.firstIndex(where: { isOpening($0) })
    }

    /// The index of the mark that closes the quote opened at `open`, or nil when the quote
    /// does not close within `text`.
    public static func closingIndex(in text: Substring.UnicodeScalarView, openingAt open: Substring.UnicodeScalarView.Index)
        -> Substring.UnicodeScalarView.Index?
    {
        let opener = text[open]
        let from = text.index(after: open)
        let utf8 = Substring(text).utf8
        let found = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            closingOffset(in: bytes, from: utf8.distance(from: utf8.startIndex, to: from), opener: opener)
        }
        if let found {
            return found.map { utf8.index(utf8.startIndex, offsetBy: $0) }
        }
        return closingIndexByScalars(in: text, from: from, opener: opener)
    }

    /// The byte offset of the closing mark in UTF-8 `bytes`, scanning from offset `start`: the
    /// same rules as `closingIndex`, on bytes. « is C2 AB, » C2 BB, “ E2 80 9C, ” E2 80 9D,
    /// „ E2 80 9E; continuation bytes never equal 0x22, 0xC2 or 0xE2, so no false match is possible.
    static func closingOffset(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, opener: Unicode.Scalar) -> Int? {
        var depth = 1
        var i = start
        let n = bytes.count
        let raw = UnsafeRawBufferPointer(bytes)
        while i < n {
            // Eight bytes at a time while none of them is 22, C2 or E2: no mark starts there.
            if i + 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if !UTF8Search.hasZeroByte(word ^ 0x2222_2222_2222_2222), !UTF8Search.hasZeroByte(word ^ 0xC2C2_C2C2_C2C2_C2C2),
                    !UTF8Search.hasZeroByte(word ^ 0xE2E2_E2E2_E2E2_E2E2)
                {
                    i += 8
                    continue
                }
            }
            let b = bytes[i]
            if b == 0x22 {
                if opener != "«" && opener != "“" && opener != "„" { return i }
            } else if b == 0xC2, i + 1 < n, opener == "«" {
                let c = bytes[i + 1]
                if c == 0xAB {
                    depth += 1
                } else if c == 0xBB {
                    depth -= 1
                    if depth == 0 { return i }
                }
            } else if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 {
                let c = bytes[i + 2]
                switch opener {
                case "«":
                    break
                case "“":
                    if c == 0x9C {
                        depth += 1
                    } else if c == 0x9D {
                        depth -= 1
                        if depth == 0 { return i }
                    }
                case "„":
                    if c == 0x9C || c == 0x9D { return i }
                default:
                    if c == 0x9D { return i }
                }
            }
            i += 1
        }
        return nil
    }

    private static func closingIndexByScalars(
        in text: Substring.UnicodeScalarView, from: Substring.UnicodeScalarView.Index, opener: Unicode.Scalar
    ) -> Substring.UnicodeScalarView.Index? {
        var depth = 1
        var index = from
        while index < text.endIndex {
            let scalar = text[index]
            switch opener {
            case "«":
                if scalar == "«" { depth += 1 } else if scalar == "»" {
                    depth -= 1
                    if depth == 0 { return index }
                }
            case "“":
                if scalar == "“" { depth += 1 } else if scalar == "”" {
                    depth -= 1
                    if depth == 0 { return index }
                }
            case "„":
                if scalar == "“" || scalar == "”" { return index }
            default:  // straight quote: the next straight or closing curly quote
                if scalar == "\"" || scalar == "”" { return index }
            }
            index = text.index(after: index)
        }
        return nil
    }
}
