/// Recognises reported speech: "Name noted that …", "According to Name, …", "In the view of Name, …",
/// «По словам Имени, …», «По мнению Имени, …», «Как отметил Имя, …», «Имя отметил, что …».
///
/// The result is the reported clause and the words that name the speaker; such quotes are
/// marked `indirect`. A name in the Russian genitive («По словам Ван Пина») is returned as written
/// and resolved against the session's speakers later.
public struct ReportedSpeechMatch: Sendable, Hashable {
    public var speaker: ParsedAttribution
    public var clause: String
    /// True when the name is in the Russian genitive case and needs resolving.
    public var genitive: Bool
    /// True when the "reported" clause is in fact the speaker's own words in quote marks.
    public var direct = false
    /// True when a pronoun names the speaker ("По его словам"): the previous speaker.
    public var pronoun = false
    /// True when a courtesy title stood before the name ("According to Mr. Ruksha", «По мнению
    /// г-на Рукши»): the name is given without it, and a surname alone is a person's.
    public var titled = false
}

/// Finds reported speech at the start of a paragraph; see `ReportedSpeechMatch`.
public enum ReportedSpeech {
    static let pronounPrefixes = [
        "По его словам, ", "По её словам, ", "По ее словам, ", "По его мнению, ", "По её мнению, ", "По ее мнению, ",
        "По его оценке, ", "По её оценке, ", "По ее оценке, ",
        "According to him, ", "According to her, ", "In his words, ", "In her words, ",
        "In his view, ", "In her view, ", "In his opinion, ", "In her opinion, ",
    ]

    /// "According to Name, …" and its kin: the name follows the introduction.
    static let englishIntroductions = ["According to ", "In the opinion of ", "In the view of ", "In the words of "]
    /// «По словам Имени, …» and its kin: the name follows in the genitive.
    static let russianIntroductions = ["По словам ", "По мнению ", "По оценке "]

    static let genitivePositionStarts: [String] = [
        "председател", "генеральн", "заместител", "министр", "глав", "руководител", "президент", "вице-",
        "директор", "член", "советник", "губернатор", "посл", "основател", "партн", "управляющ", "исполнительн",
        "перв", "старш", "главн", "специальн", "представител", "декан", "ректор", "мэр", "эксперт", "аналитик",
        "сопредседател", "начальник", "помощник", "владел", "совладел", "ведущ", "научн", "заведующ",
    ]
    static let englishPositionStarts: [String] = [
        "Chairman", "Chairwoman", "Chair", "CEO", "Chief", "Minister", "Deputy", "Vice", "Director", "Head", "President",
        "General", "Executive", "Secretary", "Governor", "Ambassador", "Founder", "Co-founder", "Partner", "Member",
        "Managing", "Senior", "First", "Adviser", "Advisor", "Professor", "Rector", "Editor", "Mayor", "Special",
        "Presidential", "Representative", "Envoy", "Owner", "Leader", "Lead", "Principal", "Dean", "Commissioner",
        "Co-Chairman", "Co-Chair", "Acting", "State", "Permanent", "Trade",
    ]

    /// Reported speech at the start of `paragraph`, or nil.
    public static func match(_ paragraph: String, knownNames: Set<String> = []) -> ReportedSpeechMatch? {
        match(paragraph, known: KnownNames(knownNames))
    }

    /// `match(_:knownNames:)` with the names a document has introduced so far.
    static func match(_ paragraph: String, known knownNames: KnownNames) -> ReportedSpeechMatch? {
        let text = Substring(paragraph).trimmingSpaces()
        guard startsWithCapital(text) else { return nil }
        // The introductions below open with A, I, П or К: other paragraphs skip their prefix tests.
        var lead = text.utf8.makeIterator()
        let b0 = lead.next() ?? 0, b1 = lead.next() ?? 0
        let latinA = b0 == UInt8(ascii: "A"), latinI = b0 == UInt8(ascii: "I")
        let cyrillicP = b0 == 0xD0 && b1 == 0x9F, cyrillicK = b0 == 0xD0 && b1 == 0x9A
        // "По его словам, …", "According to him, …": the previous speaker.
        for prefix in pronounPrefixes where (latinA || latinI || cyrillicP) && text.utf8.starts(with: prefix.utf8) {
            let clause = text.dropFirst(prefix.count).trimmingSpaces()
            guard clause.hasAtLeast(8) else { return nil }
            var match = ReportedSpeechMatch(speaker: ParsedAttribution(name: "", role: nil), clause: String(clause), genitive: false)
            match.pronoun = true
            return match
        }
        if latinA || latinI, let m = introducedClause(text, prefixes: Self.englishIntroductions, genitive: false) {
            // A single word must be a speaker already introduced ("According to Rosstat" is a source,
            // not a speaker), or follow a courtesy title ("According to Mr. Ruksha").
            if NameShape.wordCount(Substring(m.speaker.name)) < 2, m.speaker.role == nil, !m.titled, !knownNames.contains(m.speaker.name) { return nil }
            return m
        }
        if cyrillicP, let m = introducedClause(text, prefixes: Self.russianIntroductions, genitive: true) {
            if NameShape.wordCount(Substring(m.speaker.name)) < 2, m.speaker.role == nil, !m.titled,
                !knownNames.contains(where: { RussianNameCase.matches(genitive: m.speaker.name, nominative: $0) })
            {
                return nil
            }
            return m
        }
        if latinA || cyrillicK, let m = asNoted(text, knownNames: knownNames) { return m }
        if latinI, let m = possessiveView(text, knownNames: knownNames) { return m }
        if let m = nameVerbThat(text, knownNames: knownNames) { return m }
        return trailingSaid(text, knownNames: knownNames)
    }

    /// Where `clause` goes on with a new sentence of reported speech by a pronoun ("… by 2027.
    /// He added that …", «… к 2027 году. Он также отметил, что …»): the clause up to that sentence,
    /// the match of the sentence (a pronoun match: the speaker just named) and the sentence's first
    /// words (which tell the pronoun's gender). Nil when there is none.
    static func pronounContinuation(of clause: String, known knownNames: KnownNames) -> (head: String, next: ReportedSpeechMatch, opening: String)? {
        let text = Substring(clause)
        for boundary in UTF8Search.ranges(of: periodSpaceBytes, in: text) {
            let rest = text[boundary.upperBound...]
            // «Федорчук считает, что A. По её словам, B»: a second opener by a pronoun starts a new quote.
            if let prefix = pronounPrefixes.first(where: { rest.utf8.starts(with: $0.utf8) }) {
                let head = text[..<boundary.lowerBound].trimmingSpaces()
                let clause = rest.dropFirst(prefix.count).trimmingSpaces()
                guard head.hasAtLeast(8), clause.hasAtLeast(8) else { return nil }
                var next = ReportedSpeechMatch(speaker: ParsedAttribution(name: "", role: nil), clause: String(clause), genitive: false)
                next.pronoun = true
                return (String(head) + ".", next, String(rest.prefix(24)))
            }
            guard rest.utf8.starts(with: "He ".utf8) || rest.utf8.starts(with: "She ".utf8)
                || rest.utf8.starts(with: "Он ".utf8) || rest.utf8.starts(with: "Она ".utf8),
                let next = nameVerbThat(rest, knownNames: knownNames), next.pronoun
            else { continue }
            let head = text[..<boundary.lowerBound].trimmingSpaces()
            guard head.hasAtLeast(8) else { return nil }
            return (String(head) + ".", next, String(rest.prefix(24)))
        }
        return nil
    }

    /// `text.first?.isUppercase == true`, without a table look-up when the first Character is
    /// a single ASCII or basic Cyrillic scalar (then it is exactly that scalar's case).
    static func startsWithCapital(_ text: Substring) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return false }
        let second = scalars.next()
        if Self.isPlainScalar(first), second.map(Self.isPlainScalar) ?? true { return first.isUppercaseFast }
        return text.first?.isUppercase ?? false
    }

    /// ASCII or U+0400…U+045F: no such scalar joins its neighbour into one Character, bar CR LF.
    @inline(__always)
    private static func isPlainScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 || scalar.value &- 0x400 < 0x60
    }

    /// "Clause, said Name, Role." and «Клауза, заявил Имя Фамилия.»: the speaker named after the
    /// reported clause, as news copy has it, without quote marks. The name must be a person's (two
    /// capitalised words at least) or one the document introduced, so "…, said Rosstat" stays
    /// narrative. "Clause, Ruksha noted." names the speaker before the verb.
    private static func trailingSaid(_ text: Substring, knownNames: KnownNames) -> ReportedSpeechMatch? {
        for comma in UTF8Search.ranges(of: commaSpaceBytes, in: text).reversed() {
            let clause = text[..<comma.lowerBound]
            // At least 20 characters; 80 bytes always hold 20, so most clauses are not counted.
            guard clause.utf8.count >= 80 || clause.hasAtLeast(20) else { break }
            let tail = text[comma.upperBound...]
            // Most commas are followed by anything but a said-verb: the first word, read as bytes,
            // rules them out before the tail is split into Characters.
            // "…, Ruksha noted.": a short tail that ends the paragraph, with a name the document knows.
            if !knownNames.isEmpty, tail.utf8.count < 64, tail.utf8.last == UInt8(ascii: "."),
                let known = nameThenVerb(tail.split(separator: " ", maxSplits: 3), knownNames: knownNames)
            {
                return ReportedSpeechMatch(speaker: ParsedAttribution(name: known, role: nil), clause: String(clause) + ".", genitive: false)
            }
            if let word = plainFirstWord(tail), !SaidVerbs.mayStart(word) { continue }
            // Look at three words first.
            let words = tail.split(separator: " ", maxSplits: 3)
            guard words.count >= 2, SaidVerbs.match(Array(words.prefix(3)), at: 0) > 0,
                  let speaker = AttributionParser.parse(tail),
                  NameShape.wordCount(Substring(speaker.name)) >= 2 || (speaker.role == nil && knownNames.contains(speaker.name))
            else { continue }
            return ReportedSpeechMatch(speaker: speaker, clause: String(clause) + ".", genitive: false)
        }
        return nil
    }

    /// "Ruksha noted." / "Vyacheslav Ruksha noted.": a name the document introduced, then a verb
    /// of saying that ends the sentence; the name, or nil.
    private static func nameThenVerb(_ words: [Substring], knownNames: KnownNames) -> String? {
        guard words.count == 2 || words.count == 3, let last = words.last, last.hasSuffix(".") else { return nil }
        let verb = last.dropLast()
        guard SaidVerbs.match([verb], at: 0) == 1 else { return nil }
        let name = words.dropLast().joined(separator: " ")
        return knownNames.contains(name) ? name : nil
    }

    /// The first word of `tail` (after leading spaces, up to the next space) when it is made of
    /// ASCII and basic Cyrillic only, else nil.
    ///
    /// Such a word holds no scalar that joins a neighbour into one Character, so it is exactly
    /// the first word that `split(separator: " ")` gives, or that word's start when a combining
    /// scalar follows its space (and then neither is a verb of saying).
    static func plainFirstWord(_ tail: Substring) -> Substring? {
        let utf8 = tail.utf8
        var start = utf8.startIndex
        while start < utf8.endIndex, utf8[start] == UInt8(ascii: " ") { start = utf8.index(after: start) }
        var end = start
        while end < utf8.endIndex {
            let b = utf8[end]
            if b == UInt8(ascii: " ") { break }
            // ASCII, a Cyrillic lead byte (D0, D1) or a continuation byte after one.
            guard b < 0x80 || b == 0xD0 || b == 0xD1 || (b & 0xC0) == 0x80 else { return nil }
            end = utf8.index(after: end)
        }
        return start < end ? tail[start..<end] : nil
    }

    /// "According to Name[, Role], clause" and «По словам Имени[, должности], …».
    private static func introducedClause(_ text: Substring, prefixes: [String], genitive: Bool) -> ReportedSpeechMatch? {
        guard let prefix = prefixes.first(where: { text.utf8.starts(with: $0.utf8) }) else { return nil }
        let rest = text.dropFirst(prefix.count)
        let cut = CommaSplit(rest, maxSplits: 6)
        let segments = cut.pieces.map { $0.trimmingSpaces() }
        guard segments.count >= 2 else { return nil }
        // "According to Mr. Ruksha", «По мнению г-на Рукши»: the name without its title.
        let name = AttributionParser.droppingHonorific(segments[0])
        let titled = name.utf8.count != segments[0].utf8.count
        guard NameShape.isPersonName(name) else {
            // «По словам заместителя министра науки и высшего образования Константина Могилевского, …»,
            // "According to Chief Economist Anna Petrova, …": the position before the name (its own
            // name may have commas).
            for count in 1...min(4, segments.count - 1) {
                let phrase = segments[0..<count].joined(separator: ", ")
                guard let parsed = AttributionParser.parseNameWithLeadingRole(Substring(phrase), allowCommas: count > 1) else { continue }
                let clause = cut.after(commas: count, in: rest)
                guard clause.hasAtLeast(8) else { return nil }
                return ReportedSpeechMatch(speaker: parsed, clause: clause, genitive: genitive)
            }
            return nil
        }
        // "According to Chief Economist Anna Petrova, …": capitalised position words before the name.
        if !genitive, englishPositionStartBytes.contains(where: { name.utf8.starts(with: $0 + [UInt8(ascii: " ")]) }),
            let parsed = AttributionParser.parseNameWithLeadingRole(name)
        {
            let clause = cut.after(commas: 1, in: rest)
            guard clause.hasAtLeast(8) else { return nil }
            return ReportedSpeechMatch(speaker: parsed, clause: clause, genitive: false)
        }
        var roleParts: [Substring] = []
        var clauseStart = 1
        // Role segments follow the name while they read like positions or organisations.
        while clauseStart < segments.count - 1 {
            let segment = segments[clauseStart]
            let isRole: Bool
            if genitive {
                let lower = segment.lowercasedFast()
                isRole = (RussianPositions.genitive.matches(lower) && Self.endsLikeGenitive(lower.prefix(while: { $0 != " " })))
                    || (roleParts.count > 0 && (segment.first?.isUppercase ?? false))
            } else {
                isRole = englishPositionStartBytes.contains { start in
                    segment.utf8.starts(with: start)
                        && (segment.utf8.count == start.count || segment.utf8.dropFirst(start.count).first == UInt8(ascii: " "))
                }
                    || (roleParts.count > 0 && (segment.first?.isUppercase ?? false) && UTF8Search.ranges(of: Self.willBytes, in: segment, limit: 1 << 20).isEmpty && segment.words().count <= 8)
            }
            guard isRole else { break }
            roleParts.append(segment)
            clauseStart += 1
        }
        // The clause is everything after the last role comma, taken from the original text.
        let clause = cut.after(commas: clauseStart, in: rest)
        guard clause.hasAtLeast(8) else { return nil }
        let role = roleParts.isEmpty ? nil : roleParts.joined(separator: ", ")
        var match = ReportedSpeechMatch(speaker: ParsedAttribution(name: String(name), role: role), clause: clause, genitive: genitive)
        match.titled = titled
        return match
    }

    /// True when a Russian position word is in the genitive («главного», «директора», «главы»), not
    /// a word of the clause that shares its beginning («главное — …», «главная задача»).
    static func endsLikeGenitive(_ word: Substring) -> Bool {
        guard let last = word.unicodeScalars.last else { return false }
        switch last {
        case "а", "я", "ы", "и": return true
        case "о": return word.hasSuffix("ого") || word.hasSuffix("его")
        default: return false
        }
    }

    /// "As Name noted, clause" and «Как отметил Имя[, должность], …».
    private static func asNoted(_ text: Substring, knownNames: KnownNames) -> ReportedSpeechMatch? {
        let introductions = ["As ", "Как "]
        guard let intro = introductions.first(where: { text.utf8.starts(with: $0.utf8) }) else { return nil }
        let rest = text.dropFirst(intro.count)
        var afterVerb: Substring?
        // A verb of saying is at most three words, and one more word follows it.
        let restWords = rest.firstWords(4)
        let verbLength = SaidVerbs.match(restWords, at: 0)
        if verbLength > 0, verbLength < restWords.count {
            afterVerb = rest[restWords[verbLength].startIndex...]
        }
        if afterVerb == nil, intro == "As " {
            // "As Name noted, …": the verb follows the name (and perhaps a role: "As Name, Position, put it, …").
            var commaFound: Substring.Index?
            var phraseStart: Substring.Index?
            for phrase in [" put it,", " noted,", " said,", " stressed,", " explained,", " pointed out,", " observed,", " added,", " remarked,"] {
                if let r = UTF8Search.ranges(of: Array(phrase.utf8), in: rest, limit: 400).first {
                    commaFound = rest.index(before: r.upperBound)
                    phraseStart = r.lowerBound
                    break
                }
            }
            guard let comma = commaFound ?? rest.firstIndex(of: ",") else { return nil }
            var namePart: Substring
            if let phraseStart {
                // The verb is one of the phrases above, "pointed out" and "put it" included.
                namePart = rest[..<phraseStart]
            } else {
                let head = rest[..<comma]
                guard let space = head.lastIndex(of: " ") else { return nil }
                let verb = head[head.index(after: space)...]
                guard SaidVerbs.match([verb], at: 0) == 1 || verb == "put" || verb == "it" else { return nil }
                namePart = head[..<space]
                if namePart.hasSuffix(" put") { namePart = namePart.dropLast(4) }
            }
            while let l = namePart.last, l == "," || l == " " { namePart.removeLast() }
            var role: String?
            if let firstComma = namePart.firstIndex(of: ",") {
                role = String(namePart[namePart.index(after: firstComma)...].trimmingSpaces())
                namePart = namePart[..<firstComma]
            }
            // "As Mr. Ruksha noted": the name without its title.
            let titledName = namePart.trimmingSpaces()
            let name = AttributionParser.droppingHonorific(titledName)
            let titled = name.utf8.count != titledName.utf8.count
            // "As Yudaeva pointed out": a surname alone names a speaker already introduced.
            let knownSurname = !name.contains(" ") && knownNames.contains { $0.split(separator: " ").last.map { $0 == name } ?? false }
            guard NameShape.isPersonName(name) || knownSurname else { return nil }
            var clause = rest[rest.index(after: comma)...].trimmingSpaces()
            guard clause.hasAtLeast(8) else { return nil }
            // "As Name put it, “…”" quotes the speaker's own words.
            var direct = false
            if let open = clause.unicodeScalars.first, QuoteMarks.isOpening(open),
                let close = QuoteMarks.closingIndex(in: clause.unicodeScalars, openingAt: clause.unicodeScalars.startIndex),
                Substring(clause.unicodeScalars[clause.unicodeScalars.index(after: close)...]).trimmingSpaces().count <= 1
            {
                clause = Substring(clause.unicodeScalars[clause.unicodeScalars.index(after: clause.unicodeScalars.startIndex)..<close])
                direct = true
            }
            var match = ReportedSpeechMatch(speaker: ParsedAttribution(name: String(name), role: role), clause: String(clause), genitive: false)
            match.direct = direct
            match.titled = titled
            return match
        }
        guard let body = afterVerb else { return nil }
        let cut = CommaSplit(body, maxSplits: 6)
        var segments = cut.pieces.map { $0.trimmingSpaces() }
        guard segments.count >= 2 else { return nil }
        // «Как отметил г-н Рукша, …»: the name without its title.
        let untitled = AttributionParser.droppingHonorific(segments[0])
        let titled = untitled.utf8.count != segments[0].utf8.count
        segments[0] = untitled
        if !titled, !NameShape.isPersonName(segments[0]) {
            // «Как отметил министр цифрового развития, связи и массовых коммуникаций Максут Шадаев, …»:
            // a position before the name may have commas of its own.
            for count in 1...min(4, segments.count - 1) {
                let phrase = segments[0..<count].joined(separator: ", ")
                guard let parsed = AttributionParser.parseNameWithLeadingRole(Substring(phrase), allowCommas: count > 1) else { continue }
                let clause = cut.after(commas: count, in: body)
                guard clause.hasAtLeast(8) else { return nil }
                return Self.matching(parsed, clause: Substring(clause))
            }
        }
        guard NameShape.isPersonName(segments[0]) else { return nil }
        var roleParts: [Substring] = []
        var clauseStart = 1
        while clauseStart < segments.count - 1 {
            let segment = segments[clauseStart]
            let lower = segment.lowercasedFast()
            let looksLikeRole = RussianPositions.starts.matches(lower)
                || (roleParts.count > 0 && (segment.first?.isUppercase ?? false))
            guard looksLikeRole else { break }
            roleParts.append(segment)
            clauseStart += 1
        }
        let clause = cut.after(commas: clauseStart, in: body)
        guard clause.hasAtLeast(8) else { return nil }
        var match = Self.matching(
            ParsedAttribution(name: String(segments[0]), role: roleParts.isEmpty ? nil : roleParts.joined(separator: ", ")),
            clause: Substring(clause))
        match.titled = titled
        return match
    }

    /// "Name[, Role,] noted that clause", «Имя[, должность,] отметил, что …», and with the position
    /// before the name: «Глава Мурманской области Андрей Чибис отметил, что …».
    private static func nameVerbThat(_ text: Substring, knownNames: KnownNames) -> ReportedSpeechMatch? {
        for found in UTF8Search.ranges(of: thatBytes, or: chtoBytes, in: text, limit: 400) {
            var head = text[..<found.lowerBound]
            while let l = head.last, l == "," || l == " " { head.removeLast() }
            // The verb and its circumstance are among the last five words (and every test below
            // of the word count gives the same answer for six words as for more): a long head is
            // not split whole.
            let words = head.lastWords(6)
            guard words.count >= 2 else { continue }
            // The verb: the last word, or the last two ("pointed out", "также отметил").
            var verbStart = -1
            for n in [2, 1] where words.count > n {
                let i = words.count - n
                if SaidVerbs.match(words, at: i) == n { verbStart = i; break }
            }
            // "said on Tuesday that", "noted at the forum that": a short circumstance after the verb.
            if verbStart < 0, words.count >= 3 {
                for back in 2...min(5, words.count - 1) {
                    let i = words.count - back
                    guard SaidVerbs.match(words, at: i) == 1, i + 1 < words.count,
                        AttributionParser.circumstancePrepositions.contains(SaidVerbs.normalized(words[i + 1]))
                    else { continue }
                    verbStart = i
                    break
                }
            }
            // "told participants that", «сообщил участникам сессии, что»: the people addressed after the verb.
            if verbStart < 0, words.count >= 3 {
                for back in 2...min(5, words.count - 1) {
                    let i = words.count - back
                    let n = SaidVerbs.match(words, at: i)
                    guard n > 0, i + n <= words.count,
                          words[(i + n)...].allSatisfy({ SaidVerbs.audienceSet.containsNormalized($0) })
                    else { continue }
                    verbStart = i
                    break
                }
            }
            guard verbStart > 0 else { continue }
            var speakerPart = head[..<words[verbStart].startIndex]
            while let l = speakerPart.last, l == "," || l == " " { speakerPart.removeLast() }
            let pronoun = pronounSubjectSet.contains(speakerPart)
            if pronoun {
                let clause = text[found.upperBound...].trimmingSpaces()
                guard clause.hasAtLeast(8) else { return nil }
                var match = ReportedSpeechMatch(speaker: ParsedAttribution(name: "", role: nil), clause: String(clause), genitive: false)
                match.pronoun = true
                return match
            }
            // "X, Role, and Y, Role, agreed that …": the first speaker.
            if let and = UTF8Search.ranges(of: Self.andBytes, in: speakerPart).first ?? UTF8Search.ranges(of: Self.iBytes, in: speakerPart).first,
                let secondComma = speakerPart[and.upperBound...].firstIndex(of: ","),
                NameShape.wordCount(speakerPart[and.upperBound..<secondComma]) >= 2,
                NameShape.isPersonName(speakerPart[and.upperBound..<secondComma])
            {
                speakerPart = speakerPart[..<and.lowerBound]
            }
            var parsed = AttributionParser.parseNameWithLeadingRole(speakerPart)
            // «Глава Мурманской области Андрей Чибис отметил, что …»: the capital is the sentence's, not the position's.
            if let role = parsed?.role, speakerPart.startIndex == text.startIndex { parsed?.role = Self.sentenceCaseDropped(role) }
            parsed = parsed ?? AttributionParser.parse(speakerPart)
            guard let parsed else { continue }
            // "Mr. Ruksha noted that …": a title makes a surname alone a person's.
            let titled = AttributionParser.droppingHonorific(speakerPart).utf8.count != speakerPart.utf8.count
            let single = NameShape.wordCount(Substring(parsed.name)) < 2 && parsed.role == nil
            if single && !titled && !knownNames.contains(parsed.name) { continue }
            let clause = text[found.upperBound...].trimmingSpaces()
            guard clause.hasAtLeast(8) else { return nil }
            var match = Self.matching(parsed, clause: clause)
            match.titled = titled
            return match
        }
        return nil
    }

    /// A Russian position that opens a sentence («Глава …», «Генеральный директор …») with its first
    /// letter in lower case, as it is written inside a sentence; an acronym («ФАС», «РЖД») or a Latin
    /// position stays as written.
    static func sentenceCaseDropped(_ role: String) -> String {
        let scalars = role.unicodeScalars
        guard let first = scalars.first, (0x0410...0x042F).contains(first.value) || first.value == 0x0401 else { return role }
        let second = scalars.dropFirst().first
        guard let second, (0x0430...0x044F).contains(second.value) || second.value == 0x0451 else { return role }
        return role.prefix(1).lowercased() + role.dropFirst()
    }

    /// "In Novak's view, …", "In Novak’s opinion, …": the speaker before a possessive.
    private static func possessiveView(_ text: Substring, knownNames: KnownNames) -> ReportedSpeechMatch? {
        guard text.utf8.starts(with: "In ".utf8) else { return nil }
        for marker in ["'s view, ", "’s view, ", "'s opinion, ", "’s opinion, ", "'s words, ", "’s words, "] {
            guard let r = UTF8Search.ranges(of: Array(marker.utf8), in: text, limit: 120).first else { continue }
            let titledName = text[text.index(text.startIndex, offsetBy: 3)..<r.lowerBound]
            // "In Mr. Ruksha's view": the name without its title, which makes a surname alone a person's.
            let name = AttributionParser.droppingHonorific(titledName)
            let titled = name.utf8.count != titledName.utf8.count
            guard NameShape.isPersonName(name), titled || name.words().count >= 2 || knownNames.contains(String(name)) else { return nil }
            let clause = text[r.upperBound...].trimmingSpaces()
            guard clause.hasAtLeast(8) else { return nil }
            var match = ReportedSpeechMatch(speaker: ParsedAttribution(name: String(name), role: nil), clause: String(clause), genitive: false)
            match.titled = titled
            return match
        }
        return nil
    }

    /// A match whose clause, when it is the speaker's own words in quote marks ("warned that “…”",
    /// «Как отметил X, «…»»), is a direct quote without the marks.
    static func matching(_ speaker: ParsedAttribution, clause: Substring) -> ReportedSpeechMatch {
        let scalars = clause.unicodeScalars
        if let open = scalars.first, QuoteMarks.isOpening(open),
            let close = QuoteMarks.closingIndex(in: scalars, openingAt: scalars.startIndex),
            Substring(scalars[scalars.index(after: close)...]).trimmingSpaces().unicodeScalars.count <= 1
        {
            var match = ReportedSpeechMatch(
                speaker: speaker, clause: String(Substring(scalars[scalars.index(after: scalars.startIndex)..<close]).trimmingSpaces()),
                genitive: false)
            match.direct = true
            return match
        }
        return ReportedSpeechMatch(speaker: speaker, clause: String(clause), genitive: false)
    }

    /// Subjects of "He noted that …": the previous speaker.
    /// ". ": where a sentence may end inside a clause.
    private static let periodSpaceBytes = Array(". ".utf8)
    private static let pronounSubjects = ["He", "She", "Он", "Она", "He also", "She also", "Он также", "Она также"]
    /// `pronounSubjects` compared by bytes (none of them has another canonically equivalent spelling).
    private static let pronounSubjectSet = WordSet(pronounSubjects)
    private static let thatBytes = Array(" that ".utf8)
    private static let commaSpaceBytes = Array(", ".utf8)
    private static let andBytes = Array(", and ".utf8)
    private static let iBytes = Array(" и ".utf8)
    private static let chtoBytes = Array(", что ".utf8)
    private static let willBytes = Array(" will ".utf8)
    private static let englishPositionStartBytes = englishPositionStarts.map { Array($0.utf8) }
}
