/// The order of search results.
public enum SearchSort: String, Sendable, Hashable, CaseIterable, Codable {
    /// Best BM25 score first (newest first for a query without words).
    case relevance
    /// Newest session first.
    case date
}
