/// Turns the dates people write into ISO `YYYY-MM-DD`.
///
/// Accepts ISO dates (also with a time: `2018-09-12T10:00:00+03:00`), numeric European dates
/// (`12.09.2018`, `12/09/2018`) and dates written out in English or Russian, in either order:
/// `12 September 2018`, `September 12, 2018`, `12 Sept. 2018`, `12 сентября 2018 г.`,
/// `12 сентября 2018 года`. A range such as `11–13 September 2018` gives its first day.
public enum DateNormalizer {
    /// The ISO date in `text`, or nil when it does not name a valid calendar day.
    public static func isoDate(from text: String) -> String? {
        // Every form needs a year, and only a run of exactly four digits gives one.
        guard hasFourDigitRun(text) else { return nil }
        let tokens = tokenize(text)
        guard !tokens.isEmpty else { return nil }
        // Numeric forms: Y-M-D, or D.M.Y / D/M/Y.
        if tokens.count >= 3, case .number(let a, let aDigits) = tokens[0],
           case .number(let b, _) = tokens[1], case .number(let c, let cDigits) = tokens[2] {
            if aDigits == 4 { return iso(year: a, month: b, day: c) }
            if cDigits == 4 {
                if b > 12 && a <= 12 { return iso(year: c, month: a, day: b) }
                return iso(year: c, month: b, day: a)
            }
        }
        var month: Int?
        var day: Int?
        var year: Int?
        for token in tokens {
            switch token {
            case .number(let value, let digits):
                if digits == 4 {
                    if year == nil { year = value }
                } else if digits <= 2, day == nil, value >= 1, value <= 31 {
                    day = value
                }
            case .word(let word):
                if month == nil, let m = monthNumber(word) { month = m }
            }
        }
        guard let year, let month, let day else { return nil }
        return iso(year: year, month: month, day: day)
    }

    /// Whether `text` has a run of exactly four ASCII digits (not part of a longer run).
    static func hasFourDigitRun(_ text: String) -> Bool {
        var run = 0
        for b in text.utf8 {
            if b &- 0x30 < 10 {
                run += 1
            } else {
                if run == 4 { return true }
                run = 0
            }
        }
        return run == 4
    }

    private enum Token {
        case number(Int, digits: Int)
        case word(String)
    }

    private static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
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
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
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
