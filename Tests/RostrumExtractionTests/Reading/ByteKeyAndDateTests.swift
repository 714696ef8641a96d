@testable import RostrumExtraction
import RostrumModel
import Testing

/// The readers look header keys, list headings and not-speaker words up on folded bytes
/// (`FoldedKeyTable`) and tokenise dates on bytes; these tests hold both to the string paths
/// they replace, on realistic English and Russian lines and on the awkward ones.
@Suite struct ByteKeyAndDateTests {
    static let keys: [String] = [
        "Date", "DATE", "date", "Дата", "ДАТА", "дата", "Мероприятие", "МЕРОПРИЯТИЕ", "Event", "Forum", "Source", "URL",
        "Title", "Language", "Lang", "Заголовок", "Язык", "Источник", "Название", "Форум", "Событие",
        "Participants", "Speakers", "Panelists", "Moderator", "Moderators", "Участники", "Модератор", "Ведущая",
        "Read also", "Key conclusions", "Читайте также", "Ключевые выводы", "Note", "P.S.", "N.B.", "Рекомендации",
        "Read  also", "Read\talso", " Date", "Date ", "Da\u{200B}te", "Da\u{00AD}te", "Dat\u{0065}\u{0301}",
        "Ёлка", "ЁЛКА", "Ѐтест", "Ѡмега", "Ἀθῆναι", "İstanbul", "Date.", "date-time", "Speaker1", "x", "Яз",
        "Alexey Chekunkov", "Иван Петров", "Zhou Liqun", "Weather", "Transcript", "Стенограмма", "СТЕНОГРАММА",
    ]

    /// The general path the tables replace: the collapsed text, lower-cased.
    static func folded(_ key: String) -> String {
        let bytes = Array(key.utf8)
        return LineScanner.collapsed(bytes, from: 0, to: bytes.count).lowercasedFast()
    }

    @Test func foldedKeysAgreeWithTheDictionary() {
        let words = ["date", "дата", "мероприятие", "read also", "ключевые выводы", "p.s.", "ёлка", "n.b."]
        let table = FoldedKeyTable(words.enumerated().map { ($0.element, $0.offset) })
        var decided = 0
        for key in Self.keys {
            let bytes = Array(key.utf8)
            let start = LineScanner.firstVisible(bytes, from: 0, to: bytes.count)
            let end = LineScanner.trimmedEnd(bytes, from: start, to: bytes.count)
            let expected = words.firstIndex(of: Self.folded(key))
            switch table.lookup(bytes, from: start, to: end) {
            case .found(let value):
                decided += 1
                #expect(value == expected, "\(key)")
            case .absent:
                decided += 1
                #expect(expected == nil, "\(key)")
            case .undecided:
                break
            }
        }
        // Plain keys are decided on the bytes, which is the point of the table.
        #expect(decided > Self.keys.count / 2)
        if case .found(let value) = table.lookup(Array("КЛЮЧЕВЫЕ ВЫВОДЫ".utf8), from: 0, to: "КЛЮЧЕВЫЕ ВЫВОДЫ".utf8.count) {
            #expect(value == 4)
        } else {
            Issue.record("«КЛЮЧЕВЫЕ ВЫВОДЫ» was not found")
        }
    }

    @Test func headerLinesAgreeWithTheirKeys() {
        let values = ["12 September 2023", "«Восточный экономический форум»", "\"\"", "''", "\"Quoted\"", "", "   ", "\u{00A0}", "x"]
        for key in Self.keys {
            for value in values {
                let line = key + ": " + value
                let bytes = Array(line.utf8)
                let parsed = MetadataHeader.parse(bytes, from: 0, to: bytes.count)
                #expect(MetadataHeader.isHeader(bytes, from: 0, to: bytes.count) == (parsed != nil), "\(line)")
                if let parsed {
                    #expect(MetadataHeader.field(forKey: Self.folded(key)) == parsed.field, "\(line)")
                } else if !Self.folded(value).isEmpty, !value.hasPrefix("\""), !value.hasPrefix("'") {
                    #expect(MetadataHeader.field(forKey: Self.folded(key)) == nil, "\(line)")
                }
            }
        }
    }

    @Test func participantHeadingsAndLabelsAreFoundInAnyCase() {
        for line in ["PARTICIPANTS:", "Участники:", "УЧАСТНИКИ:", "Moderator: Anna Smirnova, Editor", "Panel:", "Panel: Digital Ports"] {
            let bytes = Array(line.utf8)
            let header = ParticipantsList.header(bytes, from: 0, to: bytes.count)
            #expect((header != nil) == (line != "Panel: Digital Ports"), "\(line)")
        }
        for line in ["NOTE: the figures are preliminary", "Стенограмма: пленарное заседание", "Read also: the forum",
                     "Read  also: the forum", "Key Conclusions: growth"] {
            let bytes = Array(line.utf8)
            #expect(TurnLabel.parse(bytes, from: 0, to: bytes.count) == nil, "\(line)")
        }
        let turn = Array("ANNA SMIRNOVA: Welcome to the session.".utf8)
        #expect(TurnLabel.parse(turn, from: 0, to: turn.count)?.speaker == "Anna Smirnova")
    }

    @Test func datesOnBytesAgreeWithDatesOnStrings() {
        let texts = [
            "12 September 2018", "September 12, 2018", "12 Sept. 2018", "12 SEPTEMBER 2018", "12.09.2018", "09/13/2018",
            "2018-09-12T10:00:00+03:00", "12 сентября 2018 г.", "12 СЕНТЯБРЯ 2018 года", "6 июня 2019 года, Санкт-Петербург",
            "11–13 September 2018", "1 мая 2020", "31 февраля 2020", "29 февраля 2020", "3 Ёлки 2020", "12 Sep 2018",
            "12 Ma 2018", "12 Mar 2018", "12 mart 2018", "12 мартобря 2018", "Forum 2023", "Год 2023, день 12, май",
            "12 Μαΐου 2018", "12 İyun 2018", "12 september\u{00A0}2018", "1 2 3 4 5 6 7 8 9 10 11 12 13 14 2018 May",
            "ВЭФ-2019 · 5 сентября 2019", "Eastern Economic Forum 2023 · 12 September 2023", "12 сентябрьских 2018",
        ]
        for text in texts {
            #expect(DateNormalizer.isoDate(from: text, onBytes: true) == DateNormalizer.isoDate(from: text, onBytes: false), "\(text)")
        }
        #expect(DateNormalizer.isoDate(from: "12 СЕНТЯБРЯ 2018 года") == "2018-09-12")
        #expect(DateNormalizer.isoDate(from: "29 февраля 2020") == "2020-02-29")
        #expect(DateNormalizer.isoDate(from: "31 февраля 2020") == nil)
    }
}
