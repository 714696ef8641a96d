import Foundation
import RostrumAnalytics

/// A co-occurrence graph drawn as inline SVG: people (or organisations) in a column on the left,
/// topics (or countries) on the right, a line for each pair, thicker for more quotes.
///
/// A two-column layout rather than a force layout: it is deterministic, readable without
/// JavaScript and stays legible at a hundred edges. Labels are escaped.
struct GraphDrawing: Sendable {
    let graph: CooccurrenceGraph
    var width: Double = 900
    var rowHeight: Double = 22

    /// The SVG element.
    func svg() -> String {
        guard !graph.edges.isEmpty else {
            return #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 60" role="img" aria-label="No data"><text x="300" y="35" text-anchor="middle" class="chart-empty">No pairs to draw yet.</text></svg>"#
        }
        let rows = max(graph.left.count, graph.right.count)
        let height = Double(rows) * rowHeight + 40
        let leftX = width * 0.36, rightX = width * 0.64
        func y(_ index: Int, of count: Int) -> Double {
            let offset = (Double(rows - count) * rowHeight) / 2
            return 30 + offset + Double(index) * rowHeight
        }
        var leftY: [String: Double] = [:], rightY: [String: Double] = [:]
        for (i, node) in graph.left.enumerated() { leftY[node.id] = y(i, of: graph.left.count) }
        for (i, node) in graph.right.enumerated() { rightY[node.id] = y(i, of: graph.right.count) }
        let heaviest = Double(graph.edges.map(\.weight).max() ?? 1)
        var out = #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \#(n(width)) \#(n(height))" role="img" aria-label="\#(HTML.escape(title))" class="graph">"#
        out += "<title>\(HTML.escape(title))</title>"
        for edge in graph.edges {
            guard let y1 = leftY[edge.source], let y2 = rightY[edge.target] else { continue }
            let stroke = 1 + 5 * Double(edge.weight) / heaviest
            out += #"<path d="M\#(n(leftX)) \#(n(y1)) C\#(n(width / 2)) \#(n(y1)) \#(n(width / 2)) \#(n(y2)) \#(n(rightX)) \#(n(y2))" class="graph-edge" stroke-width="\#(n(stroke))"><title>\#(edge.weight) quotes</title></path>"#
        }
        for node in graph.left {
            guard let y = leftY[node.id] else { continue }
            out += #"<circle cx="\#(n(leftX))" cy="\#(n(y))" r="4" class="graph-node left"/><text x="\#(n(leftX - 10))" y="\#(n(y + 4))" text-anchor="end" class="graph-label">\#(HTML.escape(label(node))) (\#(node.weight))</text>"#
        }
        for node in graph.right {
            guard let y = rightY[node.id] else { continue }
            out += #"<circle cx="\#(n(rightX))" cy="\#(n(y))" r="4" class="graph-node right"/><text x="\#(n(rightX + 10))" y="\#(n(y + 4))" class="graph-label">\#(HTML.escape(label(node))) (\#(node.weight))</text>"#
        }
        return out + "</svg>"
    }

    private var title: String {
        graph.kind == .speakerTopic ? "Speakers and the topics they spoke on" : "Organisations and the countries their people named"
    }

    private func label(_ node: CooccurrenceGraph.Node) -> String {
        let text = node.group == "topic" ? TopicLabel.name(node.label) : node.label
        return text.count > 40 ? String(text.prefix(39)) + "…" : text
    }

    private func n(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
