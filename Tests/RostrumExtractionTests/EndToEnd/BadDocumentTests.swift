import RostrumExtraction
import RostrumModel
import Testing

/// Bad input gets a clear error or a clear warning, never a crash.
@Suite struct BadDocumentTests {
    let decoder = SourceDecoder()

    @Test func emptyFile() {
        #expect(throws: SourceDecodingError.empty) { try decoder.decode([]) }
        #expect(throws: SourceDecodingError.empty) { try decoder.decode(Array("  \n\t\n".utf8)) }
    }

    @Test func binaryFile() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        #expect(throws: SourceDecodingError.self) { try decoder.decode(png) }
        let error = #expect(throws: SourceDecodingError.self) { try decoder.decode([0x41, 0x42, 0x00, 0x43]) }
        #expect(error?.description.contains("binary") == true)
    }

    @Test func invalidUTF8NamesTheOffset() {
        // "Цитата" in Windows-1251 after some ASCII.
        let bytes: [UInt8] = Array("Title\n".utf8) + [0xD6, 0xE8, 0xF2, 0xE0, 0xF2, 0xE0]
        let error = #expect(throws: SourceDecodingError.self) { try decoder.decode(bytes) }
        #expect(error == .invalidUTF8(offset: 6))
        #expect(error?.description.contains("offset 6") == true)
        #expect(error?.description.contains("iconv") == true)
    }

    @Test func byteOrderMarksAreAccepted() throws {
        #expect(try decoder.decode([0xEF, 0xBB, 0xBF] + Array("Title".utf8)) == "Title")
        let utf16: [UInt8] = [0xFF, 0xFE, 0x54, 0x00, 0x69, 0x00]
        #expect(try decoder.decode(utf16) == "Ti")
    }

    @Test func fiftyMegabyteFileIsAcceptedAndALimitIsEnforced() throws {
        let paragraph = Array("“Trade grew by 12% last year,” Ivan Petrov, Chairman, Amur Trade Union.\n\n".utf8)
        var big: [UInt8] = []
        big.reserveCapacity(50 * 1_048_576 + paragraph.count)
        while big.count < 50 * 1_048_576 { big += paragraph }
        let text = try decoder.decode(big)
        #expect(text.utf8.count == big.count)
        let small = SourceDecoder(maximumBytes: 10 * 1_048_576)
        let error = #expect(throws: SourceDecodingError.self) { try small.decode(big) }
        #expect(error?.description.contains("over the 10 MB limit") == true)
    }

    @Test func aLargeDocumentIsExtractedWhole() throws {
        var text = "Big Session\n\nTrade\n\n"
        for i in 0..<2000 {
            text += "“We shipped \(i + 1) containers in the first week,” Ivan Petrov, Chairman, Amur Trade Union.\n\n"
        }
        let doc = try extract(text)
        #expect(doc.allQuotes.count == 2000)
        #expect(doc.speakers.count == 1)
        #expect(doc.speakers.first?.quotes == 2000)
    }

    @Test func documentWithoutQuotesWarns() throws {
        let doc = try extract("""
            Opening of the Forum

            The forum opened on Tuesday with a plenary session on the economy of the Far East.

            More than 7,000 participants from 65 countries registered this year.
            """)
        #expect(doc.allQuotes.isEmpty)
        #expect(doc.warnings.map(\.code) == [.noQuotes])
        #expect(doc.sections.flatMap(\.paragraphs).count == 2)
    }

    @Test func emptyTextIsAReadError() {
        #expect(throws: ReadError.self) { try extract("   \n  ") }
    }

    @Test func unclosedQuoteIsKeptAsNarrativeWithAWarning() throws {
        let doc = try extract("""
            Ports

            Capacity

            “We will double the capacity of the port by 2025, Sergei Belyaev, CEO, PJSC Sovcomflot

            The session ended with questions from the audience.
            """)
        #expect(doc.warnings.contains { $0.code == .unclosedQuote && $0.line == 5 })
    }

    @Test func malformedJSONNamesTheProblem() {
        let error = #expect(throws: ReadError.self) { try extract("{\"title\": \"x\", \"sections\": [,]}", options: ExtractionOptions(fileExtension: "json")) }
        #expect(error.map { "\($0)" }?.isEmpty == false)
    }

    @Test func binaryBehindAUTF16ByteOrderMarkIsRefused() {
        var junk: [UInt8] = [0xFF, 0xFE]
        for i in 0..<400 { junk.append(UInt8(i % 7)); junk.append(0) }
        #expect(throws: SourceDecodingError.self) { try decoder.decode(junk) }
    }

    @Test func transcriptWithoutParticipantsKeepsItsTitleAndNotes() throws {
        let doc = try extract("""
            Energy Dialogue: Gas for Asia

            Ivan Petrov: Our exports to China will reach 38 billion cubic metres a year.

            Note: This transcript has been edited for length.

            Li Wei: We are ready to buy more, but the price must be fair.

            Ivan Petrov: Then we will agree.
            """, options: ExtractionOptions(format: .transcript))
        #expect(doc.title == "Energy Dialogue: Gas for Asia")
        #expect(doc.allQuotes.count == 3)
        #expect(!doc.allQuotes.contains { $0.text.hasPrefix("Note") })
        #expect(doc.speakers.map(\.name) == ["Ivan Petrov", "Li Wei"])
    }
}
