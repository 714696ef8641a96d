/// One word of a number written in words, in English or Russian.
///
/// "twenty" is a cardinal, "hundred" multiplies what comes before it, "million" is a scale,
/// "third" a fraction of one, "a" stands for one before a scale or a fraction ("a billion",
/// "a third"), «полтора» is one and a half, and "and" joins parts ("one hundred and twenty",
/// "one and a half").
public enum NumberWord: Sendable, Hashable {
    /// one…nineteen, twenty…ninety; Russian hundreds (сто, двести…) are cardinals too.
    case cardinal(Double)
    /// "hundred": multiplies the cardinal before it (or one).
    case hundred
    /// thousand, million, billion, trillion and their abbreviations (тыс., млн, bn…).
    case scale(Double)
    /// third, quarter, half (and Russian треть, четверть, половина) as a part of one.
    case fraction(Double)
    /// "a" / "an": one, before a scale, "hundred" or a fraction.
    case article
    /// «полтора», «полторы», «полутора»: one and a half.
    case oneAndHalf
    /// "and" inside a number.
    case and
}

/// The English and Russian number words, and how they combine into a value.
///
/// Lookups take a lower-cased word (ё folded to е). Russian words are listed in the forms a
/// figure usually takes: nominative, genitive and the accusative of the feminine nouns.
public enum NumberWords {
    /// The number word `lowercased` is, if any.
    public static func word(_ lowercased: String) -> NumberWord? {
        table[lowercased]
    }

    /// Every known number word with its meaning, for callers that build their own lookup.
    public static var all: [String: NumberWord] { table }

    /// The value of a whole phrase of number words ("two hundred thousand" → 200000,
    /// "a third" → 0.3333…), or nil when the words do not make one number.
    public static func value(of words: [String]) -> Double? {
        var accumulator = NumberWordAccumulator()
        for word in words {
            guard let meaning = table[word], accumulator.add(meaning) else { return nil }
        }
        return accumulator.value
    }

    private static let table: [String: NumberWord] = {
        var t: [String: NumberWord] = [:]
        let english: [(String, Double)] = [
            ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
            ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13),
            ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18),
            ("nineteen", 19), ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50),
            ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
        ]
        for (w, v) in english { t[w] = .cardinal(v) }
        let russian: [([String], Double)] = [
            (["один", "одна", "одно", "одного", "одной", "одну"], 1),
            (["два", "две", "двух"], 2), (["три", "трех"], 3), (["четыре", "четырех"], 4),
            (["пять", "пяти"], 5), (["шесть", "шести"], 6), (["семь", "семи"], 7),
            (["восемь", "восьми"], 8), (["девять", "девяти"], 9), (["десять", "десяти"], 10),
            (["одиннадцать", "одиннадцати"], 11), (["двенадцать", "двенадцати"], 12),
            (["тринадцать", "тринадцати"], 13), (["четырнадцать", "четырнадцати"], 14),
            (["пятнадцать", "пятнадцати"], 15), (["шестнадцать", "шестнадцати"], 16),
            (["семнадцать", "семнадцати"], 17), (["восемнадцать", "восемнадцати"], 18),
            (["девятнадцать", "девятнадцати"], 19), (["двадцать", "двадцати"], 20),
            (["тридцать", "тридцати"], 30), (["сорок", "сорока"], 40),
            (["пятьдесят", "пятидесяти"], 50), (["шестьдесят", "шестидесяти"], 60),
            (["семьдесят", "семидесяти"], 70), (["восемьдесят", "восьмидесяти"], 80),
            (["девяносто", "девяноста"], 90), (["сто", "ста"], 100), (["двести", "двухсот"], 200),
            (["триста", "трехсот"], 300), (["четыреста", "четырехсот"], 400),
            (["пятьсот", "пятисот"], 500), (["шестьсот", "шестисот"], 600),
            (["семьсот", "семисот"], 700), (["восемьсот", "восьмисот"], 800),
            (["девятьсот", "девятисот"], 900),
        ]
        for (forms, v) in russian { for w in forms { t[w] = .cardinal(v) } }
        t["hundred"] = .hundred
        t["hundreds"] = nil
        let scales: [([String], Double)] = [
            (["thousand", "тысяча", "тысячи", "тысяч", "тысячу", "тыс"], 1e3),
            (["million", "mln", "млн", "миллион", "миллиона", "миллионов"], 1e6),
            (["billion", "bn", "bln", "млрд", "миллиард", "миллиарда", "миллиардов"], 1e9),
            (["trillion", "tn", "trn", "трлн", "триллион", "триллиона", "триллионов"], 1e12),
        ]
        for (forms, v) in scales { for w in forms { t[w] = .scale(v) } }
        let fractions: [([String], Double)] = [
            (["third", "thirds", "треть", "трети", "третью"], 1.0 / 3.0),
            (["quarter", "quarters", "четверть", "четверти", "четвертью"], 0.25),
            (["half", "половина", "половину", "половины", "половиной"], 0.5),
        ]
        for (forms, v) in fractions { for w in forms { t[w] = .fraction(v) } }
        t["a"] = .article
        t["an"] = .article
        for w in ["полтора", "полторы", "полутора"] { t[w] = .oneAndHalf }
        t["and"] = .and
        return t
    }()
}

/// Combines number words left to right into one value.
///
/// `add` returns false when a word cannot continue the number ("two three"), so a scanner can
/// stop at the last word that did. Fractions end a number: "two thirds" is 0.6667 and
/// `isFraction` is true.
public struct NumberWordAccumulator: Sendable {
    private var total: Double = 0
    private var current: Double = 0
    private var lastAdded: Double = 0
    private var lastScale: Double = .infinity
    private var pendingArticle = false
    private var pendingAnd = false
    private var started = false
    private var ended = false
    /// True once a fraction word ended the number.
    public private(set) var isFraction = false

    public init() {}

    /// The value so far, or nil when the words so far do not make a number yet ("a", "one and").
    public var value: Double? {
        guard started, !pendingArticle, !pendingAnd else { return nil }
        return total + current
    }

    /// Adds the next word; false when it cannot continue the number (the accumulator is unchanged).
    public mutating func add(_ word: NumberWord) -> Bool {
        if ended { return false }
        switch word {
        case .article:
            // "a" starts a number ("a billion") or follows "and" ("one and a half").
            guard !pendingArticle, !started || pendingAnd else { return false }
            pendingArticle = true
            return true
        case .and:
            // Only after "hundred" or a whole part ("one and a half"); never twice.
            guard started, !pendingAnd, !pendingArticle, current > 0 || total > 0 else { return false }
            pendingAnd = true
            return true
        case .cardinal(let v):
            guard !pendingArticle else { return false }
            if started {
                let fits = current == 0 && v < lastScale
                    || lastAdded >= 100 && current.truncatingRemainder(dividingBy: 100) == 0 && v < 100
                    || lastAdded >= 20 && lastAdded < 100 && lastAdded.truncatingRemainder(dividingBy: 10) == 0
                        && v < 10
                guard fits else { return false }
            }
            current += v
            lastAdded = v
            started = true
            pendingAnd = false
            return true
        case .hundred:
            guard !pendingAnd else { return false }
            if pendingArticle { current = 1; pendingArticle = false }
            if !started { return false }
            guard current > 0, current < 100 else { return false }
            current *= 100
            lastAdded = 100
            return true
        case .scale(let s):
            guard !pendingAnd, s < lastScale else { return false }
            if pendingArticle { current = 1; pendingArticle = false; started = true }
            guard started, current > 0 else { return false }
            total += current * s
            current = 0
            lastAdded = 0
            lastScale = s
            return true
        case .oneAndHalf:
            guard !started, !pendingArticle else { return false }
            current = 1.5
            lastAdded = 1.5
            started = true
            return true
        case .fraction(let f):
            if pendingAnd {
                // "one and a half": only a half, after "a".
                guard pendingArticle, f == 0.5 else { return false }
                current += 0.5
                lastAdded = 0.5
                pendingAnd = false
                pendingArticle = false
                return true
            }
            if pendingArticle {
                current = f
                pendingArticle = false
            } else if started {
                guard total == 0, current > 0, current < 10 else { return false }
                current *= f
            } else {
                current = f
            }
            started = true
            isFraction = true
            ended = true
            return true
        }
    }
}
