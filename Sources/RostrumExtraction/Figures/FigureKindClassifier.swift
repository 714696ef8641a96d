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
        let continues = previous.map { left == leftLimit && $0.0.after == leftLimit && !sentenceBreak($0.0.after, d.qualStart) } ?? false
        if unit == nil {
            if continues, let prev = previous?.1, prev.unit != nil {
                unit = prev.unit
                if subject == nil { subject = prev.subject }
            } else if !d.hasScale {
                return nil
            }
        }
        var kind: FigureKind = .level
        var sign = 1.0
        var year: Int?
        let target = targetYear(from: d.after, to: right) ?? (continues ? nil : targetYear(from: left, to: d.qualStart))
        if d.isMultiplier {
            kind = .change
        } else if let (isChange, down) = change(d, left: left, right: right, unit: unit) , isChange {
            kind = .change
            if down { sign = -1 }
        } else if isShare(d, left: left, right: right, unit: unit) {
            kind = .share
        } else if let u = unit, ["year", "month", "day", "week", "hour"].contains(u) {
            kind = .duration
        } else if unit == "count" {
            kind = .count
        }
        if unit == "times" && kind == .level { kind = .change }
        if let target, kind != .duration, kind != .share {
            kind = .target
            year = target
        } else {
            year = relativeYear(from: d.after, to: right) ?? (continues ? nil : relativeYear(from: left, to: d.qualStart))
        }
        if d.plusSign && kind == .level { kind = .change }
        if subject == nil, !d.ofFollows {
            subject = SubjectFinder(passage: passage).subject(before: d.qualStart, limit: left)
            if subject == nil, continues, kind == .change, let prev = previous?.1, prev.kind == .change {
                subject = prev.subject
            }
        }
        let value = round2(d.value * sign)
        let valueMax = d.valueMax.map { round2($0 * sign) }
        return Figure(surface: "", value: value, valueMax: valueMax, unit: unit, kind: kind,
                      qualifier: d.qualifier, year: year, subject: subject)
    }

    private func round2(_ v: Double) -> Double { (v * 100).rounded() / 100 }

    // MARK: - Windows

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

    /// "by 2020", "until 2025", «к 2020 году», «до 2025 года», "by the end of 2020".
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
                if k < to || k == i + 1, let y = passage.year(k) { return y }
            }
            i += 1
        }
        return nil
    }

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
        while p >= left, passage.has(p, .continuation) || passage.has(p, .rangeFrom) { p -= 1 }
        if p >= left, passage.has(p, .by) {
            if let (found, down) = changeWord(from: max(left, p - 5), to: p) {
                return (found, down)
            }
            if unit == "percent" || unit == "times" || d.isFraction { return (true, false) }
            return nil
        }
        if p >= left, passage.has(p, .changeUp) { return (true, false) }
        if p >= left, passage.has(p, .changeDown) { return (true, true) }
        if d.after < right, passage.has(d.after, .changeNoun) {
            return (true, passage.has(d.after, .changeDown))
        }
        if unit == "times" { return (true, false) }
        return nil
    }

    private func changeWord(from: Int, to: Int) -> (Bool, Bool)? {
        var i = to - 1
        while i >= from {
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
