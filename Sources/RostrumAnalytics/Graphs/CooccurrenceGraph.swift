public import RostrumModel
public import RostrumStore

/// A bipartite graph of who (or which organisation) goes with what (topic or country), as nodes
/// and weighted edges: the JSON of the API and the input of the SVG drawing.
public struct CooccurrenceGraph: Sendable, Hashable {
    /// A node: a person, an organisation, a topic or a country.
    public struct Node: Sendable, Hashable {
        /// "person:12", "organization:3", "topic:trade", "country:CN".
        public var id: String
        public var label: String
        /// "person", "organization", "topic" or "country".
        public var group: String
        /// Quotes over all the node's edges.
        public var weight: Int
    }

    /// An edge between a left node (person or organisation) and a right node (topic or country).
    public struct Edge: Sendable, Hashable {
        public var source: String
        public var target: String
        public var weight: Int
    }

    public var kind: CooccurrenceKind
    /// People or organisations, heaviest first.
    public var left: [Node]
    /// Topics or countries, heaviest first.
    public var right: [Node]
    public var edges: [Edge]

    /// The graph of `pairs`.
    public init(kind: CooccurrenceKind, pairs: [CooccurrencePair]) {
        self.kind = kind
        let (leftGroup, rightGroup) = kind == .speakerTopic ? ("person", "topic") : ("organization", "country")
        var leftNodes: [String: Node] = [:], rightNodes: [String: Node] = [:]
        var edges: [Edge] = []
        for pair in pairs {
            let l = "\(leftGroup):\(pair.entityID)", r = "\(rightGroup):\(pair.value)"
            leftNodes[l, default: Node(id: l, label: pair.entityName, group: leftGroup, weight: 0)].weight += pair.quotes
            rightNodes[r, default: Node(id: r, label: pair.value, group: rightGroup, weight: 0)].weight += pair.quotes
            edges.append(Edge(source: l, target: r, weight: pair.quotes))
        }
        func ordered(_ nodes: [String: Node]) -> [Node] {
            nodes.values.sorted { ($1.weight, $0.label) < ($0.weight, $1.label) }
        }
        left = ordered(leftNodes)
        right = ordered(rightNodes)
        self.edges = edges
    }

    /// `{"kind", "nodes": [{"id","label","group","weight"}], "edges": [{"source","target","weight"}]}`.
    public var jsonValue: JSONValue {
        .object([
            ("kind", .string(kind.rawValue)),
            ("nodes", .array((left + right).map { n in
                .object([("id", .string(n.id)), ("label", .string(n.label)), ("group", .string(n.group)), ("weight", .integer(n.weight))])
            })),
            ("edges", .array(edges.map { e in
                .object([("source", .string(e.source)), ("target", .string(e.target)), ("weight", .integer(e.weight))])
            })),
        ])
    }
}
