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

    /// The index of the mark that closes the quote opened at `open`, or nil when the quote
    /// does not close within `text`.
    public static func closingIndex(in text: Substring.UnicodeScalarView, openingAt open: Substring.UnicodeScalarView.Index)
        -> Substring.UnicodeScalarView.Index?
    {
        let opener = text[open]
        var depth = 1
        var index = text.index(after: open)
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
