import RostrumModel
import RostrumText

/// Reads one figure at a trigger token: qualifier, currency, number (digits or words), range,
/// scale, unit or counted noun, and the "of …" after it. Rejects what only looks like a
/// figure: years, dates, ordinals, list numbers, times of day, phone numbers, "COVID-19", "G20".
struct FigureReader {
    let passage: FigurePassage

    private var tokens: [FigureToken] { passage.tokens }

    /// Whether token `i` can start a figure; cheap, so that most tokens cost one lookup.
    func triggers(_ i: Int) -> Bool {
        let t = tokens[i]
        switch t.kind {
        case .number: return !t.junk
        case .symbol:
            return (t.hash == S.dollar || t.hash == S.euro || t.hash == S.pound || t.hash == S.rouble)
                && i + 1 < tokens.count && tokens[i + 1].kind == .number
        case .word:
            // "every fifth wagon", «каждый третий»: an ordinal after "every" names a part.
            if passage.has(i, .ratioOrdinal), i > 0, W.everyWords.contains(tokens[i - 1].hash) { return true }
            guard passage.isTrigger(i), let info = passage.info(i) else { return false }
            if info.multiplier != nil { return true }
            if info.currencyBefore != nil, t.allCaps, i + 1 < tokens.count, tokens[i + 1].kind == .number { return true }
            if t.hash == W.us, passage.isSymbol(i + 1, S.dollar) { return true }
            switch info.number {
            case .none, .article?, .and?: return false
            default: return true
            }
        }
    }

    func read(at i: Int) -> FigureDraft? {
        if let ratio = readRatio(at: i) { return ratio }
        if let m = passage.multiplierOf(i) {
            // "twice as many", "twice as much", "twice more": a factor; "twice a year" is a frequency.
            if tokens[i].hash == W.twice, !passage.isWord(i + 1, W.as), !passage.isWord(i + 1, W.more) { return nil }
            // "double", "triple" are verbs of change only as verbs: "to double", "will double that".
            if W.verbMultipliers.contains(tokens[i].hash), !passage.has(i - 1, .link), !passage.has(i - 1, .verb),
               !passage.isWord(i - 1, W.and), !passage.has(i + 1, .determiner), !passage.has(i + 1, .pronoun) {
                return nil
            }
            var draft = FigureDraft(qualStart: i, first: i, last: i, after: i + 1, value: m.value, unit: m.unit,
                                    isMultiplier: true)
            // «упал почти вдвое», "fell almost threefold": the qualifier stands between the verb and the factor.
            // "more than doubled", «более чем вдвое»: the comparison before it.
            if i > 0, tokens[i - 1].kind == .word, passage.qualifierOf(i - 1) != nil || tokens[i - 1].hash == W.than {
                readQualifier(&draft)
                if draft.qualifier == .upTo { draft.qualifier = nil; draft.qualStart = i }
            } else if i > 1, passage.isWord(i - 1, W.chem), let qualifier = passage.qualifierOf(i - 2), qualifier != .upTo {
                set(&draft, qualifier, i - 2)
            }
            return draft
        }
        var j = i
        var currency: String?
        let t = tokens[i]
        if t.kind == .symbol {
            currency = symbolCurrency(t.hash)
            j = i + 1
        } else if t.kind == .word, t.hash == W.us, passage.isSymbol(i + 1, S.dollar) {
            currency = "USD"
            j = i + 2
            guard j < tokens.count, tokens[j].kind == .number else { return nil }
        } else if t.kind == .word, let code = passage.currencyBeforeOf(i), tokens[i + 1].kind == .number {
            currency = code
            j = i + 1
        }
        var first = i
        var draft: FigureDraft
        if tokens[j].kind == .number {
            guard var d = readDigits(at: j, currency: currency) else { return nil }
            d.first = first
            draft = d
        } else {
            if case .article? = passage.numberOf(i - 1) { first = i - 1 }
            guard var d = readWords(at: first) else { return nil }
            d.first = first
            draft = d
        }
        draft.qualStart = draft.first
        if currency != nil && draft.unit == nil { draft.unit = currency }
        // "three years ago", «пять лет назад», «спустя два года»: a point in time, not a length of it.
        // «через два года»: the same, counted forward.
        if passage.has(draft.after, .timeAgo) || passage.isWord(draft.first - 1, W.spustya) || passage.isWord(draft.first - 1, W.cherez) && !(draft.first >= 2 && passage.isWordToken(draft.first - 2)
            && W.paybackVerbs.contains(tokens[draft.first - 2].hash)),
           let u = draft.unit, FigureContext.timeUnits.contains(u) {
            return nil
        }
        readQualifier(&draft)
        return draft
    }

    private func symbolCurrency(_ s: UInt64) -> String? {
        switch s {
        case S.dollar: "USD"
        case S.euro: "EUR"
        case S.pound: "GBP"
        case S.rouble: "RUB"
        default: nil
        }
    }

    // MARK: - Ratios

    /// A part named as a ratio: "four out of every five exporters", "nine in ten", «четыре из пяти»
    /// (a number, "out of" / "in" / «из», a larger number), or an ordinal after "every" / «каждый»
    /// ("every fifth wagon", «каждый третий покупатель»). A share in percent; the noun after it is
    /// the subject.
    private func readRatio(at i: Int) -> FigureDraft? {
        // Most figures are neither: the word after the number, or before the ordinal, rules them out.
        let next = i + 1 < tokens.count ? tokens[i + 1].hash : 0
        let ratioWord = next == W.out || next == W.in || next == W.iz
        let ordinal = passage.has(i, .ratioOrdinal)
        guard ratioWord || ordinal else { return nil }
        let t = tokens[i]
        if t.kind == .word, ordinal {
            if i > 0, W.everyWords.contains(tokens[i - 1].hash), let n = passage.info(i)?.ratioOrdinal {
                // "every second year" is a frequency, not a part.
                if passage.unitOf(i + 1) != nil || passage.has(i + 1, .yearWord) { return nil }
                var d = FigureDraft(qualStart: i - 1, first: i - 1, last: i, after: i + 1, value: 100 / n,
                                    unit: "percent", isFraction: true)
                if let (noun, next) = passage.nounPhrase(at: i + 1, allowProper: false), tokens[i + 1].spaceBefore {
                    d.subject = noun
                    d.after = next
                }
                return d
            }
        }
        guard let a = ratioTerm(i) else { return nil }
        var k = i + 1
        var outOf = false
        if passage.isWord(k, W.out), passage.isWord(k + 1, W.of) {
            k += 2
            outOf = true
        } else if passage.isWord(k, W.in) || passage.isWord(k, W.iz) {
            k += 1
        } else {
            return nil
        }
        if passage.isWord(k, W.every) { k += 1 }
        // "1 in 2024" is a date; "one in ten thousand", "5 in 10 days" are no parts of a whole ("four out of
        // every five tonnes" is).
        guard let b = ratioTerm(k), b > a, b <= 1000, passage.year(k) == nil else { return nil }
        if case .scale? = passage.numberOf(k + 1) { return nil }
        if !outOf, passage.unitOf(k + 1) != nil { return nil }
        var d = FigureDraft(qualStart: i, first: i, last: k, after: k + 1, value: a / b * 100, unit: "percent",
                            isFraction: true)
        if passage.isWord(k + 1, W.of) {
            readOf(&d, at: k + 1)
        } else if k + 1 < tokens.count, tokens[k + 1].spaceBefore,
                  let (noun, next) = passage.nounPhrase(at: k + 1, allowProper: false) {
            d.subject = noun
            d.after = next
        }
        readQualifier(&d)
        return d
    }

    /// A whole number of one token, in digits or in words ("four", «пяти»), for a ratio.
    private func ratioTerm(_ k: Int) -> Double? {
        guard k >= 0, k < tokens.count else { return nil }
        let t = tokens[k]
        if t.kind == .number {
            guard !t.junk, t.value >= 1, t.value == t.value.rounded() else { return nil }
            // "1,000 in 2024" and "5 in 10 days" are not ratios: no unit or scale after the second number.
            return t.value
        }
        guard t.kind == .word, case .cardinal(let v)? = passage.numberOf(k), v >= 1 else { return nil }
        return v
    }

    /// The bare number that ends a from–to change whose unit it takes from the first ("from ten days
    /// to two", «с десяти дней до двух»): a whole number in words after `draft`'s "to" / «до», which
    /// is no figure by itself. Digits ("from 20 days to 5") are read as figures already.
    func fromToEnd(of draft: FigureDraft) -> FigureDraft? {
        let k = draft.after + 1
        guard draft.qualStart == draft.first, draft.unit != nil, draft.valueMax == nil, !draft.fromTo,
              !draft.isMultiplier, passage.has(draft.first - 1, .rangeFrom), passage.has(draft.after, .rangeTo),
              k < tokens.count, tokens[k].kind == .word, passage.isTrigger(k),
              let n = wordNumber(at: k), !n.isFraction, !n.startsWithFraction, read(at: k) == nil else { return nil }
        // The second number names no unit of its own: "to two", not "to two million tonnes".
        if passage.unitOf(n.last + 1) != nil { return nil }
        return FigureDraft(qualStart: k, first: k, last: n.last, after: n.last + 1, value: n.value, hasScale: n.hasScale)
    }

    // MARK: - Digits

    private func readDigits(at j: Int, currency: String?) -> FigureDraft? {
        let t = tokens[j]
        guard !t.junk else { return nil }
        var plusSign = false
        if currency == nil {
            if passage.isWordToken(j - 1) && !t.spaceBefore { return nil }  // G20, Су57
            if passage.isDash(j - 1), !t.spaceBefore, passage.isWordToken(j - 2), !tokens[j - 1].spaceBefore {
                return nil  // COVID-19, Top-5, Ил-96
            }
            if passage.isSymbol(j - 1, S.hash) || passage.isSymbol(j - 1, S.numero) { return nil }
            if passage.has(j - 1, .reference) || passage.has(j - 1, .month) { return nil }
            if passage.isSymbol(j - 1, S.dot), passage.has(j - 2, .reference) { return nil }  // No. 5, п. 3
            if passage.isSymbol(j - 1, S.plus), !t.spaceBefore {
                guard passage.isSymbol(j + 1, S.percent) else { return nil }  // +7 495 …: a phone number
                plusSign = true
            }
            // «плюс 27% за год», "plus 5%": a change written out.
            if passage.isWord(j - 1, W.plusWord) || passage.isWord(j - 1, W.plyus), passage.isSymbol(j + 1, S.percent) { plusSign = true }
            if t.lineStart, passage.isSymbol(j + 1, S.dot) || passage.isSymbol(j + 1, S.closeParen),
               !tokens[j + 1].spaceBefore {
                return nil  // list numbering
            }
            if passage.isSymbol(j - 1, S.openParen), passage.isSymbol(j + 1, S.closeParen) { return nil }
        }
        var value = t.value
        var k = j + 1
        var hasScale = false
        var attachedUnit: String?
        // Letters right after the digits: a scale ("5bn", "$5m"), a unit ("100km"), else an ordinal.
        if passage.isWordToken(k), !tokens[k].spaceBefore {
            let info = passage.info(k)
            if case .scale(let s)? = info?.number {
                value *= s; hasScale = true; k += 1
            } else if currency != nil, tokens[k].hash == W.k {
                value *= 1e3; hasScale = true; k += 1
            } else if currency != nil, tokens[k].hash == W.mLatin || tokens[k].hash == W.b {
                value *= tokens[k].hash == W.b ? 1e9 : 1e6; hasScale = true; k += 1
            } else if tokens[k].hash == W.x {
                attachedUnit = "times"; k += 1
            } else if let u = info?.unit, u != "times", u != "year" || tokens[k].end - tokens[k].start > 1 {
                _ = u  // read below as the unit
            } else {
                return nil  // 5th, 1990s, 5G
            }
        }
        // "20-fold", "20-year"; "5-й", «20-летие» are not figures.
        if attachedUnit == nil, passage.isSymbol(k, S.hyphen), !tokens[k].spaceBefore, passage.isWordToken(k + 1),
           !tokens[k + 1].spaceBefore {
            if tokens[k + 1].hash == W.fold {
                attachedUnit = "times"; k += 2
            } else if let u = passage.unitOf(k + 1), ["year", "month", "day", "week", "hour", "minute"].contains(u) {
                attachedUnit = u; k += 2
            } else {
                return nil
            }
        }
        // Phone-like chains: 123-45-67.
        if passage.isDash(k), tokens.indices.contains(k + 1), tokens[k + 1].kind == .number,
           passage.isDash(k + 2), tokens.indices.contains(k + 3), tokens[k + 3].kind == .number {
            return nil
        }
        if attachedUnit == nil, !hasScale, let (s, next) = scale(at: k) {
            value *= s; hasScale = true; k = next
        }
        // Ranges: "10–15%", "from 10 to 15 per cent", «от 10 до 15%».
        var valueMax: Double?
        var fromTo = false
        // "by 2030 – 10 million users": a year, then the figure; not a range.
        if attachedUnit == nil, let (second, next) = rangeEnd(at: k, startToken: j),
            !(passage.year(j) != nil && passage.year(second) == nil && currency == nil)
        {
            guard !(passage.year(j) != nil && passage.year(second) != nil) || currency != nil else { return nil }
            var hi = tokens[second].value
            var n = next
            if let (s, after) = scale(at: n) {
                hi *= s; n = after
                if !hasScale { value *= s; hasScale = true }
            } else if hasScale, t.value > 0 {
                hi *= value / t.value
            }
            if hi < value, passage.has(j - 1, .rangeFrom) {
                // «с 14 до 3 дней»: a change from one level to another, not a range.
                value = hi - value
                fromTo = true
            } else {
                valueMax = hi
            }
            k = n
        }
        var draft = FigureDraft(qualStart: j, first: j, last: k - 1, after: k, value: value, valueMax: valueMax,
                                unit: attachedUnit, hasScale: hasScale, plusSign: plusSign)
        draft.fromTo = fromTo
        if attachedUnit == nil {
            guard readUnit(&draft, at: k, hasCurrency: currency != nil) else { return nil }
        }
        // A bare year is not a figure: it becomes a figure's year.
        if passage.year(j) != nil, currency == nil, !hasScale, valueMax == nil,
           draft.unit == nil || draft.unit == "count" || draft.unit == "year" {
            return nil
        }
        return draft
    }

    /// A scale word at `k` ("million", «млн», «тыс.»): its factor and the token after it.
    private func scale(at k: Int) -> (Double, Int)? {
        guard case .scale(let s)? = passage.numberOf(k) else { return nil }
        return (s, afterAbbreviationDot(k))
    }

    /// The index after word `k`, and after its abbreviation dot when the sentence goes on.
    private func afterAbbreviationDot(_ k: Int) -> Int {
        if passage.isSymbol(k + 1, S.dot), !tokens[k + 1].spaceBefore, passage.has(k, .abbreviation) {
            if k + 2 >= tokens.count || tokens[k + 2].kind != .word || !tokens[k + 2].capitalized { return k + 2 }
            // «727 тыс. ДФЭ», «5 млн. USD»: a unit in capitals goes on the same figure.
            if tokens[k + 2].allCaps, let u = passage.unitOf(k + 2), u != "times" { return k + 2 }
        }
        return k + 1
    }

    /// The upper bound of a range starting at token `start`, whose own tokens end before `k`.
    private func rangeEnd(at k: Int, startToken: Int) -> (Int, Int)? {
        guard k + 1 < tokens.count, tokens[k + 1].kind == .number, !tokens[k + 1].junk else { return nil }
        if passage.isSymbol(k, S.hyphen) || passage.isSymbol(k, S.minus) {
            guard !tokens[k].spaceBefore, !tokens[k + 1].spaceBefore else { return nil }
            return (k + 1, k + 2)
        }
        if passage.isSymbol(k, S.enDash) { return (k + 1, k + 2) }
        if passage.isSymbol(k, S.emDash), !tokens[k].spaceBefore, !tokens[k + 1].spaceBefore { return (k + 1, k + 2) }
        if passage.has(k, .rangeTo), passage.has(startToken - 1, .rangeFrom) { return (k + 1, k + 2) }
        // "12 to 15 years", "5 to 10 times", "2 or 3 times": a rising pair of bare numbers is a range.
        if passage.isWord(k, W.to), tokens[k + 1].value > tokens[startToken].value, tokens[k + 1].spaceBefore,
           !passage.has(startToken - 1, .changeUp), !passage.has(startToken - 1, .changeDown) {
            return (k + 1, k + 2)
        }
        if passage.isWord(k, W.or) || passage.isWord(k, W.ili), tokens[k + 1].value > tokens[startToken].value,
           tokens[k + 1].spaceBefore {
            return (k + 1, k + 2)
        }
        return nil
    }

    // MARK: - Units

    /// Reads the unit (or counted noun, or "of …") at `k` into `draft`. False when the number is
    /// not a figure (a date, a time of day).
    private func readUnit(_ draft: inout FigureDraft, at k: Int, hasCurrency: Bool) -> Bool {
        if passage.has(k, .month) { return false }  // 12 September
        if passage.has(k, .timeOfDay), passage.unitOf(k) == nil { return false }  // 10 am
        if let (unit, next) = unit(at: k) {
            if hasCurrency && unit != "percent" && !isCurrency(unit) {
                // "$5 million tonnes" does not happen; "$80 billion a year": keep the currency.
                draft.after = k
                readOf(&draft, at: k)
                return true
            }
            draft.unit = unit
            draft.last = next - 1
            draft.after = next
            readOf(&draft, at: next)
            return true
        }
        if hasCurrency {
            readOf(&draft, at: k)
            return true
        }
        if passage.has(k, .targetNoun) {
            draft.targetNounAfter = true
            return true
        }
        if let (noun, next) = passage.nounPhrase(at: k, allowProper: false), tokens[k].spaceBefore {
            draft.unit = "count"
            draft.subject = noun
            draft.last = next - 1
            draft.after = next
            return true
        }
        readOf(&draft, at: k)
        return true
    }

    private func isCurrency(_ unit: String) -> Bool {
        unit == "USD" || unit == "EUR" || unit == "RUB" || unit == "CNY" || unit == "GBP"
    }

    /// The unit at `k` and the token after it, multi-word units included.
    func unit(at k: Int) -> (String, Int)? {
        guard k < tokens.count else { return nil }
        let t = tokens[k]
        if t.kind == .symbol {
            switch t.hash {
            case S.percent: return ("percent", k + 1)
            case S.dollar: return ("USD", k + 1)
            case S.euro: return ("EUR", k + 1)
            case S.rouble: return ("RUB", k + 1)
            default: return nil
            }
        }
        guard t.kind == .word else { return nil }
        if t.hash == W.per, passage.isWord(k + 1, W.cent) { return ("percent", k + 2) }
        if t.hash == W.percentage, passage.isWord(k + 1, W.points) || passage.isWord(k + 1, W.point) {
            return ("percent", k + 2)
        }
        if t.hash == W.cubic, k + 1 < tokens.count, W.metres.contains(tokens[k + 1].hash) { return ("cubic_metre", k + 2) }
        // "60,000 square metres", «60 тыс. квадратных метров», «кв. м».
        if t.hash == W.square || t.hash == W.kvadratnyh || t.hash == W.kvadratnyj || t.hash == W.kvadratnyhGen {
            if k + 1 < tokens.count, W.metres.contains(tokens[k + 1].hash) || W.metresRu.contains(tokens[k + 1].hash) {
                return ("square_metre", k + 2)
            }
        }
        if t.hash == W.kv {
            var n = k + 1
            if passage.isSymbol(n, S.dot) { n += 1 }
            if passage.isWord(n, W.m) { return ("square_metre", afterAbbreviationDot(n)) }
        }
        if t.hash == W.kub {
            var n = k + 1
            if passage.isSymbol(n, S.dot) { n += 1 }
            if passage.isWord(n, W.m) { return ("cubic_metre", n + 1) }
        }
        if t.hash == W.kvt, passage.isSymbol(k + 1, S.middleDot) || passage.isSymbol(k + 1, S.star),
           passage.isWord(k + 2, W.ch) {
            return ("kWh", k + 3)
        }
        if t.hash == W.us, let u = passage.unitOf(k + 1), u == "USD" { return ("USD", k + 2) }
        guard let u = passage.unitOf(k) else { return nil }
        if u == "times", t.hash == W.fold { return nil }
        var next = afterAbbreviationDot(k)
        if isCurrency(u), passage.isWord(next, W.usa) { next += 1 }
        return (u, next)
    }

    /// "of soybeans", «сои»: the subject after a unit; "of which" marks a part of something before.
    private func readOf(_ draft: inout FigureDraft, at k: Int) {
        if passage.isWord(k, W.of) {
            // "of which comes from", "of them"; "of this region" names its whole.
            if passage.has(k + 1, .pronoun) && (!passage.has(k + 1, .determiner) || !passage.isContent(k + 2)) {
                draft.ofFollows = true
                return
            }
            if passage.has(k + 1, .yearWord) || passage.year(k + 1) != nil { return }
            // "of all foreign tourists", "of total imports": the whole, not its name.
            var s = k + 1
            if passage.isWordToken(s), W.wholeWords.contains(tokens[s].hash), passage.isWordToken(s + 1) { s += 1 }
            if let (noun, next) = passage.nounPhrase(at: s, allowProper: true) {
                draft.ofFollows = true
                draft.subject = noun
                draft.after = next
            } else if s > k + 1 || passage.has(k + 1, .determiner) {
                draft.ofFollows = true  // "of all …", "of our …": a part of a whole the text names
            }
            return
        }
        if draft.unit == "percent" {
            readWhole(&draft, at: k)
            return
        }
        // Russian genitive after a measure or a share: «95 млн тонн сои», «30% рынка».
        guard let unit = draft.unit, ["tonne", "barrel", "cubic_metre", "hectare", "TEU", "km", "square_metre"].contains(unit),
              passage.isWordToken(k), !tokens[k].capitalized,
              tokens[k].hash != 0, lowerIsCyrillic(k) else { return }
        if let (noun, next) = passage.nounPhrase(at: k, allowProper: false) {
            draft.subject = noun
            draft.after = next
        }
    }

    /// «около 80% субстанций», «30% рынка», «3,9% ВВП»: a Russian noun in the genitive right after a
    /// percentage names the whole it is a part of.
    private func readWhole(_ draft: inout FigureDraft, at k: Int) {
        guard passage.isWordToken(k), tokens[k].spaceBefore, lowerIsCyrillic(k),
              !tokens[k].capitalized || tokens[k].allCaps,
              !passage.has(draft.first - 1, .by), !passage.has(draft.qualStart - 1, .by),
              let (noun, next) = passage.nounPhrase(at: k, allowProper: false) else { return }
        let h = tokens[next - 1]
        guard h.allCaps || isGenitiveEnding(h), !RussianVerbForms.isVerb(passage.bytes, h.start, h.end, hash: h.hash)
        else { return }
        draft.ofFollows = true
        draft.subject = noun
        draft.after = next
    }

    /// Could be a genitive («рынка», «субстанций», «лекарств», «комплектующих»): not ending like a
    /// comparative, a dative or an instrumental (-е, -о, -у, -ю, -ь, -ом, -ам, -ой, -ью).
    private func isGenitiveEnding(_ t: FigureToken) -> Bool {
        guard t.end - t.start >= 6 else { return false }
        let b = passage.bytes
        let (l1, l2) = (b[t.end - 2], b[t.end - 1])
        // е D0 B5, о D0 BE, у D1 83, ю D1 8E, ь D1 8C, ё D1 91
        if l1 == 0xD0 && (l2 == 0xB5 || l2 == 0xBE) { return false }
        if l1 == 0xD1 && (l2 == 0x83 || l2 == 0x8E || l2 == 0x8C || l2 == 0x91) { return false }
        let (p1, p2) = (b[t.end - 4], b[t.end - 3])
        if l1 == 0xD0 && l2 == 0xBC { return !(p1 == 0xD0 && (p2 == 0xBE || p2 == 0xB0 || p2 == 0xB5)) && !(p1 == 0xD1 && p2 == 0x8F) }  // -ом, -ам, -ем, -ям
        if l1 == 0xD0 && l2 == 0xB9 { return !(p1 == 0xD0 && p2 == 0xBE) }  // -ой
        return true
    }

    private func lowerIsCyrillic(_ k: Int) -> Bool {
        let b = passage.bytes[tokens[k].start]
        return b == 0xD0 || b == 0xD1
    }

    // MARK: - Words

    /// A number written in words ("two hundred thousand", "a third", "a dozen", «два десятка»).
    private struct WordNumber {
        var value: Double
        /// The last token of the number.
        var last: Int
        var isFraction: Bool
        var hasScale: Bool
        /// The factor of the last scale word read ("million" → 1e6), 1 without one.
        var scale: Double
        var startsWithFraction: Bool
    }

    /// The number written in words from token `start` on, as long as its words make one number.
    private func wordNumber(at start: Int) -> WordNumber? {
        var acc = NumberWordAccumulator()
        var k = start
        // "a dozen projects": the article stands for one group.
        if case .article? = passage.numberOf(k), passage.has(k + 1, .group) { k += 1 }
        var lastGood = -1
        var goodValue = 0.0
        var goodFraction = false
        var hasScale = false
        var scaleGood = false
        var scale = 1.0
        var goodScale = 1.0
        var startsWithFraction = false
        while k < tokens.count {
            if passage.isSymbol(k, S.hyphen), !tokens[k].spaceBefore, lastGood == k - 1, passage.isWordToken(k + 1),
               !tokens[k + 1].spaceBefore {
                k += 1
                continue
            }
            guard let word = passage.numberOf(k), tokens[k].kind == .word, acc.add(word) else { break }
            if k == start, case .fraction = word { startsWithFraction = true }
            if case .scale(let s) = word { hasScale = true; scale = s }
            if let v = acc.value {
                lastGood = k
                goodValue = v
                goodFraction = acc.isFraction
                scaleGood = hasScale
                goodScale = scale
            }
            k += 1
        }
        guard lastGood >= start else { return nil }
        // "two dozen", «два десятка»: a group word multiplies a small whole number before it.
        let g = lastGood + 1
        if !goodFraction, !scaleGood, goodValue < 10, goodValue == goodValue.rounded(), passage.has(g, .group),
           case .cardinal(let size)? = passage.numberOf(g) {
            goodValue *= size
            lastGood = g
        }
        return WordNumber(value: goodValue, last: lastGood, isFraction: goodFraction, hasScale: scaleGood,
                          scale: goodScale, startsWithFraction: startsWithFraction)
    }

    /// The upper bound of a range of number words whose lower bound `low` ends at token `last`:
    /// "two to three times", "two or three years", «в два-три раза», «от двух до трёх». Returns
    /// the bound, its last token and whether it had a scale ("two to three million": the lower
    /// bound takes that scale, in `low`).
    private func wordRangeEnd(after last: Int, start: Int, low: inout Double, lowHasScale: Bool) -> (Double, Int, Bool)? {
        let c = last + 1
        guard c + 1 < tokens.count, passage.isTrigger(c + 1), tokens[c + 1].kind == .word else { return nil }
        let spaced = tokens[c].spaceBefore || tokens[c + 1].spaceBefore
        var joins = false
        if passage.isSymbol(c, S.hyphen) || passage.isSymbol(c, S.minus) || passage.isSymbol(c, S.emDash) {
            joins = !spaced
        } else if passage.isSymbol(c, S.enDash) {
            joins = true
        } else if passage.isWord(c, W.or) || passage.isWord(c, W.ili) || passage.isWord(c, W.to) {
            joins = tokens[c + 1].spaceBefore
        } else if passage.has(c, .rangeTo), passage.has(start - 1, .rangeFrom) {
            joins = tokens[c + 1].spaceBefore  // "between two and three", «от двух до трёх»
        }
        guard joins, let hi = wordNumber(at: c + 1), !hi.isFraction, !hi.startsWithFraction else { return nil }
        var lo = low
        if hi.hasScale, !lowHasScale { lo *= hi.scale }
        guard hi.value > lo else { return nil }
        low = lo
        return (hi.value, hi.last, hi.hasScale)
    }

    private func readWords(at start: Int) -> FigureDraft? {
        guard let n = wordNumber(at: start) else { return nil }
        var value = n.value
        var last = n.last
        var isFraction = n.isFraction
        var scaleGood = n.hasScale
        if isFraction {
            // "half a million" is a number, not a share.
            if value == 0.5, case .article? = passage.numberOf(last + 1),
               case .scale(let s)? = passage.numberOf(last + 2) {
                value = 0.5 * s
                last += 2
                isFraction = false
                scaleGood = true
            }
        }
        if isFraction {
            let h = tokens[start].hash
            if n.startsWithFraction {
                // "third"/"quarter" alone are ordinals or periods; "the second half" is a period.
                if h == W.third || h == W.thirds || h == W.quarter || h == W.quarters { return nil }
                if passage.has(start - 1, .ordinal) || passage.has(start - 1, .determiner) { return nil }
                if passage.has(last + 1, .yearWord) || passage.isWord(last + 1, W.veka) { return nil }
                if h == W.half, !passage.isWord(last + 1, W.of), !passage.has(start - 1, .by) { return nil }
            }
            var d = FigureDraft(qualStart: start, first: start, last: last, after: last + 1,
                                value: value * 100, unit: "percent", isFraction: true)
            readOf(&d, at: last + 1)
            return d
        }
        // "two to three times", «в два-три раза»: a range written in words.
        var valueMax: Double?
        if let (hi, hiLast, hiScale) = wordRangeEnd(after: last, start: start, low: &value, lowHasScale: scaleGood) {
            valueMax = hi
            last = hiLast
            scaleGood = scaleGood || hiScale
        }
        var draft = FigureDraft(qualStart: start, first: start, last: last, after: last + 1, value: value,
                                valueMax: valueMax, hasScale: scaleGood)
        guard readUnit(&draft, at: last + 1, hasCurrency: false) else { return nil }
        if !scaleGood {
            // Small number words are figures only with a unit ("three years") or a count; "one"
            // only as a percentage ("less than one percent", «меньше одного процента»).
            if draft.unit == nil { return nil }
            if draft.unit == "count" && value < 10 && !isSmallCount(draft, start: start) { return nil }
            // "one and a half times", «в полтора раза» are factors of their own; "one or two years" is a range.
            let top = valueMax ?? value
            // «полтора года», "one and a half years": a measure of one and a half is a figure; "one" is not.
            if top < 1.5 && draft.unit != "percent" && !(draft.unit == "times" && top > 1) { return nil }
        }
        return draft
    }

    /// Whether a small number word (two to nine) and its noun count things, as digits would:
    /// "four new icebreakers", «четыре новых ледокола». Not "one" (one of, one day), not a set
    /// named by a determiner ("our two priorities", "all three", «эти два»), not a word of
    /// discourse ("two things", «три вопроса»).
    private func isSmallCount(_ draft: FigureDraft, start: Int) -> Bool {
        guard draft.value >= 2, draft.value == draft.value.rounded() else { return false }
        let p = start - 1
        if passage.has(p, .countBlocker) || passage.has(p, .determiner) || passage.has(p, .ordinal) || passage.has(p, .of) {
            return false
        }
        // "one in five ports" is a ratio; "of five or six agencies": the end of a range not read.
        let numberBefore: Bool
        if case .cardinal? = passage.numberOf(p - 1) { numberBefore = true } else {
            numberBefore = p - 1 >= 0 && tokens[p - 1].kind == .number
        }
        if numberBefore, passage.isWord(p, W.in) || passage.isWord(p, W.or) || passage.isWord(p, W.ili)
            || passage.has(p, .rangeTo) || passage.isDash(p) {
            return false
        }
        return !passage.has(draft.last, .notCounted)
    }

    // MARK: - Qualifier

    private func readQualifier(_ draft: inout FigureDraft) {
        let q = draft.first - 1
        guard q >= 0, tokens[q].kind == .word else { return }
        let h = tokens[q].hash
        if h == W.than {
            // "no more than" caps the figure; "no less than" is a floor.
            let negated = passage.isWord(q - 2, W.no) || passage.isWord(q - 2, W.not)
            if passage.isWord(q - 1, W.more) { set(&draft, negated ? .upTo : .moreThan, negated ? q - 2 : q - 1) }
            // "trucks older than 15 years", "loans longer than ten years"; "younger than 30".
            if passage.isWord(q - 1, W.older) || passage.isWord(q - 1, W.longer) { set(&draft, .moreThan, q - 1) }
            if passage.isWord(q - 1, W.younger) || passage.isWord(q - 1, W.shorter) { set(&draft, .lessThan, q - 1) }
            if passage.isWord(q - 1, W.less) || passage.isWord(q - 1, W.fewer) {
                set(&draft, negated ? .atLeast : .lessThan, negated ? q - 2 : q - 1)
            }
            return
        }
        // «примерно в 150 млрд», «почти в два раза», «почти на треть», «более чем на 30%».
        if h == W.v || h == W.na {
            var p = q - 1
            if passage.isWord(p, W.chem) { p -= 1 }
            if let qualifier = passage.qualifierOf(p), qualifier != .upTo, p >= 0 {
                // «не менее чем на 800 млрд» is a floor, «не более чем на 5%» a cap.
                if passage.isWord(p - 1, W.ne) || passage.isWord(p - 1, W.not) {
                    if qualifier == .lessThan { set(&draft, .atLeast, p - 1); return }
                    if qualifier == .moreThan { set(&draft, .upTo, p - 1); return }
                }
                set(&draft, qualifier, p)
            }
            return
        }
        if h == W.least, passage.isWord(q - 1, W.at) { set(&draft, .atLeast, q - 1); return }
        if h == W.to, passage.isWord(q - 1, W.up) { set(&draft, .upTo, q - 1); return }
        if passage.isWord(q - 1, W.ne) {
            if h == W.meneye { set(&draft, .atLeast, q - 1); return }
            if h == W.boleye { set(&draft, .upTo, q - 1); return }
        }
        guard let qualifier = passage.qualifierOf(q) else { return }
        // "has passed 20 projects" is an event, not a bound; "does not exceed", «не превышает» cap it.
        if h == W.passed, draft.unit == "count" { return }
        if qualifier == .moreThan, passage.isWord(q - 1, W.ne) || passage.isWord(q - 1, W.not) {
            set(&draft, .upTo, q - 1)
            return
        }
        // «не ниже 100%», "not below 2%": a floor.
        if qualifier == .lessThan, passage.isWord(q - 1, W.ne) || passage.isWord(q - 1, W.not) {
            set(&draft, .atLeast, q - 1)
            return
        }
        // «от 10 до 15» is a range, read with the number; «до» before a year is a target.
        if qualifier == .upTo, draft.valueMax != nil { return }
        // "$250 million over five years", "9 billion roubles over three years": right after an
        // amount, "over" spans the period the amount covers; it does not bound the duration.
        if h == W.over, Self.spanUnits.contains(draft.unit ?? ""), q >= 1,
           tokens[q - 1].kind == .number || passage.unitOf(q - 1) != nil || passage.numberOf(q - 1) != nil
        {
            return
        }
        set(&draft, qualifier, q)
    }

    /// Units of a period of time, which "over" can span rather than exceed.
    private static let spanUnits: Set<String> = ["year", "month", "day", "hour", "week", "minute"]

    private func set(_ draft: inout FigureDraft, _ q: FigureQualifier, _ start: Int) {
        draft.qualifier = q
        draft.qualStart = start
    }
}

extension S {
    static let colon: UInt64 = 0x3A
}

extension W {
    static let not = FigureLexicon.hash("not")
    static let and = FigureLexicon.hash("and")
    static let v = FigureLexicon.hash("в")
    static let na = FigureLexicon.hash("на")
    static let chem = FigureLexicon.hash("чем")
    static let passed = FigureLexicon.hash("passed")
    static let over = FigureLexicon.hash("over")
    static let or = FigureLexicon.hash("or")
    static let `in` = FigureLexicon.hash("in")
    static let ili = FigureLexicon.hash("или")
    static let twice = FigureLexicon.hash("twice")
    static let spustya = FigureLexicon.hash("спустя")
    static let cherez = FigureLexicon.hash("через")
    /// «проект окупится через 22 года»: the payback period, a length of time.
    static let paybackVerbs = HashedWordTable(set: [
        "окупится", "окупятся", "окупается", "окупаются", "окупился", "окупилась", "окупилось", "окупились", "окупить",
        "окупиться", "окупать", "окупаться",
    ].map(FigureLexicon.hash))
    static let square = FigureLexicon.hash("square")
    static let kvadratnyh = FigureLexicon.hash("квадратных")
    static let kvadratnyj = FigureLexicon.hash("квадратный")
    static let kvadratnyhGen = FigureLexicon.hash("квадратного")
    static let kv = FigureLexicon.hash("кв")
    static let metresRu = HashedWordTable(set: ["метр", "метра", "метров"].map(FigureLexicon.hash))
    static let older = FigureLexicon.hash("older")
    static let longer = FigureLexicon.hash("longer")
    static let younger = FigureLexicon.hash("younger")
    static let shorter = FigureLexicon.hash("shorter")
    static let `as` = FigureLexicon.hash("as")
    static let out = FigureLexicon.hash("out")
    static let every = FigureLexicon.hash("every")
    static let iz = FigureLexicon.hash("из")
    /// "every", «каждый» and its forms: before an ordinal they name a part ("every fifth").
    static let everyWordHashes = ["every", "каждый", "каждая", "каждое", "каждого", "каждую", "каждому", "каждой"]
        .map(FigureLexicon.hash)
    static let everyWords = HashedWordTable(set: everyWordHashes)
    /// Multiplier words that are also adjectives ("double taxation"): figures only as verbs.
    static let verbMultipliers = HashedWordTable(set: ["double", "triple"].map(FigureLexicon.hash))
}
