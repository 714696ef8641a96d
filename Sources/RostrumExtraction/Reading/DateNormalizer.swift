/// Turns the dates people write into ISO `YYYY-MM-DD`.
///
/// Accepts ISO dates (also with a time: `2018-09-12T10:00:00+03:00`), numeric European dates
/// (`12.09.2018`, `12/09/2018`) and dates written out in English or Russian, in either order:
/// `12 September 2018`, `September 12, 2018`, `12 Sept. 2018`, `12 сентября 2018 г.`,
/// `12 сентября 2018 года`. A range such as `11–13 September 2018` gives its first day.
public enum DateNormalizer {
    /// The ISO date in `text`, or nil when it does not name a valid calendar day.
    public static func isoDate(from text: String) -> String? {
        isoDate(from: text, onBytes: true)
    }

    /// `isoDate(from:)`, reading the text on its bytes when `onBytes` and it allows it, else
    /// through strings (the two give the same answers; tests compare them).
    static func isoDate(from text: String, onBytes: Bool) -> String? {
        // Every form needs a year, and only a run of exactly four digits gives one.
        guard hasFourDigitRun(text) else { return nil }
        if onBytes, let summary = fastTokens(text) { return summary.isoDate }
        var summary = TokenSummary()
        for token in tokenize(text) {
            switch token {
            case .number(let value, let digits): summary.add(.number(value, digits: digits))
            case .word(let word): summary.add(.word(month: monthNumber(word)))
            }
        }
        return summary.isoDate
    }

    /// What `isoDate` needs of a text's tokens, gathered as they come: how many there are, the
    /// first three, and the first year, day and month among them.
    private struct TokenSummary {
        var count = 0
        var head: (Token?, Token?, Token?) = (nil, nil, nil)
        var month: Int?
        var day: Int?
        var year: Int?

        mutating func add(_ token: Token) {
            switch count {
            case 0: head.0 = token
            case 1: head.1 = token
            case 2: head.2 = token
            default: break
            }
            count += 1
            switch token {
            case .number(let value, let digits):
                if digits == 4 {
                    if year == nil { year = value }
                } else if digits <= 2, day == nil, value >= 1, value <= 31 {
                    day = value
                }
            case .word(let wordMonth):
                if month == nil, let m = wordMonth { month = m }
            }
        }

        /// The date the tokens name.
        var isoDate: String? {
            guard count > 0 else { return nil }
            // Numeric forms: Y-M-D, or D.M.Y / D/M/Y.
            if case .number(let a, let aDigits)? = head.0, case .number(let b, _)? = head.1,
               case .number(let c, let cDigits)? = head.2 {
                if aDigits == 4 { return DateNormalizer.iso(year: a, month: b, day: c) }
                if cDigits == 4 {
                    if b > 12 && a <= 12 { return DateNormalizer.iso(year: c, month: a, day: b) }
                    return DateNormalizer.iso(year: c, month: b, day: a)
                }
            }
            guard let year, let month, let day else { return nil }
            return DateNormalizer.iso(year: year, month: month, day: day)
        }
    }

    /// Whether `text` has a run of exactly four ASCII digits (not part of a longer run).
    static func hasFourDigitRun(_ text: String) -> Bool {
        hasFourDigitRun(text.utf8)
    }

    /// Whether the UTF-8 `bytes` hold a run of exactly four ASCII digits (not part of a longer run).
    static func hasFourDigitRun<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        var run = 0
        for b in bytes {
            if b &- 0x30 < 10 {
                run += 1
            } else {
                if run == 4 { return true }
                run = 0
            }
        }
        return run == 4
    }

    /// A number with its digit count, or a word with the month it names.
    private enum Token {
        case number(Int, digits: Int)
        case word(month: Int?)
    }

    /// A token of the general path: the word itself, lower-cased.
    private enum TextToken {
        case number(Int, digits: Int)
        case word(String)
    }

    /// The summary of the tokens `tokenize` gives, read from the UTF-8 bytes with words folded in place and
    /// their month found on the bytes; nil when a word holds a letter outside ASCII and
    /// U+0400–U+045F (whose lower-casing only the standard library knows), or a scalar that
    /// the fast path cannot classify.
    private static func fastTokens(_ text: String) -> TokenSummary? {
        var text = text
        return text.withUTF8 { bytes -> TokenSummary? in
            var tokens = TokenSummary()
            // The word's first bytes, folded; only those can decide its month.
            var word: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            return withUnsafeMutableBytes(of: &word) { buffer -> TokenSummary? in
                var wordLength = 0
                var number = 0
                var digits = 0
                func flush() {
                    if wordLength > 0 {
                        let kept = UnsafeRawBufferPointer(rebasing: buffer[0..<min(wordLength, buffer.count)])
                        tokens.add(.word(month: monthNumber(folded: kept, length: wordLength)))
                        wordLength = 0
                    }
                    if digits > 0 {
                        tokens.add(.number(digits > 9 ? 0 : number, digits: digits))
                        number = 0
                        digits = 0
                    }
                }
                func append(_ byte: UInt8) {
                    if wordLength < buffer.count { buffer[wordLength] = byte }
                    wordLength += 1
                }
                let n = bytes.count
                var i = 0
                while i < n {
                    let b = bytes[i]
                    if b < 0x80 {
                        if b &- 0x30 < 10 {
                            if wordLength > 0 { flush() }
                            if digits < 10 { number = number * 10 + Int(b - 0x30) }
                            digits += 1
                        } else if (b | 0x20) &- 0x61 < 26 {
                            if digits > 0 { flush() }
                            append(b | 0x20)
                        } else {
                            flush()
                        }
                        i += 1
                    } else if (b == 0xD0 || b == 0xD1), i + 1 < n {
                        // U+0400…U+045F: letters, folded as `FastCase` folds them.
                        let c = bytes[i + 1]
                        if digits > 0 { flush() }
                        guard let lower = FastCase.lowercasedCyrillic(b, c) else { return nil }
                        append(UInt8(truncatingIfNeeded: lower >> 8))
                        append(UInt8(truncatingIfNeeded: lower))
                        i += 2
                    } else {
                        // Another scalar: a separator unless it is a letter.
                        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                        guard i + length <= n else { return nil }
                        var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                        guard let scalar = Unicode.Scalar(value), !scalar.isAlphabeticFast else { return nil }
                        flush()
                        i += length
                    }
                    if tokens.count > 12 { break }
                }
                flush()
                return tokens
            }
        }
    }

    /// `monthNumber(_:)` of a word given by its folded bytes (ASCII letters and U+0400–U+045F):
    /// `kept` holds its first bytes, `length` is its full length in bytes.
    private static func monthNumber(folded kept: UnsafeRawBufferPointer, length: Int) -> Int? {
        if length == kept.count {
            for (name, month) in exactBytes where name.count == length && kept.elementsEqual(name) { return month }
        }
        for (stem, month) in russianStemBytes where stem.count <= kept.count && kept.starts(with: stem) { return month }
        // English names are ASCII: only an ASCII word of three letters or more can start one.
        if length >= 3, length == kept.count, kept.allSatisfy({ $0 < 0x80 }) {
            for (index, name) in englishMonthBytes.enumerated() where name.starts(with: kept) { return index + 1 }
        }
        return nil
    }

    private static let exactBytes = exact.map { (Array($0.key.utf8), $0.value) }
    private static let russianStemBytes = russianStems.map { (Array($0.0.utf8), $0.1) }
    private static let englishMonthBytes = englishMonths.map { Array($0.utf8) }

    private static func tokenize(_ text: String) -> [TextToken] {
        var tokens: [TextToken] = []
        var word = String.UnicodeScalarView()
        var number = 0
        var digits = 0
        func flush() {
            if !word.isEmpty {
                tokens.append(.word(String(word).lowercasedFast()))
                word = String.UnicodeScalarView()
            }
            if digits > 0 {
                tokens.append(.number(digits > 9 ? 0 : number, digits: digits))
                number = 0
                digits = 0
            }
        }
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x30 && scalar.value <= 0x39 {
                if !word.isEmpty { flush() }
                if digits < 10 { number = number * 10 + Int(scalar.value - 0x30) }
                digits += 1
            } else if scalar.isAlphabeticFast {
                if digits > 0 { flush() }
                word.append(scalar)
            } else {
                flush()
            }
            if tokens.count > 12 { break }
        }
        flush()
        return tokens
    }

    private static func iso(year: Int, month: Int, day: Int) -> String? {
        guard year >= 1800, year <= 2200, month >= 1, month <= 12, day >= 1 else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let length: Int
        switch month {
        case 2: length = leap ? 29 : 28
        case 4, 6, 9, 11: length = 30
        default: length = 31
        }
        guard day <= length else { return nil }
        // "YYYY-MM-DD": ten ASCII bytes, a string that needs no allocation.
        var text: (UInt64, UInt16) = (0, 0)
        withUnsafeMutableBytes(of: &text) { out in
            out[0] = 0x30 + UInt8(year / 1000)
            out[1] = 0x30 + UInt8(year / 100 % 10)
            out[2] = 0x30 + UInt8(year / 10 % 10)
            out[3] = 0x30 + UInt8(year % 10)
            out[4] = 0x2D
            out[5] = 0x30 + UInt8(month / 10)
            out[6] = 0x30 + UInt8(month % 10)
            out[7] = 0x2D
            out[8] = 0x30 + UInt8(day / 10)
            out[9] = 0x30 + UInt8(day % 10)
        }
        return withUnsafeBytes(of: &text) { String(decoding: $0.prefix(10), as: UTF8.self) }
    }

    /// The month a lower-case word names, in English (full or abbreviated) or Russian (any case form).
    static func monthNumber(_ word: String) -> Int? {
        if let m = exact[word] { return m }
        for (stem, month) in russianStems where word.hasPrefix(stem) { return month }
        if word.count >= 3 {
            for (index, name) in englishMonths.enumerated() where name.hasPrefix(word) { return index + 1 }
        }
        return nil
    }

    private static let englishMonths = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    private static let exact: [String: Int] = [
        "sept": 9, "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "авг": 8, "сен": 9, "сент": 9,
        "окт": 10, "ноя": 11, "нояб": 11, "дек": 12, "май": 5, "мая": 5, "мае": 5,
    ]

    private static let russianStems: [(String, Int)] = [
        ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("июн", 6), ("июл", 7), ("август", 8),
        ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12),
    ]
}
