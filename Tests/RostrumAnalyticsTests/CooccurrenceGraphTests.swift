import Testing
import RostrumAnalytics
import RostrumStore

@Suite("Co-occurrence graph")
struct CooccurrenceGraphTests {
    @Test func nodesCarryTheWeightOfTheirEdges() {
        let graph = CooccurrenceGraph(kind: .speakerTopic, pairs: [
            CooccurrencePair(entityID: 1, entityName: "Zhang Wei", value: "trade", quotes: 5),
            CooccurrencePair(entityID: 2, entityName: "Anna Petrova", value: "trade", quotes: 3),
            CooccurrencePair(entityID: 2, entityName: "Anna Petrova", value: "transport", quotes: 4),
        ])
        #expect(graph.left.map(\.label) == ["Anna Petrova", "Zhang Wei"])
        #expect(graph.left.map(\.weight) == [7, 5])
        #expect(graph.right.map(\.id) == ["topic:trade", "topic:transport"])
        #expect(graph.edges.count == 3 && graph.edges.first?.source == "person:1")
        let json = graph.jsonValue.rendered(pretty: false)
        #expect(json.hasPrefix(#"{"kind":"speaker-topic","nodes":[{"id":"person:2","label":"Anna Petrova","group":"person","weight":7}"#))
    }
}
