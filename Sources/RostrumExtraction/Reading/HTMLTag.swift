/// One tag as the tolerant HTML scanner sees it: its lower-case name, whether it closes an
/// element, and the few attributes Rostrum reads (others are skipped without being copied).
struct HTMLTag {
    /// What `<` introduced.
    enum Kind {
        /// A start tag `<p …>` (or `<br/>`).
        case start
        /// An end tag `</p>`.
        case end
        /// A comment, a doctype, a processing instruction: nothing to read.
        case ignorable
    }

    var kind: Kind
    var name: String
    var selfClosing = false
    /// Attributes Rostrum reads, lower-case names, values with entities decoded.
    var attributes: [(name: String, value: String)] = []
    /// Index just after the tag.
    var end: Int
    /// Line breaks inside the tag.
    var newlines = 0

    /// The value of attribute `name`, if present.
    func attribute(_ name: String) -> String? {
        for attribute in attributes where attribute.name == name { return attribute.value }
        return nil
    }

    /// Parses the tag at `i` (where `bytes[i] == "<"`); nil when the `<` is plain text
    /// ("a < b", "<3"). A tag that never closes runs to the end of the document.
    static func parse(_ bytes: [UInt8], at i: Int) -> HTMLTag? {
        let n = bytes.count
        guard i + 1 < n else { return nil }
        let c = bytes[i + 1]
        if c == 0x21 {  // "<!"
            if i + 3 < n, bytes[i + 2] == 0x2D, bytes[i + 3] == 0x2D {
                var j = i + 4
                while j + 2 < n && !(bytes[j] == 0x2D && bytes[j + 1] == 0x2D && bytes[j + 2] == 0x3E) { j += 1 }
                let end = j + 2 < n ? j + 3 : n
                return HTMLTag(kind: .ignorable, name: "", end: end, newlines: lineBreaks(bytes, from: i, to: end))
            }
            return skipToClose(bytes, at: i)
        }
        if c == 0x3F { return skipToClose(bytes, at: i) }  // "<?"
        var nameStart = i + 1
        var kind = Kind.start
        if c == 0x2F {
            nameStart = i + 2
            kind = .end
            guard nameStart < n, isLetter(bytes[nameStart]) else {
                return nameStart < n && bytes[nameStart] != 0x20 ? skipToClose(bytes, at: i) : nil
            }
        } else if !isLetter(c) {
            return nil
        }
        var j = nameStart
        while j < n && (isLetter(bytes[j]) || (bytes[j] >= 0x30 && bytes[j] <= 0x39) || bytes[j] == 0x2D || bytes[j] == 0x3A) {
            j += 1
        }
        var tag = HTMLTag(kind: kind, name: lowercased(bytes, from: nameStart, to: j), end: n)
        // Attributes, up to the closing '>'.
        while j < n {
            let b = bytes[j]
            if UTF8Text.isASCIISpace(b) {
                if b == 0x0A { tag.newlines += 1 }
                j += 1
                continue
            }
            if b == 0x3E {
                tag.end = j + 1
                return tag
            }
            if b == 0x2F {
                if j + 1 < n, bytes[j + 1] == 0x3E {
                    tag.selfClosing = true
                    tag.end = j + 2
                    return tag
                }
                j += 1
                continue
            }
            let attributeStart = j
            while j < n, !UTF8Text.isASCIISpace(bytes[j]), bytes[j] != 0x3D, bytes[j] != 0x3E,
                  !(bytes[j] == 0x2F && j + 1 < n && bytes[j + 1] == 0x3E) {
                j += 1
            }
            let attributeEnd = j
            while j < n && UTF8Text.isASCIISpace(bytes[j]) {
                if bytes[j] == 0x0A { tag.newlines += 1 }
                j += 1
            }
            var valueStart = j
            var valueEnd = j
            var hasValue = false
            if j < n, bytes[j] == 0x3D {
                hasValue = true
                j += 1
                while j < n && UTF8Text.isASCIISpace(bytes[j]) {
                    if bytes[j] == 0x0A { tag.newlines += 1 }
                    j += 1
                }
                if j < n, bytes[j] == 0x22 || bytes[j] == 0x27 {
                    let quote = bytes[j]
                    valueStart = j + 1
                    j += 1
                    while j < n && bytes[j] != quote {
                        if bytes[j] == 0x0A { tag.newlines += 1 }
                        j += 1
                    }
                    valueEnd = j
                    if j < n { j += 1 }
                } else {
                    valueStart = j
                    while j < n && !UTF8Text.isASCIISpace(bytes[j]) && bytes[j] != 0x3E { j += 1 }
                    valueEnd = j
                }
            }
            let length = attributeEnd - attributeStart
            guard length > 0, length <= 12 else { continue }
            let key = lowercased(bytes, from: attributeStart, to: attributeEnd)
            guard interesting.contains(key) else { continue }
            let value = hasValue ? attributeValue(bytes, from: valueStart, to: valueEnd) : ""
            tag.attributes.append((key, value))
        }
        return tag
    }

    /// The attributes the reader uses; all others are skipped.
    private static let interesting: Set<String> = [
        "class", "id", "role", "hidden", "lang", "name", "property", "itemprop", "http-equiv", "content", "rel",
        "href", "datetime",
    ]

    private static func skipToClose(_ bytes: [UInt8], at i: Int) -> HTMLTag {
        var j = i + 1
        while j < bytes.count && bytes[j] != 0x3E { j += 1 }
        let end = min(j + 1, bytes.count)
        return HTMLTag(kind: .ignorable, name: "", end: end, newlines: lineBreaks(bytes, from: i, to: end))
    }

    /// The number of line breaks in `bytes[start..<end]`.
    static func lineBreaks(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var count = 0
        var k = start
        while k < end {
            if bytes[k] == 0x0A {
                count += 1
            } else if bytes[k] == 0x0D, k + 1 >= bytes.count || bytes[k + 1] != 0x0A {
                count += 1
            }
            k += 1
        }
        return count
    }

    /// ASCII-lower-cased text of `bytes[start..<end]` (tag and attribute names are short,
    /// so the string usually needs no allocation).
    private static func lowercased(_ bytes: [UInt8], from start: Int, to end: Int) -> String {
        let name = String(decoding: bytes[start..<end], as: UTF8.self)
        for k in start..<end where bytes[k] >= 0x41 && bytes[k] <= 0x5A { return name.lowercasedFast() }
        return name
    }

    /// An attribute value with entities decoded and whitespace collapsed.
    static func attributeValue(_ bytes: [UInt8], from start: Int, to end: Int) -> String {
        var plain = true
        for k in start..<end {
            let b = bytes[k]
            if b == 0x26 || b <= 0x20 || b >= 0x80 {
                plain = false
                break
            }
        }
        if plain { return String(decoding: bytes[start..<end], as: UTF8.self) }
        var acc = TextAccumulator()
        var segment = start
        var k = start
        while k < end {
            if bytes[k] == 0x26, let (scalar, length) = HTMLEntities.reference(bytes, at: k, end: end) {
                acc.append(bytes, from: segment, to: k)
                acc.append(scalar)
                k += length
                segment = k
            } else {
                k += 1
            }
        }
        acc.append(bytes, from: segment, to: end)
        return acc.take()
    }

    @inline(__always)
    private static func isLetter(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }
}
