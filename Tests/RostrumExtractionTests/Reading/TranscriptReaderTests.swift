import RostrumExtraction
import RostrumModel
import Testing

@Suite("Transcript reader")
struct TranscriptReaderTests {
    static let english = """
    Event: Eastern Economic Forum 2019
    Date: September 5, 2019
    Title: Russia and China: Agriculture and Logistics

    Participants:
    Alexey Chekunkov, Chief Executive Officer, Far East and Baikal Region Development
    Zhou Liqun — General Manager, China Chengtong International Investment Ltd.
    - He Zhenwei, Secretary-General, China Overseas Development
    Moderator: Anna Smirnova, Editor-in-Chief, Business Weekly

    ANNA SMIRNOVA: Good afternoon, colleagues. Let us begin with agriculture.
    [Applause]
    HE ZHENWEI (Secretary-General, China Overseas Development): We import over 95 million tonnes of soybeans
    every year, and a third of them come from the United States.
    Only 500 thousand tonnes of soy come from Russia.
    Zhou Liqun: Our trade turnover is $80 billion. (Laughter) We hope to reach $100 billion this year.
    Note: the figures were later corrected by the organisers.
    At 10:30 the session was paused.
    """

    @Test("participants list, moderator and turns with normalised CAPS labels")
    func englishTranscript() throws {
        let document = try TranscriptReader().read(Self.english)
        #expect(document.format == .transcript)
        #expect(document.metadata.event == "Eastern Economic Forum 2019")
        #expect(document.metadata.date == "2019-09-05")
        #expect(document.metadata.title == "Russia and China: Agriculture and Logistics")
        #expect(document.metadata.participants == [
            Participant(name: "Alexey Chekunkov", role: "Chief Executive Officer, Far East and Baikal Region Development"),
            Participant(name: "Zhou Liqun", role: "General Manager, China Chengtong International Investment Ltd."),
            Participant(name: "He Zhenwei", role: "Secretary-General, China Overseas Development"),
            Participant(name: "Anna Smirnova", role: "Editor-in-Chief, Business Weekly", isModerator: true),
        ])
        let blocks = document.blocks
        #expect(blocks.count == 6)
        #expect(blocks[0] == Block(
            kind: .turn(speaker: "Anna Smirnova", role: nil),
            text: "Good afternoon, colleagues. Let us begin with agriculture.", line: 11))
        #expect(blocks[1].kind == .turn(speaker: "He Zhenwei", role: "Secretary-General, China Overseas Development"))
        #expect(blocks[1].text == "We import over 95 million tonnes of soybeans every year, and a third of them come from the United States.")
        #expect(blocks[1].line == 13)
        // An unlabelled line continues the turn as a new block with the same speaker.
        #expect(blocks[2] == Block(
            kind: .turn(speaker: "He Zhenwei", role: "Secretary-General, China Overseas Development"),
            text: "Only 500 thousand tonnes of soy come from Russia.", line: 15))
        #expect(blocks[3] == Block(
            kind: .turn(speaker: "Zhou Liqun", role: nil),
            text: "Our trade turnover is $80 billion. We hope to reach $100 billion this year.", line: 16))
        // "Note:" and a time are not speakers: those lines continue Zhou Liqun's turn.
        #expect(blocks[4].kind == .turn(speaker: "Zhou Liqun", role: nil))
        #expect(blocks[4].text == "Note: the figures were later corrected by the organisers.")
        #expect(blocks[5].text == "At 10:30 the session was paused.")
    }

    @Test("Russian transcript: Участники, Модератор, capitals in Cyrillic, stage directions in parentheses")
    func russianTranscript() throws {
        let text = """
        Мероприятие: Восточный экономический форум
        Дата: 11.09.2018

        Россия и Китай: новые площадки для сотрудничества

        Участники:
        Алексей Чекунков, генеральный директор Фонда развития Дальнего Востока и Байкальского региона
        Чжоу Лицюнь — генеральный директор China Chengtong International Investment
        Модератор: Анна Смирнова — главный редактор «Делового еженедельника»

        АННА СМИРНОВА: Добрый день, коллеги.
        (Аплодисменты)
        ЧЖОУ ЛИЦЮНЬ (генеральный директор, China Chengtong): Мы договаривались довести товарооборот
        до 100 млрд долларов к 2015 году.
        Но этого не произошло [смех], и сейчас он составляет 80 млрд долларов […] по итогам года.
        Алексей Чекунков: Китай — огромный рынок.
        """
        let document = try TranscriptReader().read(text)
        #expect(document.metadata.date == "2018-09-11")
        #expect(document.metadata.participants.map(\.name) == ["Алексей Чекунков", "Чжоу Лицюнь", "Анна Смирнова"])
        #expect(document.metadata.participants[2].isModerator)
        #expect(document.metadata.participants[2].role == "главный редактор «Делового еженедельника»")
        let blocks = document.blocks
        #expect(blocks.map(\.kind) == [
            .paragraph,
            .turn(speaker: "Анна Смирнова", role: nil),
            .turn(speaker: "Чжоу Лицюнь", role: "генеральный директор, China Chengtong"),
            .turn(speaker: "Чжоу Лицюнь", role: "генеральный директор, China Chengtong"),
            .turn(speaker: "Алексей Чекунков", role: nil),
        ])
        #expect(blocks[0].text == "Россия и Китай: новые площадки для сотрудничества")
        #expect(blocks[2].text == "Мы договаривались довести товарооборот до 100 млрд долларов к 2015 году.")
        // The stage direction goes, the elision stays.
        #expect(blocks[3].text == "Но этого не произошло, и сейчас он составляет 80 млрд долларов […] по итогам года.")
        #expect(blocks[4].line == 16)
    }

    @Test("participants list after a title line, a speaker label alone on its line, inline participants")
    func labelOnItsOwnLine() throws {
        let text = """
        Plenary Session on Arctic Shipping

        Speakers: Dmitry Kobylkin, Minister of Natural Resources and Environment; Wan Ping (Chairman, China Chamber of Tourism)

        DMITRY KOBYLKIN:
        The Northern Sea Route carried more than 20 million tonnes last year.

        Wan Ping: Tourist flows are growing too.
        """
        let document = try TranscriptReader().read(text)
        #expect(document.metadata.participants == [
            Participant(name: "Dmitry Kobylkin", role: "Minister of Natural Resources and Environment"),
            Participant(name: "Wan Ping", role: "Chairman, China Chamber of Tourism"),
        ])
        #expect(document.blocks.map(\.kind) == [
            .paragraph, .turn(speaker: "Dmitry Kobylkin", role: nil), .turn(speaker: "Wan Ping", role: nil),
        ])
        #expect(document.blocks[1].text == "The Northern Sea Route carried more than 20 million tonnes last year.")
        #expect(document.blocks[1].line == 6)
    }

    @Test("a title with a colon is the title, not a turn; a moderator line may come before the participants")
    func titleWithAColon() throws {
        let text = """
        Regional Aviation: Keeping Remote Communities Connected

        Moderator: Elena Malysheva, anchor, Russia 24
        Participants:
        Vitaly Saveliev, Chief Executive Officer, Aeroflot
        Alexander Neradko, Head, Federal Air Transport Agency

        ELENA MALYSHEVA: Good afternoon. How much does a ticket to a district centre cost today?
        ALEXANDER NERADKO: Between 4,000 and 8,000 roubles on subsidised routes.
        """
        let document = try TranscriptReader().read(text)
        #expect(document.blocks.first?.kind == .paragraph)
        #expect(document.blocks.first?.text == "Regional Aviation: Keeping Remote Communities Connected")
        #expect(document.metadata.participants.map(\.name) == ["Elena Malysheva", "Vitaly Saveliev", "Alexander Neradko"])
        #expect(document.metadata.participants.first?.isModerator == true)
        #expect(document.blocks.dropFirst().map(\.kind) == [
            .turn(speaker: "Elena Malysheva", role: nil), .turn(speaker: "Alexander Neradko", role: nil),
        ])

        let question = try TranscriptReader().read("Regional Aviation: Who Pays for the Airports?\n\nIvan Petrov: Nobody does.")
        #expect(question.blocks.map(\.kind) == [.paragraph, .turn(speaker: "Ivan Petrov", role: nil)], "a title may ask a question")
    }

    @Test("a first turn is a turn when it ends a sentence or its speaker speaks again")
    func firstTurnIsATurn() throws {
        let again = try TranscriptReader().read("Anna Smirnova: Good afternoon\nIvan Petrov: Good afternoon.\nAnna Smirnova: Let us begin.")
        #expect(again.blocks.map(\.kind) == [
            .turn(speaker: "Anna Smirnova", role: nil), .turn(speaker: "Ivan Petrov", role: nil), .turn(speaker: "Anna Smirnova", role: nil),
        ])
        let sentence = try TranscriptReader().read("Anna Smirnova: Good afternoon, colleagues.\nIvan Petrov: Thank you.")
        #expect(sentence.blocks.first?.kind == .turn(speaker: "Anna Smirnova", role: nil))
    }

    @Test("a moderator line that is speech, not a participant, is a turn")
    func moderatorSpeech() throws {
        let text = "Moderator: Good afternoon, everyone, and welcome.\nJean-Claude Dupont: Thank you."
        let document = try TranscriptReader().read(text)
        #expect(document.metadata.participants.isEmpty)
        #expect(document.blocks.map(\.kind) == [
            .turn(speaker: "Moderator", role: nil), .turn(speaker: "Jean-Claude Dupont", role: nil),
        ])
    }

    @Test("what is not a turn label: notes, sources, times, sentences with a colon, URLs")
    func notLabels() throws {
        let text = """
        Wan Ping: Tourism keeps growing.
        Source: the press service of the forum.
        10:30: the second part of the session began.
        The main problem: there are not enough flights.
        Russia and China: a long way to go.
        https://example.org/sessions/1234
        Dr. Li Xiaolin: Financial tools come first.
        """
        let document = try TranscriptReader().read(text)
        let wan = BlockKind.turn(speaker: "Wan Ping", role: nil)
        #expect(document.blocks.map(\.kind) == [wan, wan, wan, wan, wan, wan, .turn(speaker: "Dr. Li Xiaolin", role: nil)])
        #expect(document.blocks[2].text == "10:30: the second part of the session began.")
    }
}
