@testable import RostrumExtraction
import RostrumModel
import Testing

/// The shortcuts the readers take for speed (verbatim lines cut from the source, lines shared
/// with detection, eight-byte scans, early refusals of names and dates) give exactly what the
/// general paths give, on realistic English and Russian text and on the awkward cases.
@Suite struct ReadFastPathTests {
    static let lines: [String] = [
        "Cargo traffic on the Northern Sea Route reached 33 million tonnes last year.",
        "«Мы ожидаем рост грузопотока на 40% к 2024 году», — отметил глава Минвостокразвития Алексей Чекунков.",
        "“Tourism is a growth driver,” said Anna Smirnova, Director, Far East Tourism Agency.",
        "Two  spaces inside, which fold into one.",
        "A tab\there, and a no-break\u{00A0}space there.",
        "Soft\u{00AD}hyphen and zero\u{200B}width and a word\u{2060}joiner.",
        "Trailing spaces stay out of the text   ",
        "   Leading spaces too.",
        "A control \u{0001} character and DEL \u{007F} drop out.",
        "Ellipsis… and en–dash – and em—dash — all kept; «ёлки» too.",
        "Thin\u{2009}space and ideographic\u{3000}space fold.",
        "x",
        "Ж",
        "",
    ]

    /// The accumulator's text for a whole line, the reference the fast paths must equal.
    static func accumulated(_ bytes: [UInt8]) -> String {
        var acc = TextAccumulator()
        acc.append(bytes, from: 0, to: bytes.count)
        return acc.take()
    }

    @Test func verbatimRangesAreWhatTheAccumulatorWrites() {
        for line in Self.lines {
            let bytes = Array(line.utf8)
            let start = LineScanner.firstVisible(bytes, from: 0, to: bytes.count)
            let end = LineScanner.trimmedEnd(bytes, from: start, to: bytes.count)
            let verbatim = bytes.withUnsafeBufferPointer { TextAccumulator.isVerbatim($0, from: start, to: end) }
            if verbatim {
                #expect(String(decoding: bytes[start..<end], as: UTF8.self) == Self.accumulated(bytes), "\(line)")
            }
            #expect(LineScanner.collapsed(bytes, from: 0, to: bytes.count) == Self.accumulated(bytes))
        }
        // Plain prose is taken verbatim, which is the point of the shortcut.
        for line in Self.lines.prefix(3) {
            let bytes = Array(line.utf8)
            #expect(bytes.withUnsafeBufferPointer { TextAccumulator.isVerbatim($0, from: 0, to: bytes.count) })
        }
    }

    @Test func aDoubleSpaceAnywhereIsNeverVerbatim() {
        // Every position, so that the pair falls inside and across the eight-byte words.
        let words = Array("Investment in port infrastructure grew threefold this year, Пётр Королёв said.".unicodeScalars)
        for cut in 1..<(words.count - 1) where words[cut - 1] != " " && words[cut] != " " {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: words[..<cut])
            text.append(contentsOf: "  ".unicodeScalars)
            text.append(contentsOf: words[cut...])
            let bytes = Array(String(text).utf8)
            let verbatim = bytes.withUnsafeBufferPointer { TextAccumulator.isVerbatim($0, from: 0, to: bytes.count) }
            #expect(!verbatim, "\(String(text))")
            #expect(Self.accumulated(bytes) != String(text))
        }
    }

    static let documents: [String] = [
        "Event: Eastern Economic Forum 2023\nDate: 12 September 2023\n\nThe Arctic Agenda\n\n“Cargo traffic grew by 40%,” said Alexey Likhachev.\nThe fleet will be renewed by 2030, and\nthe route will carry more co-\noperation cargo.\n\nShare\n",
        "\u{FEFF}Заголовок сессии\r\n\r\n«Мы ожидаем рост грузопотока», — отметил Алексей Чекунков.\r\nпродолжение строки после переноса\r\nНовый абзац  с двумя пробелами.\r\n",
        "Title line\rSecond line with a tab\tinside\r\rThird paragraph   \n   indented and trailing   \n",
        "Only\u{00A0}no-break\u{00A0}spaces here\n\nand a line in lower case after a blank line\nthat continues it.",
    ]

    @Test func plainTextReaderCutsTheSameBlocksFromTheSource() throws {
        for document in Self.documents {
            let utf8 = Array(document.utf8)
            let general = try PlainTextReader().read(utf8: utf8)
            let fast = try PlainTextReader().read(utf8: utf8, lines: LineScanner.lines(utf8), source: document)
            #expect(general == fast)
            #expect(try PlainTextReader().read(document) == fast)
        }
    }

    @Test func linesMatchASplitAtEveryBreak() {
        for document in Self.documents + ["", "\n", "\r\n\r\n", "no break at all, but longer than eight bytes"] {
            let bytes = Array(document.utf8)
            var expected: [LineScanner.Line] = []
            var start = 0
            var i = 0
            var number = 1
            while i < bytes.count {
                if bytes[i] == 0x0A || bytes[i] == 0x0D {
                    expected.append(LineScanner.Line(number: number, start: start, end: i))
                    number += 1
                    if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                    start = i + 1
                }
                i += 1
            }
            if start < bytes.count { expected.append(LineScanner.Line(number: number, start: start, end: bytes.count)) }
            let found = LineScanner.lines(bytes)
            #expect(found.map { [$0.number, $0.start, $0.end] } == expected.map { [$0.number, $0.start, $0.end] })
            if let shared = FormatDetector.detectWithLines(utf8: bytes).lines {
                #expect(shared.map { [$0.number, $0.start, $0.end] } == found.map { [$0.number, $0.start, $0.end] })
            }
        }
    }

    @Test func refusedNamesAreNeverNames() {
        let labels = [
            "Россия и Китай", "Иван Петров", "ЧЖОУ ЛИЦЮНЬ", "Анна-Мария ван дер Берг", "Jean-Claude van Damme",
            "Партнёрство в меняющемся мире", "Russia and China", "Alexey Chekunkov", "Ли Хуэй", "Игорь  сказал",
            "Модератор сессии", "О'Нил и партнёры",
        ]
        for label in labels {
            let bytes = Array(label.utf8)
            if PersonName.cannotBeName(bytes, from: 0, to: bytes.count) {
                #expect(PersonName.normalized(LineScanner.collapsed(bytes, from: 0, to: bytes.count)) == nil, "\(label)")
            }
        }
        #expect(PersonName.cannotBeName(Array("Россия и Китай".utf8), from: 0, to: "Россия и Китай".utf8.count))
        #expect(!PersonName.cannotBeName(Array("Иван Петров".utf8), from: 0, to: "Иван Петров".utf8.count))
    }

    @Test func datesNeedAFourDigitYear() {
        let dated = [
            ("12 September 2018", "2018-09-12"), ("September 12, 2018", "2018-09-12"), ("12.09.2018", "2018-09-12"),
            ("2018-09-12T10:00:00+03:00", "2018-09-12"), ("12 сентября 2018 г.", "2018-09-12"), ("11–13 September 2018", "2018-09-11"),
        ]
        for (text, iso) in dated {
            #expect(DateNormalizer.hasFourDigitRun(text))
            #expect(DateNormalizer.isoDate(from: text) == iso)
        }
        for text in ["12 September", "12.09.18", "20181 September 12", "on 12 September 201", "сентябрь"] {
            #expect(!DateNormalizer.hasFourDigitRun(text))
            #expect(DateNormalizer.isoDate(from: text) == nil)
        }
    }
}
