/// Splits UTF-8 bytes into lines, accepting `\n`, `\r\n` and a lone `\r` as line ends.
///
/// Lines are byte ranges into the source, numbered from 1, so readers can report where a
/// block starts without copying the text.
struct LineScanner {
    /// One line: `start..<end` excludes the line break.
    struct Line {
        var number: Int
        var start: Int
        var end: Int
    }

    /// All lines of `bytes`; a final line break does not add an empty line.
    static func lines(_ bytes: [UInt8]) -> [Line] {
        var lines: [Line] = []
        lines.reserveCapacity(bytes.count / 60 + 4)
        bytes.withUnsafeBufferPointer { buffer in
            let n = buffer.count
            var start = 0
            var number = 1
            var i = UTF8Text.firstIndex(of: 0x0A, or: 0x0D, in: buffer, from: 0)
            while i < n {
                lines.append(Line(number: number, start: start, end: i))
                number += 1
                if buffer[i] == 0x0D, i + 1 < n, buffer[i + 1] == 0x0A { i += 1 }
                i += 1
                start = i
                i = UTF8Text.firstIndex(of: 0x0A, or: 0x0D, in: buffer, from: i)
            }
            if start < n { lines.append(Line(number: number, start: start, end: n)) }
        }
        return lines
    }

    /// The first index in `start..<end` that is not whitespace (ASCII or a Unicode space),
    /// or `end` when the range is blank.
    static func firstVisible(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var i = start
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                if b > 0x20 && b != 0x7F { return i }
                i += 1
                continue
            }
            let skip = max(UTF8Text.spaceLength(bytes, at: i), UTF8Text.ignorableLength(bytes, at: i))
            if skip == 0 { return i }
            i += skip
        }
        return end
    }

    /// The index just after the last visible byte in `start..<end` (ASCII whitespace only is trimmed).
    static func trimmedEnd(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var e = end
        while e > start && UTF8Text.isASCIISpace(bytes[e - 1]) { e -= 1 }
        return e
    }

    /// True when `start..<end` has an ASCII space or tab between two visible ASCII characters:
    /// its collapsed text then has more than one word.
    static func hasInnerSpace(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        var visible = false
        var gap = false
        var k = start
        while k < end {
            let b = bytes[k]
            if b > 0x20 && b < 0x7F {
                if gap { return true }
                visible = true
            } else if (b == 0x20 || b == 0x09) && visible {
                gap = true
            }
            k += 1
        }
        return false
    }

    /// The text of `start..<end` with whitespace collapsed and trimmed.
    static func collapsed(_ bytes: [UInt8], from start: Int, to end: Int) -> String {
        // Most labels and values need no folding: their bytes are the text.
        let first = firstVisible(bytes, from: start, to: end)
        let last = trimmedEnd(bytes, from: first, to: end)
        if first < last, bytes.withUnsafeBufferPointer({ TextAccumulator.isVerbatim($0, from: first, to: last) }) {
            return String(decoding: bytes[first..<last], as: UTF8.self)
        }
        var acc = TextAccumulator()
        acc.append(bytes, from: start, to: end)
        return acc.take()
    }
}
