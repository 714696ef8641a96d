/// Reduces Markdown inline markup to its text: emphasis markers dropped, `[text](url)` → text,
/// images dropped, code spans kept without backticks, backslash escapes resolved, entities
/// decoded, inline HTML tags removed (`<br>` → space), autolinks kept as their address.
enum MarkdownInline {
    /// Appends the text of `s[start..<end]` to `acc`.
    static func reduce(_ s: [UInt8], from start: Int, to end: Int, into acc: inout TextAccumulator, depth: Int = 0) {
        var i = start
        while i < end {
            // A run without markup characters is folded as plain text in one go.
            var j = i
            while j < end && !isMarkupByte(s[j]) { j += 1 }
            if j > i {
                acc.append(s, from: i, to: j)
                i = j
                if i == end { break }
            }
            let b = s[i]
            if b >= 0x80 {
                i += acc.appendMultiByte(s, at: i, end: end)
                continue
            }
            switch b {
            case 0x5C:  // backslash escape
                if i + 1 < end, isASCIIPunctuation(s[i + 1]) {
                    acc.appendVisibleASCII(s[i + 1])
                    i += 2
                } else {
                    acc.appendVisibleASCII(b)
                    i += 1
                }
            case 0x60:  // code span
                let run = runLength(s, at: i, end: end, of: b)
                if let close = closingRun(s, from: i + run, end: end, of: b, length: run) {
                    acc.append(s, from: i + run, to: close)
                    i = close + run
                } else {
                    for _ in 0..<run { acc.appendVisibleASCII(b) }
                    i += run
                }
            case 0x21:  // image: dropped entirely
                if i + 1 < end, s[i + 1] == 0x5B, let link = link(s, at: i + 1, end: end) {
                    i = link.after
                } else {
                    acc.appendVisibleASCII(b)
                    i += 1
                }
            case 0x5B:  // link, reference or footnote
                if i + 1 < end, s[i + 1] == 0x5E, let close = matching(s, from: i, end: end, open: 0x5B, close: 0x5D) {
                    i = close + 1  // footnote reference "[^1]"
                } else if depth < 4, let link = link(s, at: i, end: end) {
                    reduce(s, from: i + 1, to: link.textEnd, into: &acc, depth: depth + 1)
                    i = link.after
                } else {
                    acc.appendVisibleASCII(b)
                    i += 1
                }
            case 0x2A, 0x7E:  // '*' emphasis, '~~' strikethrough
                let run = runLength(s, at: i, end: end, of: b)
                let spaceBefore = i == start || UTF8Text.isASCIISpace(s[i - 1])
                let spaceAfter = i + run >= end || UTF8Text.isASCIISpace(s[i + run])
                if (b == 0x2A && spaceBefore && spaceAfter) || (b == 0x7E && run == 1) {
                    for _ in 0..<run { acc.appendVisibleASCII(b) }
                }
                i += run
            case 0x5F:  // '_' emphasis only at word boundaries
                let run = runLength(s, at: i, end: end, of: b)
                let wordBefore = i > start && isWordByte(s[i - 1])
                let wordAfter = i + run < end && isWordByte(s[i + run])
                if wordBefore && wordAfter {
                    for _ in 0..<run { acc.appendVisibleASCII(b) }
                }
                i += run
            case 0x3C:  // inline HTML or autolink
                i = inlineTag(s, at: i, end: end, into: &acc)
            case 0x26:
                if let (scalar, length) = HTMLEntities.reference(s, at: i, end: end) {
                    acc.append(scalar)
                    i += length
                } else {
                    acc.appendVisibleASCII(b)
                    i += 1
                }
            default:
                if b > 0x20 && b != 0x7F {
                    acc.appendVisibleASCII(b)
                } else if UTF8Text.isASCIISpace(b) {
                    acc.appendSpace()
                }
                i += 1
            }
        }
    }

    /// Handles `<` at `i`: an autolink keeps its address, a tag disappears (`<br>` leaves a
    /// space), anything else is a literal `<`. Returns the index after what was consumed.
    private static func inlineTag(_ s: [UInt8], at i: Int, end: Int, into acc: inout TextAccumulator) -> Int {
        var j = i + 1
        let limit = min(end, i + 500)
        while j < limit && s[j] != 0x3E && s[j] != 0x3C { j += 1 }
        guard j < limit, s[j] == 0x3E, j > i + 1 else {
            acc.appendVisibleASCII(0x3C)
            return i + 1
        }
        let first = s[i + 1]
        let isLetter = (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A)
        // Autolink: <https://…> or <name@host>
        var hasColonOrAt = false
        var hasSpace = false
        for k in (i + 1)..<j {
            if s[k] == 0x3A || s[k] == 0x40 { hasColonOrAt = true }
            if UTF8Text.isASCIISpace(s[k]) { hasSpace = true }
        }
        if isLetter && hasColonOrAt && !hasSpace {
            acc.append(s, from: i + 1, to: j)
            return j + 1
        }
        if isLetter || (first == 0x2F && i + 2 < j) {
            let nameStart = first == 0x2F ? i + 2 : i + 1
            if j - nameStart >= 2, (s[nameStart] | 0x20) == 0x62, (s[nameStart + 1] | 0x20) == 0x72 {
                acc.appendSpace()  // <br>, <br/>
            }
            return j + 1
        }
        acc.appendVisibleASCII(0x3C)
        return i + 1
    }

    /// A link or image starting with `[` at `i`: the end of its text and the index after it.
    /// Inline `[text](url)` and reference `[text][ref]` forms only; a bare `[…]` is not a link.
    static func link(_ s: [UInt8], at i: Int, end: Int) -> (textEnd: Int, after: Int)? {
        guard let close = matching(s, from: i, end: end, open: 0x5B, close: 0x5D), close + 1 < end else { return nil }
        let next = s[close + 1]
        if next == 0x28, let paren = matching(s, from: close + 1, end: end, open: 0x28, close: 0x29) {
            return (close, paren + 1)
        }
        if next == 0x5B, let ref = matching(s, from: close + 1, end: end, open: 0x5B, close: 0x5D) {
            return (close, ref + 1)
        }
        return nil
    }

    /// The index of the bracket that closes the one at `i`, honouring nesting and escapes,
    /// searched within a bounded span so that stray brackets stay linear.
    static func matching(_ s: [UInt8], from i: Int, end: Int, open: UInt8, close: UInt8) -> Int? {
        var depth = 0
        var j = i
        let limit = min(end, i + 2000)
        while j < limit {
            let b = s[j]
            if b == 0x5C {
                j += 2
                continue
            }
            if b == open { depth += 1 }
            if b == close {
                depth -= 1
                if depth == 0 { return j }
            }
            j += 1
        }
        return nil
    }

    private static func runLength(_ s: [UInt8], at i: Int, end: Int, of b: UInt8) -> Int {
        var j = i
        while j < end && s[j] == b { j += 1 }
        return j - i
    }

    private static func closingRun(_ s: [UInt8], from i: Int, end: Int, of b: UInt8, length: Int) -> Int? {
        var j = i
        let limit = min(end, i + 4000)  // bounded, so that stray backticks stay linear
        while j < limit {
            if s[j] == b {
                let run = runLength(s, at: j, end: end, of: b)
                if run == length { return j }
                j += run
            } else {
                j += 1
            }
        }
        return nil
    }

    /// The bytes `reduce` treats specially: `\`, `` ` ``, `!`, `[`, `*`, `~`, `_`, `<`, `&`.
    /// Every other byte is folded as plain text would be.
    @inline(__always)
    private static func isMarkupByte(_ b: UInt8) -> Bool {
        switch b {
        case 0x5C, 0x60, 0x21, 0x5B, 0x2A, 0x7E, 0x5F, 0x3C, 0x26: return true
        default: return false
        }
    }

    @inline(__always)
    private static func isWordByte(_ b: UInt8) -> Bool {
        b >= 0x80 || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    @inline(__always)
    private static func isASCIIPunctuation(_ b: UInt8) -> Bool {
        (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E)
    }
}
