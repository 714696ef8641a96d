/// Stage directions in transcripts — "[Applause]", "(Laughter)", «(Аплодисменты)» — which are not
/// part of what anyone said.
///
/// A bracketed line on its own is always a stage direction; inside a turn, only brackets that
/// start with a known stage word are removed, so that elisions such as "[…]" and editorial
/// inserts stay in the text as written.
enum StageDirection {
    /// True when the visible text of `bytes[start..<end]` is one bracketed or parenthesised span.
    static func isWholeLine(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        let first = LineScanner.firstVisible(bytes, from: start, to: end)
        let last = LineScanner.trimmedEnd(bytes, from: first, to: end)
        guard last - first >= 2 else { return false }
        let open = bytes[first]
        let close: UInt8 = open == 0x5B ? 0x5D : open == 0x28 ? 0x29 : 0
        guard close != 0, bytes[last - 1] == close else { return false }
        var depth = 0
        for k in first..<last {
            if bytes[k] == open { depth += 1 }
            if bytes[k] == close {
                depth -= 1
                if depth == 0 && k != last - 1 { return false }
            }
        }
        return true
    }

    /// Appends `bytes[start..<end]` to `acc`, leaving out inline stage directions.
    static func append(_ bytes: [UInt8], from start: Int, to end: Int, into acc: inout TextAccumulator) {
        var segment = start
        var i = start
        while i < end {
            let b = bytes[i]
            if b == 0x5B || b == 0x28 {
                let close: UInt8 = b == 0x5B ? 0x5D : 0x29
                var j = i + 1
                let limit = min(end, i + 80)
                while j < limit && bytes[j] != close && bytes[j] != b { j += 1 }
                if j < limit, bytes[j] == close, isStageWord(bytes, from: i + 1, to: j) {
                    acc.append(bytes, from: segment, to: i)
                    // "said [laughter], and" → "said, and": no space before punctuation.
                    if j + 1 < end, [0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x29].contains(bytes[j + 1]) {
                        acc.cancelSpace()
                    } else {
                        acc.appendSpace()
                    }
                    segment = j + 1
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
        acc.append(bytes, from: segment, to: end)
    }

    /// True when the bracket content starts with a stage word ("applause", «смех» …).
    static func isStageWord(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        let first = LineScanner.firstVisible(bytes, from: start, to: end)
        var wordEnd = first
        while wordEnd < end {
            let b = bytes[wordEnd]
            if b < 0x80 && !((b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)) { break }
            wordEnd += 1
        }
        guard wordEnd > first else { return false }
        let word = String(decoding: bytes[first..<wordEnd], as: UTF8.self).lowercasedFast()
        return words.contains(word)
    }

    private static let words: Set<String> = [
        "applause", "laughter", "laughs", "laughing", "inaudible", "crosstalk", "pause", "silence", "music",
        "noise", "recess", "indistinct", "unintelligible", "speaking", "аплодисменты", "смех", "смеется",
        "смеётся", "неразборчиво", "пауза", "шум", "музыка", "оживление", "перерыв", "говорит",
    ]
}
