/// Reads the words that name a speaker after a quote: "Name, Position, Organization",
/// "said Name", "Name said", "— Имя Фамилия, должность", "— отметил Имя Фамилия".
///
/// The role text is returned whole; splitting it into position and organisation is the job of
/// the speaker stage (`RoleSplitter`).
public struct ParsedAttribution: Sendable, Hashable {
    public var name: String
    /// Everything after the name ("Chairman, China Chamber of Tourism"), nil for a bare name.
    public var role: String?
    /// Text after the attribution's sentence, which is a paragraph of its own.
    public var remainder: String?

    public init(name: String, role: String?, remainder: String? = nil) {
        self.name = name
        self.role = role
        self.remainder = remainder
    }
}

/// Parses attribution phrases; see `ParsedAttribution`.
public enum AttributionParser {

    /// Abbreviations whose final period is part of the word, not the end of the sentence.
    static let dottedAbbreviations: Set<String> = [
        "ltd", "inc", "co", "corp", "bros", "jr", "sr", "dr", "mr", "mrs", "ms", "prof", "st", "no", "gen", "plc",
        "etc", "vs", "ул", "г", "им", "д", "т", "гг", "с", "ст", "pvt", "pte", "bhd", "sdn", "ооо", "corp", "assn",
        "univ", "dept", "govt", "intl", "mfg", "jsc",
    ]

    /// Prepositions that start a circumstance after a said-verb: "said in his closing remarks".
    static let circumstancePrepositions: Set<String> = [
        "in", "at", "during", "on", "when", "while", "to", "as", "after", "before", "from",
        "на", "в", "во", "при", "после", "перед", "во время", "в ходе", "в рамках", "журналистам",
        "adding", "noting", "stressing", "pointing", "explaining", "recalling", "warning", "and", "but",
        "добавив", "отметив", "подчеркнув", "пояснив", "напомнив",
    ]

    /// Parses the attribution after a closing quote mark (or after a dash).
    ///
    /// - Parameter requireRole: accept only "Name, Role" (used where a dash could also be prose).
    /// - Returns: nil when the text does not name a speaker.
    public static func parse(_ tail: Substring, requireRole: Bool = false) -> ParsedAttribution? {
        parse(sentence: attributionSentence(tail), requireRole: requireRole)
    }

    /// `parse(_:requireRole:)` of a tail whose `attributionSentence` is already known: a caller
    /// that tries several parsers on one tail cuts its sentence once.
    static func parse(sentence: (text: Substring, remainder: String?), requireRole: Bool = false) -> ParsedAttribution? {
        var (text, remainder) = sentence
        guard !text.isEmpty else { return nil }
        var hadVerb = false
        // Most phrases hold no verb of saying: one byte scan rules out every verb rule below.
        if SaidVerbs.mayHoldVerb(text) {
            // A said-verb before the name: "said Zhou Liqun", "— отметил Ван Пин".
            var words = text.words()
            var leading = SaidVerbs.match(words, at: 0)
            if leading == 0, let first = words.first, first.first?.isUppercase == true, words.count > 2,
                words[1].utf8.last != UInt8(ascii: ","), words[2].utf8.first != UInt8(ascii: "("),
                // Lower-casing again changes nothing, so only a word the verb sets hold can match.
                SaidVerbs.singleSet.containsNormalized(first) || SaidVerbs.pairHeads.containsNormalized(first)
            {
                // "Said Ayaz Ospanov, Vice Minister …: “…”" — a verb that opens the sentence (but "Said
                // Al-Harbi, Adviser" is a name: two name words must follow).
                leading = SaidVerbs.match([Substring(first.lowercasedFast())] + words.dropFirst(), at: 0)
            }
            if leading > 0 {
                var skip = leading
                while skip < words.count - 1, SaidVerbs.betweenSet.containsNormalized(words[skip]) {
                    skip += 1
                    // "РИА Новости" takes two words.
                    if skip < words.count - 1, words[skip] == "Новости" { skip += 1 }
                }
                guard skip < words.count else { return nil }
                text = text[words[skip].startIndex...]
                words.removeFirst(skip)
                hadVerb = true
            }
            // A said-verb after the name followed by a circumstance: "Park Jae-hoon said in his closing remarks".
            if !hadVerb, words.count >= 3 {
                for i in 1..<(words.count - 1) {
                    let n = SaidVerbs.match(words, at: i)
                    guard n > 0 else { continue }
                    if i + n == words.count || circumstanceSet.containsNormalized(words[i + n]) {
                        text = text[..<words[i].startIndex].droppingTrailingCommasAndSpaces()
                        hadVerb = true
                    }
                    break
                }
            }
            // A said-verb after the name: "Zhou Liqun said", "Zhou Liqun, General Manager, China Chengtong, said".
            if !hadVerb, words.count >= 2, SaidVerbs.match(words, at: words.count - 1) == 1 {
                text = text[..<words[words.count - 1].startIndex].droppingTrailingCommasAndSpaces()
                hadVerb = true
            }
        }
        guard !text.isEmpty else { return nil }
        // "Name (Position, Organization)"
        if text.utf8.last == UInt8(ascii: ")"), let open = text.utf8.firstIndex(of: UInt8(ascii: "(")) {
            let name = text[..<open].trimmingSpaces()
            let role = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingSpaces()
            if NameShape.isPersonName(name), !role.isEmpty, !role.hasSuffix("ed") {
                return ParsedAttribution(name: String(name), role: String(role), remainder: remainder)
            }
        }
        let name: Substring
        var role: Substring?
        if let comma = text.utf8.firstIndex(of: UInt8(ascii: ",")) {
            name = text[..<comma].trimmingSpaces()
            let rest = text[text.index(after: comma)...].trimmingSpaces()
            role = rest.isEmpty ? nil : rest
        } else {
            name = Self.droppingCircumstance(text.trimmingSpaces(), afterVerb: hadVerb)
            // "said Alexander Ivlev of Rostelecom": the organisation after "of".
            if !NameShape.isPersonName(name), let of = UTF8Search.ranges(of: RoleSplitter.ofBytes, in: name).first,
                NameShape.isPersonName(name[..<of.lowerBound]), name[of.upperBound...].first?.isUppercase == true
            {
                return ParsedAttribution(name: String(name[..<of.lowerBound]), role: String(name[of.upperBound...]), remainder: remainder)
            }
        }
        let personName = Self.droppingHonorific(name)
        guard NameShape.isPersonName(personName) else { return nil }
        if requireRole && role == nil && !hadVerb { return nil }
        if let r = role, !looksLikeRole(r) { return nil }
        return ParsedAttribution(name: String(personName), role: role.map(String.init), remainder: remainder)
    }

    /// "Хироси Ито на пленарной сессии" after a said-verb: the name without the circumstance.
    static func droppingCircumstance(_ text: Substring, afterVerb: Bool) -> Substring {
        guard afterVerb, !NameShape.isPersonName(text) else { return text }
        let words = text.words()
        for (i, word) in words.enumerated() where i > 0 && circumstancePrepositions.contains(word.lowercasedFast()) {
            let name = words[..<i].joined(separator: " ")
            if NameShape.isPersonName(Substring(name)) {
                return text[..<(text.range(of: " " + word + " ")?.lowerBound ?? text.endIndex)]
            }
            break
        }
        return text
    }

    /// Courtesy titles before a surname, Russian ones in the nominative and the genitive («По словам
    /// г-на Рукши»), in lower case and at the start of a sentence.
    private static let honorifics: [(bytes: [UInt8], characters: Int)] =
        ["Mr. ", "Mrs. ", "Ms. ", "Dr. ", "Prof. ", "Mr ", "Mrs ", "Ms ", "Dr ", "Prof ",
         "г-н ", "г-на ", "г-жа ", "г-жи ", "господин ", "господина ", "госпожа ", "госпожи ",
         "Г-н ", "Г-на ", "Г-жа ", "Г-жи ", "Господин ", "Господина ", "Госпожа ", "Госпожи "]
        .map { (Array($0.utf8), $0.count) }

    /// "Mr. Potanin", "Dr Ivanova", «г-н Потанин», «г-на Рукши»: the name without the courtesy title.
    static func droppingHonorific(_ name: Substring) -> Substring {
        // Every title starts with Mr, Ms, Dr, Pr, г (D0 B3) or Г (D0 93): two bytes rule out nearly every name.
        var bytes = name.utf8.makeIterator()
        guard let head = bytes.next(), let second = bytes.next() else { return name }
        switch head {
        case UInt8(ascii: "M"): guard second == UInt8(ascii: "r") || second == UInt8(ascii: "s") else { return name }
        case UInt8(ascii: "D"), UInt8(ascii: "P"): guard second == UInt8(ascii: "r") else { return name }
        case 0xD0: guard second == 0xB3 || second == 0x93 else { return name }
        default: return name
        }
        for title in honorifics where name.utf8.count > title.bytes.count + 1 && name.utf8.starts(with: title.bytes) {
            return name.dropFirst(title.characters)
        }
        return name
    }

    /// The attribution's own sentence, without leading dashes and its final period, and the text
    /// after it (a paragraph of its own), if any.
    static func attributionSentence(_ tail: Substring) -> (text: Substring, remainder: String?) {
        var text = trimLeading(tail)
        var remainder: String?
        if let boundary = sentenceBoundary(in: text) {
            let rest = text[boundary...].drop(while: { $0 == " " })
            if !rest.isEmpty { remainder = String(rest) }
            text = text[..<boundary]
        }
        return (trimTrailingPeriod(text), remainder)
    }

    /// "— said Russian Railways CEO Oleg Belozerov", «— отметил глава Минвостокразвития Алексей Чекунков»:
    /// a position before the name, as news agencies write it.
    public static func parseRoleBeforeName(_ tail: Substring) -> ParsedAttribution? {
        parseRoleBeforeName(sentence: attributionSentence(tail))
    }

    /// `parseRoleBeforeName(_:)` of a tail whose `attributionSentence` is already known.
    static func parseRoleBeforeName(sentence: (text: Substring, remainder: String?)) -> ParsedAttribution? {
        var (text, remainder) = sentence
        let leadingWords = text.words()
        let leading = SaidVerbs.match(leadingWords, at: 0)
        guard leading > 0, leading < leadingWords.count else { return nil }
        text = text[leadingWords[leading].startIndex...]
        // «— заявила член Общественной палаты РФ, директор школы № 1535 Наталья Ван-Гог»: several roles
        // before the name, the last of them joined to it.
        if let lastComma = text.utf8.lastIndex(of: UInt8(ascii: ",")),
            var parsed = parseNameWithLeadingRole(text[text.index(after: lastComma)...])
        {
            parsed.role = String(text[..<lastComma]) + ", " + (parsed.role ?? "")
            parsed.remainder = remainder
            return parsed
        }
        guard var parsed = parseNameWithLeadingRole(text) else { return nil }
        parsed.remainder = remainder
        return parsed
    }

    /// "Russian Railways CEO Oleg Belozerov", «глава Минвостокразвития Алексей Чекунков»: a position
    /// (and organisation) written before the name, without a comma (with `allowCommas`, a position
    /// whose own name has commas: «министр цифрового развития, связи и массовых коммуникаций …»).
    public static func parseNameWithLeadingRole(_ phrase: Substring, allowCommas: Bool = false) -> ParsedAttribution? {
        let text = phrase.trimmingSpaces()
        guard allowCommas || !text.utf8.contains(UInt8(ascii: ",")), text.utf8.count < 400 else { return nil }
        if let parsed = nameWithLeadingRole(text) { return parsed }
        // "Deputy Minister Ivan Orlov of Russia", "Chief Economist Anna Petrova of Sberbank": the
        // organisation after the name, joined to the position as a role "Position, Organisation".
        // English only: a capital Latin letter opens the phrase.
        guard let lead = text.utf8.first, lead >= UInt8(ascii: "A"), lead <= UInt8(ascii: "Z") else { return nil }
        for of in UTF8Search.ranges(of: RoleSplitter.ofBytes, in: text).prefix(4) {
            // The name before " of " ends with a capitalised word.
            guard let before = text[..<of.lowerBound].split(separator: " ").last?.utf8.first,
                  before >= UInt8(ascii: "A"), before <= UInt8(ascii: "Z") else { continue }
            var organisation = text[of.upperBound...].trimmingSpaces()
            if organisation.utf8.starts(with: "the ".utf8) { organisation = organisation.dropFirst(4) }
            guard organisation.first?.isUppercase == true, organisation.words().count <= 8,
                  var parsed = nameWithLeadingRole(text[..<of.lowerBound]), let role = parsed.role else { continue }
            parsed.role = role + ", " + organisation
            return parsed
        }
        return nil
    }

    /// `parseNameWithLeadingRole(_:allowCommas:)` of a phrase that ends with the name.
    private static func nameWithLeadingRole(_ text: Substring) -> ParsedAttribution? {
        let words = text.words()
        guard words.count >= 3 else { return nil }
        for nameLength in [2, 3] where words.count > nameLength {
            let name = words.suffix(nameLength).joined(separator: " ")
            guard NameShape.isPersonName(Substring(name)) else { continue }
            let role = words.dropLast(nameLength).joined(separator: " ")
            let lowerRole = role.lowercasedFast()
            let roleWords = lowerRole.words()
            let positionWord = roleWords.contains { RoleSplitter.positionHeads.contains(String($0)) }
                || roleWords.contains { RussianPositions.starts.matches($0) }
            guard positionWord else { continue }
            // Three words only with a patronymic or an initial in the middle: "Алексей Олегович Чекунков".
            if nameLength == 2, words.count > 3 {
                let middle = words[words.count - 2].lowercasedFast()
                let patronymic = ["ович", "евич", "овна", "евна", "ична", "инична"].contains { middle.hasSuffix($0) }
                let initial = middle.count == 2 && middle.hasSuffix(".")
                if patronymic || initial { continue }
            }
            return ParsedAttribution(name: name, role: role)
        }
        return nil
    }

    /// Splits "Text of the quote — Name, Position" into the quote and its attribution.
    ///
    /// Only a dash followed by a name and a role counts, so "Tourism — a growth driver" stays prose.
    public static func dashAttributionSplit(_ line: String, knownNames: Set<String> = []) -> (quote: Substring, attribution: ParsedAttribution)? {
        dashAttributionSplit(line, known: KnownNames(knownNames))
    }

    /// `dashAttributionSplit(_:knownNames:)` with the names a document has introduced so far.
    static func dashAttributionSplit(_ line: String, known knownNames: KnownNames) -> (quote: Substring, attribution: ParsedAttribution)? {
        guard let dash = lastSpacedDash(in: line) else { return nil }
        let head = line[line.startIndex..<dash.lowerBound]
        let tail = line[dash.upperBound...]
        guard head.hasAtLeast(12) else { return nil }
        // "… Moderator — Anna Lytkina, Editor-in-Chief": an introduction, not a quote.
        let ends = head.trimmingSpaces().firstAndLastWord()
        if let ends, moderatorLastSet.containsNormalized(ends.last) { return nil }
        if let ends, moderatorFirstSet.containsNormalized(ends.first), !head.hasAtLeast(40) { return nil }
        if let parsed = parse(tail, requireRole: knownNames.isEmpty) {
            if parsed.role == nil && !knownNames.contains(parsed.name) && !knownNames.isEmpty { return nil }
            var quote = head
            while let l = quote.last, l == " " || l == "," { quote.removeLast() }
            return (quote, parsed)
        }
        return nil
    }

    /// The last spaced dash (" — ", " – ", " - ") whose dash is among the last 400 scalars of
    /// `line`: from the dash to the space after it (the tail starts at that space).
    static func lastSpacedDash(in line: String) -> Range<String.Index>? {
        let utf8 = line.utf8
        let found = utf8.withContiguousStorageIfAvailable { bytes -> (Int, Int)? in
            var i = bytes.count
            var examined = 0
            while i > 0, examined < 400 {
                // One scalar back: "—" and "–" are E2 80 94 and E2 80 93.
                i -= 1
                while i > 0, bytes[i] & 0xC0 == 0x80 { i -= 1 }
                examined += 1
                let b = bytes[i]
                let width: Int
                if b == UInt8(ascii: "-") {
                    width = 1
                } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x94 || bytes[i + 2] == 0x93 {
                    width = 3
                } else {
                    continue
                }
                guard i > 0, bytes[i - 1] == UInt8(ascii: " ") else { continue }
                guard i + width < bytes.count, bytes[i + width] == UInt8(ascii: " ") else { continue }
                return (i, width)
            }
            return nil
        }
        guard let found else { return lastSpacedDashByScalars(in: line) }
        guard let (offset, width) = found else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: width)
    }

    /// `lastSpacedDash(in:)` by a walk over the scalars, for text that is not contiguous.
    static func lastSpacedDashByScalars(in line: String) -> Range<String.Index>? {
        let scalars = line.unicodeScalars
        var index = scalars.endIndex
        var examined = 0
        while index > scalars.startIndex, examined < 400 {
            index = scalars.index(before: index)
            examined += 1
            let scalar = scalars[index]
            guard scalar == "—" || scalar == "–" || scalar == "-" else { continue }
            // A spaced dash: " — ".
            guard index > scalars.startIndex, scalars[scalars.index(before: index)] == " " else { continue }
            let after = scalars.index(after: index)
            guard after < scalars.endIndex, scalars[after] == " " else { continue }
            return index..<after
        }
        return nil
    }

    /// Words before a dash that make it an introduction ("Moderator — Anna Lytkina"), not a quote.
    private static let moderatorLastSet = WordSet(["moderator", "модератор", "ведущий", "ведущая", "by", "moderated"])
    private static let moderatorFirstSet = WordSet(["moderator", "модератор", "ведущий", "ведущая", "moderated"])

    /// True when a phrase after a name reads like a position or organisation, not like prose.
    static func looksLikeRole(_ role: Substring) -> Bool {
        guard role.utf8.count <= 600 else { return false }
        // Prose after a comma usually has a verb-led clause: "he said", "which means".
        let first = role[..<(role.utf8.firstIndex(of: UInt8(ascii: " ")) ?? role.endIndex)]
        guard !first.isEmpty, first.utf8.count <= 10 else { return !first.isEmpty }
        return !proseStartSet.containsLowercased(first)
    }

    static let proseStartSet = WordSet(proseStarts)
    /// `dottedAbbreviations` looked up by bytes, without a lower-cased copy of each word.
    static let dottedSet = WordSet(dottedAbbreviations)
    static let circumstanceSet = WordSet(circumstancePrepositions)

    static let proseStarts: Set<String> = [
        "he", "she", "they", "we", "it", "which", "who", "and", "but", "that", "this", "as", "while", "when",
        "он", "она", "они", "мы", "это", "который", "которая", "и", "но", "что", "как",
    ]

    /// The index where a sentence ends inside `text` (". " followed by a capital), if any.
    static func sentenceBoundary(in text: Substring) -> Substring.Index? {
        let utf8 = text.utf8
        // The bytes are scanned in place; only a period before a capital is looked at closely.
        let found = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            let n = bytes.count
            var i = 0
            while i < n {
                let b = bytes[i]
                guard b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") else {
                    i += 1
                    continue
                }
                let next = i + 1
                guard next < n else { return nil }
                if bytes[next] == UInt8(ascii: " ") {
                    var after = next
                    while after < n, bytes[after] == UInt8(ascii: " ") { after += 1 }
                    if after < n, let (letter, _) = NameShape.scalar(in: bytes, at: after, end: n),
                        letter.isUppercaseFast || QuoteMarks.isOpening(letter)
                    {
                        var wordStart = i
                        while wordStart > 0 {
                            let b = bytes[wordStart - 1]
                            if b == UInt8(ascii: " ") || b == UInt8(ascii: ",") { break }
                            wordStart -= 1
                        }
                        let word = text[utf8.index(utf8.startIndex, offsetBy: wordStart)..<utf8.index(utf8.startIndex, offsetBy: i)]
                        if endsSentence(word) { return next }
                    }
                }
                i = next
            }
            return nil
        }
        guard let found else { return sentenceBoundaryByIndex(in: text) }
        return found.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }

    /// True when the period after `word` ends a sentence: the word is not an initial or a dotted abbreviation.
    private static func endsSentence(_ word: Substring) -> Bool {
        let isInitial = !word.isEmpty && word.index(after: word.startIndex) == word.endIndex && (word.first?.isUppercase ?? false)
        return !isInitial && !word.utf8.contains(UInt8(ascii: ".")) && (word.utf8.count > 5 || !dottedSet.containsLowercased(word))
    }

    /// `sentenceBoundary(in:)` through the UTF-8 view's indices, for text that is not contiguous.
    static func sentenceBoundaryByIndex(in text: Substring) -> Substring.Index? {
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") else {
                index = utf8.index(after: index)
                continue
            }
            let next = utf8.index(after: index)
            guard next < utf8.endIndex else { return nil }
            if utf8[next] == UInt8(ascii: " ") {
                var after = next
                while after < utf8.endIndex, utf8[after] == UInt8(ascii: " ") { after = utf8.index(after: after) }
                if after < utf8.endIndex, let letter = text[after...].unicodeScalars.first,
                    letter.isUppercaseFast || QuoteMarks.isOpening(letter)
                {
                    // The word before the period must not be an initial or a dotted abbreviation.
                    var wordStart = index
                    while wordStart > utf8.startIndex {
                        let previous = utf8.index(before: wordStart)
                        let b = utf8[previous]
                        if b == UInt8(ascii: " ") || b == UInt8(ascii: ",") { break }
                        wordStart = previous
                    }
                    if endsSentence(text[wordStart..<index]) { return next }
                }
            }
            index = next
        }
        return nil
    }

    /// "U.S", "O.S.K", "S.A": single letters joined by dots, whose final dot belongs to them.
    static func isInitialism(_ word: Substring) -> Bool {
        // Every part is one letter, so the second scalar is a dot; a plain scalar there answers at once.
        var scalars = word.unicodeScalars.makeIterator()
        guard scalars.next() != nil, let second = scalars.next() else { return false }
        if second != ".", second.value < 0x300 || second.value &- 0x400 < 0x82 { return false }
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 && ($0.first?.isLetter ?? false) }
    }

    static func trimLeading(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        while start < scalars.endIndex {
            let c = scalars[start]
            guard c == " " || c == "," || c == "—" || c == "–" || c == "-" || c == "\u{00A0}" || c == "." else { break }
            start = scalars.index(after: start)
        }
        return text[start...]
    }

    /// Drops a sentence-final period unless it belongs to an abbreviation ("Ltd.", "U.S.").
    static func trimTrailingPeriod(_ text: Substring) -> Substring {
        let text = text.trimmingSpaces()
        let utf8 = text.utf8
        guard let last = utf8.last, last == UInt8(ascii: ".") else { return text }
        let bodyEnd = utf8.index(before: utf8.endIndex)
        // The word before the period read as bytes; only a word whose second scalar is a period
        // (or off the plain ranges) takes the Character-level test of an initialism.
        let keeps = utf8.withContiguousStorageIfAvailable { b -> Bool? in
            let end = b.count - 1
            var start = end
            while start > 0, b[start - 1] != UInt8(ascii: " ") { start -= 1 }
            let length = end - start
            if length <= 6 {
                guard let dotted = dottedSet.containsLowercased(bytes: UnsafeBufferPointer(rebasing: b[start..<end])) else { return nil }
                if dotted { return true }
            }
            guard length > 0, let (_, width) = NameShape.scalar(in: b, at: start, end: end) else { return nil }
            // One scalar: a letter's period stays ("Ivan I."), except after "I".
            if width == length { return !(length == 1 && b[start] == UInt8(ascii: "I")) }
            guard let (second, _) = NameShape.scalar(in: b, at: start + width, end: end) else { return nil }
            if second == "." || !(second.value < 0x300 || second.value &- 0x400 < 0x82) { return nil }
            return false
        } ?? nil
        if let keeps { return keeps ? text : text[..<bodyEnd] }
        return trimTrailingPeriodByIndex(text)
    }

    /// `trimTrailingPeriod` of a text without leading and trailing spaces, through the UTF-8
    /// view's indices and Characters.
    static func trimTrailingPeriodByIndex(_ text: Substring) -> Substring {
        let utf8 = text.utf8
        guard let last = utf8.last, last == UInt8(ascii: ".") else { return text }
        let bodyEnd = utf8.index(before: utf8.endIndex)
        var wordStart = bodyEnd
        while wordStart > utf8.startIndex {
            let previous = utf8.index(before: wordStart)
            if utf8[previous] == UInt8(ascii: " ") { break }
            wordStart = previous
        }
        let word = text[wordStart..<bodyEnd]
        let length = word.utf8.count
        if length <= 6, dottedSet.containsLowercased(word) { return text }
        if isInitialism(word) || (word.unicodeScalars.count == 1 && word != "I") { return text }
        return text[..<bodyEnd]
    }
}


