import RostrumModel

/// Finds the noun phrase a figure is the value of, looking left from the figure within its
/// clause: "container traffic between our countries was up by 55%" → "container traffic",
/// «товарооборот между странами составил 80 млрд долларов» → «товарооборот».
///
/// It steps over the verbs and particles that link a subject to its figure ("was up by",
/// «составил»), over prepositional complements ("between our countries", "from China through
/// Russia"), and keeps the last two words of the noun group it lands on. A pronoun ("it",
/// "which") means the text does not name the subject.
struct SubjectFinder {
    let passage: FigurePassage

    private var tokens: [FigureToken] { passage.tokens }

    /// Prepositions that open a complement of the subject ("between our countries", «между странами»).
    private static let complementPrepositions = HashedWordTable(set: [
        "between", "among", "from", "through", "with", "across", "via", "within", "между", "из", "через", "с",
        "со", "для", "in", "на", "в", "for", "от", "до", "после",
    ].map(FigureLexicon.hash))

    /// Nouns of compound prepositions after «в» / «на» («в течение», «в ходе», «на протяжении»).
    private static let prepositionNouns = HashedWordTable(set: [
        "течение", "ходе", "протяжении", "размере", "объеме", "рамках", "пределах", "количестве", "сумме", "срок",
    ].map(FigureLexicon.hash))

    /// "costs", "needs": nouns too, but verbs right before a figure ("a small satellite costs 150 million").
    private static let verbsBeforeFigure = HashedWordTable(set: ["costs", "cost", "needs", "plans"].map(FigureLexicon.hash))

    func subject(before start: Int, limit: Int) -> String? {
        var i = start - 1
        var skippedVerb = false
        // Step over the link words ("was up by", "reached", «составил»).
        while i >= limit {
            if passage.isSymbol(i, S.emDash) || passage.isSymbol(i, S.enDash) { i -= 1; continue }
            if passage.has(i, .link) || passage.has(i, .changeUp) || passage.has(i, .changeDown)
                || passage.hasQualifier(i) || passage.year(i) != nil
                || passage.has(i, .yearWord) || passage.has(i, .last) || passage.has(i, .this)
                || passage.has(i, .next) || passage.has(i, .yearPrep) && i < start - 1
                || passage.isWord(i, W.plusWord) || passage.isWord(i, W.plyus)
                // «план выполнен на 90%», «билеты дешевле на 15%»: the state or the comparison links the subject.
                || passage.isWordToken(i) && (W.stateParticiples.contains(tokens[i].hash) || W.lessWords.contains(tokens[i].hash)
                    || W.russianMoreWords.contains(tokens[i].hash)) {
                i -= 1
                continue
            }
            // A verb between the subject and its figure ("the programme returned", «решение поддержали»).
            if isVerb(i) || i == start - 1 && passage.isWordToken(i) && Self.verbsBeforeFigure.contains(tokens[i].hash),
               !skippedVerb {
                skippedVerb = true
                i -= 1
                continue
            }
            break
        }
        var rounds = 0
        // The complement stepped over last; «вложить в водородную энергетику» names the subject itself.
        var complement: String?
        while i >= limit && rounds < 4 {
            rounds += 1
            if complement != nil, passage.isWordToken(i), isInfinitive(i) || isVerb(i) { return complement }
            if passage.has(i, .pronoun) && !passage.isContent(i) { return nil }
            // «в течение трёх лет», «в рамках», «в размере»: a compound preposition, no subject.
            if passage.isWordToken(i), Self.prepositionNouns.contains(tokens[i].hash),
               passage.isWord(i - 1, W.v) || passage.isWord(i - 1, W.na) { return complement }
            guard passage.isContent(i) else { return nil }
            // The noun group: content words going left.
            var groupStart = i
            while groupStart - 1 >= limit {
                // "ice-class tankers": a hyphenated word is one word of the group.
                if passage.isSymbol(groupStart - 1, S.hyphen), !tokens[groupStart].spaceBefore, !tokens[groupStart - 1].spaceBefore,
                   groupStart - 2 >= limit, passage.isContent(groupStart - 2) {
                    groupStart -= 2
                    continue
                }
                guard passage.isContent(groupStart - 1), tokens[groupStart].spaceBefore, !isInfinitive(groupStart - 1) else { break }
                groupStart -= 1
            }
            var before = groupStart - 1
            while before >= limit, passage.has(before, .determiner) || tokens[before].kind == .number
                    || passage.numberOf(before) != nil {
                before -= 1
            }
            // "Russia and Brazil" after "between": one complement of two names.
            let join = groupStart - 1
            if join - 1 >= limit, tokens[groupStart].capitalized, passage.isWord(join, W.and) || passage.isWord(join, W.iWord),
               passage.isContent(join - 1), tokens[join - 1].capitalized {
                var b = join - 1
                while b - 1 >= limit, passage.isContent(b - 1), tokens[b - 1].capitalized { b -= 1 }
                if b - 1 >= limit, tokens[b - 1].kind == .word, Self.complementPrepositions.contains(tokens[b - 1].hash) {
                    before = b - 1
                }
            }
            // "from Jakarta to Moscow", "delivery to Kolkata": "to" before a name opens a complement.
            let toPlace = passage.isWord(before, W.to) && tokens[groupStart].capitalized && !tokens[groupStart].lineStart
            if before >= limit, tokens[before].kind == .word,
               Self.complementPrepositions.contains(tokens[before].hash) || toPlace {
                // A complement ("between our countries"): the subject is further left.
                complement = isVerb(i) || isInfinitive(i) ? nil : phrase(groupStart, i)
                i = before - 1
                while i >= limit, passage.isContent(i) == false, passage.has(i, .determiner) { i -= 1 }
                continue
            }
            if isInfinitive(i) || isVerb(i) { return nil }
            return phrase(groupStart, i)
        }
        // «На гранты выделено 8 млрд»: nothing before the complement, so it is what the text names.
        return i < limit ? complement : nil
    }

    /// The last two words of the noun group `groupStart…i`, without a verb or a pronoun's verb.
    private func phrase(_ groupStart: Int, _ i: Int) -> String? {
        var from = max(groupStart, i - 1)
        // "дата-центров", "ice-class": a hyphenated word is taken whole.
        if from > groupStart, passage.isSymbol(from, S.hyphen) { from -= 1 }
        // "which means investment", «обошлась аграриям»: a verb is not part of the subject.
        if from < i, isVerb(from, inGroup: true) { from += 1 }
        // "we curtail", «мы закупаем»: after a personal pronoun the word is a verb.
        if from == groupStart, passage.has(groupStart - 1, .pronoun), !passage.has(groupStart - 1, .determiner) {
            if from == i { return nil }
            from += 1
        }
        guard from <= i else { return nil }
        // The words lower-cased and joined by spaces, a hyphen gluing a word to its neighbours,
        // built as bytes.
        var out: [UInt8] = []
        out.reserveCapacity(tokens[i].end - tokens[from].start + 1)
        var words = 0
        var glue = false
        for k in from...i {
            if passage.isSymbol(k, S.hyphen), !tokens[k].spaceBefore, words > 0 {
                out.append(0x2D)
                glue = true
                continue
            }
            if !(glue && !tokens[k].spaceBefore) {
                if words > 0 { out.append(0x20) }
                words += 1
            }
            passage.appendLower(k, k, to: &out)
            glue = false
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A verb form: a known verb ("covers", "spend"), an English past form ("returned"), or a
    /// Russian finite verb or short participle («экономит», «выделено»).
    /// Before a noun (`inGroup`), an English "-ed" word is an adjective ("rejected consignments").
    private func isVerb(_ i: Int, inGroup: Bool = false) -> Bool {
        guard passage.isWordToken(i) else { return false }
        if passage.has(i, .verb) { return true }
        // "will cost", "to spend": a word after a modal or "to" is a verb.
        if !inGroup, i > 0, !tokens[i].capitalized, tokens[i - 1].kind == .word, Self.modals.contains(tokens[i - 1].hash) {
            return true
        }
        let t = tokens[i]
        let b = passage.bytes[t.start]
        if b == 0xD0 || b == 0xD1 { return RussianVerbForms.isVerb(passage.bytes, t.start, t.end, hash: t.hash) }
        return !inGroup && t.end - t.start > 5 && passage.bytes[t.end - 2] | 0x20 == 0x65
            && passage.bytes[t.end - 1] | 0x20 == 0x64 && !Self.nounsInEd.contains(t.hash)
    }

    private static let modals = HashedWordTable(set: ["will", "would", "can", "could", "should", "must", "may", "might",
                                                  "shall", "to", "does", "do", "did"].map(FigureLexicon.hash))

    private static let nounsInEd = HashedWordTable(set: ["hundred", "seabed", "watershed", "homestead"].map(FigureLexicon.hash))

    /// A Russian infinitive («довести», «увеличить»): a verb, never part of a subject.
    private func isInfinitive(_ i: Int) -> Bool {
        let b = passage.bytes[tokens[i].start]
        guard b == 0xD0 || b == 0xD1 else { return false }
        // Byte-wise suffix test on folded Cyrillic letters: «ть», «ться», «сти».
        let start = tokens[i].start
        var end = tokens[i].end
        func letter(_ back: Int) -> UInt32? {
            let k = end - 2 * back
            guard k >= start, passage.bytes[k] & 0xE0 == 0xC0 else { return nil }
            let s = UInt32(passage.bytes[k] & 0x1F) << 6 | UInt32(passage.bytes[k + 1] & 0x3F)
            return FigureLexicon.fold(s)
        }
        // т = 0x442, ь = 0x44C, с = 0x441, я = 0x44F, и = 0x438
        if letter(1) == 0x44F, letter(2) == 0x441 { end -= 4 }  // «-ся»
        // «стоимость», «мощность», «себестоимость»: nouns in «-ость» / «-есть», not infinitives.
        if letter(1) == 0x44C, letter(2) == 0x442, letter(3) == 0x441, letter(4) == 0x43E || letter(4) == 0x435 { return false }
        if letter(1) == 0x44C, letter(2) == 0x442 { return true }
        if end == tokens[i].end, letter(1) == 0x438, letter(2) == 0x442, letter(3) == 0x441 { return true }
        return false
    }
}

extension W {
    /// «и»: joins two names of one complement («между Россией и Бразилией»).
    static let iWord = FigureLexicon.hash("и")
}
