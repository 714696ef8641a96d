import Testing

@testable import RostrumText

/// The full-text index's byte-level term stream must give exactly the analyzer's terms and ranges.
struct TermStreamTests {
    private func streamed(_ text: String) -> [(term: String, start: Int, end: Int)] {
        var text = text
        var result: [(String, Int, Int)] = []
        text.withUTF8 { bytes in
            TermStream().forEachTerm(in: bytes) { term, start, end in
                result.append((String(decoding: term, as: UTF8.self), start, end))
                return true
            }
        }
        return result
    }

    private func analyzed(_ text: String) -> [(term: String, start: Int, end: Int)] {
        TextAnalyzer().tokens(in: text).map { token in
            let start = text.utf16.index(text.utf16.startIndex, offsetBy: token.utf16Offset).samePosition(in: text.utf8).map {
                text.utf8.distance(from: text.utf8.startIndex, to: $0)
            } ?? -1
            return (token.term, start, start + token.surface.utf8.count)
        }
    }

    @Test(arguments: [
        "“Trade turnover between Russia and China reached $95 billion in 2014,” said Wang Jianguo, Deputy Director of the Board.",
        "«Инвестиции в инфраструктуру Дальнего Востока выросли на 12,5% — до 1 200 млрд рублей», — отметил Алексей Ёлкин.",
        "The Café’s naïve rôle: don't over-think state-owned 5G pilots; 1,000,000 tonnes by 2030 (approx. ½).",
        "中俄贸易额 reached 2,5 трлн — 上海合作组织 summit, Hà Nội and São Paulo.",
        "",
        "   \n\t…",
    ])
    func sameTermsAndRangesAsTheAnalyzer(text: String) {
        let streamed = streamed(text)
        let analyzed = analyzed(text)
        #expect(streamed.map(\.term) == analyzed.map(\.term))
        #expect(streamed.map(\.start) == analyzed.map(\.start))
        #expect(streamed.map(\.end) == analyzed.map(\.end))
    }

    @Test func stopsWhenAsked() {
        var seen = 0
        var text = "one two three four"
        let finished = text.withUTF8 { bytes in
            TermStream().forEachTerm(in: bytes) { _, _, _ in
                seen += 1
                return seen < 2
            }
        }
        #expect(!finished)
        #expect(seen == 2)
    }

    @Test func brokenUTF8IsRepairedNotOverread() {
        // A truncated two-byte sequence at the end and a stray continuation byte in the middle.
        let bytes: [UInt8] = Array("trade ".utf8) + [0x80] + Array(" invest".utf8) + [0xD0]
        var terms: [String] = []
        bytes.withUnsafeBufferPointer { buffer in
            TermStream().forEachTerm(in: buffer) { term, _, _ in
                terms.append(String(decoding: term, as: UTF8.self))
                return true
            }
        }
        #expect(terms == ["trade", "invest"])
        #expect(!bytes.withUnsafeBufferPointer { TermStream.isWellFormed($0) })
        #expect(Array("trade «ок» 中".utf8).withUnsafeBufferPointer { TermStream.isWellFormed($0) })
    }
}
