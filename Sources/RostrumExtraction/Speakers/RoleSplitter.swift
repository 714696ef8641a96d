public import RostrumModel

/// Splits the role text after a speaker's name into position and organisation.
///
/// "Chairman of the Federation Council Committee on Economic Policy" → Chairman /
/// Federation Council Committee on Economic Policy; "Executive Vice President of the Board of
/// Directors, Silk Road Planning Research Centre" keeps the board in the position; several roles
/// joined by semicolons become several `Role`s. The rules are in docs/FORMATS.md.
public struct RoleSplitter: Sendable {
    public init() {}

    /// Words that end an English position ("… Chairman", "Chief Executive Officer").
    static let positionHeads: Set<String> = [
        "chairman", "chairwoman", "chair", "co-chairman", "co-chair", "president", "vice-president", "ceo", "cfo",
        "coo", "cto", "director", "director-general", "head", "secretary", "secretary-general", "governor",
        "member", "rector", "founder", "co-founder", "partner", "adviser", "advisor", "officer", "manager",
        "editor", "editor-in-chief", "minister", "ambassador", "mayor", "envoy", "representative", "commissioner",
        "dean", "professor", "leader", "owner", "principal", "executive", "general", "counsel", "economist",
        "analyst", "expert", "researcher", "fellow", "chancellor", "deputy", "administrator", "coordinator",
        "spokesperson", "spokesman", "president-elect", "premier", "speaker", "senator", "lead", "strategist",
        "trustee", "curator", "consul", "attaché", "attache", "superintendent",
    ]

    /// Leading words of a position that say nothing about the organisation.
    static let positionWords: Set<String> = positionHeads.union([
        "first", "vice", "deputy", "chief", "executive", "senior", "managing", "acting", "special", "presidential",
        "state", "prime", "general", "permanent", "trade", "board", "member", "of", "the", "management",
        "supervisory", "scientific", "research", "regional", "independent", "non-executive", "directors", "trustees",
        "president", "vice-chairman", "co-head", "joint",
    ])

    /// Words that start a collective body inside an organisation: they stay with the position.
    static let boardPhrases: [String] = [
        "Board of Directors", "Management Board", "Supervisory Board", "Executive Board", "Board of Trustees",
        "Board", "Presidium", "Executive Committee", "Management Committee",
    ]

    /// State-like organisations that follow a minister's portfolio ("… of the Russian Federation").
    static let stateEndings: [String] = [
        "Federation", "Republic", "Kingdom", "Russia", "China", "Government", "Territory", "Region", "Oblast", "Krai",
        "Emirates", "States", "India", "Japan", "Korea", "Kazakhstan", "Belarus", "Mongolia", "Vietnam", "Singapore",
    ]

    /// The forms of a state or a territory that open its name ("Republic of Bashkortostan").
    static let stateForms: [String] = [
        "Republic of ", "Kingdom of ", "State of ", "Province of ", "Emirate of ", "Sultanate of ", "Principality of ",
        "Government of ", "Commonwealth of ",
    ]

    /// Russian legal-form abbreviations that start an organisation.
    static let russianOrgForms: Set<String> = ["ПАО", "АО", "ООО", "ОАО", "ЗАО", "ГК", "АНО", "ФГУП", "НКО", "МКПАО", "ФГБУ", "ГУП", "МУП", "НП"]

    /// Genitive nouns that open a Russian organisation name («директор центра …», «глава компании …»).
    static let russianOrgNouns: Set<String> = [
        "компании", "корпорации", "госкорпорации", "банка", "фонда", "центра", "комитета", "министерства", "агентства",
        "палаты", "ассоциации", "союза", "института", "университета", "правительства", "администрации",
        "департамента", "управления", "группы", "холдинга", "совета", "думы", "службы", "представительства",
        "биржи", "объединения", "концерна", "завода", "порта", "аэропорта", "предприятия", "организации", "общества",
        "академии", "школы", "форума", "комиссии", "бюро", "клуба", "партии", "движения", "федерации",
        "дирекции", "инспекции", "региона", "области", "края", "республики", "города", "округа",
        "агрохолдинга", "госкомпании", "медиагруппы", "телеканала", "издательства", "журнала", "газеты",
        "издания", "портала", "радиостанции", "информагентства", "обсерватории", "лаборатории", "кафедры",
        "факультета", "консорциума", "кластера", "профсоюза", "провинции", "префектуры", "штата", "уезда", "района",
        "автономии", "губернии", "эмирата", "королевства",
    ]

    /// Units inside an organisation («департамента», «управления»): part of the position when the
    /// organisation itself is named after them.
    static let russianSubunits: Set<String> = ["департамента", "управления", "отдела", "дирекции"]

    /// A word that opens a Russian organisation's own name: a capital, a quote mark or a legal form.
    static func opensRussianOrganisation(_ word: Substring) -> Bool {
        guard let head = word.unicodeScalars.first else { return false }
        return head.isUppercaseFast || QuoteMarks.isOpening(head) || russianOrgForms.contains(String(word))
    }

    /// English business lines between a position and its organisation: "Managing Director,
    /// Corporate Banking, Gazprombank" keeps "Corporate Banking" in the position.
    static let businessLineEnds: Set<String> = [
        "banking", "business", "sales", "marketing", "strategy", "operations", "finance", "affairs", "relations",
        "development", "investments", "investment", "communications", "markets", "technology", "projects",
        "underwriting", "insurance", "reinsurance", "lending", "trading", "research", "risk", "risks", "procurement",
        "compliance", "treasury", "practice", "payments", "products", "partnerships", "engineering", "exports",
    ]

    /// Nominative nouns that open an organisation after a comma («…, группа компаний „Русагро“»).
    static let russianOrgNominatives: Set<String> = [
        "группа", "компания", "корпорация", "госкорпорация", "банк", "фонд", "центр", "ассоциация", "союз", "институт",
        "университет", "холдинг", "агентство", "министерство", "правительство", "администрация", "комитет", "палата",
        "концерн", "объединение", "агрохолдинг", "госкомпания", "медиагруппа", "телеканал", "издание", "журнал",
        "газета", "общество", "академия", "партия", "биржа", "порт", "аэропорт", "завод", "департамент", "управление",
    ]

    /// Genitive phrases that belong to the position, like "of the Board" in English.
    static let russianPositionBodies: [String] = [
        "правления", "совета директоров", "наблюдательного совета", "попечительского совета", "экспертного совета",
        "научного совета", "президиума",
    ]

    /// `positionHeads`, `positionWords`, `russianOrgNouns` and `russianPositionWords`, asked by
    /// the bytes of a word in any case.
    static let positionHeadSet = FoldedWordSet(positionHeads)
    static let positionWordSet = FoldedWordSet(positionWords)
    static let russianOrgNounSet = FoldedWordSet(russianOrgNouns)
    static let russianPositionWordSet = FoldedWordSet(russianPositionWords)
    /// Words that join the words of an English position ("Chairman of the Board and CEO").
    static let positionJoinerSet = FoldedWordSet(["and", "for", "directors", "trustees", "of", "the"])

    static let ofBytes = Array(" of ".utf8)
    static let atBytes = Array(" at ".utf8)
    static let poBytes = Array(" по ".utf8)

    static let positionBodyStarts = PrefixList(["правлени", "совет", "наблюдат", "попечит", "эксперт", "научн", "президиум"])

    /// The roles in `text`: the first is the speaker's main role.
    public func roles(from text: String) -> [Role] {
        var parts: [Substring] = []
        // «директор программы «Учёба в России» (проект Россотрудничества. — Прим. ред.)»: an editor's
        // insert explains the role; it is no part of it.
        let text = text.utf8.contains(UInt8(ascii: "(")) ? Self.withoutEditorialInserts(text) : text
        for part in Self.semicolonParts(text) {
            // "Deputy Prime Minister – Presidential Envoy …": two positions joined by a dash.
            var rest = Substring(part)
            while let dash = UTF8Search.ranges(of: Self.enDashBytes, in: rest).first ?? UTF8Search.ranges(of: Self.emDashBytes, in: rest).first,
                startsWithAnyPosition(rest[dash.upperBound...])
            {
                parts.append(rest[..<dash.lowerBound])
                rest = rest[dash.upperBound...]
            }
            parts.append(rest)
        }
        return parts.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }.map(role)
    }

    /// `text.split(separator: ";")`, cutting at the bytes of the semicolons instead of walking
    /// the text Character by Character. A semicolon with an ASCII or basic Cyrillic scalar (or
    /// nothing) on both sides is a Character of its own; any other neighbour (one that might join
    /// it into a larger Character) takes the standard library's split.
    static func semicolonParts(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        guard utf8.contains(UInt8(ascii: ";")) else { return text.isEmpty ? [] : [Substring(text)] }
        var parts: [Substring] = []
        var start = utf8.startIndex
        var previous: UInt8 = 0
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: ";") {
                let after = utf8.index(after: index)
                let next: UInt8 = after < utf8.endIndex ? utf8[after] : 0
                // The byte before a semicolon is the last byte of its scalar: ASCII, or the second
                // byte of a basic Cyrillic letter (checked with its lead below).
                guard Self.isPlainNeighbour(next), index == utf8.startIndex || previous < 0x80
                    || Self.isCyrillicTail(utf8, before: index)
                else { return text.split(separator: ";") }
                if start < index { parts.append(text[start..<index]) }
                start = after
            }
            previous = byte
            index = utf8.index(after: index)
        }
        if start < utf8.endIndex { parts.append(text[start..<utf8.endIndex]) }
        return parts
    }

    /// True for an ASCII byte, a basic Cyrillic lead byte (0xD0, 0xD1) or the end (0).
    @inline(__always)
    private static func isPlainNeighbour(_ byte: UInt8) -> Bool {
        byte < 0x80 || byte == 0xD0 || byte == 0xD1
    }

    /// True when the scalar that ends just before `index` is a two-byte scalar led by 0xD0 or 0xD1.
    private static func isCyrillicTail(_ utf8: String.UTF8View, before index: String.Index) -> Bool {
        guard utf8.distance(from: utf8.startIndex, to: index) >= 2 else { return false }
        let lead = utf8[utf8.index(index, offsetBy: -2)]
        return lead == 0xD0 || lead == 0xD1
    }

    /// `text` without parenthesised editor's inserts: "(… — Прим. ред.)", "(… – ed.)", «(прим. ред.)».
    static func withoutEditorialInserts(_ text: String) -> String {
        var result = Substring(text)
        var searchFrom = result.startIndex
        while let open = result[searchFrom...].firstIndex(of: "("), let close = result[open...].firstIndex(of: ")") {
            let inner = result[result.index(after: open)..<close].lowercasedFast()
            guard inner.hasSuffix("ред.") || inner.hasSuffix(" ed.") || inner.hasSuffix("–ed.") || inner.hasSuffix("—ed.") else {
                searchFrom = result.index(after: open)
                continue
            }
            var before = result[..<open]
            while before.last == " " { before.removeLast() }
            let after = result[result.index(after: close)...]
            let joined = after.first.map { $0 == " " || $0 == "," || $0 == ";" || $0 == "." } ?? true ? String(before) + after : String(before) + " " + after
            result = Substring(joined)
            searchFrom = result.startIndex
        }
        return String(result)
    }

    static let enDashBytes = Array(" – ".utf8)
    static let emDashBytes = Array(" — ".utf8)

    private func startsWithAnyPosition(_ text: Substring) -> Bool {
        let firstWord = text.trimmingSpaces().prefix(while: { $0 != " " }).lowercasedFast()
        return RussianPositions.starts.matches(firstWord) || Self.positionWords.contains(firstWord) || Self.positionHeads.contains(firstWord)
    }

    /// One role from text without semicolons.
    func role(_ raw: Substring) -> Role {
        var text = raw
        while let l = text.last, l == "." || l == " " || l == "," {
            if l == ".", let w = text.words().last, AttributionParser.dottedAbbreviations.contains(String(w.dropLast()).lowercasedFast()) || w.dropLast().contains(".") { break }
            text.removeLast()
        }
        if text.hasPrefix("the ") { text = text.dropFirst(4) }
        var segments = mergingLegalSuffixes(splitCommas(text))
        let cyrillic = isCyrillic(text)
        // «министр цифрового развития, связи и массовых коммуникаций …»: a lower-case segment that is
        // not a position continues the list of the one before.
        if cyrillic {
            segments = mergingRussianContinuations(segments)
        }
        // "Deputy Minister of Digital Development, Communications and Mass Media of the Russian Federation":
        // a ministry whose name has a comma; the state after " of " is the organisation.
        if segments.count >= 2, !cyrillic, !UTF8Search.ranges(of: Self.ministerBytes, in: segments[0]).isEmpty, !segments.dropFirst().contains(where: { isPosition($0) }),
            statePhraseStart(in: text) != nil
        {
            return englishRole(text)
        }
        if segments.count >= 2 {
            // Leading segments that are positions only ("President", "Chairman of the Management Board",
            // «президент») form the position; the first segment with an organisation splits there.
            var positions: [String] = []
            var index = 0
            while index < segments.count, isPurePosition(segments[index], cyrillic: cyrillic) {
                positions.append(String(segments[index]))
                index += 1
            }
            if positions.isEmpty {
                // "Sberbank, Chairman": organisation first.
                if !cyrillic, !isPosition(segments[0]), segments.dropFirst().allSatisfy({ isPosition($0) }) {
                    return Role(position: clean(segments.dropFirst().joined(separator: ", ")), organization: clean(String(segments[0])))
                }
                // The rule of docs/FORMATS.md: position first, organisation after the comma.
                return Role(position: clean(String(segments[0])), organization: clean(segments.dropFirst().joined(separator: ", ")))
            }
            guard index < segments.count else {
                return Role(position: clean(positions.joined(separator: ", ")), organization: nil)
            }
            // "Managing Director, Corporate Banking, Gazprombank": a business line, then the organisation.
            while !cyrillic, index + 1 < segments.count,
                isBusinessLine(segments[index]) || isUnit(segments[index]) || isRegionScope(segments[index])
            {
                positions.append(String(segments[index]))
                index += 1
            }
            let next = cyrillic ? russianRole(segments[index]) : englishRole(segments[index])
            let rest = segments[(index + 1)...].joined(separator: ", ")
            let nextIsPosition = cyrillic ? startsWithRussianPosition(segments[index]) : isPosition(segments[index])
            // "Partner, Head of Shipping Practice, Mehta & Bose LLP": a second position with its own
            // "of …", then the organisation in a segment of its own.
            if nextIsPosition, !cyrillic, !rest.isEmpty {
                positions.append(String(segments[index]))
                return Role(position: clean(positions.joined(separator: ", ")), organization: clean(rest))
            }
            if nextIsPosition, let position = next.position, next.organization != nil {
                positions.append(position)
                let organization = [next.organization ?? "", rest].filter { !$0.isEmpty }.joined(separator: ", ")
                return Role(position: clean(positions.joined(separator: ", ")), organization: clean(organization))
            }
            let organization = segments[index...].joined(separator: ", ")
            return Role(position: clean(positions.joined(separator: ", ")), organization: clean(organization))
        }
        if isCyrillic(text) { return russianRole(text) }
        return englishRole(text)
    }

    private func englishRole(_ text: Substring) -> Role {
        let words = text.words()
        // Minister-type positions: the portfolio stays in the position, the state is the organisation.
        if !UTF8Search.ranges(of: Self.ministerBytes, in: text).isEmpty || text.utf8.starts(with: "Secretary of State".utf8) {
            if let range = statePhraseStart(in: text) {
                var org = text[range.upperBound...]
                if org.hasPrefix("the ") { org = org.dropFirst(4) }
                return Role(position: clean(String(text[..<range.lowerBound])), organization: clean(String(org)))
            }
            return Role(position: clean(String(text)), organization: nil)
        }
        // "Chief Analyst at Sovcomflot", "Head of Research at VTB Capital": a position, then the
        // organisation it is held at (the last " at " before a capitalised name).
        if let range = UTF8Search.ranges(of: Self.atBytes, in: text).last {
            let left = text[..<range.lowerBound]
            var right = text[range.upperBound...]
            if right.hasPrefix("the ") { right = right.dropFirst(4) }
            if let first = right.unicodeScalars.first, first.isUppercaseFast,
               left.words().contains(where: { Self.positionHeadSet.contains(lowercasing: $0) }) {
                return Role(position: clean(String(left)), organization: clean(String(right)))
            }
        }
        var searchStart = text.startIndex
        while let range = UTF8Search.ranges(of: Self.ofBytes, in: text[searchStart...]).first {
            let left = text[..<range.lowerBound]
            var right = text[range.upperBound...]
            if right.hasPrefix("the ") { right = right.dropFirst(4) }
            let lastLeft = left.words().last.map { $0.lowercasedFast() } ?? ""
            if Self.positionHeads.contains(lastLeft) || left.hasSuffix("Board") || left.hasSuffix("Directors") {
                if let board = Self.boardPhrases.first(where: { right.hasPrefix($0) }) {
                    // "Chairman of the Board of Directors of X": the board belongs to the position.
                    let afterBoard = right.index(right.startIndex, offsetBy: board.count)
                    if right[afterBoard...].hasPrefix(" of ") {
                        searchStart = afterBoard
                        continue
                    }
                    return Role(position: clean(String(text)), organization: nil)
                }
                // "Special Representative of the President of the Russian Federation": the head of state
                // belongs to the position when the state follows.
                let rightFirst = right.prefix(while: { $0 != " " }).lowercasedFast()
                if Self.positionHeads.contains(rightFirst), UTF8Search.ranges(of: Self.ofBytes, in: right).first != nil {
                    searchStart = range.upperBound
                    continue
                }
                if let first = right.unicodeScalars.first, first.isUppercaseFast || ("0"..."9").contains(first) {
                    return portfolioMoved(position: left, organization: right)
                }
            }
            searchStart = range.upperBound
        }
        // No position word at all: the text names an organisation.
        if !words.contains(where: { Self.positionWordSet.contains(lowercasing: $0) || Self.positionHeadSet.contains(lowercasing: $0) }) {
            return Role(position: nil, organization: clean(String(text)))
        }
        return Role(position: clean(String(text)), organization: nil)
    }

    /// «генеральный директор ПАО „Газпром“»: the position is the lower-case lead, the organisation
    /// starts at the first capitalised word, quote mark or legal form.
    private func russianRole(_ text: Substring) -> Role {
        let words = text.words()
        guard let firstWord = words.first else { return Role(position: nil, organization: nil) }
        if Self.russianOrgForms.contains(String(firstWord)) || firstWord.unicodeScalars.first.map(QuoteMarks.isOpening) == true {
            return Role(position: nil, organization: clean(String(text)))
        }
        if firstWord.first?.isUppercase == true && !Self.russianOrgForms.contains(String(firstWord)) {
            // Starts with a capital: a capitalised position («Председатель …») or an organisation.
            let lowered = firstWord.lowercasedFast()
            let positionLike = RussianPositions.starts.matches(lowered) || lowered == "раис"
                || ["глава", "посол", "мэр", "министр"].contains(lowered)
            if !positionLike { return Role(position: nil, organization: clean(String(text))) }
        }
        var index = 1
        while index < words.count {
            let word = words[index]
            let head = word.unicodeScalars.first
            if let head, head.isUppercaseFast, isRussianPositionWord(word) {
                index += 1
                continue
            }
            if let head, head.isUppercaseFast || QuoteMarks.isOpening(head) || Self.russianOrgForms.contains(String(word)) {
                // An acronym inside the position ("исследований газа и СПГ Парижской …") is not the organisation.
                let isAcronym = word.count >= 2 && word.unicodeScalars.allSatisfy { $0.isUppercaseFast }
                if isAcronym, !Self.russianOrgForms.contains(String(word)), index + 1 < words.count,
                    words[index + 1].first?.isUppercase == true, words[index - 1].first?.isLowercase == true
                {
                    index += 1
                    continue
                }
                break
            }
            let lower = word.lowercasedFast()
            if Self.positionBodyStarts.matches(lower) {
                let rest = words[index...].prefix(3).joined(separator: " ").lowercasedFast()
                if let body = Self.russianPositionBodies.first(where: { rest.hasPrefix($0) }) {
                    index += body.words().count
                    continue
                }
            }
            if Self.russianOrgNouns.contains(lower) {
                // «заместитель директора департамента цифровой трансформации Министерства …»: a unit
                // inside an organisation named after it stays in the position.
                if Self.russianSubunits.contains(lower), words[(index + 1)...].contains(where: Self.opensRussianOrganisation) {
                    index += 1
                    continue
                }
                // Adjectives before the noun belong to the organisation: «аналитического центра».
                while index > 1, Self.isGenitiveAdjective(words[index - 1]) { index -= 1 }
                break
            }
            index += 1
        }
        guard index < words.count else { return Role(position: clean(String(text)), organization: nil) }
        let position = words[..<index].joined(separator: " ")
        let organization = words[index...].joined(separator: " ")
        // «министр Российской Федерации по развитию Дальнего Востока»: the portfolio after the state
        // belongs to the position; the state is the organisation.
        if let po = UTF8Search.ranges(of: Self.poBytes, in: Substring(organization)).first,
            organization.hasPrefix("Российской Федерации") || organization.hasPrefix("РФ ") || organization[..<po.lowerBound].hasSuffix("»")
        {
            let state = organization[..<po.lowerBound]
            return Role(position: clean(position + " " + organization[po.lowerBound...].dropFirst()), organization: clean(String(state)))
        }
        return Role(position: clean(position), organization: clean(organization))
    }

    /// Words that end an organisation's own name ("… Committee on Economic Policy" is one name).
    static let organisationForms: Set<String> = [
        "Committee", "Council", "Commission", "Agency", "Ministry", "Department", "Fund", "Association", "Bank",
        "Chamber", "Centre", "Center", "Institute", "University", "Corporation", "Company", "Group", "Board",
        "Foundation", "Office", "Service", "Union", "Forum", "Society", "Academy", "Organisation", "Organization",
    ]

    /// "Deputy Mayor" of "Moscow for Social Development": a portfolio after a short organisation
    /// name ("for …", "on …") belongs to the position.
    private func portfolioMoved(position: Substring, organization: Substring) -> Role {
        for joiner in [" for ", " on "] {
            guard let r = UTF8Search.ranges(of: Array(joiner.utf8), in: organization).first else { continue }
            let place = organization[..<r.lowerBound]
            guard place.words().count <= 3, let next = organization[r.upperBound...].first, next.isUppercase,
                let last = place.words().last, !Self.organisationForms.contains(String(last))
            else { continue }
            return Role(position: clean(String(position) + joiner + String(organization[r.upperBound...])), organization: clean(String(place)))
        }
        return Role(position: clean(String(position)), organization: clean(String(organization)))
    }

    /// Where the state at the end of a minister's role starts: the earliest " of " after which only
    /// a capitalised state name follows ("… Industry of the Republic of Kazakhstan").
    func statePhraseStart(in text: Substring) -> Range<Substring.Index>? {
        for range in UTF8Search.ranges(of: Self.ofBytes, in: text) {
            var rest = text[range.upperBound...]
            if rest.hasPrefix("the ") { rest = rest.dropFirst(4) }
            // "of the Republic of Bashkortostan", "of the Kingdom of Bahrain": a state named by its form first.
            if Self.stateForms.contains(where: { rest.hasPrefix($0) }), rest.words().count <= 5,
               !rest.utf8.contains(UInt8(ascii: ",")) {
                return range
            }
            guard Self.stateEndings.contains(where: { rest.hasSuffix($0) }) else { continue }
            let words = rest.words()
            let allNames = words.allSatisfy { w in
                w == "of" || w == "the" || (w.first?.isUppercase ?? false) || w.hasPrefix("(")
            }
            if allNames, !rest.utf8.contains(UInt8(ascii: ",")), words.count <= 4 { return range }
        }
        return nil
    }

    /// A segment that names a position and nothing else.
    func isPurePosition(_ segment: Substring, cyrillic: Bool) -> Bool {
        if cyrillic {
            guard let head = segment.unicodeScalars.first, !head.isUppercaseFast || isRussianPositionWord(segment.prefix(while: { $0 != " " })) else { return false }
            let firstWord = segment.prefix(while: { $0 != " " }).lowercasedFast()
            guard RussianPositions.starts.matches(firstWord) else { return false }
            // No capitalised word, quote mark or legal form: nothing that starts an organisation.
            let words = segment.words().dropFirst()
            return !words.contains { w in
                guard let h = w.unicodeScalars.first else { return false }
                return (h.isUppercaseFast && !isRussianPositionWord(w)) || QuoteMarks.isOpening(h)
            } && !words.contains { Self.russianOrgNounSet.contains(lowercasing: $0) }
        }
        let words = segment.words()
        guard let last = words.last, Self.positionHeadSet.contains(lowercasing: last) || Self.boardPhrases.contains(where: { segment.hasSuffix($0) }) || last == "Directors" || last == "Trustees" else { return false }
        return words.allSatisfy { w in
            Self.positionWordSet.contains(lowercasing: w) || Self.positionHeadSet.contains(lowercasing: w)
                || Self.positionJoinerSet.contains(lowercasing: w)
        }
    }

    /// A segment such as "Corporate Banking" or "International Affairs": capitalised words ending in a
    /// business line, with no word that names an organisation.
    func isBusinessLine(_ segment: Substring) -> Bool {
        let words = segment.words()
        guard let last = words.last, words.count <= 4, Self.businessLineEnds.contains(last.lowercasedFast()) else { return false }
        return !words.contains { Self.organisationForms.contains(String($0)) }
    }

    /// Words that name a unit inside an organisation ("Export Support Department", "Department of
    /// International Cooperation", "Beijing Representative Office").
    /// ("… Directorate" is left out: "Northern Sea Route Directorate, Rosatom" names a body of its own.)
    static let unitWords: Set<String> = ["Department", "Division", "Office", "Unit", "Bureau", "Desk"]

    /// A segment such as "Export Support Department" or "Department of Medical Care Organisation":
    /// a unit that stays in the position when the organisation follows it ("Deputy Director,
    /// Department of …, Ministry of Health").
    func isUnit(_ segment: Substring) -> Bool {
        let words = segment.words()
        guard let first = words.first, let last = words.last, words.count <= 9 else { return false }
        if Self.unitWords.contains(String(last)) { return words.count >= 2 }
        guard Self.unitWords.contains(String(first)), words.count >= 3 else { return false }
        return words[1] == "of" || words[1] == "for"
    }

    /// Words of a territory a position covers ("Russia and CIS", "Asia-Pacific", "Central and Eastern Europe").
    static let regionScopeWords: Set<String> = [
        "russia", "cis", "emea", "apac", "asia", "asia-pacific", "europe", "eurasia", "africa", "america", "americas",
        "latin", "middle", "east", "central", "eastern", "western", "northern", "southern", "north", "south", "greater",
        "china", "pacific", "nordics", "baltics", "cee", "see", "mena", "and", "the", "region", "caucasus", "india",
        "southeast", "north-east", "northeast", "far", "south-east", "south-eastern", "southeastern", "north-west",
        "northwest", "south-west", "southwest", "gulf", "gcc", "asean", "latam", "scandinavia", "oceania", "west",
        "japan", "korea", "australia", "eu", "uk", "us", "usa", "mongolia", "turkey", "iran", "arabia",
    ]

    /// A segment such as "Russia and CIS" or "Asia-Pacific" between a position and its organisation:
    /// the territory the position covers ("Managing Director, Russia and CIS, Berlin-Chemie").
    func isRegionScope(_ segment: Substring) -> Bool {
        let words = segment.words()
        guard !words.isEmpty, words.count <= 5 else { return false }
        return words.allSatisfy { Self.regionScopeWords.contains($0.lowercasedFast()) }
            && !words.allSatisfy { $0 == "and" || $0 == "the" }
    }

    /// True when a Russian segment opens with a position word («председатель правления ПАО …»).
    func startsWithRussianPosition(_ segment: Substring) -> Bool {
        let firstWord = segment.prefix(while: { $0 != " " }).lowercasedFast()
        return RussianPositions.starts.matches(firstWord)
    }

    /// Capitalised genitive position words inside a Russian position: «первый заместитель Председателя …».
    func isRussianPositionWord(_ word: Substring) -> Bool {
        Self.russianPositionWordSet.contains(lowercasing: word)
    }

    static let russianPositionWords: Set<String> = [
        "председателя", "министра", "директора", "руководителя", "губернатора", "мэра", "главы", "президента",
        "председатель", "президент", "заместителя", "генерального",
    ]
    static let ministerBytes = Array("Minister".utf8)

    private func mergingRussianContinuations(_ segments: [Substring]) -> [Substring] {
        var result: [Substring] = []
        for segment in segments {
            let firstWord = segment.prefix(while: { $0 != " " }).lowercasedFast()
            if let previous = result.last, let head = segment.unicodeScalars.first, head.isLowercaseFast,
                !isPurePosition(segment, cyrillic: true), !Self.russianOrgNominatives.contains(firstWord),
                !RussianPositions.genitive.matches(segment.lowercasedFast()), !Self.isAppositiveOrganisation(segment)
            {
                result[result.count - 1] = Substring(previous + ", " + segment)
            } else {
                result.append(segment)
            }
        }
        return result
    }

    /// A lower-case word naming what kind of body follows, then the body's own name in quotes, in
    /// Latin letters or after a legal form: «маркетплейс «Восток Маркет»», «платформа Ozon Global»,
    /// «агрегатор ООО «Груз»». Such a segment is the organisation, not more of the position.
    static func isAppositiveOrganisation(_ segment: Substring) -> Bool {
        let words = segment.words()
        guard words.count >= 2, let head = words[1].unicodeScalars.first else { return false }
        return QuoteMarks.isOpening(head) || (head.isASCII && head.isUppercaseFast) || russianOrgForms.contains(String(words[1]))
    }

    /// Legal-form suffixes that follow a comma but belong to the organisation: "Mitsui & Co., Ltd.".
    static let legalSuffixes: Set<String> = ["ltd", "ltd.", "inc", "inc.", "llc", "plc", "ag", "gmbh", "s.a.", "sa", "n.v.", "co.", "corp.", "jsc", "pjsc", "b.v.", "pte. ltd.", "pvt. ltd.", "limited", "l.p.", "lp"]

    private func mergingLegalSuffixes(_ segments: [Substring]) -> [Substring] {
        var result: [Substring] = []
        for segment in segments {
            // Every suffix is ASCII and at most nine bytes; a longer segment never lower-cases to one.
            if let previous = result.last, segment.utf8.count <= 9, Self.legalSuffixes.contains(segment.lowercasedFast()) {
                result[result.count - 1] = Substring(previous + ", " + segment)
            } else {
                result.append(segment)
            }
        }
        return result
    }

    /// Splits at commas that are not inside parentheses or quotes.
    private func splitCommas(_ text: Substring) -> [Substring] {
        var result: [Substring] = []
        var depth = 0
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let c = scalars[index]
            if c == "(" || c == "«" || c == "“" || c == "„" { depth += 1 }
            if c == ")" || c == "»" || c == "”" { depth = max(0, depth - 1) }
            if c == ",", depth == 0 {
                result.append(text[start..<index].trimmingSpaces())
                start = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        result.append(text[start...].trimmingSpaces())
        return result.filter { !$0.isEmpty }
    }

    static func isGenitiveAdjective(_ word: Substring) -> Bool {
        let w = word.lowercasedFast()
        guard w.count > 4 else { return false }
        return ["ого", "его", "ых", "их"].contains { w.hasSuffix($0) } || (w.hasSuffix("ой") && w.count > 5)
    }

    private func isPosition(_ text: Substring) -> Bool {
        text.words().contains { Self.positionHeadSet.contains(lowercasing: $0) }
    }

    private func isCyrillic(_ text: Substring) -> Bool {
        for scalar in text.unicodeScalars where scalar.isAlphabeticFast {
            return (0x0400...0x04FF).contains(scalar.value)
        }
        return false
    }

    private func clean(_ text: String) -> String? {
        var t = Substring(text).trimmingSpaces()
        if t.hasPrefix("the ") { t = t.dropFirst(4) }
        return t.isEmpty ? nil : String(t)
    }
}
