/// The index term of a number token: its digits, with grouping separators removed and the
/// decimal separator written as '.'.
///
/// Rules, for a number whose folded form holds digits and '.', ',' or ' ' between them:
/// - spaces are always grouping ("1 000 000" → "1000000");
/// - with both '.' and ',', the last one written is the decimal mark if it occurs once
///   ("1,234.5" and "1.234,5" → "1234.5");
/// - one separator kind, several times, with every later group three digits long, is grouping
///   ("1,000,000" → "1000000"); otherwise it is kept as '.' ("12.09.2023" stays);
/// - a single ',' followed by exactly three digits is an English thousands separator
///   ("1,000" → "1000"); any other single ',' or '.' is a decimal mark ("1,5" → "1.5").
enum NumberTerm {
    /// The term for the folded scalars of a number token.
    static func term(of folded: [Unicode.Scalar]) -> String {
        var dots = 0, commas = 0, spaces = 0
        var lastMark: Unicode.Scalar = " "
        for scalar in folded {
            switch scalar {
            case ".": dots += 1; lastMark = "."
            case ",": commas += 1; lastMark = ","
            case " ": spaces += 1
            default: break
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(folded.count)
        if dots == 0 && commas == 0 {
            for scalar in folded where scalar != " " { bytes.append(UInt8(truncatingIfNeeded: scalar.value)) }
            return String(decoding: bytes, as: UTF8.self)
        }
        // Decide what the decimal mark is (nil: none) and which marks are grouping.
        var decimal: Unicode.Scalar?
        var grouping: Unicode.Scalar?
        if dots > 0 && commas > 0 {
            let last = lastMark
            let lastCount = last == "." ? dots : commas
            decimal = lastCount == 1 ? last : nil
            grouping = last == "." ? "," : "."
            if decimal == nil { return keepAsDots(folded) }
        } else {
            let mark: Unicode.Scalar = dots > 0 ? "." : ","
            let occurrences = dots + commas
            let laterGroupsOfThree = groupsAfterFirstAreThree(folded)
            if occurrences > 1 {
                if laterGroupsOfThree { grouping = mark } else { return keepAsDots(folded) }
            } else if mark == "," && laterGroupsOfThree && spaces == 0 {
                grouping = mark
            } else {
                decimal = mark
            }
        }
        for scalar in folded {
            if scalar == " " || scalar == grouping { continue }
            if scalar == decimal {
                bytes.append(UInt8(ascii: "."))
            } else {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether every group of digits after the first separator is exactly three long.
    private static func groupsAfterFirstAreThree(_ folded: [Unicode.Scalar]) -> Bool {
        var seenMark = false
        var run = 0
        for scalar in folded {
            if scalar == "." || scalar == "," || scalar == " " {
                if seenMark && run != 3 { return false }
                seenMark = true
                run = 0
            } else {
                run += 1
            }
        }
        return seenMark && run == 3
    }

    /// Digits with every '.' or ',' written as '.', spaces dropped (dates, versions).
    private static func keepAsDots(_ folded: [Unicode.Scalar]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(folded.count)
        for scalar in folded where scalar != " " {
            bytes.append(scalar == "," ? UInt8(ascii: ".") : UInt8(truncatingIfNeeded: scalar.value))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
