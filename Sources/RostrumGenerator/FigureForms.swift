import RostrumModel

/// A figure as written and as normalised, before its kind, year and subject are known.
struct FigureDraft: Sendable {
    var surface: String
    var value: Double
    var valueMax: Double? = nil
    var unit: String?
    var qualifier: FigureQualifier? = nil
    var features: Set<GenerationFeature> = []

    /// The gold figure; values were computed from the numbers chosen, never parsed back from text.
    func figure(kind: FigureKind, year: Int?, subject: String?) -> Figure {
        Figure(surface: surface, value: value, valueMax: valueMax, unit: unit, kind: kind, qualifier: qualifier,
               year: year, subject: subject?.lowercased())
    }
}

/// Writes figures in every form of docs/FORMATS.md §Figures, in English and Russian, and computes
/// their normalised values from the numbers chosen.
struct FigureForms: Sendable {
    let language: Language
    private var ru: Bool { language == .ru }

    // MARK: numbers

    /// A number to write: `mantissa / 10^decimals`.
    struct Amount {
        var mantissa: Int
        var decimals: Int
        var integer: Int { decimals == 0 ? mantissa : mantissa / 10 }
        var isWhole: Bool { decimals == 0 || mantissa % 10 == 0 }
    }

    func amount(_ rng: inout SplitMix64, range: ClosedRange<Int>, decimalChance: Double = 0.3) -> Amount {
        if rng.chance(decimalChance) {
            var m = rng.int(in: 11...99)
            if m % 10 == 0 { m += 1 }
            return Amount(mantissa: m, decimals: 1)
        }
        return Amount(mantissa: rng.int(in: range), decimals: 0)
    }

    func write(_ a: Amount) -> String {
        NumberFormatting.format(mantissa: a.mantissa, decimals: a.decimals, language: language)
    }

    // MARK: qualifiers

    private static let englishQualifiers: [(String, FigureQualifier)] = [
        ("more than", .moreThan), ("over", .moreThan), ("less than", .lessThan), ("under", .lessThan),
        ("at least", .atLeast), ("about", .about), ("around", .about), ("approximately", .about),
        ("some", .about), ("roughly", .about), ("almost", .almost), ("nearly", .almost),
    ]
    private static let russianQualifiers: [(String, FigureQualifier)] = [
        ("более", .moreThan), ("свыше", .moreThan), ("больше", .moreThan), ("менее", .lessThan),
        ("меньше", .lessThan), ("не менее", .atLeast), ("около", .about), ("примерно", .about),
        ("порядка", .about), ("приблизительно", .about), ("почти", .almost), ("практически", .almost),
    ]

    /// Puts a qualifier word before the figure.
    func qualify(_ draft: FigureDraft, _ rng: inout SplitMix64) -> FigureDraft {
        let q = rng.pick(ru ? Self.russianQualifiers : Self.englishQualifiers)
        var d = draft
        d.surface = q.0 + " " + d.surface
        d.qualifier = q.1
        d.features.insert(.figureQualifier)
        return d
    }

    // MARK: money

    private enum Currency: String { case usd = "USD", eur = "EUR", rub = "RUB", cny = "CNY" }

    /// An amount of money with a scale word: "$1.1 billion", «80 млрд долларов».
    /// `abbreviatedScale` keeps Russian scale words abbreviated (safe after «более», «около»).
    func money(_ rng: inout SplitMix64, abbreviatedScale: Bool = false) -> FigureDraft {
        let currency = [Currency.usd, .rub, .cny, .eur][rng.weighted([55, 20, 15, 10])]
        let scaleIndex = rng.weighted([35, 58, currency == .rub ? 7 : 2])  // million, billion, trillion
        let scale = [1e6, 1e9, 1e12][scaleIndex]
        if !ru, currency == .usd, scaleIndex == 1, rng.chance(0.04) {
            return FigureDraft(surface: "a billion dollars", value: 1e9, unit: "USD", features: [.figureMoney, .figureNumberWord])
        }
        let a = amount(&rng, range: scaleIndex == 2 ? 1...30 : 2...500)
        let value = NumberFormatting.value(mantissa: a.mantissa, decimals: a.decimals, scale: scale)
        let num = write(a)
        return FigureDraft(surface: moneySurface(num, a, scaleIndex, currency, &rng, abbreviated: abbreviatedScale),
                           value: value, unit: currency.rawValue, features: [.figureMoney])
    }

    /// "$3–5 billion", «3–5 млрд долларов»: a money range (value is the lower bound).
    func moneyRange(_ rng: inout SplitMix64) -> FigureDraft {
        let low = rng.int(in: 2...20)
        let high = low + rng.int(in: 1...10)
        let scale = 1e9
        let surface = ru
            ? "\(low)–\(high) млрд " + rng.pick(["долларов", "долл."])
            : rng.chance(0.5) ? "$\(low)–\(high) billion" : "\(low)–\(high) billion dollars"
        return FigureDraft(surface: surface, value: Double(low) * scale, valueMax: Double(high) * scale, unit: "USD",
                           features: [.figureMoney, .figureRange])
    }

    private func moneySurface(
        _ num: String, _ a: Amount, _ scaleIndex: Int, _ currency: Currency, _ rng: inout SplitMix64, abbreviated: Bool
    ) -> String {
        if ru {
            let scale: String
            if abbreviated || rng.chance(0.75) {
                scale = ["млн", "млрд", "трлн"][scaleIndex]
            } else {
                let stems = ["миллион", "миллиард", "триллион"][scaleIndex]
                scale = a.isWhole ? RussianGrammar.plural(a.integer, stems, stems + "а", stems + "ов") : stems + "а"
            }
            switch currency {
            case .usd:
                if rng.chance(0.2) { return "$" + num + " " + scale }
                return num + " " + scale + " " + rng.pick(["долларов", "долларов", "долл.", "долларов США"])
            case .eur:
                return rng.chance(0.2) ? "€" + num + " " + scale : num + " " + scale + " евро"
            case .rub:
                return num + " " + scale + " " + rng.pick(["рублей", "рублей", "руб.", "₽"])
            case .cny:
                return num + " " + scale + " юаней"
            }
        }
        let scale = rng.chance(0.15) ? ["mln", "bn", "trillion"][scaleIndex] : ["million", "billion", "trillion"][scaleIndex]
        switch currency {
        case .usd:
            switch rng.weighted([60, 25, 15]) {
            case 0: return "$" + num + " " + scale
            case 1: return num + " " + scale + " dollars"
            default: return "USD " + num + " " + scale
            }
        case .eur:
            switch rng.weighted([50, 30, 20]) {
            case 0: return "€" + num + " " + scale
            case 1: return num + " " + scale + " euros"
            default: return "EUR " + num + " " + scale
            }
        case .rub:
            switch rng.weighted([45, 30, 25]) {
            case 0: return num + " " + scale + " roubles"
            case 1: return num + " " + scale + " rubles"
            default: return "RUB " + num + " " + scale
            }
        case .cny:
            switch rng.weighted([50, 30, 20]) {
            case 0: return num + " " + scale + " yuan"
            case 1: return "RMB " + num + " " + scale
            default: return "CNY " + num + " " + scale
            }
        }
    }

    /// The number and scale of a money figure without its currency, for "… and 200 billion — by 2020"
    /// (the unit comes from the figure before).
    func bareScaled(after previous: FigureDraft, _ rng: inout SplitMix64) -> FigureDraft {
        let high = previous.value * Double(rng.int(in: 2...4)) / 1e9
        let n = max(Int(high.rounded(.up)), 1)
        return FigureDraft(surface: "\(n) " + (ru ? "млрд" : "billion"), value: Double(n) * 1e9, unit: previous.unit,
                           features: [.figureCarriedUnit])
    }

    // MARK: percent and fractions

    /// "55%", "12.5 percent", «55 процентов».
    func percent(_ rng: inout SplitMix64, max: Int = 95) -> FigureDraft {
        let a = amount(&rng, range: 2...max, decimalChance: 0.15)
        let num = write(a)
        let value = NumberFormatting.value(mantissa: a.mantissa, decimals: a.decimals, scale: 1)
        let surface: String
        if rng.chance(0.75) {
            surface = num + "%"
        } else if ru {
            surface = num + " " + (a.isWhole ? RussianGrammar.plural(a.integer, "процент", "процента", "процентов") : "процента")
        } else {
            surface = num + rng.pick([" percent", " per cent"])
        }
        return FigureDraft(surface: surface, value: value, unit: "percent", features: [.figurePercent])
    }

    /// "10–15%": a percentage range.
    func percentRange(_ rng: inout SplitMix64) -> FigureDraft {
        let low = rng.int(in: 3...20)
        let high = low + rng.int(in: 2...10)
        return FigureDraft(surface: "\(low)–\(high)%", value: Double(low), valueMax: Double(high), unit: "percent",
                           features: [.figurePercent, .figureRange])
    }

    /// A fraction in words: (English, Russian nominative, value in percent).
    static let fractions: [(String, String, Double)] = [
        ("a third", "треть", 33.33), ("a quarter", "четверть", 25), ("half", "половина", 50),
        ("two thirds", "две трети", 66.67),
    ]

    func fraction(_ rng: inout SplitMix64, allowTwoThirds: Bool = true) -> FigureDraft {
        let f = rng.pick(allowTwoThirds ? Self.fractions : Array(Self.fractions.prefix(3)))
        return FigureDraft(surface: ru ? f.1 : f.0, value: f.2, unit: "percent", features: [.figureFraction])
    }

    // MARK: counts, measures, durations

    /// "20 projects", "1.5 million Chinese tourists", «20 проектов». With a qualifier in Russian the
    /// number keeps the genitive plural so that the noun's form does not depend on the qualifier.
    func count(_ rng: inout SplitMix64, _ noun: Countable, qualified: Bool) -> FigureDraft {
        if noun.people, rng.chance(0.6) {
            let millions = rng.chance(0.5)
            let a = millions ? amount(&rng, range: 1...9, decimalChance: 0.5) : amount(&rng, range: 20...900, decimalChance: 0)
            let scale = millions ? 1e6 : 1e3
            let scaleWord = ru ? (millions ? "млн" : "тыс.") : (millions ? "million" : "thousand")
            return FigureDraft(surface: write(a) + " " + scaleWord + " " + noun.many,
                               value: NumberFormatting.value(mantissa: a.mantissa, decimals: a.decimals, scale: scale),
                               unit: "count", features: [.figureCount])
        }
        var n = rng.int(in: 3...120)
        if ru, qualified || noun.people { while !RussianGrammar.takesManyForm(n) { n += 1 } }
        // The accusative of a feminine noun after 1, 21… differs from the nominative; avoid it.
        if ru, n % 10 == 1, n % 100 != 11 { n += 1 }
        let form = ru ? RussianGrammar.plural(n, noun.one, noun.few, noun.many) : noun.many
        return FigureDraft(surface: "\(n) " + form, value: Double(n), unit: "count", features: [.figureCount])
    }

    /// "95 million tonnes", "1,200 km", «300 тыс. га».
    func measure(_ rng: inout SplitMix64, _ unit: MeasureUnit, qualified: Bool) -> FigureDraft {
        var scale = 1.0
        var a: Amount
        var scaleWord = ""
        switch unit {
        case .tonne, .barrel, .cubicMetre, .kwh, .teu:
            let big = unit == .cubicMetre || unit == .kwh ? rng.chance(0.6) : rng.chance(0.2)
            if big {
                scale = 1e9
                scaleWord = ru ? "млрд" : "billion"
                a = amount(&rng, range: 2...90)
            } else if rng.chance(0.7) {
                scale = 1e6
                scaleWord = ru ? "млн" : "million"
                a = amount(&rng, range: 2...150)
            } else {
                scale = 1e3
                scaleWord = ru ? "тыс." : "thousand"
                a = amount(&rng, range: 20...900, decimalChance: 0)
            }
        case .km, .mw:
            a = Amount(mantissa: rng.int(in: 120...4000), decimals: 0)
        case .hectare:
            if rng.chance(0.5) {
                scale = 1e3
                scaleWord = ru ? "тыс." : "thousand"
                a = Amount(mantissa: rng.int(in: 20...900), decimals: 0)
            } else {
                a = Amount(mantissa: rng.int(in: 12...90) * 1000, decimals: 0)
            }
        case .gw:
            a = amount(&rng, range: 2...40, decimalChance: 0.4)
        }
        if ru, scaleWord.isEmpty, qualified, a.decimals == 0 {
            while !RussianGrammar.takesManyForm(a.mantissa) { a.mantissa += 1 }
        }
        let num = write(a)
        let unitWord = unitWord(unit, a, scaled: !scaleWord.isEmpty, &rng)
        let surface = scaleWord.isEmpty ? num + " " + unitWord : num + " " + scaleWord + " " + unitWord
        return FigureDraft(surface: surface, value: NumberFormatting.value(mantissa: a.mantissa, decimals: a.decimals, scale: scale),
                           unit: unit.rawValue, features: [.figureMeasure])
    }

    private func unitWord(_ unit: MeasureUnit, _ a: Amount, scaled: Bool, _ rng: inout SplitMix64) -> String {
        if ru {
            let manyForm = scaled || !a.isWhole
            switch unit {
            case .tonne:
                if rng.chance(0.25) { return "т" }
                return manyForm ? (a.isWhole ? "тонн" : "тонны") : RussianGrammar.plural(a.integer, "тонна", "тонны", "тонн")
            case .km: return "км"
            case .hectare: return "га"
            case .teu: return "ДФЭ"
            case .barrel: return manyForm ? (a.isWhole ? "баррелей" : "барреля") : RussianGrammar.plural(a.integer, "баррель", "барреля", "баррелей")
            case .cubicMetre: return "куб. м"
            case .mw: return "МВт"
            case .gw: return "ГВт"
            case .kwh: return "кВт·ч"
            }
        }
        switch unit {
        case .tonne: return rng.pick(["tonnes", "tonnes", "tons"])
        case .km: return "km"
        case .hectare: return "hectares"
        case .teu: return "TEU"
        case .barrel: return "barrels"
        case .cubicMetre: return "cubic metres"
        case .mw: return "MW"
        case .gw: return "GW"
        case .kwh: return "kWh"
        }
    }

    private static let englishNumberWords: [(String, Int)] = [
        ("two", 2), ("three", 3), ("five", 5), ("ten", 10), ("fifteen", 15), ("twenty", 20), ("thirty", 30),
    ]
    private static let russianNumberWords: [(String, Int)] = [
        ("два", 2), ("три", 3), ("пять", 5), ("десять", 10), ("пятнадцать", 15), ("двадцать", 20), ("тридцать", 30),
    ]

    /// "20 years", "18 months", "twenty years", «20 лет», «пять лет».
    func duration(_ rng: inout SplitMix64, qualified: Bool) -> FigureDraft {
        let unitIndex = rng.weighted([65, 25, 10])  // year, month, day
        let unit = ["year", "month", "day"][unitIndex]
        var features: Set<GenerationFeature> = [.figureDuration]
        var n: Int
        var numText: String
        if unitIndex == 0, rng.chance(0.25) {
            let w = rng.pick(ru ? Self.russianNumberWords : Self.englishNumberWords)
            n = w.1
            numText = w.0
            features.insert(.figureNumberWord)
            if ru, qualified, !RussianGrammar.takesManyForm(n) {
                n = 20
                numText = "двадцать"
            }
        } else {
            n = [rng.int(in: 2...30), rng.int(in: 3...36), rng.int(in: 10...90)][unitIndex]
            if ru, qualified { while !RussianGrammar.takesManyForm(n) { n += 1 } }
            numText = String(n)
        }
        let word: String
        if ru {
            word = [RussianGrammar.plural(n, "год", "года", "лет"), RussianGrammar.plural(n, "месяц", "месяца", "месяцев"),
                    RussianGrammar.plural(n, "день", "дня", "дней")][unitIndex]
        } else {
            word = ["years", "months", "days"][unitIndex]
        }
        return FigureDraft(surface: numText + " " + word, value: Double(n), unit: unit, features: features)
    }
}
