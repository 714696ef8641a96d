import RostrumExtraction

/// Topic names for people: the taxonomy's English label ("Regional development") for its id
/// ("regional_development"); an id the taxonomy does not know is shown with spaces.
enum TopicLabel {
    /// Labels by topic id, read once from the bundled taxonomy (immutable after that).
    private static let labels: [String: String] = {
        (try? TopicTaxonomy.bundled())?.labels(in: "en") ?? [:]
    }()

    /// Every label by id.
    static var all: [String: String] { labels }

    /// The label of topic `id`.
    static func name(_ id: String) -> String {
        labels[id] ?? id.replacingOccurrences(of: "_", with: " ")
    }
}
