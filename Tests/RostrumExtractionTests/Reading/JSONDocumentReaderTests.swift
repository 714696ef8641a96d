import Foundation
import RostrumExtraction
import RostrumModel
import Testing

@Suite("JSON document reader")
struct JSONDocumentReaderTests {
    static let document = ExtractedDocument(
        title: "New Platforms for Cooperation between China and Russia", language: .en,
        event: "Eastern Economic Forum 2018", date: "2018-09-12", source: "https://example.org/sessions/1234",
        sections: [
            Section(
                heading: "Lifting trade barriers", group: "Problems", kind: .problem, topics: ["trade", "agriculture"],
                countries: ["CN", "US"],
                quotes: [
                    Quote(
                        text: "We import over 95 million tonnes of soybeans, a third of which is American.",
                        speaker: Speaker(name: "He Zhenwei", position: "Secretary-General", organization: "China Overseas Development"),
                        figures: [
                            Figure(surface: "95 million tonnes", value: 95_000_000, unit: "tonne", kind: .level,
                                   qualifier: .moreThan, subject: "soybeans", offset: 15),
                            Figure(surface: "a third", value: 33.33, unit: "percent", kind: .share),
                        ],
                        topics: ["agriculture"], countries: ["CN", "US"], line: 31),
                    Quote(text: "Ван Пин отметил, что турпоток растёт.", speaker: Speaker(
                        name: "Dmitry Kobylkin", position: "Minister", organization: "Russian Federation",
                        otherRoles: [Role(position: "Chairman", organization: "Arctic Council")]), indirect: true),
                ],
                paragraphs: ["The session was moderated by Anna Smirnova."]),
            Section(heading: nil),
        ],
        speakers: [SpeakerSummary(name: "He Zhenwei", position: "Secretary-General", organization: "China Overseas Development", quotes: 1)],
        warnings: [ExtractionWarning(code: .unattributedQuote, message: "No speaker found", line: 40)])

    @Test("encode an extracted document, read it back: equal")
    func roundTrip() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let json = String(decoding: try encoder.encode(Self.document), as: UTF8.self)
        #expect(try JSONDocumentReader().read(json) == Self.document)
        #expect(try DocumentReading.read(json, format: nil, fileExtension: nil) == .extracted(Self.document))
        #expect(FormatDetector.detect(text: json, fileExtension: "txt") == .json)
    }

    @Test("the minimal object of the JSON contract reads with defaults")
    func minimal() throws {
        let document = try JSONDocumentReader().read(#"{ "title": null, "sections": [ { "heading": "Trade" } ] }"#)
        #expect(document.language == .unknown)
        #expect(document.sections == [Section(heading: "Trade")])
    }

    @Test("malformed JSON names the reason")
    func malformed() {
        let text = "{ \"title\": \"Trade\",\n  \"sections\": [ { \"heading\": \"A\" }, ]\n"
        #expect {
            try JSONDocumentReader().read(text)
        } throws: { error in
            guard case .notJSON(let reason) = error as? ReadError else { return false }
            return reason == "it is malformed: a trailing comma before ']' at line 2, column 37"
                && (error as? ReadError)?.message.contains("not valid JSON") == true
        }
    }

    @Test("a missing required key names the key and the path")
    func missingKey() {
        let text = #"{ "title": "Trade", "sections": [ { "quotes": [ { "speaker": null } ] } ] }"#
        #expect(throws: ReadError.invalidJSON(path: "sections[0].quotes[0]", reason: "the required key \"text\" is missing")) {
            try JSONDocumentReader().read(text)
        }
        #expect(throws: ReadError.invalidJSON(path: "", reason: "the required key \"sections\" is missing")) {
            try JSONDocumentReader().read(#"{ "title": "Only a title" }"#)
        }
    }

    @Test("a value of the wrong type names the path and the expected type")
    func typeMismatch() throws {
        let text = #"{ "sections": [ { "quotes": [ { "text": "x", "figures": [ { "surface": "55%", "value": "fifty", "kind": "change" } ] } ] } ] }"#
        do {
            _ = try JSONDocumentReader().read(text)
            Issue.record("expected an error")
        } catch {
            guard case .invalidJSON(let path, let reason) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(path == "sections[0].quotes[0].figures[0].value")
            #expect(reason.hasPrefix("expected a number"))
            #expect(error.message.contains("at sections[0].quotes[0].figures[0].value"))
        }
    }

    @Test("syntax errors are described with their place", arguments: [
        (#"{ "sections": [ }"#, "expected a value but found '}' at line 1, column 17"),
        (#"{ "sections" [] }"#, "expected ':' after the key but found '[' at line 1, column 14"),
        ("{ \"sections\": [],\n  \"title\": \"Trade }", "a string that is never closed starts at line 2, column 12"),
        (#"{ "sections": [] } trailing"#, "there is more text after the end of the JSON value at line 1, column 20"),
        (#"{ "sections": [], "title": nul }"#, "expected 'null' but found ' ' at line 1, column 31"),
    ])
    func syntaxErrors(text: String, expected: String) {
        #expect(throws: ReadError.notJSON(reason: "it is malformed: " + expected)) { try JSONDocumentReader().read(text) }
    }

    @Test("text that is not a JSON object is refused with where it starts")
    func notAnObject() {
        #expect(throws: ReadError.notJSON(reason: "a Rostrum document is a JSON object starting with '{', but the text starts with 'E' on line 2")) {
            try JSONDocumentReader().read("\nEvent: Eastern Economic Forum")
        }
        #expect(throws: ReadError.self) { try JSONDocumentReader().read("[1, 2, 3]") }
    }
}
