import RostrumStore

/// One facet of a search (speakers, topics, years …) as links that add its filter to the query,
/// or take it away again when the query already has it.
struct FacetGroup: Sendable {
    var name: String
    var items: [LinkItem]

    /// The group `name` of `counts`, each value shown as `label` gives it and written as a filter
    /// by `filter`, for `query`.
    init(_ name: String, _ counts: [FacetCount], query: String, link: (String) -> String,
         label: (String) -> String = { $0 }, filter: (String) -> String) {
        self.name = name
        items = counts.map { count in
            let token = filter(count.value)
            let active = FacetGroup.contains(query, token)
            let next = active ? FacetGroup.removing(token, from: query) : (query.isEmpty ? token : query + " " + token)
            return LinkItem(label: label(count.value), href: link(next), count: count.count, active: active)
        }
    }

    /// A filter with `name` and `value`, quoted when the value has spaces or quotes would be needed.
    static func token(_ name: String, _ value: String) -> String {
        let plain = !value.isEmpty && value.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "_" }
        return plain ? "\(name):\(value)" : "\(name):\"\(value.replacingOccurrences(of: "\"", with: ""))\""
    }

    static func contains(_ query: String, _ token: String) -> Bool {
        query.split(whereSeparator: \.isWhitespace).contains { $0 == token } || query.contains(token + " ") || query.hasSuffix(token)
    }

    static func removing(_ token: String, from query: String) -> String {
        query.replacingOccurrences(of: token, with: "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
