import RostrumModel

/// Settles what a read figure is from the words around it, within its sentence and between
/// its neighbours: kind (target, change, share, duration, count, level), the sign of a decline,
/// the year, the subject, and the unit carried over from the figure before it.
struct FigureContext {
    let passage: FigurePassage
    let sessionYear: Int?

    private var tokens: [FigureToken] { passage.tokens }

    /// The finished figure (surface and offset are set by the caller), or nil when a bare
    /// number has no unit of its own and none to carry.
    func resolve(_ d: FigureDraft, leftLimit: Int, rightLimit: Int, previous: (FigureDraft, Figure)?) -> Figure? {
        let left = leftStart(d, limit: leftLimit)
        let right = rightEnd(d, limit: rightLimit)
        var unit = d.unit
        var subject = d.subject
        // A number without a unit continues the figure before it in the same sentence.
        var continues = previous.map { continuesPrevious($0.0, $0.1, d, left: left, leftLimit: leftLimit) } ?? false
        // "trained 2,000 specialists … and want to reach 10,000 by 2027": a bare number to reach by a
        // year, in the sentence of the figure before, is that figure's goal.
        if !continues, unit == nil, !d.hasScale, let (pd, _) = previous, passage.has(d.qualStart - 1, .reachVerb),
           !sentenceBreak(pd.after, d.qualStart), targetYear(from: d.after, to: right) != nil
        {
            continues = true
        }
        if unit == nil {
            // "doubled last year, to 84": a word of change has a percentage of its own, not a unit to pass on.
            if continues, let (pd, prev) = previous, prev.unit != nil, !pd.isMultiplier {
                unit = prev.unit
                if subject == nil { subject = prev.subject }
            } else if !d.hasScale {
                return nil
            }
        }
        var kind: FigureKind = .level
        var sign = 1.0
        var qualifier = d.qualifier
        var year: Int?
        // A target year belongs to its own clause: "X, and by 2030 Y" gives 2030 to Y only.
        let clauseStart = lastClauseStart(from: left, to: d.qualStart)
        let ownClause = clauseStart.map { max($0, left) }
        let rightTarget = targetYear(from: d.after, to: clauseEnd(from: d.after, to: right))
        // When the window reaches the figure before, a target right after that figure is its own.
        let reachesPrevious = previous != nil && left == leftLimit
        let leftTarget = ownClause.map { targetYear(from: $0, to: d.qualStart) }
            ?? (reachesPrevious ? nil : targetYear(from: left, to: d.qualStart))
        let target = rightTarget ?? leftTarget
        if d.fromTo {
            kind = .change
        } else if d.isMultiplier {
            kind = .change
            if let (_, down) = change(d, left: left, right: right, unit: unit), down { sign = -1 }
        } else if let (isChange, down) = change(d, left: left, right: right, unit: unit) , isChange {
            kind = .change
            if down { sign = -1 }
        } else if isShare(d, left: left, right: right, unit: unit) {
            kind = .share
        } else if let u = unit, ["year", "month", "day", "week", "hour", "minute"].contains(u) {
            kind = .duration
        } else if unit == "count" {
            kind = .count
        }
        if unit == "times" && kind == .level { kind = .change }
        // "we lose two years of sales", «теряем полтора года»: time lost is a length of time, not a
        // measure that changed (that takes "by" / «на»: "delivery time fell by 3 days").
        if kind == .change, !d.fromTo, !d.isMultiplier, losesTime(d), let u = unit, Self.timeUnits.contains(u) {
            kind = .duration
            sign = 1
        }
        // "bought 25% more pollock than last year", "costs 10% lower": a comparison by a percentage.
        if kind == .level, unit == "percent", tokens.indices.contains(d.after), tokens[d.after].kind == .word {
            let h = tokens[d.after].hash
            if h == W.more || h == W.higher { kind = .change }
            if h == W.less || h == W.fewer || h == W.lower { kind = .change; sign = -1 }
        }
        // «стоимость ниже примерно на 40%», «дешевле на треть», «выше на 15%»: a comparison before «на».
        if kind == .level || kind == .change && sign > 0, unit == "percent" {
            var p = d.first - 1
            if p >= left, passage.isWord(p, W.na) {
                p -= 1
                // A qualifier may stand before «на»: «ниже примерно на 40%».
                if p >= left, p > d.first - 4, tokens[p].kind == .word, W.comparisonQualifiers.contains(tokens[p].hash) { p -= 1 }
                if p >= left, tokens[p].kind == .word {
                    let more = W.russianMoreWords.contains(tokens[p].hash), less = W.lessWords.contains(tokens[p].hash)
                    if more { kind = .change }
                    if less { kind = .change; sign = -1 }
                    // «выше на 60%»: the comparison is the change, not a "more than" of the amount.
                    if more || less, p == d.first - 2, qualifier == .moreThan || qualifier == .lessThan { qualifier = nil }
                }
            }
        }
        // A duration is a target only when it is a level to reach ("to reach 78 years by 2030").
        let reaches = passage.has(d.qualStart - 1, .reachVerb)
        if let target, kind != .duration || reaches {
            kind = .target
            year = target
        } else if (kind == .level || kind == .count), let y = targetForYear(d) {
            // "the target for 2030 is $4 billion", «цель на 2030 год — 7 млрд долларов».
            kind = .target
            year = y
        } else if (kind == .level || kind == .count), namesTarget(d) {
            // "the 80 million target", "a goal of 200 billion", «цель — 80 млн тонн»: a target
            // without a year.
            kind = .target
        } else {
            let end = clauseEnd(from: d.after, to: right)
            year = relativeYear(from: d.after, to: end)
                ?? (ownClause.map { relativeYear(from: $0, to: d.qualStart) } ?? nil)
                ?? (reachesPrevious ? nil : relativeYear(from: left, to: d.qualStart))
            // "Last year we held 3.2 million consultations, up by 70%": one clause, one year.
            if year == nil, let (pd, pf) = previous, pf.kind != .target, pf.year != nil,
               !sentenceBreak(pd.after, d.qualStart), lastClauseStart(from: pd.after, to: d.qualStart) == nil,
               noContent(from: pd.after, to: d.qualStart, allowVerbs: true) {
                year = pf.year
            }
        }
        if d.plusSign && kind == .level { kind = .change }
        // «на треть меньше, чем требуется», "by 10% less": a change compared downwards is a decline.
        if kind == .change, sign > 0, !d.fromTo, tokens.indices.contains(d.after), tokens[d.after].kind == .word,
           W.lessWords.contains(tokens[d.after].hash) {
            sign = -1
        }
        if subject == nil, !d.ofFollows {
            subject = SubjectFinder(passage: passage).subject(before: d.qualStart, limit: left)
            if subject == nil, continues, kind == .change, let prev = previous?.1, prev.kind == .change {
                subject = prev.subject
            }
        }
        var value = round2(d.value * sign)
        var valueMax = d.valueMax.map { round2($0 * sign) }
        // «сократился вдвое», "fell threefold": a decline by a factor is a share lost, in percent.
        if unit == "times", sign < 0, d.value > 1 {
            value = round2(-(1 - 1 / d.value) * 100)
            valueMax = d.valueMax.flatMap { $0 > 1 ? round2(-(1 - 1 / $0) * 100) : nil }
            unit = "percent"
        }
        return Figure(surface: "", value: value, valueMax: valueMax, unit: unit, kind: kind,
                      qualifier: qualifier, year: year, subject: subject)
    }

    private func round2(_ v: Double) -> Double { (v * 100).rounded() / 100 }

    /// Whether a verb of losing or wasting stands right before the figure (its qualifier stepped over).
    private func losesTime(_ d: FigureDraft) -> Bool {
        var p = d.qualStart - 1
        if passage.has(p, .continuation) { p -= 1 }
        return p >= 0 && tokens[p].kind == .word && W.loseVerbs.contains(tokens[p].hash)
    }

    /// The year of "the target for 2030 is …" / «цель на 2030 год — …» right before the figure, or nil.
    private func targetForYear(_ d: FigureDraft) -> Int? {
        var p = d.qualStart - 1
        guard p >= 0, passage.has(p, .link) || passage.isDash(p) else { return nil }
        p -= 1
        if p >= 0, passage.has(p, .yearWord) { p -= 1 }
        guard p >= 2, let y = passage.year(p), passage.isWord(p - 1, W.forWord) || passage.isWord(p - 1, W.na),
              passage.has(p - 2, .targetNoun) else { return nil }
        return y
    }

    /// Whether a target noun names the figure: right after it, right before it, or before it with
    /// "of", «в», a dash or a link verb between ("target of", «цель в», «цель —», "the goal is").
    private func namesTarget(_ d: FigureDraft) -> Bool {
        if d.targetNounAfter { return true }
        let q = d.qualStart
        if passage.has(q - 1, .targetNoun) { return true }
        return passage.has(q - 2, .targetNoun)
            && (passage.has(q - 1, .of) || passage.isWord(q - 1, W.v) || passage.isDash(q - 1) || passage.has(q - 1, .link))
    }

    // MARK: - Windows

    /// Whether a figure continues the one before it, so that it may take its unit: the same
    /// sentence, and between them only function words ("and", «а к 2030 году их будет ещё»,
    /// "instead of") — never a noun or verb of its own ("in two years and has passed 8 million").
    private func continuesPrevious(_ p: FigureDraft, _ pf: Figure, _ d: FigureDraft, left: Int, leftLimit: Int) -> Bool {
        guard left == leftLimit, p.after == leftLimit, !sentenceBreak(p.after, d.qualStart) else { return false }
        // "ten years ago there were 80": the year is a time reference, not a measure to repeat.
        if passage.has(p.after, .timeAgo) { return false }
        if let u = pf.unit, Self.timeUnits.contains(u), d.hasScale { return false }
        guard let clause = lastClauseStart(from: p.after, to: d.qualStart) else {
            return noContent(from: p.after, to: d.qualStart, allowVerbs: false)
        }
        return parallel(from: clause + 1, to: d.qualStart)
    }

    /// A clause parallel to the one before: nothing of its own, or its own subject and a dash or
    /// link before the number (", а импорт — 5 млн", ", and about 10 million — to Thailand").
    private func parallel(from: Int, to: Int) -> Bool {
        var lastContent = from - 1
        var i = from
        while i < to {
            if passage.isContent(i), !passage.has(i, .bridge) {
                if passage.has(i, .verb) || isRussianVerb(i) { return false }
                lastContent = i
            }
            i += 1
        }
        if lastContent < from { return true }
        i = lastContent + 1
        while i < to {
            if passage.isDash(i) || passage.has(i, .link) { return true }
            i += 1
        }
        return false
    }

    private func isRussianVerb(_ i: Int) -> Bool {
        let t = tokens[i]
        return RussianVerbForms.isVerb(passage.bytes, t.start, t.end, hash: t.hash)
    }

    static let timeUnits: Set<String> = ["year", "month", "day", "week", "hour", "minute"]

    /// No content word (a noun, a verb) between two tokens; comparison words ("instead of") pass.
    private func noContent(from: Int, to: Int, allowVerbs: Bool) -> Bool {
        var i = from
        while i < to {
            if passage.isContent(i), !passage.has(i, .bridge), !(allowVerbs && (passage.has(i, .changeUp)
                || passage.has(i, .changeDown))) {
                return false
            }
            i += 1
        }
        return true
    }

    /// Where a new clause starts: after ";" , at the conjunction of ", and" / ", а" / ", but", at a
    /// capitalised "By"/«К» inside a sentence, and at "and by 2030" / «а к 2030 году».
    private func clauseStart(_ i: Int) -> Int? {
        guard i >= 0, i < tokens.count else { return nil }
        if passage.isSymbol(i, 0x3B) { return i + 1 }
        guard tokens[i].kind == .word else { return nil }
        // «95%, к 2030 году её нужно снизить вдвое»: a deadline right after a comma opens a clause of its own.
        if passage.has(i, .targetPrep), passage.isSymbol(i - 1, S.comma), passage.year(i + 1) != nil { return i }
        if passage.has(i, .clauseJoin) {
            if passage.isSymbol(i - 1, S.comma) || passage.isDash(i - 1) { return i }
            if passage.has(i + 1, .targetPrep), passage.year(i + 1) == nil, passage.year(i + 2) != nil { return i }
        }
        if tokens[i].capitalized, !tokens[i].lineStart, i > 0, !passage.endsSentence(i - 1),
           passage.has(i, .targetPrep) || passage.has(i, .yearPrep) {
            return i
        }
        return nil
    }

    /// The start of the last clause that opens in `from..<to`, if any.
    private func lastClauseStart(from: Int, to: Int) -> Int? {
        var i = to - 1
        while i >= from {
            if let s = clauseStart(i), s <= to { return s }
            i -= 1
        }
        return nil
    }

    /// The end (exclusive) of the figure's own clause within `from..<to`.
    private func clauseEnd(from: Int, to: Int) -> Int {
        var i = from
        while i < to {
            if let s = clauseStart(i), s > from { return passage.isSymbol(i, 0x3B) ? i : s }
            i += 1
        }
        return to
    }

    /// Whether a sentence ends between two tokens.
    private func sentenceBreak(_ from: Int, _ to: Int) -> Bool {
        var i = from
        while i < to {
            if passage.endsSentence(i) || (i > from && tokens[i].lineStart) { return true }
            i += 1
        }
        return i < tokens.count && tokens[i].lineStart && to > from
    }

    /// The first token of the left window: back to the sentence start, the previous figure, or 20 tokens.
    private func leftStart(_ d: FigureDraft, limit: Int) -> Int {
        var j = d.qualStart - 1
        var n = 0
        while j >= limit && n < 20 {
            if passage.endsSentence(j) || tokens[j + 1].lineStart { break }
            j -= 1
            n += 1
        }
        if j + 1 <= d.qualStart, d.qualStart < tokens.count, tokens[d.qualStart].lineStart { return d.qualStart }
        return j + 1
    }

    /// The end (exclusive) of the right window: the sentence end, the next figure, or 10 tokens.
    private func rightEnd(_ d: FigureDraft, limit: Int) -> Int {
        var j = d.after
        var n = 0
        while j < limit && n < 10 {
            if passage.endsSentence(j) || tokens[j].lineStart { break }
            j += 1
            n += 1
        }
        return j
    }

    // MARK: - Year

    /// "by 2020", "until 2025", «к 2020 году», «до 2025 года», "by the end of 2020"; a year in the
    /// past is skipped (see `isTargetYear`).
    private func targetYear(from: Int, to: Int) -> Int? {
        var i = from
        while i < to {
            if passage.has(i, .targetPrep) {
                var k = i + 1
                if passage.isWord(k, W.the) { k += 1 }
                if passage.has(k, .endOf) {
                    k += 1
                    if passage.isWord(k, W.of) { k += 1 }
                }
                if k < to || k == i + 1, let y = passage.year(k), isTargetYear(y, preposition: i) { return y }
            }
            i += 1
        }
        return nil
    }

    /// Whether a year after a target preposition can be a target's: not before the session's year
    /// ("built before 1980" is history); a deadline ("by", «к») set in the recent past still is —
    /// "up to $100 billion by 2015", said in 2018, is the target that the later figures are held
    /// against. Without a session date only a year before 2000 is history.
    private func isTargetYear(_ year: Int, preposition: Int) -> Bool {
        guard let session = sessionYear else { return year >= Self.earliestUndatedTarget }
        if year >= session { return true }
        return passage.has(preposition, .deadlinePrep) && year >= session - Self.pastDeadlineYears
    }

    /// Without a session date, a year before this is never a target.
    static let earliestUndatedTarget = 2000
    /// How many years before the session a deadline ("by 2015") is still read as a target.
    static let pastDeadlineYears = 10

    /// "last year", «в прошлом году», "this year", "in 2017", «в 2017 году».
    private func relativeYear(from: Int, to: Int) -> Int? {
        var i = from
        while i < to {
            if passage.has(i, .yearPrep), let y = passage.year(i + 1) { return y }
            if passage.has(i + 1, .yearWord), i + 1 < to || i + 1 < tokens.count {
                if passage.has(i, .last) { return sessionYear.map { $0 - 1 } }
                if passage.has(i, .this) { return sessionYear }
                if passage.has(i, .next) { return sessionYear.map { $0 + 1 } }
                if passage.has(i, .endOf) { return sessionYear }
                if passage.isWord(i, W.the), passage.has(i - 1, .of), passage.has(i - 2, .endOf) { return sessionYear }
            }
            i += 1
        }
        return nil
    }

    // MARK: - Kind

    /// Whether the figure is a change, and whether a decline.
    private func change(_ d: FigureDraft, left: Int, right: Int, unit: String?) -> (Bool, Bool)? {
        var p = d.qualStart - 1
        var fromLevel = false
        while p >= left, passage.has(p, .continuation) || passage.has(p, .rangeFrom) {
            if passage.has(p, .rangeFrom) { fromLevel = true }
            p -= 1
        }
        // "$6 billion, up from $4.1 billion", «выросла с 10%»: the level it started from, not the change.
        if fromLevel, !d.fromTo, d.valueMax == nil, p >= left, passage.has(p, .changeUp) || passage.has(p, .changeDown) { return nil }
        if p >= left, passage.has(p, .by) {
            // «отделение загружено на 85%», «план выполнен на 90%»: how full or done, a level.
            if p - 1 >= left, tokens[p - 1].kind == .word, W.stateParticiples.contains(tokens[p - 1].hash) { return nil }
            if let (found, down) = changeWord(from: max(left, p - 8), to: p) {
                return (found, down)
            }
            if unit == "percent" || unit == "times" || d.isFraction { return (true, false) }
            return nil
        }
        // «вырасти до 78 лет», "grow to 40%": the level reached, not the amount of change.
        if d.qualifier == .upTo, passage.isWord(d.qualStart, W.do), passage.has(p, .changeUp) || passage.has(p, .changeDown) {
            return nil
        }
        // «сократилась в два раза», «выросли в 1,5 раза»: the verb before «в».
        if p - 1 >= left, passage.isWord(p, W.v) {
            if passage.has(p - 1, .changeDown) { return (true, true) }
            if passage.has(p - 1, .changeUp) { return (true, false) }
        }
        if p >= left, passage.has(p, .changeUp), !isPhrasalUp(p) { return (true, false) }
        if p >= left, passage.has(p, .changeDown) { return (true, true) }
        if d.after < right, passage.has(d.after, .changeNoun) {
            return (true, passage.has(d.after, .changeDown))
        }
        if unit == "times" { return (true, false) }
        return nil
    }

    /// "cleaned up 42 thousand tonnes", "set up 12 centres": "up" of a phrasal verb, not growth.
    private func isPhrasalUp(_ p: Int) -> Bool {
        guard passage.isWord(p, W.up), passage.isWordToken(p - 1), !passage.has(p - 1, .link),
              !passage.has(p - 1, .changeUp), !passage.has(p - 1, .changeDown) else { return false }
        if passage.has(p - 1, .verb) || W.phrasalUp.contains(tokens[p - 1].hash) { return true }
        let t = tokens[p - 1]
        return t.end - t.start > 4 && passage.bytes[t.end - 2] | 0x20 == 0x65 && passage.bytes[t.end - 1] | 0x20 == 0x64
    }

    private func changeWord(from: Int, to: Int) -> (Bool, Bool)? {
        var i = to - 1
        while i >= from {
            if passage.endsSentence(i) || clauseStart(i) != nil && i < to - 1 { return nil }
            if passage.has(i, .changeDown) { return (true, true) }
            if passage.has(i, .changeUp) { return (true, false) }
            i -= 1
        }
        return nil
    }

    /// "50% of animated games", "a third of which", «доля … 30%», "accounts for 50%", and a part
    /// named after the figure and its whole: «49% нашей выручки приходится на Бразилию».
    private func isShare(_ d: FigureDraft, left: Int, right: Int, unit: String?) -> Bool {
        guard unit == "percent" else { return false }
        if d.isFraction || d.ofFollows { return true }
        // «из них более 70%», "of which 40%": a part of the whole just named.
        let p = d.qualStart - 1
        if p >= 1, tokens[p].kind == .word, W.partPronouns.contains(tokens[p].hash), passage.has(p - 1, .of) { return true }
        var i = d.qualStart - 1
        while i >= left {
            if passage.has(i, .share) { return true }
            i -= 1
        }
        // Only words (the whole, in the genitive; «онлайн-контента») between the figure and the verb.
        i = d.after
        while i < right {
            if tokens[i].kind == .word {
                if passage.has(i, .shareAfter) { return true }
            } else if !passage.joinsWords(i) {
                return false
            }
            i += 1
        }
        return false
    }
}

extension W {
    /// Verbs of losing or wasting time: the time after them is a duration.
    static let loseVerbs = HashedWordTable(set: [
        "lose", "loses", "lost", "losing", "waste", "wastes", "wasted", "wasting",
        "терять", "теряем", "теряет", "теряют", "терял", "теряла", "теряло", "теряли", "потерять", "потеряем",
        "потеряет", "потеряют", "потерял", "потеряла", "потеряло", "потеряли", "тратим", "тратят", "тратит",
        "потратили", "потратил", "потратила",
    ].map(FigureLexicon.hash))
    static let `do` = FigureLexicon.hash("до")
    /// The whole that "of …" / «из …» points back to: "of which", "of them", «из них», «из которых».
    static let higher = FigureLexicon.hash("higher")
    /// Comparatives after a change that make it a decline ("by 10% less", «на треть меньше»).
    static let forWord = FigureLexicon.hash("for")
    static let russianMoreWords = HashedWordTable(set: ["больше", "выше", "дороже", "быстрее", "длиннее"].map(FigureLexicon.hash))
    static let comparisonQualifiers = HashedWordTable(set: ["примерно", "почти", "около", "приблизительно", "порядка", "более", "менее", "ещё", "еще", "практически"].map(FigureLexicon.hash))
    /// Short participles of a state reached («загружено», «выполнен», «готова»): «на N%» after them is a level.
    static let stateParticiples = HashedWordTable(set: [
        "загружен", "заполнен", "выполнен", "исполнен", "реализован", "локализован", "обеспечен", "укомплектован",
        "завершен", "построен", "освоен", "задействован", "использован", "профинансирован", "застрахован", "привит",
        "оснащен", "обновлен", "газифицирован", "электрифицирован",
    ].flatMap { stem in ["", "о", "а", "ы"].map { stem + $0 } }.map(FigureLexicon.hash) + ["готов", "готово", "готова", "готовы"].map(FigureLexicon.hash))
    static let lessWords = HashedWordTable(set: ["less", "fewer", "lower", "меньше", "ниже", "дешевле"].map(FigureLexicon.hash))
    static let lower = FigureLexicon.hash("lower")
    static let partPronouns = HashedWordTable(set: ["which", "them", "них", "которых"].map(FigureLexicon.hash))
    /// Verbs whose "up" does not mean growth: "set up", "made up", "took up".
    static let phrasalUp = HashedWordTable(set: ["set", "make", "made", "take", "took", "pick", "put", "sum", "end",
                                            "open", "sign", "clean", "free", "ramp", "step", "speed", "back"]
        .map(FigureLexicon.hash))
}
