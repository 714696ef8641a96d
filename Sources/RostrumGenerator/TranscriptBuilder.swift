import RostrumModel

/// Builds one panel transcript: a header, a participants list, the moderator's turns and the
/// speakers' long turns in which a few key passages (figures, proposals) sit among filler.
///
/// The gold is the ideal digest: one section per discussed topic, and in it each key passage
/// verbatim, attributed to its speaker as the participants list gives them.
struct TranscriptBuilder {
    var rng: SplitMix64
    let language: Language

    private var ru: Bool { language == .ru }
    /// Proposal templates not yet used in this transcript: speakers do not share sentence templates.
    private var freshProposals: [Int] = Array(0..<TranscriptLexicon.proposalTemplateCount)

    private struct Person {
        var name: String
        var female: Bool
        var role: GeneratedRole
        var gold: Speaker
    }

    init(rng: SplitMix64, language: Language) {
        self.rng = rng
        self.language = language
    }

    mutating func build() -> (text: String, title: String, keys: [KeyPassage], gold: ExtractedDocument) {
        let events = ru ? SessionLexicon.russianEvents : SessionLexicon.englishEvents
        let ev = rng.pick(events)
        let year = rng.int(in: 2015...2023)
        let day = rng.int(in: 1...28)
        let iso = "\(year)-" + (ev.1 < 10 ? "0" : "") + "\(ev.1)-" + (day < 10 ? "0" : "") + "\(day)"
        let eventName = ev.0 + " \(year)"
        let title = rng.pick(ru ? SessionLexicon.russianTitles : SessionLexicon.englishTitles)

        // People.
        var used: Set<String> = []
        var people: [Person] = []
        let count = rng.int(in: 3...4)
        while people.count < count + 1 {
            let p = NamePool.person(&rng)
            let name = ru ? p.cyrillic : p.latin
            guard used.insert(name).inserted else { continue }
            let role = people.count == count ? RoleLexicon.moderatorRole(&rng, language: language) : RoleLexicon.role(&rng, language: language)
            people.append(Person(name: name, female: p.female, role: role,
                                 gold: Speaker(name: name, position: role.position, organization: role.organization,
                                               otherRoles: role.otherRoles)))
        }
        let moderator = people.removeLast()

        // Topics: two to four, each discussed by two or three speakers.
        let lexicon = ru ? TopicLexicon.russian : TopicLexicon.english
        var topicIndices: [Int] = []
        let topicCount = rng.int(in: 2...4)
        while topicIndices.count < topicCount {
            let t = rng.int(lexicon.count)
            if !topicIndices.contains(t) { topicIndices.append(t) }
        }

        var lines: [String] = []
        lines.append(title)
        lines.append((ru ? "Мероприятие: " : "Event: ") + eventName)
        lines.append((ru ? "Дата: " : "Date: ") + iso)
        lines.append("")
        lines.append(ru ? "Участники:" : "Participants:")
        for p in people { lines.append(p.name + (rng.chance(0.8) ? ", " : " — ") + p.role.rendered) }
        lines.append((ru ? "Модератор: " : "Moderator: ") + moderator.name + ", " + moderator.role.rendered)
        lines.append("")

        let areas = topicIndices.map { ru ? lexicon[$0].areaNominative : lexicon[$0].area }
        lines.append(moderator.name + ": " + TranscriptLexicon.moderatorOpening(
            language: language, title: title, areas: areas, speakers: people.map(\.name)))
        lines.append("")

        var keys: [KeyPassage] = []
        var sections: [Section] = []
        var previous: Person?
        var firstHandover = true
        for t in topicIndices {
            let words = lexicon[t]
            var section = Section(heading: TextCase.upperFirst(words.areaNominative), topics: [words.topic])
            var order = Array(people.indices)
            for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, rng.int(i + 1)) }
            let speakersHere = order.prefix(min(order.count, rng.int(in: 2...3)))
            for (n, si) in speakersHere.enumerated() {
                let person = people[si]
                lines.append(moderator.name + ": " + TranscriptLexicon.moderatorHandover(
                    &rng, language: language, to: person.name, area: words.area, newTopic: n == 0, first: firstHandover))
                lines.append("")
                firstHandover = false
                let turn = speakerTurn(person, words: words, previous: previous, year: year)
                for (pi, paragraph) in turn.paragraphs.enumerated() {
                    lines.append(pi == 0 ? person.name + ": " + paragraph : paragraph)
                    lines.append("")
                }
                for k in turn.keys {
                    keys.append(KeyPassage(text: k.acc.text, speaker: person.gold, topic: words.topic))
                    section.quotes.append(Quote(text: k.acc.text, speaker: person.gold, figures: k.acc.figures, topics: [words.topic]))
                }
                previous = person
            }
            sections.append(section)
        }
        lines.append(moderator.name + ": " + TranscriptLexicon.moderatorClosing(language: language))

        var speakerOrder: [String] = []
        var counts: [String: Int] = [:]
        for k in keys {
            if counts[k.speaker.name] == nil { speakerOrder.append(k.speaker.name) }
            counts[k.speaker.name, default: 0] += 1
        }
        let summaries = speakerOrder.compactMap { name in
            people.first { $0.name == name }.map {
                SpeakerSummary(name: name, position: $0.gold.position, organization: $0.gold.organization, quotes: counts[name] ?? 0)
            }
        }
        let gold = ExtractedDocument(title: title, language: language, event: eventName, date: iso,
                                     sections: sections, speakers: summaries)
        return (lines.joined(separator: "\n") + "\n", title, keys, gold)
    }

    /// A key passage: its text (one sentence, or two of the same turn) and its figures.
    private struct Key {
        var acc: TextAccumulator
    }

    /// One long turn: paragraphs of filler with one to three key passages placed among them.
    private mutating func speakerTurn(_ person: Person, words: TopicWords, previous: Person?, year: Int)
        -> (paragraphs: [String], keys: [Key])
    {
        let composer = SentenceComposer(language: language, sessionYear: year, words: words)
        let slots = TranscriptLexicon.Slots(words: words, previous: previous?.name, previousFemale: previous?.female ?? false,
                                            female: person.female)
        let paragraphCount = rng.int(in: 3...6)
        let keyCount = 1 + rng.weighted([60, 40])
        var keyParagraphs = Set<Int>()
        while keyParagraphs.count < keyCount { keyParagraphs.insert(rng.int(paragraphCount)) }

        var paragraphs: [String] = []
        var keys: [Key] = []
        var usedFiller = Set<String>()
        for p in 0..<paragraphCount {
            var sentences: [String] = []
            if p == 0 { sentences.append(TranscriptLexicon.opening(&rng, language: language, female: person.female)) }
            let fillerCount = rng.int(in: 7...12)
            let keyAt = keyParagraphs.contains(p) ? rng.int(in: 1...fillerCount) : -1
            for f in 0...fillerCount {
                if f == keyAt {
                    let key = keyPassage(composer, words: words, year: year)
                    keys.append(key)
                    sentences.append(key.acc.text)
                }
                if f == fillerCount { break }
                var line = fillerLine(composer, slots: slots)
                var tries = 0
                while usedFiller.contains(line), tries < 5 {
                    line = fillerLine(composer, slots: slots)
                    tries += 1
                }
                usedFiller.insert(line)
                sentences.append(line)
            }
            if p == paragraphCount - 1, rng.chance(0.7) { sentences.append(TranscriptLexicon.closing(&rng, language: language)) }
            paragraphs.append(sentences.joined(separator: " "))
        }
        return (paragraphs, keys)
    }

    private mutating func fillerLine(_ composer: SentenceComposer, slots: TranscriptLexicon.Slots) -> String {
        if rng.chance(0.08) {
            // A general claim without figures: talk, not a key passage.
            var s = composer.plainSentence(&rng, thirdPersonOnly: true)
            while s.acc.text.contains(":") { s = composer.plainSentence(&rng, thirdPersonOnly: true) }
            return s.acc.text
        }
        return TranscriptLexicon.filler(&rng, language: language, slots: slots)
    }

    /// A figure sentence (most often), a proposal, or a figure sentence followed by a proposal.
    private mutating func keyPassage(_ composer: SentenceComposer, words: TopicWords, year: Int) -> Key {
        var acc = TextAccumulator()
        switch rng.weighted([60, 30, 10]) {
        case 0:
            acc.append(figureSentence(composer).acc)
        case 1:
            acc.append(proposal(words: words, year: year))
        default:
            acc.append(figureSentence(composer).acc)
            acc.append(" ")
            acc.append(proposal(words: words, year: year))
        }
        return Key(acc: acc)
    }

    /// A proposal on a template this transcript has not used yet (any, once all are used).
    private mutating func proposal(words: TopicWords, year: Int) -> String {
        let variant: Int
        if freshProposals.isEmpty {
            variant = rng.int(TranscriptLexicon.proposalTemplateCount)
        } else {
            variant = freshProposals.remove(at: rng.int(freshProposals.count))
        }
        return TranscriptLexicon.proposal(&rng, language: language, words: words, year: year, variant: variant)
    }

    /// A figure sentence without a colon at its start or a spaced dash that a reader might misread.
    private mutating func figureSentence(_ composer: SentenceComposer) -> Sentence {
        var s = composer.figureSentence(&rng, budget: 2)
        var tries = 0
        while (s.acc.text.contains(":") || s.acc.figures.isEmpty), tries < 6 {
            s = composer.figureSentence(&rng, budget: 2)
            tries += 1
        }
        return s
    }
}
