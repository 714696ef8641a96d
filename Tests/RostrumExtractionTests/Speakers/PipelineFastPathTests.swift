import Testing
@testable import RostrumExtraction
import RostrumModel

/// The byte-level boilerplate check must agree with the rules on realistic site furniture and
/// on ordinary session paragraphs, in English and Russian.
@Test func boilerplateLinesAreRecognisedByBytes() {
    let boilerplate = Boilerplate()
    let furniture = [
        "Read also:", "READ MORE", "Share", "«Читайте также»", "Читайте также: Арктика как драйвер роста",
        "Все права защищены.", "© Roscongress Foundation, 2019", "Подробнее — на сайте форума.",
        "For more information, visit the forum website.", "Forum Foundation 2019. All rights reserved.",
        "Фонд Росконгресс, 2019. Все права защищены", "Подписывайтесь на наш канал", "Смотрите также…",
        "Copyright 2019 Forum Foundation", "Copyright © Forum Foundation",
    ]
    for line in furniture {
        #expect(boilerplate.isBoilerplate(line), "\(line)")
    }
    let session = [
        "Sharing experience was the main topic of the session on Arctic logistics.",
        "Подробности проекта обсудили участники сессии «Арктика: территория диалога».",
        "Copyright issues remain the main obstacle for publishers in the region, the panel agreed.",
        "“Demand keeps growing,” said Oleg Ivanov, Deputy Minister of Energy of the Russian Federation.",
        "Reading the market right is the hard part, according to the moderator of the discussion, who spoke after the break and before the closing remarks of the day.",
        "Тема сессии — развитие Северного морского пути и роль частных инвесторов в проектах Арктической зоны России до 2035 года.",
        "Ἀθῆναι hosted a side event; Read also the agenda.",
    ]
    for line in session {
        #expect(!boilerplate.isBoilerplate(line), "\(line)")
    }
}

/// Labels counted per section: the heading's first, then by quote count, ties by first mention.
@Test func sectionLabelsAreRankedByCountThenFirstMention() {
    let ranked = ExtractionPipeline.ranked(
        ["energy"], [["transport", "arctic"], ["arctic", "energy"], ["arctic"], ["finance"], ["transport"]], limit: 3)
    #expect(ranked == ["energy", "arctic", "transport"])
    #expect(ExtractionPipeline.ranked([], [["CN", "RU"], ["RU"], ["KZ", "CN"]], limit: 8) == ["CN", "RU", "KZ"])
    #expect(ExtractionPipeline.ranked(["RU", "RU"], [], limit: 8) == ["RU"])
    #expect(ExtractionPipeline.ranked([], [], limit: 3).isEmpty)
}

/// Speakers are summarised once per name key: case and ё variants of a name are one speaker.
@Test func speakerSummariesMergeNameVariants() {
    func quote(_ name: String, _ position: String? = nil) -> Quote {
        Quote(text: "Мы продолжим работу.", speaker: Speaker(name: name, position: position), figures: [], topics: [],
              countries: [], indirect: false, line: 1)
    }
    let section = Section(
        heading: nil, group: nil, kind: .other, topics: [], countries: [],
        quotes: [quote("Пётр Иванов"), quote("Anna Smirnova", "Director"), quote("Петр Иванов", "министр"), quote("ANNA SMIRNOVA"), quote("Пётр Иванов")],
        paragraphs: [])
    let summaries = ExtractionPipeline.summaries([section])
    #expect(summaries.map(\.name) == ["Пётр Иванов", "Anna Smirnova"])
    #expect(summaries.map(\.quotes) == [3, 2])
    #expect(summaries.first?.position == "министр")
    #expect(summaries.last?.position == "Director")
}
