import Foundation
import RostrumExtraction
import RostrumModel
import Testing

/// The `rostrum extract` JSON contract of DESIGN.md: keys, order, nulls, and the round trip.
@Suite struct JSONContractTests {
    let document: ExtractedDocument

    init() throws {
        document = try extract(try fixture("styles-en.txt"))
    }

    @Test func topLevelKeysInContractOrder() throws {
        let text = document.jsonText(pretty: false)
        let keys = ["\"title\":", "\"language\":", "\"event\":", "\"date\":", "\"source\":", "\"sections\":", "\"speakers\":", "\"warnings\":"]
        let positions = try keys.map { key in try #require(text.range(of: key)).lowerBound }
        #expect(positions == positions.sorted())
        #expect(text.hasPrefix("{\"title\":\"Arctic Shipping"))
    }

    @Test func figureAndSpeakerFieldsMatchTheContract() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(document.jsonText(pretty: true).utf8)) as? [String: Any])
        let sections = try #require(json["sections"] as? [[String: Any]])
        let quotes = sections.flatMap { ($0["quotes"] as? [[String: Any]]) ?? [] }
        let first = try #require(quotes.first)
        let speaker = try #require(first["speaker"] as? [String: Any])
        #expect(Set(speaker.keys).isSuperset(of: ["name", "position", "organization"]))
        let figure = try #require((first["figures"] as? [[String: Any]])?.first)
        #expect(Set(figure.keys).isSuperset(of: ["surface", "value", "unit", "kind", "qualifier", "year", "subject"]))
        #expect(figure["qualifier"] is NSNull, "absent values are written as null, not left out")
        let summary = try #require((json["speakers"] as? [[String: Any]])?.first)
        #expect(summary["quotes"] as? Int == 2)
    }

    @Test func readingItsOwnJSONGivesTheSameDocument() throws {
        let text = document.jsonText(pretty: true)
        let again = try extract(text, options: ExtractionOptions(fileExtension: "json"))
        #expect(again == document)
        let detected = try extract(document.jsonText(pretty: false))
        #expect(detected == document)
    }

    @Test func controlCharactersAndQuotesAreEscaped() {
        let tricky = ExtractedDocument(title: "A \"quoted\" title\twith\u{01}control", language: .en)
        let text = tricky.jsonText(pretty: false)
        #expect(text.contains("A \\\"quoted\\\" title\\twith\\u0001control"))
        #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil)
    }
}
