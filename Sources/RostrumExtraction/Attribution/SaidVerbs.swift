/// The verbs of saying that tie a quote to its speaker, in English and Russian, and a fast way
/// to find them among the words of an attribution.
public enum SaidVerbs {
    /// Verbs of one word ("said", «отметил»), in lower case.
    static let single: Set<String> = [
        "said", "says", "noted", "notes", "added", "adds", "stressed", "explained", "emphasised", "emphasized",
        "remarked", "stated", "concluded", "continued", "observed", "underlined", "commented", "recalled", "warned",
        "argued", "believes", "asked", "replied", "answered", "wondered", "insisted", "admitted", "suggested",
        "acknowledged", "announced", "confirmed", "agreed", "objected", "joked", "reminded", "urged", "predicted",
        "сказал", "сказала", "отметил", "отметила", "подчеркнул", "подчеркнула", "заявил", "заявила", "добавил",
        "добавила", "пояснил", "пояснила", "считает", "напомнил", "напомнила", "резюмировал", "резюмировала",
        "заключил", "заключила", "уточнил", "уточнила", "признал", "признала", "констатировал", "констатировала",
        "рассказал", "рассказала", "сообщил", "сообщила", "указал", "указала", "убеждён", "убеждена", "убежден",
        "уверен", "уверена", "полагает", "спросил", "спросила", "ответил", "ответила", "поинтересовался",
        "поинтересовалась", "объяснил", "объяснила", "возразил", "возразила", "предупредил", "предупредила",
        "подытожил", "подытожила", "акцентировал", "акцентировала", "обратил", "обратила", "продолжил", "продолжила",
        "пошутил", "пошутила", "призвал", "призвала", "выразил", "выразила", "добавляет", "отмечает", "говорит",
        "подчёркивает", "подчеркивает", "уточняет", "заявляет", "пожаловался", "пожаловалась", "заметил", "заметила",
        "предложил", "предложила", "поделился", "поделилась", "признался", "призналась", "заверил", "заверила",
        "пообещал", "пообещала", "прокомментировал", "прокомментировала", "сообщает", "считают", "высказался",
        "высказалась", "уверяет", "настаивает", "отметили", "заявили", "подчеркнули", "сказали", "сообщили",
        "напомнили", "указали", "считают", "согласились", "complained", "promised", "assured", "claimed", "cautioned",
        "estimated", "revealed", "proposed", "declared", "told", "wrote", "informed", "reassured",
    ]

    /// Words that may stand between the verb and the name: "рассказал ТАСС Андрей …", "ответил ему Панов".
    static let betweenVerbAndName: Set<String> = [
        "тасс", "интерфаксу", "риа", "журналистам", "корреспонденту", "ему", "ей", "им", "нам", "изданию", "агентству",
        "reporters", "journalists", "interfax", "tass", "reuters",
    ]

    /// Verbs of two words: the first word and what must follow it.
    static let pairs: [String: Set<String>] = [
        "pointed": ["out"], "summed": ["up"], "told": ["reporters", "journalists", "participants", "the"],
        "задал": ["вопрос"], "задала": ["вопрос"], "обратил": ["внимание"], "обратила": ["внимание"],
        "also": ["said", "noted", "added", "stressed", "pointed"], "также": ["отметил", "отметила", "сказал", "сказала", "подчеркнул", "подчеркнула", "добавил", "добавила"],
    ]

    /// `single`, `betweenVerbAndName` and the heads of `pairs`, for look-ups by bytes.
    static let singleSet = WordSet(single)
    static let betweenSet = WordSet(betweenVerbAndName)
    static let pairHeads = WordSet(pairs.keys)

    /// False when no verb of saying can start with `word`: then `match(words, at: i)` is 0 for
    /// any `words` whose `i`-th word is `word`. A cheap test before splitting text into words.
    static func mayStart(_ word: Substring) -> Bool {
        guard let head = word.unicodeScalars.first, !head.isUppercaseFast, word.utf8.count >= 3, word.utf8.count <= 40 else { return false }
        return singleSet.containsNormalized(word) || pairHeads.containsNormalized(word)
    }

    /// How many words, starting at `index`, make a verb of saying: 0 when none.
    static func match(_ words: [Substring], at index: Int) -> Int {
        guard index < words.count else { return 0 }
        // Verbs of saying are lower-case words of 3 to 16 letters: most words fail fast.
        let raw = words[index]
        guard let head = raw.unicodeScalars.first, !head.isUppercaseFast, raw.utf8.count >= 3, raw.utf8.count <= 40 else { return 0 }
        let single = singleSet.containsNormalized(raw)
        // "told participants": a pair is tried before its head alone ("told" is a verb of its own).
        guard pairHeads.containsNormalized(raw) else { return single ? 1 : 0 }
        let word = Self.normalized(raw)
        if let next = pairs[word], index + 1 < words.count {
            let second = Self.normalized(words[index + 1])
            if next.contains(second) {
                // "also said", "told the audience": include the verb or the object that follows.
                if word == "also" || word == "также" { return 2 }
                if second == "the", index + 2 < words.count { return 3 }
                return 2
            }
        }
        return single ? 1 : 0
    }

    /// Who a speaker addresses between the verb and "that" / «, что»: "told participants that",
    /// "assured the audience that", «сообщил участникам сессии, что», «заверил инвесторов, что».
    static let audience: Set<String> = [
        "participants", "delegates", "reporters", "journalists", "audience", "session", "forum", "conference", "panel",
        "investors", "guests", "listeners", "colleagues", "attendees", "meeting", "the", "us", "them", "him", "her", "of",
        "участникам", "участников", "журналистам", "журналистов", "собравшимся", "слушателям", "слушателей", "гостям",
        "гостей", "аудитории", "аудиторию", "сессии", "форума", "конференции", "дискуссии", "панели", "коллегам", "коллег",
        "инвесторам", "инвесторов", "присутствующим", "присутствующих", "нам", "ему", "ей", "им",
    ]
    static let audienceSet = WordSet(audience)

    static func normalized(_ word: Substring) -> String {
        var w = word.unicodeScalars.contains(where: { $0.isUppercaseFast }) ? word.lowercasedFast() : String(word)
        while let last = w.last, last == "," || last == "." || last == ":" { w.removeLast() }
        return w
    }
}

/// Byte-level substring search: `firstRange(of:)` on a `Substring` compares Characters and is far
/// too slow for the hot path.
enum UTF8Search {
    /// The ranges where `needle` occurs in the first `limit` bytes of `text` (a match may start
    /// at any of those bytes and run past them; overlapping matches are all reported).
    static func ranges(of needle: [UInt8], in text: Substring, limit: Int = .max) -> [Range<Substring.Index>] {
        guard !needle.isEmpty else { return [] }
        let utf8 = text.utf8
        // Native strings are contiguous: scanning the raw bytes spares an index computation per
        // byte, and only the few matches are turned back into indices.
        let offsets: [Int]? = utf8.withContiguousStorageIfAvailable { bytes in
            needle.withUnsafeBufferPointer { matchOffsets(of: $0, in: bytes, limit: limit) }
        }
        guard let offsets else { return rangesByIndex(of: needle, in: text, limit: limit) }
        return offsets.map { offset in
            let lower = utf8.index(utf8.startIndex, offsetBy: offset)
            return lower..<utf8.index(lower, offsetBy: needle.count)
        }
    }

    /// `ranges(of: first, …) + ranges(of: second, …)` in the order of their starts, found in one
    /// pass over the bytes; the two needles must start with different bytes.
    static func ranges(of first: [UInt8], or second: [UInt8], in text: Substring, limit: Int = .max) -> [Range<Substring.Index>] {
        guard let a = first.first, let b = second.first, a != b else {
            return (ranges(of: first, in: text, limit: limit) + ranges(of: second, in: text, limit: limit)).sorted { $0.lowerBound < $1.lowerBound }
        }
        let utf8 = text.utf8
        let found: [(offset: Int, length: Int)]? = utf8.withContiguousStorageIfAvailable { bytes in
            var result: [(offset: Int, length: Int)] = []
            let n = bytes.count
            let lastStart = Swift.min(n, limit)
            var i = 0
            while i < lastStart {
                let byte = bytes[i]
                if byte == a || byte == b {
                    let needle = byte == a ? first : second
                    let m = needle.count
                    if i + m <= n {
                        var k = 1
                        while k < m, bytes[i + k] == needle[k] { k += 1 }
                        if k == m { result.append((i, m)) }
                    }
                }
                i += 1
            }
            return result
        }
        guard let found else {
            return (ranges(of: first, in: text, limit: limit) + ranges(of: second, in: text, limit: limit)).sorted { $0.lowerBound < $1.lowerBound }
        }
        return found.map { match in
            let lower = utf8.index(utf8.startIndex, offsetBy: match.offset)
            return lower..<utf8.index(lower, offsetBy: match.length)
        }
    }

    /// The offsets where `needle` starts in `bytes`, for starts among the first `limit` bytes.
    static func matchOffsets(of needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> [Int] {
        var result: [Int] = []
        let n = bytes.count, m = needle.count
        let head = needle[0]
        let lastStart = Swift.min(n, limit)
        var i = 0
        // Eight bytes at a time while none of them is the needle's first byte (a space, though,
        // is too common for the skip to pay).
        let skipping = head != UInt8(ascii: " ")
        let pattern = UInt64(head) &* 0x0101_0101_0101_0101
        let raw = UnsafeRawBufferPointer(bytes)
        while i < lastStart {
            if skipping, i + 8 <= n, i + 8 <= lastStart, !hasZeroByte(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ pattern) {
                i += 8
                continue
            }
            if bytes[i] == head, i + m <= n {
                var k = 1
                while k < m, bytes[i + k] == needle[k] { k += 1 }
                if k == m { result.append(i) }
            }
            i += 1
        }
        return result
    }

    /// Whether one of the eight bytes of `word` is zero.
    @inline(__always)
    static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// `ranges(of:in:limit:)` through the UTF-8 view's indices, for text that is not contiguous.
    private static func rangesByIndex(of needle: [UInt8], in text: Substring, limit: Int) -> [Range<Substring.Index>] {
        let utf8 = text.utf8
        guard let first = needle.first else { return [] }
        var result: [Range<Substring.Index>] = []
        var index = utf8.startIndex
        var scanned = 0
        while index < utf8.endIndex, scanned < limit {
            if utf8[index] == first {
                var a = index
                var k = 0
                while k < needle.count, a < utf8.endIndex, utf8[a] == needle[k] {
                    a = utf8.index(after: a)
                    k += 1
                }
                if k == needle.count { result.append(index..<a) }
            }
            index = utf8.index(after: index)
            scanned += 1
        }
        return result
    }

    /// True when `text` starts with `prefix`, compared byte by byte.
    static func hasPrefix(_ text: Substring, _ prefix: [UInt8]) -> Bool {
        text.utf8.starts(with: prefix)
    }
}
