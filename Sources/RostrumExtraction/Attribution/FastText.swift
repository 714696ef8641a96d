/// Text helpers that work on Unicode scalars and bytes instead of Characters.
///
/// Character operations on text with curly quotes, dashes or Cyrillic take Swift's slow grapheme
/// path; the attribution stage does thousands of them per document, so these helpers keep to
/// scalars and bytes, which give the same answers for the spaces and punctuation they look at.
extension Substring {
    /// The substring without leading and trailing spaces (including no-break spaces).
    func trimmingSpaces() -> Substring {
        // Read as bytes: a space is 20, a no-break space C2 A0 (C2 is a lead byte, never inside
        // another scalar).
        let bounds = utf8.withContiguousStorageIfAvailable { b -> (start: Int, end: Int, count: Int) in
            var start = 0
            var end = b.count
            while start < end {
                if b[start] == 0x20 {
                    start += 1
                } else if b[start] == 0xC2, start + 1 < end, b[start + 1] == 0xA0 {
                    start += 2
                } else {
                    break
                }
            }
            while end > start {
                if b[end - 1] == 0x20 {
                    end -= 1
                } else if end - 2 >= start, b[end - 2] == 0xC2, b[end - 1] == 0xA0 {
                    end -= 2
                } else {
                    break
                }
            }
            return (start, end, b.count)
        }
        guard let bounds else { return trimmingSpacesByScalars() }
        if bounds.start == 0 && bounds.end == bounds.count { return self }
        let utf8 = self.utf8
        return self[utf8.index(utf8.startIndex, offsetBy: bounds.start)..<utf8.index(utf8.startIndex, offsetBy: bounds.end)]
    }

    /// `trimmingSpaces()` by a walk over the scalars, for text that is not contiguous.
    func trimmingSpacesByScalars() -> Substring {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start] == " " || scalars[start] == "\u{00A0}" { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard scalars[before] == " " || scalars[before] == "\u{00A0}" else { break }
            end = before
        }
        return self[start..<end]
    }

    /// The substring without trailing commas and spaces, compared as bytes.
    func droppingTrailingCommasAndSpaces() -> Substring {
        var end = utf8.endIndex
        while end > utf8.startIndex {
            let before = utf8.index(before: end)
            guard utf8[before] == UInt8(ascii: ",") || utf8[before] == UInt8(ascii: " ") else { break }
            end = before
        }
        return self[..<end]
    }

    /// The words of the substring, split at single spaces, without empty words.
    func words() -> [Substring] {
        firstWords(.max)
    }

    /// True when the substring has at least `count` Characters; walks no further than that.
    func hasAtLeast(_ count: Int) -> Bool {
        index(startIndex, offsetBy: count, limitedBy: endIndex) != nil
    }

    /// The first and the last of `words()`, found without splitting the whole text.
    func firstAndLastWord() -> (first: Substring, last: Substring)? {
        let utf8 = self.utf8
        var start = utf8.startIndex
        while start < utf8.endIndex, utf8[start] == UInt8(ascii: " ") { start = utf8.index(after: start) }
        guard start < utf8.endIndex else { return nil }
        var end = utf8.endIndex
        while end > start, utf8[utf8.index(before: end)] == UInt8(ascii: " ") { end = utf8.index(before: end) }
        var firstEnd = start
        while firstEnd < end, utf8[firstEnd] != UInt8(ascii: " ") { firstEnd = utf8.index(after: firstEnd) }
        var lastStart = end
        while lastStart > start, utf8[utf8.index(before: lastStart)] != UInt8(ascii: " ") { lastStart = utf8.index(before: lastStart) }
        return (self[start..<firstEnd], self[lastStart..<end])
    }

    /// The last `limit` words of `words()`, in order, found without reading before the first of them.
    func lastWords(_ limit: Int) -> [Substring] {
        var result: [Substring] = []
        guard limit > 0 else { return result }
        result.reserveCapacity(Swift.min(limit, 16))
        let utf8 = self.utf8
        var end = utf8.endIndex
        var index = utf8.endIndex
        while index > utf8.startIndex {
            let before = utf8.index(before: index)
            if utf8[before] == UInt8(ascii: " ") {
                if index < end {
                    result.append(self[index..<end])
                    if result.count == limit { break }
                }
                end = before
            }
            index = before
        }
        if index == utf8.startIndex, index < end, result.count < limit { result.append(self[index..<end]) }
        result.reverse()
        return result
    }

    /// The first `limit` words of `words()`, found without reading past the last of them.
    func firstWords(_ limit: Int) -> [Substring] {
        var result: [Substring] = []
        guard limit > 0 else { return result }
        // One allocation for the usual attribution phrase instead of growing 1, 2, 4, 8, 16.
        result.reserveCapacity(Swift.min(limit, 16))
        let utf8 = self.utf8
        var start = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            if utf8[index] == UInt8(ascii: " ") {
                if start < index {
                    result.append(self[start..<index])
                    if result.count == limit { return result }
                }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start < utf8.endIndex, result.count < limit { result.append(self[start..<utf8.endIndex]) }
        return result
    }
}

extension String {
    /// True when the string has at least `count` Characters; walks no further than that.
    func hasAtLeast(_ count: Int) -> Bool {
        index(startIndex, offsetBy: count, limitedBy: endIndex) != nil
    }

    /// The words of the string, split at single spaces, without empty words.
    func words() -> [Substring] {
        Substring(self).words()
    }
}
