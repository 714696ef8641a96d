import Testing
import RostrumStore

/// `topic:` values as readers type them name their topics; a value naming none is reported.
@Suite("Topic names in queries")
struct TopicNamesTests {
    let known = ["agriculture_food", "education_science", "transport_logistics", "trade", "investment_finance"]

    @Test func valuesNameTheirTopics() {
        #expect(TopicNames.matching("transport_logistics", in: known).map { known[$0] } == ["transport_logistics"])
        #expect(TopicNames.matching("logistics", in: known).map { known[$0] } == ["transport_logistics"])
        #expect(TopicNames.matching("Transport logistics", in: known).map { known[$0] } == ["transport_logistics"])
        #expect(TopicNames.matching("education", in: known).map { known[$0] } == ["education_science"])
        #expect(TopicNames.matching("food", in: known).map { known[$0] } == ["agriculture_food"])
    }

    @Test func unknownValuesAreReported() {
        #expect(TopicNames.unknown(["insurance", "trade", "финансы"], known: known) == ["insurance", "финансы"])
        #expect(TopicNames.unknown(["trade"], known: known).isEmpty)
        #expect(TopicNames.unknown(["   "], known: known) == ["   "])
    }
}
