import RostrumExtraction
import RostrumModel
import Testing

/// Every English attribution style of docs/FORMATS.md, on a realistic session summary.
@Suite struct EnglishAttributionTests {
    let document: ExtractedDocument

    init() throws {
        document = try extract(try fixture("styles-en.txt"))
    }

    @Test func metadataTitleAndRepeatedTitle() {
        #expect(document.title == "Arctic Shipping: From Pilot Voyages to a Year-Round Route")
        #expect(document.event == "Eastern Economic Forum 2019")
        #expect(document.date == "2019-09-05")
        #expect(document.source == "https://example.org/eef/2019/arctic-shipping")
        #expect(document.language == .en)
    }

    @Test func quoteThenNameAndRole() throws {
        let quote = try #require(document.quote(containing: "Traffic on the route grew by 40%"))
        #expect(quote.speaker?.name == "Vyacheslav Ruksha")
        #expect(quote.speaker?.position == "Director General")
        #expect(quote.speaker?.organization == "Northern Sea Route Directorate, Rosatom")
        #expect(quote.text.hasSuffix("by 2024"), "the comma before the closing mark is not part of the quote")
        #expect(quote.text.contains("<…>"), "elisions stay in the text")
        #expect(!quote.indirect)
    }

    @Test func surnameWithSaidVerbResolvesToTheSpeaker() throws {
        let quote = try #require(document.quote(containing: "backbone of the whole system"))
        #expect(quote.speaker?.name == "Vyacheslav Ruksha")
        #expect(quote.speaker?.position == "Director General")
    }

    @Test func dashAttributionWithoutQuoteMarks() throws {
        let quote = try #require(document.quote(containing: "Ports in the east are simply not ready"))
        #expect(quote.text == "Ports in the east are simply not ready for this volume")
        #expect(quote.speaker?.name == "Sergey Frank")
        #expect(quote.speaker?.position == "Chairman of the Board of Directors")
        #expect(quote.speaker?.organization == "PAO Sovcomflot")
    }

    @Test func saidNameWithEditorialInsert() throws {
        let quote = try #require(document.quote(containing: "we need satellite communications"))
        #expect(quote.text.contains("(the latter is still missing in the high latitudes – ed.)"))
        #expect(quote.speaker?.name == "Mikhail Belov")
        #expect(quote.speaker?.position == "Deputy Minister for the Development of the Russian Far East and Arctic")
    }

    @Test func repeatByNameOnlyCarriesTheEarlierRole() throws {
        let quote = try #require(document.quote(containing: "Insurance is the hidden barrier"))
        #expect(quote.text.contains("[...]"))
        #expect(quote.speaker?.name == "Mikhail Belov")
        #expect(quote.speaker?.position == "Deputy Minister for the Development of the Russian Far East and Arctic")
    }

    @Test func reportedSpeechWithTwoRoles() throws {
        let quote = try #require(document.quote(containing: "environmental rules for the Arctic zone"))
        #expect(quote.indirect)
        #expect(quote.text.hasPrefix("the environmental rules"))
        let speaker = try #require(quote.speaker)
        #expect(speaker.name == "Dmitry Kobylkin")
        #expect(speaker.position == "Minister of Natural Resources and Environment")
        #expect(speaker.organization == "Russian Federation")
        #expect(speaker.otherRoles == [Role(position: "Chairman", organization: "Arctic Council Working Group")])
    }

    @Test func quoteSpanningTwoParagraphs() throws {
        let quote = try #require(document.quote(containing: "Japanese partners"))
        #expect(quote.text.contains("\n\n"))
        #expect(quote.text.hasSuffix("compared to the Suez Canal"))
        #expect(quote.speaker?.name == "Kenji Watanabe")
        #expect(quote.speaker?.position == "Senior Vice President")
        #expect(quote.speaker?.organization == "Mitsui O.S.K. Lines")
    }

    @Test func accordingTo() throws {
        let quote = try #require(document.quote(containing: "ten transit voyages"))
        #expect(quote.indirect)
        #expect(quote.speaker?.name == "Li Wei")
        #expect(quote.speaker?.position == "General Manager")
        #expect(quote.speaker?.organization == "COSCO Shipping Specialized Carriers")
    }

    @Test func pronounRefersToThePreviousSpeaker() throws {
        let quote = try #require(document.quote(containing: "We are ready"))
        #expect(quote.speaker?.name == "Li Wei")
    }

    @Test func narrativeAndBoilerplateAreNotQuotes() {
        #expect(document.quote(containing: "moderated by") == nil)
        #expect(document.quote(containing: "official website") == nil)
        let everything = document.sections.flatMap(\.paragraphs).joined(separator: " ")
        #expect(!everything.contains("official website"))
        #expect(!everything.contains("Read also"))
        #expect(everything.contains("moderated by Elena Sokolova"))
    }

    @Test func groupLabelsGiveSectionKinds() {
        let headed = document.sections.filter { $0.heading != nil }
        #expect(headed.map(\.heading) == [
            "Cargo on the Northern Sea Route keeps growing", "Infrastructure lags behind the cargo base",
            "Attracting foreign cargo owners",
        ])
        #expect(headed.map(\.kind) == [.conclusion, .problem, .solution])
        #expect(headed.map(\.group) == ["Key conclusions", "Problems", "Solutions"])
    }

    @Test func everyQuoteHasASpeakerAndNoWarnings() {
        #expect(document.allQuotes.count == 9)
        #expect(document.allQuotes.allSatisfy { $0.speaker != nil })
        #expect(document.warnings.isEmpty)
    }

    @Test func speakerSummaryCountsQuotes() {
        let belov = document.speakers.first { $0.name == "Mikhail Belov" }
        #expect(belov?.quotes == 2)
        #expect(document.speakers.count == 6)
    }
}
